"""python -m gateway: serve REST on GATEWAY_HOST:GATEWAY_PORT, transcoded to the backends."""

from __future__ import annotations

import uvicorn

from gateway.app import Gateway, create_app
from gateway.config import GatewayConfig
from shared import logs


def main() -> None:
    logs.configure()
    config = GatewayConfig.from_env()
    app = create_app(Gateway(config.backends))
    uvicorn.run(app, host=config.host, port=config.port, log_config=None, access_log=False)


if __name__ == "__main__":
    main()
