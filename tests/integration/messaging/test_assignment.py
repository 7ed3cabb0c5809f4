"""Agent assignment on session start: an inbound message from a new contact opens a
session whose primary agent the project's policy picks (real PostgreSQL, crm, ingress)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest
from google.protobuf import field_mask_pb2
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from messaging.adapters.agents import AgentRepository
from messaging.adapters.channels import ChannelRepository
from messaging.adapters.sessions import SessionRepository
from messaging.bootstrap import Messaging
from messaging.domain.agents import Agent
from messaging.domain.channels import Channel
from messaging.domain.sessions import Session
from messaging.entrypoints import project_settings_consumer
from messaging.entrypoints.project_settings_consumer import ProjectSettingsConsumer
from messaging.service_layer.assignment import assign_new_session
from shared.consumer import Consumer, Envelope
from shared.db import create_engine
from shared.dbsetup import DatabaseUrls
from shared.domain import utcnow
from shared.relay import OutboxRelay
from tests.integration.messaging.conftest import Tenant
from tests.integration.messaging.test_inbound import message_like
from tests.integration.messaging.test_ingress import add_channel, ingest
from ventros.identity.v1 import events_pb2 as identity_events
from ventros.identity.v1 import project_pb2, project_service_pb2, project_service_pb2_grpc
from ventros.messaging.v1 import events_pb2, session_pb2, waha_ingress_service_pb2_grpc

pytestmark = pytest.mark.integration
Stub = waha_ingress_service_pb2_grpc.WahaIngressServiceStub
STRATEGY = {
    "round_robin": project_pb2.ASSIGNMENT_STRATEGY_ROUND_ROBIN,
    "least_sessions": project_pb2.ASSIGNMENT_STRATEGY_LEAST_SESSIONS,
    "manual": project_pb2.ASSIGNMENT_STRATEGY_MANUAL,
}


@pytest.fixture
async def relay_engine(database: DatabaseUrls) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database.relay, application_name="messaging-tests")
    yield engine
    await engine.dispose()


class Project:
    """The tenant's project as identity announces it, one version at a time."""

    def __init__(self, app: Messaging, tenant: Tenant) -> None:
        self.id, self.version = uuid.UUID(tenant.project_id), 1
        self._consumer = ProjectSettingsConsumer(app.project_settings)

    async def assign(self, strategy: str, *agents: Agent, enabled: bool = True) -> None:
        self.version += 1
        event = identity_events.ProjectUpdated(
            project=project_pb2.Project(
                id=str(self.id),
                version=self.version,
                agent_assignment=project_pb2.AgentAssignmentConfig(
                    enabled=enabled,
                    strategy=STRATEGY[strategy],
                    agent_ids=[str(a.id) for a in agents],
                ),
            ),
            changed_fields=["agent_assignment"],
        )
        envelope = Envelope(uuid.uuid4(), "identity.project.updated", self.id, "", 0)
        await self._consumer.handle(event, envelope)


async def add_agent(
    app: Messaging, tenant: Tenant, status: str = "available", capacity: int = 0
) -> Agent:
    agent = Agent.create(
        project_id=uuid.UUID(tenant.project_id),
        type="human",
        name="Agente",
        user_id=uuid.uuid4(),
        max_concurrent_sessions=capacity,
    )
    agent.set_status(status)
    async with app.unit_of_work(project_id=agent.project_id) as uow:
        await uow.repository(AgentRepository).add(agent)
        await uow.commit()
    return agent


def by_id(*agents: Agent) -> list[uuid.UUID]:
    return sorted((a.id for a in agents), key=str)


async def new_contact_writes(app: Messaging, ingress: Stub, channel: Channel) -> uuid.UUID | None:
    """A message from a contact never seen before; returns its session's agent."""
    chat = f"55119{uuid.uuid4().int % 10**8:08d}@c.us"
    wa_id = uuid.uuid4().hex[:20].upper()
    await ingest(ingress, channel, message_like("01_message_text_dm.json", wa_id, chat=chat))
    results = await app.inbound.sweep(channel.project_id)
    assert [r.status for r in results] == ["processed"], results
    found = await query(
        app,
        channel.project_id,
        "SELECT s.agent_id FROM messaging.sessions s JOIN messaging.chats c ON c.id = s.chat_id"
        " WHERE c.wa_chat_id = :chat",
        chat=chat,
    )
    assert len(found) == 1
    return uuid.UUID(str(found[0]["agent_id"])) if found[0]["agent_id"] else None


async def query(app: Messaging, project: uuid.UUID, sql: str, **params: Any) -> list[Any]:
    async with app.unit_of_work(project_id=project) as uow:
        return list((await uow.connection.execute(text(sql), params)).mappings().all())


