"""messaging's composition root."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
from sqlalchemy.ext.asyncio import AsyncEngine

from messaging.adapters.contact_cache import CachedContacts, ContactCache
from messaging.adapters.crm_client import CrmContacts
from messaging.adapters.history_imports import channel_source
from messaging.adapters.inbound_listener import InboundListener
from messaging.adapters.message_listener import MessageListener
from messaging.adapters.waha_client import WahaClient
from messaging.adapters.waha_keys import WahaKeys
from messaging.config import MessagingConfig
from messaging.domain.agents import Agent
from messaging.domain.channels import Channel
from messaging.domain.chats import Chat
from messaging.domain.sessions import Session
from messaging.entrypoints import (
    agent_mappers,
    channel_mappers,
    chat_mappers,
    self_service,
    session_mappers,
)
from messaging.entrypoints.agent_servicer import AgentServicer
from messaging.entrypoints.channel_servicer import ChannelServicer
from messaging.entrypoints.channel_type_servicer import ChannelTypeServicer
from messaging.entrypoints.chat_servicer import ChatServicer
from messaging.entrypoints.contact_invalidation import ContactInvalidation
from messaging.entrypoints.contact_merge_consumer import ContactMergeConsumer
from messaging.entrypoints.inbound_processor import InboundRunner
from messaging.entrypoints.message_servicer import MessageServicer
from messaging.entrypoints.pipeline_consumer import PipelineConsumer
from messaging.entrypoints.project_settings_consumer import ProjectSettingsConsumer
from messaging.entrypoints.session_lifecycle_consumer import SessionLifecycleConsumer
from messaging.entrypoints.session_servicer import SessionServicer
from messaging.entrypoints.waha_ingress_servicer import WahaIngressServicer
from messaging.service_layer.agents import Agents
from messaging.service_layer.analytics import Analytics
from messaging.service_layer.channels import Channels, ChannelTypes
from messaging.service_layer.chats import Chats
from messaging.service_layer.contact_merges import ContactMerges
from messaging.service_layer.history_imports import HistoryImports
from messaging.service_layer.inbound import InboundProcessor
from messaging.service_layer.ingress import Ingress
from messaging.service_layer.messages import Messages
from messaging.service_layer.project_settings import ProjectSettings
from messaging.service_layer.sending import Sending
from messaging.service_layer.sessions import Sessions
from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from messaging.workflows.activities import SessionActivities
from messaging.workflows.history_activities import HistoryImportActivities
from messaging.workflows.history_import import HistoryImportWorkflow
from messaging.workflows.session_lifecycle import SessionCleanup, SessionLifecycle
from shared.auth import BearerAuthenticator, IdentityKeyVerifier
from shared.consumer import Consumer
from shared.db import create_engine
from shared.domain import NotFound
from shared.event_encoding import ProtoEventEncoder
from shared.grpc_server import Registration, create_server, service_name
from shared.outbox import OutboxWriter
from shared.tokens import TokenVerifier
from ventros.messaging.v1 import (
    agent_service_pb2,
    agent_service_pb2_grpc,
    channel_service_pb2,
    channel_service_pb2_grpc,
    channel_type_service_pb2,
    channel_type_service_pb2_grpc,
    chat_service_pb2,
    chat_service_pb2_grpc,
    events_pb2,
    message_service_pb2,
    message_service_pb2_grpc,
    session_service_pb2,
    session_service_pb2_grpc,
    waha_ingress_service_pb2,
    waha_ingress_service_pb2_grpc,
)

SCHEMA = "messaging"
MIGRATIONS = Path(__file__).parent / "migrations"

# Resource snapshots carried by events: proto full name → (domain class, mapper).
SNAPSHOTS: dict[str, tuple[type[Any], Any]] = {
    "ventros.messaging.v1.Session": (Session, session_mappers.session),
    "ventros.messaging.v1.Channel": (Channel, channel_mappers.channel),
    "ventros.messaging.v1.Chat": (Chat, chat_mappers.chat),
    "ventros.messaging.v1.Agent": (Agent, agent_mappers.agent),
    # No Message entry: shared.protomap.fill's first parameter is called `message`, so an
    # override for an event field named `message` collides with it; without the entry
    # the event's `message` snapshot is filled by name (the same as the mapper does).
}

Runner = Callable[[asyncio.Event], Coroutine[Any, Any, None]]


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
        self.contact_cache = ContactCache()
        self.contacts = CachedContacts(self.crm, self.contact_cache)
        self.contact_invalidation = ContactInvalidation(self.contact_cache, self.config.amqp_url)
        self.history_imports = HistoryImports(self.unit_of_work)
        # The worker runs no cache invalidation, and an import asks crm once per chunk.
        self.history_activities = HistoryImportActivities(
            self.unit_of_work, self.crm, self.waha_for
        )
        self.sessions = Sessions(self.unit_of_work)
        self.session_analytics = Analytics(self.unit_of_work)
        self.message_listener = MessageListener(self.config.database_url)
        self.messages = Messages(self.unit_of_work, self.message_listener)
        self.waha_keys = WahaKeys(self.identity_channel, self.config.service_token)
        self.sending = Sending(self.unit_of_work, self.waha_keys)
        self.session_activities = SessionActivities(self.sessions)
        self.inbound = InboundProcessor(
            self.unit_of_work, self.contacts, self.waha_for, self.config.media_dir
        )
        self.inbound_runner = InboundRunner(
            self.inbound,
            InboundListener(self.config.database_url),
            lanes=self.config.inbound_lanes,
            due_projects=self.inbound.projects_with_due_events,
        )
        self.ingress = Ingress(self.engine, self.unit_of_work)
        self.channel_types = ChannelTypes()
        self.channels = Channels(self.unit_of_work)
        self.chats = Chats(self.unit_of_work)
        self.agents = Agents(self.unit_of_work)
        self.project_settings = ProjectSettings(self.unit_of_work)
        self.contact_merges = ContactMerges(self.unit_of_work)
        self._temporal: Any = None
        self._temporal_lock = asyncio.Lock()

    async def temporal_client(self) -> Any:
        """The Temporal client, connected once on first use."""
        async with self._temporal_lock:
            if self._temporal is None:
                from temporalio.client import Client

                self._temporal = await Client.connect(
                    self.config.temporal_address, namespace=self.config.temporal_namespace
                )
            return self._temporal

    async def waha_for(self, project_id: uuid.UUID, channel_id: uuid.UUID) -> WahaClient:
        """A WAHA client for one channel (from its stored configuration)."""
        async with self.unit_of_work(project_id=project_id) as uow:
            source = await channel_source(uow.connection, channel_id)
        if source is None:
            raise NotFound("channel", channel_id)
        key = await self.waha_keys.api_key(project_id, source.api_key_credential_id)
        return WahaClient(source.base_url, key, source.session_name)

    def unit_of_work(self, **scope: Any) -> MessagingUnitOfWork:
        return MessagingUnitOfWork(self.engine, self.outbox, **scope)

    def authenticator(self) -> BearerAuthenticator:
        lookup = IdentityKeyVerifier(self.identity_channel, self.config.service_token)
        return BearerAuthenticator(TokenVerifier(self.config.token_public_key), lookup)

    def registrations(self) -> list[Registration]:
        return [
            Registration(
                waha_ingress_service_pb2_grpc.add_WahaIngressServiceServicer_to_server,
                WahaIngressServicer(self.ingress),
                service_name(waha_ingress_service_pb2, "WahaIngressService"),
            ),
            Registration(
                session_service_pb2_grpc.add_SessionServiceServicer_to_server,
                SessionServicer(self.sessions, self.session_analytics),
                service_name(session_service_pb2, "SessionService"),
            ),
            Registration(
                message_service_pb2_grpc.add_MessageServiceServicer_to_server,
                MessageServicer(self.messages, self.sending),
                service_name(message_service_pb2, "MessageService"),
            ),
            Registration(
                channel_type_service_pb2_grpc.add_ChannelTypeServiceServicer_to_server,
                ChannelTypeServicer(self.channel_types),
                service_name(channel_type_service_pb2, "ChannelTypeService"),
            ),
            Registration(
                channel_service_pb2_grpc.add_ChannelServiceServicer_to_server,
                ChannelServicer(self.channels, self.channel_types, self),
                service_name(channel_service_pb2, "ChannelService"),
            ),
            Registration(
                chat_service_pb2_grpc.add_ChatServiceServicer_to_server,
                ChatServicer(self.chats),
                service_name(chat_service_pb2, "ChatService"),
            ),
            Registration(
                agent_service_pb2_grpc.add_AgentServiceServicer_to_server,
                AgentServicer(self.agents),
                service_name(agent_service_pb2, "AgentService"),
            ),
        ]

    def consumers(self) -> list[Consumer]:
        """Event consumers (durable queues messaging.<purpose>)."""
        url = self.config.amqp_url
        return [
            ProjectSettingsConsumer(self.project_settings).consumer(url),
            ContactMergeConsumer(self.contact_merges).consumer(url),
            SessionLifecycleConsumer(self.temporal_client, self.config.task_queue).consumer(url),
            PipelineConsumer(self.unit_of_work).consumer(url),
        ]

    def runners(self) -> list[Runner]:
        """Other long-running loops of the consumer process (e.g. the inbound processor)."""
        return [self.inbound_runner, self.contact_invalidation]

    def workflows(self) -> list[type]:
        """Temporal workflows run by `python -m messaging worker`."""
        return [HistoryImportWorkflow, SessionLifecycle, SessionCleanup]

    def activities(self) -> list[Callable[..., Any]]:
        """Temporal activities (bound methods of classes built with their clients)."""
        return [*self.history_activities.all(), *self.session_activities.all()]

    def server(self, address: str | None = None) -> tuple[grpc.aio.Server, int, Any]:
        return create_server(
            self.registrations(),
            self_service.interceptors(self.authenticator()),
            address or self.config.grpc_address,
        )

    async def close(self) -> None:
        await self.message_listener.close()
        await self.identity_channel.close(grace=None)
        await self.crm_channel.close(grace=None)
        await self.engine.dispose()


def build(config: MessagingConfig) -> Messaging:
    return Messaging(
        config=config,
        engine=create_engine(config.database_url, application_name="messaging"),
        outbox=OutboxWriter(SCHEMA, ProtoEventEncoder(events_pb2, SNAPSHOTS)),
        identity_channel=grpc.aio.insecure_channel(config.identity_address),
        crm_channel=grpc.aio.insecure_channel(config.crm_address),
    )
