"""python -m identity {api|relay|migrate|service-token}: one identity process or task."""

from __future__ import annotations

import argparse
from datetime import timedelta

from identity import bootstrap
from identity.config import IdentityConfig
from shared import processes
from shared.auth import grants_for, service_principal
from shared.config import Env
from shared.tokens import TokenIssuer


async def serve(config: IdentityConfig) -> None:
    app = bootstrap.build(config)
    try:
        await processes.api(app)
    finally:
        await app.close()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m identity")
    parser.add_argument("process", choices=["api", "relay", "migrate", "service-token"])
    parser.add_argument("service", nargs="?", help="service-token: the service it is for")
    parser.add_argument("--days", type=int, default=30, help="service-token: lifetime")
    options = parser.parse_args()
    process = options.process
    if process == "service-token":
        # A credential another service presents to identity to verify API keys.
        env = Env()
        key = env.str("TOKEN_SIGNING_KEY")
        env.done()
        if not options.service:
            parser.error("service-token needs the service name")
        issuer = TokenIssuer(key, timedelta(days=options.days))
        grant = grants_for(options.service)
        print(issuer.issue(service_principal(options.service, grant)).token)
        return
    processes.start(
        process,
        migrations=bootstrap.MIGRATIONS,
        schema=bootstrap.SCHEMA,
        config=IdentityConfig.from_env,
        run=lambda config, _: serve(config),
    )


if __name__ == "__main__":
    main()
