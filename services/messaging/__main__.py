"""python -m messaging {api|relay|consumer|worker|migrate}: one messaging process or task."""

from __future__ import annotations

import argparse
import asyncio

from temporalio.client import Client
from temporalio.worker import Worker

from messaging import bootstrap
from messaging.config import MessagingConfig
from messaging.workflows.session_lifecycle import ensure_cleanup_schedule
from shared import processes


async def connect_temporal(config: MessagingConfig, attempts: int = 60) -> Client:
    """Temporal may still be starting beside us: retry for about a minute."""
    for attempt in range(attempts):
        try:
            return await Client.connect(
                config.temporal_address, namespace=config.temporal_namespace
            )
        except RuntimeError:
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(1)
    raise AssertionError("unreachable")


async def run(config: MessagingConfig, process: str) -> None:
    app = bootstrap.build(config)
    try:
        if process == "api":
            await processes.api(app)
        elif process == "consumer":
            stop = processes.stop_event()
            loops = [asyncio.create_task(runner(stop)) for runner in app.runners()]
            await processes.consume(app.consumers(), stop)
            await asyncio.gather(*loops)
        else:
            client = await connect_temporal(config)
            await ensure_cleanup_schedule(client, task_queue=config.task_queue)
            worker = Worker(
                client,
                task_queue=config.task_queue,
                workflows=app.workflows(),
                activities=app.activities(),
            )
            stop = processes.stop_event()
            async with worker:
                await stop.wait()
    finally:
        await app.close()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m messaging")
    parser.add_argument("process", choices=["api", "relay", "consumer", "worker", "migrate"])
    processes.start(
        parser.parse_args().process,
        migrations=bootstrap.MIGRATIONS,
        schema=bootstrap.SCHEMA,
        config=MessagingConfig.from_env,
        run=run,
    )


if __name__ == "__main__":
    main()
