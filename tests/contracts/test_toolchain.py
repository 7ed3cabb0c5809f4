"""gen/ is importable, reproducible, and the protos pass buf lint and format."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.contracts.conftest import ROOT, generated_module_names


def _venv_tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    tool = str(found) if found.exists() else shutil.which(name)
    if tool is None:
        pytest.fail(f"{name} is not installed: run `make test`, which installs the dev extras")
    return tool


@pytest.mark.parametrize("module", generated_module_names())
def test_every_generated_module_imports(module: str) -> None:
    importlib.import_module(module)


def test_generated_code_is_identical_to_a_fresh_regeneration() -> None:
    result = subprocess.run(
        [sys.executable, "tools/genproto.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, f"gen/ is stale, run `make gen`:\n{result.stderr}"


def test_buf_lint_is_clean() -> None:
    result = subprocess.run([_venv_tool("buf"), "lint"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_buf_format_is_clean() -> None:
    result = subprocess.run(
        [_venv_tool("buf"), "format", "--diff", "--exit-code"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_buf_build_needs_no_network() -> None:
    # The vendored google/api protos are what makes the module self-contained.
    result = subprocess.run(
        [_venv_tool("buf"), "build", "-o", "-#format=json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