async def assignments(
    relay: AsyncEngine, project: uuid.UUID
) -> list[events_pb2.SessionAgentAssigned]:
    """The session.agent_assigned events written to the outbox (read as the relay)."""
    async with relay.connect() as conn:
        rows = await conn.execute(
            text(
                "SELECT payload FROM messaging.outbox WHERE project_id = :p"
                " AND routing_key = 'messaging.session.agent_assigned' ORDER BY seq"
            ),
            {"p": project},
        )
        return [events_pb2.SessionAgentAssigned.FromString(r[0]) for r in rows]


async def test_new_sessions_take_turns_among_the_round_robin_agents(
    messaging: Messaging, tenant: Tenant, ingress: Stub, relay_engine: AsyncEngine
) -> None:
    channel = await add_channel(messaging, tenant)
    first, second = await add_agent(messaging, tenant), await add_agent(messaging, tenant)
    await Project(messaging, tenant).assign("round_robin", first, second)
    picks = [await new_contact_writes(messaging, ingress, channel) for _ in range(3)]
    order = by_id(first, second)
    assert picks == [order[0], order[1], order[0]]
    participations = await query(
        messaging,
        channel.project_id,
        "SELECT agent_id, role, left_time FROM messaging.agent_sessions ORDER BY create_time",
    )
    assert [(p["agent_id"], p["role"], p["left_time"]) for p in participations] == [
        (agent, "primary", None) for agent in picks
    ]
    events = await assignments(relay_engine, channel.project_id)
    assert [(e.agent_id, e.source, e.strategy) for e in events] == [
        (str(a), session_pb2.SESSION_ASSIGNMENT_SOURCE_AUTOMATIC, "round_robin") for a in picks
    ]


async def test_least_sessions_picks_the_least_loaded_agent(
    messaging: Messaging, tenant: Tenant, ingress: Stub
) -> None:
    channel = await add_channel(messaging, tenant)
    busy, idle = await add_agent(messaging, tenant), await add_agent(messaging, tenant)
    project = Project(messaging, tenant)
    await project.assign("least_sessions", busy)
    for _ in range(2):
        assert await new_contact_writes(messaging, ingress, channel) == busy.id
    await project.assign("least_sessions", busy, idle)
    # idle has 0 and then 1 active session against busy's 2; at 2 each the lower id wins.
    picks = [await new_contact_writes(messaging, ingress, channel) for _ in range(3)]
    assert picks == [idle.id, idle.id, by_id(busy, idle)[0]]


async def test_offline_away_and_full_agents_are_never_picked(
    messaging: Messaging, tenant: Tenant, ingress: Stub
) -> None:
    channel = await add_channel(messaging, tenant)
    offline = await add_agent(messaging, tenant, status="offline")
    away = await add_agent(messaging, tenant, status="away")
    single = await add_agent(messaging, tenant, capacity=1)
    await Project(messaging, tenant).assign("round_robin", offline, away, single)
    assert await new_contact_writes(messaging, ingress, channel) == single.id
    # single is now at its limit and the others cannot work: nobody takes the next one.
    assert await new_contact_writes(messaging, ingress, channel) is None


async def test_a_session_nobody_can_take_stays_unassigned_but_is_stored(
    messaging: Messaging, tenant: Tenant, ingress: Stub
) -> None:
    channel = await add_channel(messaging, tenant)
    offline = await add_agent(messaging, tenant, status="offline")
    await Project(messaging, tenant).assign("least_sessions", offline)
    assert await new_contact_writes(messaging, ingress, channel) is None
    stored = await query(
        messaging,
        channel.project_id,
        "SELECT (SELECT count(*) FROM messaging.messages) AS messages,"
        " (SELECT count(*) FROM messaging.agent_sessions) AS participations",
    )
    assert (stored[0]["messages"], stored[0]["participations"]) == (1, 0)


async def test_manual_and_disabled_policies_assign_nobody(
    messaging: Messaging, tenant: Tenant, ingress: Stub
) -> None:
    channel = await add_channel(messaging, tenant)
    agent = await add_agent(messaging, tenant)
    project = Project(messaging, tenant)
    await project.assign("manual", agent)
    assert await new_contact_writes(messaging, ingress, channel) is None
    await project.assign("round_robin", agent, enabled=False)
    assert await new_contact_writes(messaging, ingress, channel) is None


async def test_an_older_project_version_does_not_replace_a_newer_policy(
    messaging: Messaging, tenant: Tenant, ingress: Stub
) -> None:
    channel = await add_channel(messaging, tenant)
    agent = await add_agent(messaging, tenant)
    project = Project(messaging, tenant)
    await project.assign("round_robin", agent)
    project.version -= 2  # a redelivered, older snapshot arrives late
    await project.assign("manual", agent)
    assert await new_contact_writes(messaging, ingress, channel) == agent.id


