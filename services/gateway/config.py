"""The gateway's settings, read once from the environment (the table is in README.md).

GATEWAY_HOST, GATEWAY_PORT; the backends' *_GRPC_ADDRESS; GATEWAY_CORS_ORIGINS (comma
list, "*" = any, unset = no CORS headers); GATEWAY_RATE_LIMIT_PER_SECOND / _BURST per
credential and GATEWAY_INGRESS_RATE_LIMIT_PER_SECOND / _BURST per WAHA channel (0 per
second = off); GATEWAY_RATE_LIMIT_MAX_KEYS; GATEWAY_MAX_BODY_BYTES; GATEWAY_REFRESH_SECONDS
(0 = only on SIGHUP); GATEWAY_STARTUP_WAIT_SECONDS.
"""

from __future__ import annotations

from dataclasses import dataclass

from shared.config import Env


@dataclass(frozen=True)
class RateLimit:
    per_second: float  # 0 switches the limit off
    burst: int


DEFAULT_RATE_LIMIT = RateLimit(50.0, 100)
DEFAULT_INGRESS_RATE_LIMIT = RateLimit(200.0, 400)
DEFAULT_MAX_KEYS = 100_000
DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class GatewayConfig:
    host: str
    port: int
    backends: dict[str, str]  # name → gRPC address
    cors_origins: tuple[str, ...] = ()
    rate_limit: RateLimit = DEFAULT_RATE_LIMIT
    ingress_rate_limit: RateLimit = DEFAULT_INGRESS_RATE_LIMIT
    rate_limit_max_keys: int = DEFAULT_MAX_KEYS
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    refresh_seconds: float = 0.0
    startup_wait_seconds: float = 30.0

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> GatewayConfig:
        env = Env(environ)
        origins = env.optional("GATEWAY_CORS_ORIGINS") or ""
        config = cls(
            host=env.str("GATEWAY_HOST", "127.0.0.1"),
            port=env.int("GATEWAY_PORT", 8080, low=1, high=65535),
            backends={
                "identity": env.str("IDENTITY_GRPC_ADDRESS", "127.0.0.1:50051"),
                "crm": env.str("CRM_GRPC_ADDRESS", "127.0.0.1:50052"),
                "messaging": env.str("MESSAGING_GRPC_ADDRESS", "127.0.0.1:50053"),
            },
            cors_origins=tuple(o.strip().rstrip("/") for o in origins.split(",") if o.strip()),
            rate_limit=RateLimit(
                env.float("GATEWAY_RATE_LIMIT_PER_SECOND", DEFAULT_RATE_LIMIT.per_second, low=0.0),
                env.int("GATEWAY_RATE_LIMIT_BURST", DEFAULT_RATE_LIMIT.burst, low=1),
            ),
            ingress_rate_limit=RateLimit(
                env.float(
                    "GATEWAY_INGRESS_RATE_LIMIT_PER_SECOND",
                    DEFAULT_INGRESS_RATE_LIMIT.per_second,
                    low=0.0,
                ),
                env.int(
                    "GATEWAY_INGRESS_RATE_LIMIT_BURST", DEFAULT_INGRESS_RATE_LIMIT.burst, low=1
                ),
            ),
            rate_limit_max_keys=env.int("GATEWAY_RATE_LIMIT_MAX_KEYS", DEFAULT_MAX_KEYS, low=1),
            max_body_bytes=env.int("GATEWAY_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, low=1),
            refresh_seconds=env.float("GATEWAY_REFRESH_SECONDS", 0.0, low=0.0),
            startup_wait_seconds=env.float("GATEWAY_STARTUP_WAIT_SECONDS", 30.0, low=0.0),
        )
        env.done()
        return config
