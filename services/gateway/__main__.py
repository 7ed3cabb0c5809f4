"""python -m gateway: serve REST on GATEWAY_HOST:GATEWAY_PORT, transcoded to the backends.

Start-up waits up to GATEWAY_STARTUP_WAIT_SECONDS for the backends, then serves the ones
it reached and keeps retrying the others; SIGHUP (and GATEWAY_REFRESH_SECONDS, when set)
re-discovers every backend without a restart.
"""

from __future__ import annotations

import uvicorn

from gateway.app import Gateway, create_app
from gateway.config import GatewayConfig
from gateway.refresh import Refresher
from shared import logs


def main() -> None:
    logs.configure()
    config = GatewayConfig.from_env()
    gateway = Gateway.from_config(config)
    refresher = Refresher(
        gateway,
        every=config.refresh_seconds,
        startup_wait=config.startup_wait_seconds,
        on_sighup=True,
    )
    app = create_app(gateway, cors_origins=config.cors_origins, refresher=refresher)
    uvicorn.run(app, host=config.host, port=config.port, log_config=None, access_log=False)


if __name__ == "__main__":
    main()