async def test_the_channel_default_agent_takes_sessions_no_strategy_assigns(
    messaging: Messaging, tenant: Tenant, ingress: Stub, relay_engine: AsyncEngine
) -> None:
    channel = await add_channel(messaging, tenant)
    default = await add_agent(messaging, tenant)
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        stored = await uow.repository(ChannelRepository).get(channel.id, for_update=True)
        stored.update({"default_agent_id": default.id})
        await uow.repository(ChannelRepository).save(stored)
        await uow.commit()
    assert await new_contact_writes(messaging, ingress, channel) == default.id
    events = await assignments(relay_engine, channel.project_id)
    assert [(e.agent_id, e.source) for e in events] == [
        (str(default.id), session_pb2.SESSION_ASSIGNMENT_SOURCE_SYSTEM)
    ]


async def test_the_policy_set_in_identity_reaches_messaging_through_rabbitmq(
    messaging: Messaging,
    tenant: Tenant,
    ingress: Stub,
    channel: grpc.aio.Channel,
    database: DatabaseUrls,
    amqp_url: str,
) -> None:
    assert project_settings_consumer.QUEUE in {c.queue_name for c in messaging.consumers()}
    whatsapp = await add_channel(messaging, tenant)
    agent = await add_agent(messaging, tenant)
    consumer = Consumer(  # the production bindings on a queue of this test's own
        amqp_url=amqp_url,
        queue=f"{project_settings_consumer.QUEUE}.test.{uuid.uuid4().hex[:8]}",
        bindings=project_settings_consumer.BINDINGS,
        handler=ProjectSettingsConsumer(messaging.project_settings).handle,
    )
    relay = OutboxRelay(dsn=database.relay, schema="identity", amqp_url=amqp_url)
    await consumer.start()
    await relay.start()
    try:
        updated = await project_service_pb2_grpc.ProjectServiceStub(channel).UpdateProject(
            project_service_pb2.UpdateProjectRequest(
                project=project_pb2.Project(
                    id=tenant.project_id,
                    agent_assignment=project_pb2.AgentAssignmentConfig(
                        enabled=True,
                        strategy=project_pb2.ASSIGNMENT_STRATEGY_ROUND_ROBIN,
                        agent_ids=[str(agent.id)],
                    ),
                ),
                update_mask=field_mask_pb2.FieldMask(paths=["agent_assignment"]),
            ),
            metadata=tenant.bearer(),
        )
        while await relay.publish_batch():
            pass
        async with asyncio.timeout(10):
            while not await kept_version(messaging, whatsapp.project_id, updated.project.version):
                await asyncio.sleep(0.05)
    finally:
        await relay.close()
        await consumer.delete_topology()
        await consumer.stop()
    assert await new_contact_writes(messaging, ingress, whatsapp) == agent.id


async def kept_version(app: Messaging, project: uuid.UUID, version: int) -> bool:
    found = await query(
        app, project, "SELECT version FROM messaging.project_settings WHERE id = :p", p=project
    )
    return bool(found) and found[0]["version"] >= version


async def test_concurrent_session_starts_take_turns_on_the_round_robin_cursor(
    messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    first, second = await add_agent(messaging, tenant), await add_agent(messaging, tenant)
    await Project(messaging, tenant).assign("round_robin", first, second)
    project = channel.project_id
    holding, release = asyncio.Event(), asyncio.Event()

    async def start(wait: bool) -> uuid.UUID | None:
        session = Session.start(
            project_id=project, contact_id=uuid.uuid4(), channel_id=channel.id, start_time=utcnow()
        )
        async with messaging.unit_of_work(project_id=project) as uow:
            await uow.repository(SessionRepository).add(session)
            joined = await assign_new_session(uow, session)
            await uow.repository(SessionRepository).save(session)
            if wait:
                holding.set()
                await release.wait()
            await uow.commit()
        return joined.agent_id if joined else None

    early = asyncio.create_task(start(wait=True))
    await holding.wait()
    late = asyncio.create_task(start(wait=False))
    await waiting_for_a_lock(messaging, project)
    assert not late.done(), "the second start must wait for the first one's cursor lock"
    release.set()
    assert sorted([await early, await late], key=str) == by_id(first, second)


async def waiting_for_a_lock(app: Messaging, project: uuid.UUID) -> None:
    """Until a backend of ours waits on a row lock of the assignment cursors."""
    for _ in range(200):
        found = await query(
            app,
            project,
            "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            " AND query LIKE '%assignment_cursors%'",
        )
        if found[0]["n"]:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("no start waited for the cursor lock")
