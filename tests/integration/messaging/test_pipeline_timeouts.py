"""A session's inactivity timeout: its crm pipeline's (kept from crm's pipeline events),
else the channel's, else the project's, else 30 minutes."""

from __future__ import annotations

import uuid
import zlib
from datetime import timedelta

import pytest
from google.protobuf import duration_pb2

from messaging.adapters.inbound_repositories import ChannelRepository
from messaging.adapters.sessions import SessionRepository
from messaging.adapters.webhook_routes import save_route
from messaging.bootstrap import Messaging
from messaging.domain.channels import Channel, WahaConfig
from messaging.entrypoints.pipeline_consumer import PipelineConsumer
from shared.consumer import Envelope
from tests.integration.messaging.conftest import Tenant
from tests.integration.messaging.test_inbound import Stub, message_like
from tests.integration.messaging.test_ingress import SECRET, ingest
from ventros.crm.v1 import events_pb2 as crm_events
from ventros.crm.v1 import pipeline_pb2

pytestmark = pytest.mark.integration


async def channel_in(app: Messaging, tenant: Tenant, pipeline_id: uuid.UUID) -> Channel:
    channel = Channel.create(
        project_id=uuid.UUID(tenant.project_id),
        name="Vendas",
        channel_type_code="waha",
        waha_config=WahaConfig(
            base_url="http://127.0.0.1:9", session_name="default", webhook_secret=SECRET
        ),
        pipeline_id=pipeline_id,
    )
    async with app.unit_of_work(project_id=channel.project_id) as uow:
        await uow.repository(ChannelRepository).add(channel)
        await save_route(uow.connection, channel.id, SECRET, active=True)
        await uow.commit()
    return channel


async def announce(app: Messaging, project_id: uuid.UUID, event: object) -> None:
    envelope = Envelope(uuid.uuid4(), "crm.pipeline.x", project_id, "", 0)
    await PipelineConsumer(app.unit_of_work).handle(event, envelope)  # type: ignore[arg-type]


def updated(pipeline_id: uuid.UUID, version: int, minutes: int) -> crm_events.PipelineUpdated:
    return crm_events.PipelineUpdated(
        pipeline=pipeline_pb2.Pipeline(
            id=str(pipeline_id),
            version=version,
            session_timeout=duration_pb2.Duration(seconds=60 * minutes),
        )
    )


async def timeout_of_new_session(
    ingress: Stub, app: Messaging, channel: Channel, wa_id: str
) -> timedelta:
    number = zlib.crc32(wa_id.encode()) % 10**8
    await ingest(
        ingress,
        channel,
        message_like("01_message_text_dm.json", wa_id, chat=f"55119{number:08d}@c.us"),
    )
    await app.inbound.sweep(channel.project_id)
    async with app.unit_of_work(project_id=channel.project_id) as uow:
        sessions = uow.repository(SessionRepository)
        found = await sessions.find(
            "channel_id = :ch ORDER BY create_time DESC LIMIT 1", ch=channel.id
        )
    assert found is not None
    return found.timeout


async def test_a_session_takes_its_pipelines_timeout(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    pipeline = uuid.uuid4()
    channel = await channel_in(messaging, tenant, pipeline)
    await announce(messaging, channel.project_id, updated(pipeline, 3, minutes=45))
    await announce(messaging, channel.project_id, updated(pipeline, 2, minutes=5))  # late, older
    assert await timeout_of_new_session(ingress, messaging, channel, "3EB0917E0001") == timedelta(
        minutes=45
    )


async def test_a_deleted_pipeline_no_longer_sets_the_timeout(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    pipeline = uuid.uuid4()
    channel = await channel_in(messaging, tenant, pipeline)
    await announce(messaging, channel.project_id, updated(pipeline, 1, minutes=45))
    await announce(
        messaging, channel.project_id, crm_events.PipelineDeleted(pipeline_id=str(pipeline))
    )
    await announce(messaging, channel.project_id, updated(pipeline, 9, minutes=45))  # too late
    assert await timeout_of_new_session(ingress, messaging, channel, "3EB0917E0002") == timedelta(
        minutes=30
    )
