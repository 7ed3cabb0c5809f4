"""SessionService: read, list, close, assign, transfer, resolve, escalate, analytics."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import grpc
import pytest

from messaging.adapters.messages import MessageRepository
from messaging.adapters.sessions import SessionRepository
from messaging.bootstrap import Messaging
from messaging.domain.agents import Agent
from messaging.domain.channels import Channel, WahaConfig
from messaging.domain.chats import Chat
from messaging.domain.messages import Message
from messaging.domain.sessions import Session
from shared.repository import DocumentRepository
from tests.integration.messaging.conftest import Tenant
from ventros.identity.v1 import credential_pb2, credential_service_pb2, credential_service_pb2_grpc
from ventros.messaging.v1 import agent_session_pb2, session_pb2, session_service_pb2_grpc
from ventros.messaging.v1 import session_service_pb2 as pb

pytestmark = pytest.mark.integration
Stub = session_service_pb2_grpc.SessionServiceStub


# -- test data: what channel set-up and inbound processing normally create ------------


class ChannelRows(DocumentRepository[Channel]):
    table, model, kind = "messaging.channels", Channel, "channel"

    def columns(self, c: Channel) -> dict[str, Any]:
        return {
            "project_id": c.project_id,
            "name": c.name,
            "type_code": c.channel_type_code.value,
            "status": c.status.value,
            "delete_time": c.delete_time,
        }


class ChatRows(DocumentRepository[Chat]):
    table, model, kind = "messaging.chats", Chat, "chat"

    def columns(self, c: Chat) -> dict[str, Any]:
        return {
            "project_id": c.project_id,
            "channel_id": c.channel_id,
            "wa_chat_id": c.provider_chat_id,
            "kind": c.type.value,
            "contact_id": c.contact_id,
            "last_message_time": c.last_message_time,
        }


class AgentRows(DocumentRepository[Agent]):
    table, model, kind = "messaging.agents", Agent, "agent"

    def columns(self, a: Agent) -> dict[str, Any]:
        return {
            "project_id": a.project_id,
            "name": a.name,
            "type": a.type.value,
            "status": a.status.value,
            "user_id": a.user_id,
            "delete_time": a.delete_time,
        }


def project_of(tenant: Tenant) -> uuid.UUID:
    return uuid.UUID(tenant.project_id)


async def waha_credential(app: Messaging, tenant: Tenant, api_key: str) -> uuid.UUID:
    """The WAHA API key as identity keeps it: an encrypted credential of the project."""
    async with grpc.aio.insecure_channel(app.config.identity_address) as channel:
        created = await credential_service_pb2_grpc.CredentialServiceStub(channel).CreateCredential(
            credential_service_pb2.CreateCredentialRequest(
                credential=credential_pb2.Credential(
                    type=credential_pb2.CREDENTIAL_TYPE_WAHA_INSTANCE,
                    name=f"waha {uuid.uuid4().hex[:8]}",
                ),
                secret=credential_pb2.SecretValue(token=api_key),
            ),
            metadata=tenant.bearer(),
        )
    return uuid.UUID(created.credential.id)


async def add_channel(
    app: Messaging,
    tenant: Tenant,
    base_url: str = "http://127.0.0.1:9",
    api_key: str = "",
    credential: uuid.UUID | None = None,
) -> Channel:
    if api_key:
        credential = await waha_credential(app, tenant, api_key)
    channel = Channel.create(
        project_id=project_of(tenant),
        name="Vendas",
        channel_type_code="waha",
        waha_config=WahaConfig(
            base_url=base_url, session_name="default", api_key_credential_id=credential
        ),
    )
    async with app.unit_of_work(project_id=channel.project_id) as uow:
        await uow.repository(ChannelRows).add(channel)
        await uow.commit()
    return channel


async def add_chat(
    app: Messaging, channel: Channel, contact_id: uuid.UUID, wa: str = "5511988887777@c.us"
) -> Chat:
    chat = Chat.create(
        project_id=channel.project_id,
        channel_id=channel.id,
        provider_chat_id=wa,
        contact_id=contact_id,
    )
    async with app.unit_of_work(project_id=channel.project_id) as uow:
        await uow.repository(ChatRows).add(chat)
        await uow.commit()
    return chat


async def add_agent(
    app: Messaging, tenant: Tenant, type: str = "human", name: str = "Ana"
) -> Agent:
    extra: dict[str, Any] = {"user_id": uuid.uuid4()} if type == "human" else {}
    agent = Agent.create(project_id=project_of(tenant), type=type, name=name, **extra)
    async with app.unit_of_work(project_id=agent.project_id) as uow:
        await uow.repository(AgentRows).add(agent)
        await uow.commit()
    return agent


async def add_session(
    app: Messaging,
    channel: Channel,
    *,
    contact_id: uuid.UUID | None = None,
    chat: Chat | None = None,
    start: datetime | None = None,
    timeout: timedelta = timedelta(minutes=30),
    messages: list[tuple[str, datetime]] | None = None,
) -> Session:
    start = start or datetime.now(UTC)
    session = Session.start(
        project_id=channel.project_id,
        contact_id=contact_id or (chat.contact_id if chat else None) or uuid.uuid4(),
        channel_id=channel.id,
        chat_id=chat.id if chat else None,
        start_time=start,
        timeout=timeout,
    )
    async with app.unit_of_work(project_id=channel.project_id) as uow:
        for direction, at in messages or [("inbound", start)]:
            session.record_message(direction, at)
        await uow.repository(SessionRepository).add(session)
        await uow.commit()
    return session


async def add_message(
    app: Messaging, session: Session, text: str, direction: str = "inbound", **extra: Any
) -> Message:
    fields = {
        "project_id": session.project_id,
        "channel_id": session.channel_id,
        "session_id": session.id,
        "chat_id": session.chat_id,
        "contact_id": session.contact_id,
        "message_time": datetime.now(UTC),
        "text": text,
        **extra,
    }
    message = Message.receive(**fields) if direction == "inbound" else Message.compose(**fields)
    async with app.unit_of_work(project_id=session.project_id) as uow:
        repository = uow.repository(MessageRepository)
        await repository.add(message)
        repository.notify(message)
        await uow.commit()
    return message


# -- tests --------------------------------------------------------------------------------


@pytest.fixture
def sessions(messaging_channel: grpc.aio.Channel) -> Stub:
    return Stub(messaging_channel)


async def code_of(call: Any) -> grpc.StatusCode:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value.code()


async def test_a_session_is_read_with_its_metrics(
    sessions: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    start = datetime.now(UTC) - timedelta(minutes=10)
    made = await add_session(
        messaging,
        channel,
        start=start,
        messages=[("inbound", start), ("outbound", start + timedelta(minutes=2))],
    )
    got = (
        await sessions.GetSession(
            pb.GetSessionRequest(session_id=str(made.id)), metadata=tenant.bearer()
        )
    ).session
    assert got.status == session_pb2.SESSION_STATUS_ACTIVE
    assert got.metrics.message_count == 2
    assert got.metrics.first_response_delay.ToTimedelta() == timedelta(minutes=2)


async def test_another_tenants_session_is_not_found(
    sessions: Stub, messaging: Messaging, tenant: Tenant, other_tenant: Tenant
) -> None:
    made = await add_session(messaging, await add_channel(messaging, tenant))
    request = pb.GetSessionRequest(session_id=str(made.id))
    assert await code_of(sessions.GetSession(request, metadata=other_tenant.bearer())) == (
        grpc.StatusCode.NOT_FOUND
    )
    for call in (
        sessions.CloseSession(
            pb.CloseSessionRequest(session_id=str(made.id)), metadata=other_tenant.bearer()
        ),
        sessions.ResolveSession(
            pb.ResolveSessionRequest(session_id=str(made.id)), metadata=other_tenant.bearer()
        ),
        sessions.EscalateSession(
            pb.EscalateSessionRequest(session_id=str(made.id), reason="x"),
            metadata=other_tenant.bearer(),
        ),
    ):
        assert await code_of(call) == grpc.StatusCode.NOT_FOUND
    listed = await sessions.ListSessions(
        pb.ListSessionsRequest(channel_id=str(made.channel_id)), metadata=other_tenant.bearer()
    )
    assert not listed.sessions


async def test_sessions_are_listed_by_channel_and_status(
    sessions: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    open_one = await add_session(messaging, channel)
    closed = await add_session(messaging, channel)
    await sessions.CloseSession(
        pb.CloseSessionRequest(session_id=str(closed.id)), metadata=tenant.bearer()
    )
    listed = await sessions.ListSessions(
        pb.ListSessionsRequest(
            channel_id=str(channel.id), status=session_pb2.SESSION_STATUS_ACTIVE
        ),
        metadata=tenant.bearer(),
    )
    assert [s.id for s in listed.sessions] == [str(open_one.id)]


async def test_closing_a_session_ends_it_manually_and_twice_is_failed_precondition(
    sessions: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    made = await add_session(messaging, await add_channel(messaging, tenant))
    closed = (
        await sessions.CloseSession(
            pb.CloseSessionRequest(session_id=str(made.id), note="done", version=made.version),
            metadata=tenant.bearer(),
        )
    ).session
    assert closed.status == session_pb2.SESSION_STATUS_ENDED
    assert closed.end_reason == session_pb2.SESSION_END_REASON_MANUAL_CLOSE
    again = sessions.CloseSession(
        pb.CloseSessionRequest(session_id=str(made.id)), metadata=tenant.bearer()
    )
    assert await code_of(again) == grpc.StatusCode.FAILED_PRECONDITION


async def test_a_stale_version_is_aborted(
    sessions: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    made = await add_session(messaging, await add_channel(messaging, tenant))
    stale = sessions.ResolveSession(
        pb.ResolveSessionRequest(session_id=str(made.id), version=made.version + 5),
        metadata=tenant.bearer(),
    )
    assert await code_of(stale) == grpc.StatusCode.ABORTED


async def test_an_agent_is_assigned_and_the_session_transferred_to_another(
    sessions: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    made = await add_session(messaging, await add_channel(messaging, tenant))
    ana, bia = await add_agent(messaging, tenant), await add_agent(messaging, tenant, name="Bia")
    assigned = await sessions.AssignSessionAgent(
        pb.AssignSessionAgentRequest(session_id=str(made.id), agent_id=str(ana.id)),
        metadata=tenant.bearer(),
    )
    assert assigned.session.current_agent_id == str(ana.id)
    assert assigned.agent_session.role == agent_session_pb2.AGENT_SESSION_ROLE_PRIMARY
    moved = await sessions.TransferSession(
        pb.TransferSessionRequest(session_id=str(made.id), to_agent_id=str(bia.id), reason="shift"),
        metadata=tenant.bearer(),
    )
    assert moved.session.current_agent_id == str(bia.id)
    assert moved.session.transfer_count == 1
    assert set(moved.session.agent_ids) == {str(ana.id), str(bia.id)}
    by_agent = await sessions.ListSessions(
        pb.ListSessionsRequest(agent_id=str(ana.id)), metadata=tenant.bearer()
    )
    assert [s.id for s in by_agent.sessions] == [str(made.id)]


async def test_a_virtual_agent_is_never_assigned(
    sessions: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    made = await add_session(messaging, await add_channel(messaging, tenant))
    ghost = await add_agent(messaging, tenant, type="virtual", name="From history")
    call = sessions.AssignSessionAgent(
        pb.AssignSessionAgentRequest(session_id=str(made.id), agent_id=str(ghost.id)),
        metadata=tenant.bearer(),
    )
    assert await code_of(call) == grpc.StatusCode.FAILED_PRECONDITION


async def test_another_tenants_agent_is_not_found_when_assigning(
    sessions: Stub, messaging: Messaging, tenant: Tenant, other_tenant: Tenant
) -> None:
    made = await add_session(messaging, await add_channel(messaging, tenant))
    theirs = await add_agent(messaging, other_tenant)
    call = sessions.AssignSessionAgent(
        pb.AssignSessionAgentRequest(session_id=str(made.id), agent_id=str(theirs.id)),
        metadata=tenant.bearer(),
    )
    assert await code_of(call) == grpc.StatusCode.NOT_FOUND


async def test_a_session_is_resolved_and_escalated(
    sessions: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    made = await add_session(messaging, await add_channel(messaging, tenant))
    resolved = await sessions.ResolveSession(
        pb.ResolveSessionRequest(session_id=str(made.id), note="ok"), metadata=tenant.bearer()
    )
    assert resolved.session.resolved and resolved.session.HasField("resolve_time")
    escalated = await sessions.EscalateSession(
        pb.EscalateSessionRequest(session_id=str(made.id), reason="angry customer"),
        metadata=tenant.bearer(),
    )
    assert escalated.session.escalated
    assert escalated.session.escalation_reason == "angry customer"


async def test_escalating_without_a_reason_names_the_field(
    sessions: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    made = await add_session(messaging, await add_channel(messaging, tenant))
    call = sessions.EscalateSession(
        pb.EscalateSessionRequest(session_id=str(made.id)), metadata=tenant.bearer()
    )
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "reason" in (caught.value.details() or "")


async def test_analytics_count_sessions_messages_and_response_times_per_channel_and_agent(
    sessions: Stub, messaging: Messaging, tenant: Tenant, other_tenant: Tenant
) -> None:
    channel, second = await add_channel(messaging, tenant), await add_channel(messaging, tenant)
    window_start = datetime(2031, 3, 1, 9, 0, tzinfo=UTC)
    t = window_start + timedelta(minutes=5)
    fast = await add_session(
        messaging,
        channel,
        start=t,
        messages=[("inbound", t), ("outbound", t + timedelta(minutes=1))],
    )
    await add_session(
        messaging,
        channel,
        start=t + timedelta(hours=2),
        messages=[
            ("inbound", t + timedelta(hours=2)),
            ("outbound", t + timedelta(hours=2, minutes=3)),
        ],
    )
    await add_session(messaging, second, start=t + timedelta(days=1))
    await add_session(  # another tenant's: never counted
        messaging, await add_channel(messaging, other_tenant), start=t
    )
    agent = await add_agent(messaging, tenant)
    await sessions.AssignSessionAgent(
        pb.AssignSessionAgentRequest(session_id=str(fast.id), agent_id=str(agent.id)),
        metadata=tenant.bearer(),
    )
    await sessions.ResolveSession(
        pb.ResolveSessionRequest(session_id=str(fast.id)), metadata=tenant.bearer()
    )
    request = pb.GetSessionAnalyticsRequest(interval=pb.ANALYTICS_INTERVAL_DAY)
    request.start_time.FromDatetime(window_start)
    request.end_time.FromDatetime(window_start + timedelta(days=7))
    got = await sessions.GetSessionAnalytics(request, metadata=tenant.bearer())
    assert got.totals.sessions == 3 and got.totals.messages == 5
    assert got.totals.inbound_messages == 3 and got.totals.resolved_sessions == 1
    assert got.averages.first_response_delay.ToTimedelta() == timedelta(minutes=2)
    assert got.averages.response_time.ToTimedelta() == timedelta(minutes=2)
    assert abs(got.averages.resolution_rate - 1 / 3) < 1e-9
    per_channel = {c.channel_id: c.totals.sessions for c in got.by_channel}
    assert per_channel == {str(channel.id): 2, str(second.id): 1}
    assert [(a.agent_id, a.totals.sessions) for a in got.by_agent] == [(str(agent.id), 1)]
    assert {h.hour: h.sessions for h in got.by_hour} == {9: 2, 11: 1}
    assert [p.totals.sessions for p in got.timeline] == [2, 1]
    assert got.timeline[0].start_time.ToDatetime(tzinfo=UTC) == window_start.replace(hour=0)


async def test_analytics_refuse_an_unknown_time_zone(sessions: Stub, tenant: Tenant) -> None:
    call = sessions.GetSessionAnalytics(
        pb.GetSessionAnalyticsRequest(time_zone="Mars/Olympus"), metadata=tenant.bearer()
    )
    assert await code_of(call) == grpc.StatusCode.INVALID_ARGUMENT
