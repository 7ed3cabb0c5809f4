"""The gateway's settings, read once from the environment."""

from __future__ import annotations

from dataclasses import dataclass

from shared.config import Env


@dataclass(frozen=True)
class GatewayConfig:
    host: str
    port: int
    backends: dict[str, str]  # name → gRPC address

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> GatewayConfig:
        env = Env(environ)
        config = cls(
            host=env.str("GATEWAY_HOST", "127.0.0.1"),
            port=env.int("GATEWAY_PORT", 8080, low=1, high=65535),
            backends={
                "identity": env.str("IDENTITY_GRPC_ADDRESS", "127.0.0.1:50051"),
                "crm": env.str("CRM_GRPC_ADDRESS", "127.0.0.1:50052"),
                "messaging": env.str("MESSAGING_GRPC_ADDRESS", "127.0.0.1:50053"),
            },
        )
        env.done()
        return config
