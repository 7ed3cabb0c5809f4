"""An agent sets its own status without agent:update; anyone else still needs it
(real identity tokens, the real messaging server and interceptor chain)."""

from __future__ import annotations

import uuid

import grpc
import pytest
from google.protobuf import field_mask_pb2

from identity.bootstrap import Identity
from identity.domain.roles import ProjectRole, permissions_for
from shared.context import Principal
from tests.integration.messaging.conftest import Tenant
from ventros.messaging.v1 import agent_pb2, agent_service_pb2_grpc
from ventros.messaging.v1 import agent_service_pb2 as pb

pytestmark = pytest.mark.integration
A = agent_pb2
Metadata = tuple[tuple[str, str], ...]


def stub(channel: grpc.aio.Channel) -> agent_service_pb2_grpc.AgentServiceStub:
    return agent_service_pb2_grpc.AgentServiceStub(channel)


def bearer(
    identity: Identity,
    tenant: Tenant,
    role: ProjectRole,
    user_id: uuid.UUID,
    kind: str = "user",
) -> Metadata:
    principal = Principal(
        subject=str(user_id),
        kind=kind,
        project_id=uuid.UUID(tenant.project_id),
        role=role.value,
        permissions=permissions_for(role),
        user_id=user_id,
    )
    return tenant.bearer(identity.issuer.issue(principal).token)


async def human_agent(channel: grpc.aio.Channel, tenant: Tenant) -> agent_pb2.Agent:
    created = await stub(channel).CreateAgent(
        pb.CreateAgentRequest(
            agent=agent_pb2.Agent(type=A.AGENT_TYPE_HUMAN, name="Ana", user_id=str(uuid.uuid4()))
        ),
        metadata=tenant.bearer(),
    )
    return created.agent


async def set_status(
    channel: grpc.aio.Channel, agent: agent_pb2.Agent, status: int, metadata: Metadata
) -> agent_pb2.Agent:
    response = await stub(channel).SetAgentStatus(
        pb.SetAgentStatusRequest(agent_id=agent.id, status=status),
        metadata=metadata,  # type: ignore[arg-type]
    )
    return response.agent


async def denied(call: object) -> str:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call  # type: ignore[misc]
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED, caught.value.details()
    return caught.value.details() or ""


async def status_of(
    channel: grpc.aio.Channel, tenant: Tenant, agent: agent_pb2.Agent
) -> agent_pb2.AgentStatus.ValueType:
    got = await stub(channel).GetAgent(
        pb.GetAgentRequest(agent_id=agent.id), metadata=tenant.bearer()
    )
    return got.agent.status


async def test_an_agent_sets_its_own_status_without_agent_update(
    messaging_channel: grpc.aio.Channel, tenant: Tenant, identity: Identity
) -> None:
    assert "agent:update" not in permissions_for(ProjectRole.AGENT)
    agent = await human_agent(messaging_channel, tenant)
    as_agent = bearer(identity, tenant, ProjectRole.AGENT, uuid.UUID(agent.user_id))
    changed = await set_status(messaging_channel, agent, A.AGENT_STATUS_AVAILABLE, as_agent)
    assert (changed.status, changed.version) == (A.AGENT_STATUS_AVAILABLE, agent.version + 1)
    changed = await set_status(messaging_channel, agent, A.AGENT_STATUS_AWAY, as_agent)
    assert await status_of(messaging_channel, tenant, agent) == A.AGENT_STATUS_AWAY


async def test_an_agent_may_not_set_another_agents_status(
    messaging_channel: grpc.aio.Channel, tenant: Tenant, identity: Identity
) -> None:
    mine, theirs = (
        await human_agent(messaging_channel, tenant),
        await human_agent(messaging_channel, tenant),
    )
    as_agent = bearer(identity, tenant, ProjectRole.AGENT, uuid.UUID(mine.user_id))
    details = await denied(
        set_status(messaging_channel, theirs, A.AGENT_STATUS_AVAILABLE, as_agent)
    )
    assert "own" in details
    assert await status_of(messaging_channel, tenant, theirs) == A.AGENT_STATUS_OFFLINE


async def test_a_supervisor_with_agent_update_sets_anyones_status(
    messaging_channel: grpc.aio.Channel, tenant: Tenant, identity: Identity
) -> None:
    agent = await human_agent(messaging_channel, tenant)
    as_supervisor = bearer(identity, tenant, ProjectRole.SUPERVISOR, uuid.uuid4())
    changed = await set_status(messaging_channel, agent, A.AGENT_STATUS_BUSY, as_supervisor)
    assert changed.status == A.AGENT_STATUS_BUSY


async def test_an_api_key_without_agent_update_is_refused_even_for_its_users_agent(
    messaging_channel: grpc.aio.Channel, tenant: Tenant, identity: Identity
) -> None:
    agent = await human_agent(messaging_channel, tenant)
    as_key = bearer(identity, tenant, ProjectRole.AGENT, uuid.UUID(agent.user_id), kind="api_key")
    details = await denied(set_status(messaging_channel, agent, A.AGENT_STATUS_AVAILABLE, as_key))
    assert "agent:update" in details
    assert await status_of(messaging_channel, tenant, agent) == A.AGENT_STATUS_OFFLINE


async def test_other_agent_rpcs_still_need_their_permission_for_the_agents_own_user(
    messaging_channel: grpc.aio.Channel, tenant: Tenant, identity: Identity
) -> None:
    agent = await human_agent(messaging_channel, tenant)
    as_agent = bearer(identity, tenant, ProjectRole.AGENT, uuid.UUID(agent.user_id))
    details = await denied(
        stub(messaging_channel).UpdateAgent(
            pb.UpdateAgentRequest(
                agent=agent_pb2.Agent(id=agent.id, name="Renamed"),
                update_mask=field_mask_pb2.FieldMask(paths=["name"]),
            ),
            metadata=as_agent,
        )
    )
    assert "agent:update" in details
