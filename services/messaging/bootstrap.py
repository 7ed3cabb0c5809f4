"""messaging's composition root."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
from sqlalchemy.ext.asyncio import AsyncEngine

from messaging.adapters.crm_client import CrmContacts
from messaging.config import MessagingConfig
from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from shared.auth import BearerAuthenticator, IdentityKeyVerifier
from shared.consumer import Consumer
from shared.db import create_engine
from shared.event_encoding import ProtoEventEncoder
from shared.grpc_server import Registration, create_server
from shared.interceptors import standard_interceptors
from shared.outbox import OutboxWriter
from shared.tokens import TokenVerifier
from ventros.messaging.v1 import events_pb2

SCHEMA = "messaging"
MIGRATIONS = Path(__file__).parent / "migrations"

# Resource snapshots carried by events: proto full name → (domain class, mapper).
SNAPSHOTS: dict[str, tuple[type[Any], Any]] = {}

Runner = Callable[[asyncio.Event], Awaitable[None]]


def service_name(module: Any, service: str) -> str:
    return str(module.DESCRIPTOR.services_by_name[service].full_name)


@dataclass
class Messaging:
    config: MessagingConfig
    engine: AsyncEngine
    outbox: OutboxWriter
    identity_channel: grpc.aio.Channel
    crm_channel: grpc.aio.Channel
    crm: CrmContacts = field(init=False)

    def __post_init__(self) -> None:
        self.crm = CrmContacts(self.crm_channel, self.config.service_token)

    def unit_of_work(self, **scope: Any) -> MessagingUnitOfWork:
        return MessagingUnitOfWork(self.engine, self.outbox, **scope)

    def authenticator(self) -> BearerAuthenticator:
        lookup = IdentityKeyVerifier(self.identity_channel, self.config.service_token)
        return BearerAuthenticator(TokenVerifier(self.config.token_public_key), lookup)

    def registrations(self) -> list[Registration]:
        return []

    def consumers(self) -> list[Consumer]:
        """Event consumers (durable queues messaging.<purpose>)."""
        return []

    def runners(self) -> list[Runner]:
        """Other long-running loops of the consumer process (e.g. the inbound processor)."""
        return []

    def workflows(self) -> list[type]:
        """Temporal workflows run by `python -m messaging worker`."""
        return []

    def activities(self) -> list[Callable[..., Any]]:
        """Temporal activities (bound methods of classes built with their clients)."""
        return []

    def server(self, address: str | None = None) -> tuple[grpc.aio.Server, int, Any]:
        return create_server(
            self.registrations(),
            standard_interceptors(self.authenticator()),
            address or self.config.grpc_address,
        )

    async def close(self) -> None:
        await self.identity_channel.close()
        await self.crm_channel.close()
        await self.engine.dispose()


def build(config: MessagingConfig) -> Messaging:
    return Messaging(
        config=config,
        engine=create_engine(config.database_url, application_name="messaging"),
        outbox=OutboxWriter(SCHEMA, ProtoEventEncoder(events_pb2, SNAPSHOTS)),
        identity_channel=grpc.aio.insecure_channel(config.identity_address),
        crm_channel=grpc.aio.insecure_channel(config.crm_address),
    )
