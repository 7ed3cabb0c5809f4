"""AgentService: CRUD, status, capacity, skills, and agents' session participations."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import grpc
import pytest
from google.protobuf import field_mask_pb2

from messaging.adapters.channels import ChannelRepository
from messaging.adapters.sessions import AgentSessionRepository, SessionRepository
from messaging.bootstrap import Messaging
from messaging.domain.agent_sessions import AgentSession
from messaging.domain.channels import Channel, WahaConfig
from messaging.domain.sessions import Session
from tests.integration.messaging.conftest import Tenant
from ventros.messaging.v1 import agent_pb2, agent_service_pb2_grpc, agent_session_pb2
from ventros.messaging.v1 import agent_service_pb2 as pb

pytestmark = pytest.mark.integration
A = agent_pb2


def stub(channel: grpc.aio.Channel) -> agent_service_pb2_grpc.AgentServiceStub:
    return agent_service_pb2_grpc.AgentServiceStub(channel)


async def create(
    messaging_channel: grpc.aio.Channel, tenant: Tenant, **fields: object
) -> agent_pb2.Agent:
    agent = agent_pb2.Agent(
        type=fields.pop("type", A.AGENT_TYPE_HUMAN),  # type: ignore[arg-type]
        name=fields.pop("name", "Ana"),  # type: ignore[arg-type]
        **fields,  # type: ignore[arg-type]
    )
    if agent.type == A.AGENT_TYPE_HUMAN and not agent.user_id:
        agent.user_id = str(uuid.uuid4())
    response = await stub(messaging_channel).CreateAgent(
        pb.CreateAgentRequest(agent=agent), metadata=tenant.bearer()
    )
    return response.agent


async def expect(code: grpc.StatusCode, call: object) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call  # type: ignore[misc]
    assert caught.value.code() == code, caught.value.details()
    return caught.value


async def test_create_agent_returns_an_offline_enabled_agent(
    messaging_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    agent = await create(
        messaging_channel,
        tenant,
        email="ana@example.com",
        skills=["vendas", "suporte"],
        languages=["pt"],
        max_concurrent_sessions=5,
        permissions=[A.AGENT_PERMISSION_SEND_MESSAGES],
    )
    assert (agent.status, agent.active, agent.assignable) == (A.AGENT_STATUS_OFFLINE, True, True)
    assert list(agent.skills) == ["vendas", "suporte"] and agent.max_concurrent_sessions == 5
    assert list(agent.permissions) == [A.AGENT_PERMISSION_SEND_MESSAGES]
    got = await stub(messaging_channel).GetAgent(
        pb.GetAgentRequest(agent_id=agent.id), metadata=tenant.bearer()
    )
    assert got.agent == agent


async def test_create_agent_refuses_system_agents_and_humans_without_a_user(
    messaging_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    s = stub(messaging_channel)
    error = await expect(
        grpc.StatusCode.INVALID_ARGUMENT,
        s.CreateAgent(
            pb.CreateAgentRequest(
                agent=agent_pb2.Agent(
                    type=A.AGENT_TYPE_SYSTEM,
                    name="x",
                    system_kind=A.AGENT_SYSTEM_KIND_BROADCAST,
                )
            ),
            metadata=tenant.bearer(),
        ),
    )
    assert "agent.type" in (error.details() or "")
    error = await expect(
        grpc.StatusCode.INVALID_ARGUMENT,
        s.CreateAgent(
            pb.CreateAgentRequest(agent=agent_pb2.Agent(type=A.AGENT_TYPE_HUMAN, name="Ana")),
            metadata=tenant.bearer(),
        ),
    )
    assert "user_id" in (error.details() or "")


async def test_create_with_the_same_request_id_returns_the_first_agent(
    messaging_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    request = pb.CreateAgentRequest(
        agent=agent_pb2.Agent(type=A.AGENT_TYPE_AI, name="Bot IA"), request_id="agent-1"
    )
    first = await stub(messaging_channel).CreateAgent(request, metadata=tenant.bearer())
    again = await stub(messaging_channel).CreateAgent(request, metadata=tenant.bearer())
    assert again.agent.id == first.agent.id


async def test_update_changes_skills_and_capacity_named_in_the_mask(
    messaging_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    agent = await create(messaging_channel, tenant, skills=["vendas"])
    change = agent_pb2.Agent(
        id=agent.id,
        version=agent.version,
        name="ignored",
        skills=["suporte", "suporte", " vip "],
        max_concurrent_sessions=3,
    )
    updated = await stub(messaging_channel).UpdateAgent(
        pb.UpdateAgentRequest(
            agent=change,
            update_mask=field_mask_pb2.FieldMask(paths=["skills", "max_concurrent_sessions"]),
        ),
        metadata=tenant.bearer(),
    )
    a = updated.agent
    assert (a.name, list(a.skills), a.max_concurrent_sessions) == ("Ana", ["suporte", "vip"], 3)
    assert a.version == agent.version + 1
    await expect(
        grpc.StatusCode.ABORTED,
        stub(messaging_channel).UpdateAgent(
            pb.UpdateAgentRequest(
                agent=agent_pb2.Agent(id=agent.id, version=agent.version, name="B"),
                update_mask=field_mask_pb2.FieldMask(paths=["name"]),
            ),
            metadata=tenant.bearer(),
        ),
    )
    await expect(
        grpc.StatusCode.INVALID_ARGUMENT,
        stub(messaging_channel).UpdateAgent(
            pb.UpdateAgentRequest(
                agent=agent_pb2.Agent(id=agent.id, max_concurrent_sessions=-1),
                update_mask=field_mask_pb2.FieldMask(paths=["max_concurrent_sessions"]),
            ),
            metadata=tenant.bearer(),
        ),
    )


async def test_set_status_changes_the_availability(
    messaging_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    agent = await create(messaging_channel, tenant)
    changed = await stub(messaging_channel).SetAgentStatus(
        pb.SetAgentStatusRequest(
            agent_id=agent.id, version=agent.version, status=A.AGENT_STATUS_AVAILABLE
        ),
        metadata=tenant.bearer(),
    )
    assert changed.agent.status == A.AGENT_STATUS_AVAILABLE
    assert changed.agent.HasField("last_activity_time")
    await expect(
        grpc.StatusCode.INVALID_ARGUMENT,
        stub(messaging_channel).SetAgentStatus(
            pb.SetAgentStatusRequest(agent_id=agent.id), metadata=tenant.bearer()
        ),
    )


async def test_delete_leaves_a_tombstone_hidden_from_lists(
    messaging_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    agent = await create(messaging_channel, tenant)
    deleted = await stub(messaging_channel).DeleteAgent(
        pb.DeleteAgentRequest(agent_id=agent.id, version=agent.version), metadata=tenant.bearer()
    )
    assert deleted.agent.HasField("delete_time") and not deleted.agent.active
    listed = await stub(messaging_channel).ListAgents(
        pb.ListAgentsRequest(), metadata=tenant.bearer()
    )
    assert agent.id not in [a.id for a in listed.agents]
    await expect(
        grpc.StatusCode.FAILED_PRECONDITION,
        stub(messaging_channel).SetAgentStatus(
            pb.SetAgentStatusRequest(agent_id=agent.id, status=A.AGENT_STATUS_BUSY),
            metadata=tenant.bearer(),
        ),
    )


async def test_list_agents_filters_by_type_status_skill_language_user_and_text(
    messaging_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    user = str(uuid.uuid4())
    ana = await create(
        messaging_channel, tenant, name="Ana", user_id=user, skills=["vendas"], languages=["pt"]
    )
    bot = await create(
        messaging_channel, tenant, type=A.AGENT_TYPE_BOT, name="Robo", languages=["en"]
    )
    s, me = stub(messaging_channel), tenant.bearer()
    await s.SetAgentStatus(
        pb.SetAgentStatusRequest(agent_id=bot.id, status=A.AGENT_STATUS_BUSY), metadata=me
    )

    async def names(**kw: object) -> list[str]:
        page = await s.ListAgents(pb.ListAgentsRequest(**kw), metadata=me)  # type: ignore[arg-type]
        return [a.name for a in page.agents]

    assert await names(type=A.AGENT_TYPE_BOT) == ["Robo"]
    assert await names(status=A.AGENT_STATUS_BUSY) == ["Robo"]
    assert await names(skill="vendas") == ["Ana"]
    assert await names(language="en") == ["Robo"]
    assert await names(user_id=user) == ["Ana"]
    assert await names(query="rob") == ["Robo"]
    assert await names(order_by="name") == ["Ana", "Robo"]
    assert await names(order_by="last_activity_time desc") == ["Robo", "Ana"]
    assert await names(active=True, order_by="name") == ["Ana", "Robo"]
    assert await names(active=False) == []
    assert ana.id


async def test_list_agent_sessions_by_agent_or_session(
    messaging_channel: grpc.aio.Channel, messaging: Messaging, tenant: Tenant
) -> None:
    ana = await create(messaging_channel, tenant)
    bia = await create(messaging_channel, tenant, name="Bia")
    project = uuid.UUID(tenant.project_id)
    channel = Channel.create(
        project_id=project,
        name="Vendas",
        channel_type_code="waha",
        waha_config=WahaConfig(base_url="http://127.0.0.1:9", session_name="default"),
    )
    session = Session.start(
        project_id=project,
        contact_id=uuid.uuid4(),
        channel_id=channel.id,
        start_time=datetime.now(UTC),
    )
    # What assignment would record (SessionService's helper owns the real flow).
    first = AgentSession.join(project_id=project, session_id=session.id, agent_id=uuid.UUID(ana.id))
    first.leave()
    second = AgentSession.join(
        project_id=project, session_id=session.id, agent_id=uuid.UUID(bia.id), role="support"
    )
    async with messaging.unit_of_work(project_id=project) as uow:
        await uow.repository(ChannelRepository).add(channel)
        await uow.repository(SessionRepository).add(session)
        await uow.repository(AgentSessionRepository).add(first)
        await uow.repository(AgentSessionRepository).add(second)
        await uow.commit()
    s, me = stub(messaging_channel), tenant.bearer()
    by_session = await s.ListAgentSessions(
        pb.ListAgentSessionsRequest(session_id=str(session.id)), metadata=me
    )
    assert [x.agent_id for x in by_session.agent_sessions] == [bia.id, ana.id]
    by_agent = await s.ListAgentSessions(pb.ListAgentSessionsRequest(agent_id=ana.id), metadata=me)
    assert [(x.session_id, x.active) for x in by_agent.agent_sessions] == [(str(session.id), False)]
    current = await s.ListAgentSessions(
        pb.ListAgentSessionsRequest(session_id=str(session.id), active=True), metadata=me
    )
    assert [x.role for x in current.agent_sessions] == [
        agent_session_pb2.AGENT_SESSION_ROLE_SUPPORT
    ]
    error = await expect(
        grpc.StatusCode.INVALID_ARGUMENT,
        s.ListAgentSessions(pb.ListAgentSessionsRequest(), metadata=me),
    )
    assert "session_id" in (error.details() or "")


async def test_agents_of_another_project_are_invisible(
    messaging_channel: grpc.aio.Channel, tenant: Tenant, other_tenant: Tenant
) -> None:
    agent = await create(messaging_channel, tenant)
    s, theirs, aid = stub(messaging_channel), other_tenant.bearer(), agent.id
    for call in [
        s.GetAgent(pb.GetAgentRequest(agent_id=aid), metadata=theirs),
        s.UpdateAgent(
            pb.UpdateAgentRequest(
                agent=agent_pb2.Agent(id=aid, name="x"),
                update_mask=field_mask_pb2.FieldMask(paths=["name"]),
            ),
            metadata=theirs,
        ),
        s.DeleteAgent(pb.DeleteAgentRequest(agent_id=aid), metadata=theirs),
        s.SetAgentStatus(
            pb.SetAgentStatusRequest(agent_id=aid, status=A.AGENT_STATUS_AWAY), metadata=theirs
        ),
    ]:
        await expect(grpc.StatusCode.NOT_FOUND, call)
    assert (await s.ListAgents(pb.ListAgentsRequest(), metadata=theirs)).agents == []
    theirs_sessions = await s.ListAgentSessions(
        pb.ListAgentSessionsRequest(agent_id=aid), metadata=theirs
    )
    assert theirs_sessions.agent_sessions == []
