"""crm's composition root."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
from sqlalchemy.ext.asyncio import AsyncEngine

from crm.adapters.timeline_listener import TimelineListener
from crm.config import CrmConfig
from crm.domain.automation import AutomationRule
from crm.domain.contact_lists import ContactList
from crm.domain.contacts import Contact
from crm.domain.notes import Note
from crm.domain.pipelines import Pipeline
from crm.domain.timeline import ContactEvent
from crm.domain.tracking import Tracking
from crm.entrypoints import (
    contact_event_mappers,
    contact_list_mappers,
    contact_mappers,
    note_mappers,
    pipeline_mappers,
    tracking_mappers,
)
from crm.entrypoints.automation_consumer import AutomationConsumer
from crm.entrypoints.contact_event_servicer import ContactEventServicer
from crm.entrypoints.contact_list_servicer import ContactListServicer
from crm.entrypoints.contact_servicer import ContactServicer
from crm.entrypoints.inbound_consumer import inbound_consumer
from crm.entrypoints.note_servicer import NoteServicer
from crm.entrypoints.pipeline_servicer import PipelineServicer
from crm.entrypoints.provisioning_consumer import ProvisioningConsumer
from crm.entrypoints.timeline_consumer import TimelineConsumer
from crm.entrypoints.tracking_servicer import TrackingServicer
from crm.service_layer.automation import Automation, AutomationRules
from crm.service_layer.contact_lists import ContactLists
from crm.service_layer.contacts import Contacts
from crm.service_layer.inbound import InboundMessages
from crm.service_layer.notes import Notes
from crm.service_layer.pipelines import Pipelines
from crm.service_layer.provisioning import Provisioning
from crm.service_layer.timeline import Timeline
from crm.service_layer.trackings import Trackings
from crm.service_layer.transfers import ContactTransfers
from crm.service_layer.unit_of_work import CrmUnitOfWork
from shared.auth import BearerAuthenticator, IdentityKeyVerifier
from shared.consumer import Consumer
from shared.db import create_engine
from shared.event_encoding import ProtoEventEncoder
from shared.grpc_server import Registration, create_server, service_name
from shared.interceptors import standard_interceptors
from shared.outbox import OutboxWriter
from shared.tokens import TokenVerifier
from ventros.crm.v1 import (
    contact_event_service_pb2,
    contact_event_service_pb2_grpc,
    contact_list_service_pb2,
    contact_list_service_pb2_grpc,
    contact_service_pb2,
    contact_service_pb2_grpc,
    events_pb2,
    note_service_pb2,
    note_service_pb2_grpc,
    pipeline_service_pb2,
    pipeline_service_pb2_grpc,
    tracking_service_pb2,
    tracking_service_pb2_grpc,
)

SCHEMA = "crm"
MIGRATIONS = Path(__file__).parent / "migrations"

SNAPSHOTS: dict[str, tuple[type[Any], Any]] = {
    "ventros.crm.v1.Contact": (Contact, contact_mappers.contact),
    "ventros.crm.v1.ContactList": (ContactList, contact_list_mappers.contact_list),
    "ventros.crm.v1.Note": (Note, note_mappers.note),
    "ventros.crm.v1.ContactEvent": (ContactEvent, contact_event_mappers.contact_event),
    "ventros.crm.v1.Tracking": (Tracking, tracking_mappers.tracking),
    "ventros.crm.v1.Pipeline": (Pipeline, pipeline_mappers.pipeline),
    "ventros.crm.v1.AutomationRule": (AutomationRule, pipeline_mappers.automation_rule),
}


@dataclass
class Crm:
    config: CrmConfig
    engine: AsyncEngine
    outbox: OutboxWriter
    identity_channel: grpc.aio.Channel
    contacts: Contacts = field(init=False)
    transfers: ContactTransfers = field(init=False)
    contact_lists: ContactLists = field(init=False)
    notes: Notes = field(init=False)
    timeline_listener: TimelineListener = field(init=False)
    timeline: Timeline = field(init=False)
    trackings: Trackings = field(init=False)
    inbound: InboundMessages = field(init=False)
    pipelines: Pipelines = field(init=False)
    automation_rules: AutomationRules = field(init=False)
    automation: Automation = field(init=False)
    provisioning: Provisioning = field(init=False)

    def __post_init__(self) -> None:
        region = self.config.default_phone_region
        self.contacts = Contacts(self.unit_of_work, region)
        self.transfers = ContactTransfers(self.unit_of_work, region)
        self.contact_lists = ContactLists(self.unit_of_work)
        self.notes = Notes(self.unit_of_work)
        self.timeline_listener = TimelineListener(self.config.database_url)
        self.timeline = Timeline(self.unit_of_work, self.timeline_listener)
        self.trackings = Trackings(self.unit_of_work)
        self.inbound = InboundMessages(self.unit_of_work)
        self.pipelines = Pipelines(self.unit_of_work)
        self.automation_rules = AutomationRules(self.unit_of_work)
        self.automation = Automation(self.unit_of_work)
        self.provisioning = Provisioning(self.unit_of_work)

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
            Registration(
                contact_list_service_pb2_grpc.add_ContactListServiceServicer_to_server,
                ContactListServicer(self.contact_lists),
                service_name(contact_list_service_pb2, "ContactListService"),
            ),
            Registration(
                note_service_pb2_grpc.add_NoteServiceServicer_to_server,
                NoteServicer(self.notes),
                service_name(note_service_pb2, "NoteService"),
            ),
            Registration(
                contact_event_service_pb2_grpc.add_ContactEventServiceServicer_to_server,
                ContactEventServicer(self.timeline),
                service_name(contact_event_service_pb2, "ContactEventService"),
            ),
            Registration(
                tracking_service_pb2_grpc.add_TrackingServiceServicer_to_server,
                TrackingServicer(self.trackings),
                service_name(tracking_service_pb2, "TrackingService"),
            ),
            Registration(
                pipeline_service_pb2_grpc.add_PipelineServiceServicer_to_server,
                PipelineServicer(self.pipelines, self.automation_rules),
                service_name(pipeline_service_pb2, "PipelineService"),
            ),
        ]

    def consumers(self) -> list[Consumer]:
        """crm's event consumers (durable queues crm.<purpose>)."""
        return [
            inbound_consumer(self.config.amqp_url, self.inbound),
            TimelineConsumer(self.timeline).consumer(self.config.amqp_url),
            ProvisioningConsumer(self.provisioning).consumer(self.config.amqp_url),
            AutomationConsumer(self.automation).consumer(self.config.amqp_url),
        ]

    def server(self, address: str | None = None) -> tuple[grpc.aio.Server, int, Any]:
        return create_server(
            self.registrations(),
            standard_interceptors(self.authenticator()),
            address or self.config.grpc_address,
        )

    async def close(self) -> None:
        await self.timeline_listener.close()
        await self.identity_channel.close(None)
        await self.engine.dispose()


def build(config: CrmConfig) -> Crm:
    return Crm(
        config=config,
        engine=create_engine(config.database_url, application_name="crm"),
        outbox=OutboxWriter(SCHEMA, ProtoEventEncoder(events_pb2, SNAPSHOTS)),
        identity_channel=grpc.aio.insecure_channel(config.identity_address),
    )
