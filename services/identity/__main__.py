"""python -m identity {api|relay|migrate|service-token}: one identity process or task."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
from datetime import timedelta

from shared import logs
from shared.auth import service_principal
from shared.config import Env
from shared.dbsetup import migrate
from shared.grpc_server import serve_until_signalled
from shared.relay import OutboxRelay
from shared.tokens import TokenIssuer

from identity import bootstrap
from identity.config import IdentityConfig

log = logging.getLogger("identity")


async def api(config: IdentityConfig) -> None:
    app = bootstrap.build(config)
    server, port, health = app.server()
    log.info("identity gRPC listening", extra={"fields": {"port": port}})
    try:
        await serve_until_signalled(server, health, [r.service_name for r in app.registrations()])
    finally:
        await app.close()


async def relay(config: IdentityConfig) -> None:
    worker = OutboxRelay(
        dsn=config.relay_database_url, schema=bootstrap.SCHEMA, amqp_url=config.amqp_url
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await worker.start()
    log.info("identity relay running")
    try:
        await worker.run(stop)
    finally:
        await worker.close()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m identity")
    parser.add_argument("process", choices=["api", "relay", "migrate", "service-token"])
    parser.add_argument("service", nargs="?", help="service-token: the service it is for")
    parser.add_argument("--days", type=int, default=30, help="service-token: lifetime")
    options = parser.parse_args()
    process = options.process
    logs.configure()
    if process == "service-token":
        # A credential another service presents to identity to verify API keys.
        env = Env()
        key = env.str("TOKEN_SIGNING_KEY")
        env.done()
        if not options.service:
            parser.error("service-token needs the service name")
        issuer = TokenIssuer(key, timedelta(days=options.days))
        print(issuer.issue(service_principal(options.service)).token)
        return
    if process == "migrate":
        env = Env()
        url = env.str("MIGRATION_DATABASE_URL")
        env.done()
        migrate(url, bootstrap.MIGRATIONS, bootstrap.SCHEMA)
        return
    config = IdentityConfig.from_env()
    asyncio.run(api(config) if process == "api" else relay(config))


if __name__ == "__main__":
    main()
