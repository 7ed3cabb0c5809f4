"""messaging's settings, read once from the environment."""

from __future__ import annotations

from dataclasses import dataclass

from shared.config import Env


@dataclass(frozen=True)
class MessagingConfig:
    database_url: str  # as ventros_app
    relay_database_url: str  # as ventros_relay
    amqp_url: str
    grpc_address: str
    token_public_key: str  # identity's Ed25519 public key, PEM
    identity_address: str
    crm_address: str
    service_token: str  # messaging's credential towards identity and crm
    temporal_address: str
    temporal_namespace: str
    task_queue: str
    media_dir: str  # where inbound media is copied (WAHA deletes its files after minutes)
    inbound_lanes: int = 8  # conversations the inbound processor works on at once

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> MessagingConfig:
        env = Env(environ)
        config = cls(
            database_url=env.str("DATABASE_URL"),
            relay_database_url=env.str("RELAY_DATABASE_URL"),
            amqp_url=env.str("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/"),
            grpc_address=env.str("MESSAGING_GRPC_ADDRESS", "127.0.0.1:50053"),
            token_public_key=env.str("TOKEN_PUBLIC_KEY"),
            identity_address=env.str("IDENTITY_GRPC_ADDRESS", "127.0.0.1:50051"),
            crm_address=env.str("CRM_GRPC_ADDRESS", "127.0.0.1:50052"),
            service_token=env.str("SERVICE_TOKEN"),
            temporal_address=env.str("TEMPORAL_ADDRESS", "127.0.0.1:7233"),
            temporal_namespace=env.str("TEMPORAL_NAMESPACE", "default"),
            task_queue=env.str("MESSAGING_TASK_QUEUE", "messaging"),
            media_dir=env.str("MEDIA_DIR", ".data/media"),
            inbound_lanes=env.int("INBOUND_LANES", 8, low=1, high=256),
        )
        env.done()
        return config
