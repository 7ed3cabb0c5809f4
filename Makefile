# Ventros developer commands. README documents `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: test run gen gen-check lint fmt services clean

# Reinstall when the set of packages changes: the editable install maps them at install time.
$(STAMP): pyproject.toml $(wildcard services/*/__init__.py gen/ventros/*/__init__.py)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Set up .venv and the local servers the tests need, then run every test tier.
test: $(STAMP) services
	$(BIN)/python -m pytest

## Regenerate gen/ from proto/ventros/** (never edit gen/ by hand).
gen: $(STAMP)
	$(BIN)/python tools/genproto.py

gen-check: $(STAMP)
	$(BIN)/python tools/genproto.py --check

lint: $(STAMP)
	$(BIN)/buf lint
	$(BIN)/buf format --diff --exit-code
	$(BIN)/ruff check services tests tools
	$(BIN)/python -m mypy services

fmt: $(STAMP)
	$(BIN)/buf format -w
	$(BIN)/ruff format services tests tools

## Start PostgreSQL and RabbitMQ on loopback when they are down.
services:
	bash tools/ensure_services.sh
	bash tools/ensure_chromium.sh

clean:
	rm -rf $(VENV) .pytest_cache

## Run the suite locally (embedded PostgreSQL unless DATABASE_URL is set); Ctrl-C stops it.
run: $(STAMP)
	bash tools/ensure_services.sh --amqp-only
	$(BIN)/python tools/run_suite.py
