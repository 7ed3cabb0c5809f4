"""python -m crm {api|relay|consumer|migrate}: run one crm process or task."""

from __future__ import annotations

import argparse
import asyncio

from crm import bootstrap
from crm.config import CrmConfig
from shared import logs, processes
from shared.config import Env
from shared.dbsetup import migrate


async def run(config: CrmConfig, process: str) -> None:
    app = bootstrap.build(config)
    try:
        await (processes.api(app) if process == "api" else processes.consume(app.consumers()))
    finally:
        await app.close()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m crm")
    parser.add_argument("process", choices=["api", "relay", "consumer", "migrate"])
    process = parser.parse_args().process
    logs.configure()
    if process == "migrate":
        env = Env()
        url = env.str("MIGRATION_DATABASE_URL")
        env.done()
        migrate(url, bootstrap.MIGRATIONS, bootstrap.SCHEMA)
        return
    config = CrmConfig.from_env()
    if process == "relay":
        asyncio.run(processes.relay(config.relay_database_url, bootstrap.SCHEMA, config.amqp_url))
        return
    asyncio.run(run(config, process))


if __name__ == "__main__":
    main()
