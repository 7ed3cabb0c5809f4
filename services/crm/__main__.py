"""python -m crm {api|relay|consumer|migrate}: run one crm process or task."""

from __future__ import annotations

import argparse

from crm import bootstrap
from crm.config import CrmConfig
from shared import processes


async def run(config: CrmConfig, process: str) -> None:
    app = bootstrap.build(config)
    try:
        await (processes.api(app) if process == "api" else processes.consume(app.consumers()))
    finally:
        await app.close()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m crm")
    parser.add_argument("process", choices=["api", "relay", "consumer", "migrate"])
    processes.start(
        parser.parse_args().process,
        migrations=bootstrap.MIGRATIONS,
        schema=bootstrap.SCHEMA,
        config=CrmConfig.from_env,
        run=run,
    )


if __name__ == "__main__":
    main()
