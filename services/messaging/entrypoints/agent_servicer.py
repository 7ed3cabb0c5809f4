"""AgentService over the agent use cases."""

from __future__ import annotations

from typing import Any

import grpc

from messaging.entrypoints import agent_mappers as m
from messaging.entrypoints.self_service import SET_AGENT_STATUS, acting_user
from messaging.entrypoints.session_mappers import agent_session
from messaging.service_layer.agents import AgentFilter, Agents, AgentSessionFilter
from shared.domain import InvalidArgument
from shared.protomap import enum_value
from shared.requests import caller_project, mask_paths, optional_uuid, parse_uuid
from shared.responses import page_fields
from ventros.messaging.v1 import agent_pb2, agent_service_pb2_grpc, agent_session_pb2
from ventros.messaging.v1 import agent_service_pb2 as pb

Context = grpc.aio.ServicerContext[Any, Any]


class AgentServicer(agent_service_pb2_grpc.AgentServiceServicer):
    def __init__(self, agents: Agents) -> None:
        self._agents = agents

    async def CreateAgent(
        self, request: pb.CreateAgentRequest, context: Context
    ) -> pb.CreateAgentResponse:
        msg = request.agent
        created = await self._agents.create(
            caller_project(),
            enum_value(agent_pb2.AgentType.DESCRIPTOR, msg.type),
            msg.name,
            optional_uuid(msg.user_id, "agent.user_id"),
            m.create_settings(msg),
            request.request_id,
        )
        return pb.CreateAgentResponse(agent=m.agent(created))

    async def GetAgent(self, request: pb.GetAgentRequest, context: Context) -> pb.GetAgentResponse:
        found = await self._agents.get(parse_uuid(request.agent_id, "agent_id"))
        return pb.GetAgentResponse(agent=m.agent(found))

    async def UpdateAgent(
        self, request: pb.UpdateAgentRequest, context: Context
    ) -> pb.UpdateAgentResponse:
        paths = mask_paths(request.update_mask, m.UPDATABLE)
        updated = await self._agents.update(
            parse_uuid(request.agent.id, "agent.id"),
            request.agent.version,
            m.changes(request.agent, paths),
            paths,
        )
        return pb.UpdateAgentResponse(agent=m.agent(updated))

    async def DeleteAgent(
        self, request: pb.DeleteAgentRequest, context: Context
    ) -> pb.DeleteAgentResponse:
        deleted = await self._agents.delete(
            parse_uuid(request.agent_id, "agent_id"), request.version
        )
        return pb.DeleteAgentResponse(agent=m.agent(deleted))

    async def ListAgents(
        self, request: pb.ListAgentsRequest, context: Context
    ) -> pb.ListAgentsResponse:
        if request.filter:
            raise InvalidArgument.field(
                "filter", "expressions are not supported; use the typed fields"
            )
        where = AgentFilter(
            type=enum_value(agent_pb2.AgentType.DESCRIPTOR, request.type),
            status=enum_value(agent_pb2.AgentStatus.DESCRIPTOR, request.status),
            active=request.active if request.HasField("active") else None,
            skill=request.skill,
            language=request.language,
            user_id=optional_uuid(request.user_id, "user_id"),
            query=request.query,
        )
        page = await self._agents.list(
            where, request.page_size, request.page_token, request.order_by
        )
        return pb.ListAgentsResponse(**page_fields("agents", page, m.agent))

    async def SetAgentStatus(
        self, request: pb.SetAgentStatusRequest, context: Context
    ) -> pb.SetAgentStatusResponse:
        changed = await self._agents.set_status(
            parse_uuid(request.agent_id, "agent_id"),
            request.version,
            enum_value(agent_pb2.AgentStatus.DESCRIPTOR, request.status),
            only_for_user=acting_user(SET_AGENT_STATUS),
        )
        return pb.SetAgentStatusResponse(agent=m.agent(changed))

    async def ListAgentSessions(
        self, request: pb.ListAgentSessionsRequest, context: Context
    ) -> pb.ListAgentSessionsResponse:
        if request.filter:
            raise InvalidArgument.field(
                "filter", "expressions are not supported; use the typed fields"
            )
        where = AgentSessionFilter(
            session_id=optional_uuid(request.session_id, "session_id"),
            agent_id=optional_uuid(request.agent_id, "agent_id"),
            role=enum_value(agent_session_pb2.AgentSessionRole.DESCRIPTOR, request.role),
            active=request.active if request.HasField("active") else None,
        )
        page = await self._agents.sessions(
            where, request.page_size, request.page_token, request.order_by
        )
        return pb.ListAgentSessionsResponse(**page_fields("agent_sessions", page, agent_session))
