"""identity's settings, read once from the environment."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from shared.config import ConfigError, Env


@dataclass(frozen=True)
class IdentityConfig:
    database_url: str  # as ventros_app
    relay_database_url: str  # as ventros_relay
    amqp_url: str
    grpc_address: str
    token_signing_key: str  # Ed25519 private key, PEM
    token_ttl_seconds: int
    secrets_key: bytes  # AES-256 key for stored secrets

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> IdentityConfig:
        env = Env(environ)
        config = cls(
            database_url=env.str("DATABASE_URL"),
            relay_database_url=env.str("RELAY_DATABASE_URL"),
            amqp_url=env.str("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/"),
            grpc_address=env.str("IDENTITY_GRPC_ADDRESS", "127.0.0.1:50051"),
            token_signing_key=env.str("TOKEN_SIGNING_KEY"),
            token_ttl_seconds=env.int("TOKEN_TTL_SECONDS", 900, low=60, high=86_400),
            secrets_key=_key(env.str("SECRETS_KEY")),
        )
        env.done()
        return config


def _key(encoded: str) -> bytes:
    if not encoded:
        return b""
    try:
        key = base64.b64decode(encoded, validate=True)
    except binascii.Error as error:
        raise ConfigError("SECRETS_KEY must be base64") from error
    if len(key) != 32:
        raise ConfigError("SECRETS_KEY must decode to 32 bytes")
    return key
