"""The long-running process kinds every context runs: api, relay, consumer."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

from shared import logs
from shared.config import Env
from shared.consumer import Consumer
from shared.dbsetup import migrate
from shared.grpc_server import Registration, serve_until_signalled
from shared.relay import OutboxRelay

log = logging.getLogger(__name__)
C = TypeVar("C", bound="ProcessConfig")


class ServesGrpc(Protocol):
    def server(self, address: str | None = None) -> tuple[Any, int, Any]: ...
    def registrations(self) -> list[Registration]: ...


def stop_event() -> asyncio.Event:
    """Set on SIGTERM or SIGINT."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    return stop


async def api(app: ServesGrpc) -> None:
    server, port, health = app.server()
    log.info("gRPC listening", extra={"fields": {"port": port}})
    await serve_until_signalled(server, health, [r.service_name for r in app.registrations()])


async def relay(dsn: str, schema: str, amqp_url: str) -> None:
    worker = OutboxRelay(dsn=dsn, schema=schema, amqp_url=amqp_url)
    stop = stop_event()
    await worker.start()
    log.info("relay running", extra={"fields": {"schema": schema}})
    try:
        await worker.run(stop)
    finally:
        await worker.close()


async def consume(consumers: Sequence[Consumer], stop: asyncio.Event | None = None) -> None:
    stop = stop or stop_event()
    for consumer in consumers:
        await consumer.start()
        log.info("consuming", extra={"fields": {"queue": consumer.queue_name}})
    try:
        await stop.wait()
    finally:
        for consumer in consumers:
            await consumer.stop()


class ProcessConfig(Protocol):
    @property
    def relay_database_url(self) -> str: ...
    @property
    def amqp_url(self) -> str: ...


def start(
    process: str,
    *,
    migrations: Path,
    schema: str,
    config: Callable[[], C],
    run: Callable[[C, str], Coroutine[Any, Any, None]],
) -> None:
    """`python -m <context> <process>`: `migrate` (MIGRATION_DATABASE_URL) and `relay` are
    the same for every context; any other process is the context's `run`."""
    logs.configure()
    if process == "migrate":
        env = Env()
        url = env.str("MIGRATION_DATABASE_URL")
        env.done()
        migrate(url, migrations, schema)
        return
    settings = config()
    if process == "relay":
        asyncio.run(relay(settings.relay_database_url, schema, settings.amqp_url))
        return
    asyncio.run(run(settings, process))
