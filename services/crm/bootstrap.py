"""crm's composition root."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
from sqlalchemy.ext.asyncio import AsyncEngine

from crm.config import CrmConfig
from crm.domain.contacts import Contact
from crm.entrypoints import contact_mappers
from crm.entrypoints.contact_servicer import ContactServicer
from crm.service_layer.contacts import Contacts
from crm.service_layer.transfers import ContactTransfers
from crm.service_layer.unit_of_work import CrmUnitOfWork
from shared.auth import BearerAuthenticator, IdentityKeyVerifier
from shared.consumer import Consumer
from shared.db import create_engine
from shared.event_encoding import ProtoEventEncoder
from shared.grpc_server import Registration, create_server
from shared.interceptors import standard_interceptors
from shared.outbox import OutboxWriter
from shared.tokens import TokenVerifier
from ventros.crm.v1 import contact_service_pb2, contact_service_pb2_grpc, events_pb2

SCHEMA = "crm"
MIGRATIONS = Path(__file__).parent / "migrations"

SNAPSHOTS: dict[str, tuple[type[Any], Any]] = {
    "ventros.crm.v1.Contact": (Contact, contact_mappers.contact),
}


def service_name(module: Any, service: str) -> str:
    return str(module.DESCRIPTOR.services_by_name[service].full_name)


@dataclass
class Crm:
    config: CrmConfig
    engine: AsyncEngine
    outbox: OutboxWriter
    identity_channel: grpc.aio.Channel
    contacts: Contacts = field(init=False)
    transfers: ContactTransfers = field(init=False)

    def __post_init__(self) -> None:
        region = self.config.default_phone_region
        self.contacts = Contacts(self.unit_of_work, region)
        self.transfers = ContactTransfers(self.unit_of_work, region)

    def unit_of_work(self, **scope: Any) -> CrmUnitOfWork:
        return CrmUnitOfWork(self.engine, self.outbox, **scope)

    def authenticator(self) -> BearerAuthenticator:
        lookup = IdentityKeyVerifier(self.identity_channel, self.config.service_token)
        return BearerAuthenticator(TokenVerifier(self.config.token_public_key), lookup)

    def registrations(self) -> list[Registration]:
        region = self.config.default_phone_region
        return [
            Registration(
                contact_service_pb2_grpc.add_ContactServiceServicer_to_server,
                ContactServicer(self.contacts, self.transfers, region),
                service_name(contact_service_pb2, "ContactService"),
            ),
        ]

    def consumers(self) -> list[Consumer]:
        """crm's event consumers (durable queues crm.<purpose>)."""
        return []

    def server(self, address: str | None = None) -> tuple[grpc.aio.Server, int, Any]:
        return create_server(
            self.registrations(),
            standard_interceptors(self.authenticator()),
            address or self.config.grpc_address,
        )

    async def close(self) -> None:
        await self.identity_channel.close()
        await self.engine.dispose()


def build(config: CrmConfig) -> Crm:
    return Crm(
        config=config,
        engine=create_engine(config.database_url, application_name="crm"),
        outbox=OutboxWriter(SCHEMA, ProtoEventEncoder(events_pb2, SNAPSHOTS)),
        identity_channel=grpc.aio.insecure_channel(config.identity_address),
    )
