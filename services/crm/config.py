"""crm's settings, read once from the environment."""

from __future__ import annotations

from dataclasses import dataclass

from shared.config import Env


@dataclass(frozen=True)
class CrmConfig:
    database_url: str  # as ventros_app
    relay_database_url: str  # as ventros_relay
    amqp_url: str
    grpc_address: str
    token_public_key: str  # identity's Ed25519 public key, PEM
    identity_address: str  # for API keys presented as bearer credentials
    service_token: str  # crm's own credential towards identity
    default_phone_region: str  # ISO region for numbers written without a country code

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> CrmConfig:
        env = Env(environ)
        config = cls(
            database_url=env.str("DATABASE_URL"),
            relay_database_url=env.str("RELAY_DATABASE_URL"),
            amqp_url=env.str("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/"),
            grpc_address=env.str("CRM_GRPC_ADDRESS", "127.0.0.1:50052"),
            token_public_key=env.str("TOKEN_PUBLIC_KEY"),
            identity_address=env.str("IDENTITY_GRPC_ADDRESS", "127.0.0.1:50051"),
            service_token=env.str("SERVICE_TOKEN"),
            default_phone_region=env.str("DEFAULT_PHONE_REGION", "BR"),
        )
        env.done()
        return config
