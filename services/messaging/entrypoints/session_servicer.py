"""SessionService over the session use cases."""

from __future__ import annotations

from typing import Any

import grpc

from messaging.entrypoints import session_mappers as m
from messaging.service_layer.analytics import Analytics, AnalyticsQuery
from messaging.service_layer.sessions import SessionFilter, Sessions
from shared.domain import InvalidArgument
from shared.protomap import enum_value
from shared.requests import optional_uuid, parse_uuid, timestamp_or_none
from shared.responses import page_fields
from ventros.messaging.v1 import agent_session_pb2, session_pb2, session_service_pb2_grpc
from ventros.messaging.v1 import session_service_pb2 as pb

Context = grpc.aio.ServicerContext[Any, Any]


def session_filter(request: pb.ListSessionsRequest) -> SessionFilter:
    if request.filter:
        raise InvalidArgument.field("filter", "expressions are not supported; use the typed fields")
    return SessionFilter(
        status=enum_value(session_pb2.SessionStatus.DESCRIPTOR, request.status),
        channel_id=optional_uuid(request.channel_id, "channel_id"),
        contact_id=optional_uuid(request.contact_id, "contact_id"),
        agent_id=optional_uuid(request.agent_id, "agent_id"),
        pipeline_id=optional_uuid(request.pipeline_id, "pipeline_id"),
        chat_id=optional_uuid(request.chat_id, "chat_id"),
        start_time_from=timestamp_or_none(request, "start_time_from"),
        start_time_to=timestamp_or_none(request, "start_time_to"),
        end_reason=enum_value(session_pb2.SessionEndReason.DESCRIPTOR, request.end_reason),
        resolved=request.resolved if request.HasField("resolved") else None,
        escalated=request.escalated if request.HasField("escalated") else None,
        query=request.query,
    )


class SessionServicer(session_service_pb2_grpc.SessionServiceServicer):
    def __init__(self, sessions: Sessions, analytics: Analytics) -> None:
        self._sessions, self._analytics = sessions, analytics

    async def GetSession(
        self, request: pb.GetSessionRequest, context: Context
    ) -> pb.GetSessionResponse:
        found = await self._sessions.get(parse_uuid(request.session_id, "session_id"))
        return pb.GetSessionResponse(session=m.session(found))

    async def ListSessions(
        self, request: pb.ListSessionsRequest, context: Context
    ) -> pb.ListSessionsResponse:
        page = await self._sessions.list(
            session_filter(request), request.page_size, request.page_token, request.order_by
        )
        return pb.ListSessionsResponse(**page_fields("sessions", page, m.session))

    async def CloseSession(
        self, request: pb.CloseSessionRequest, context: Context
    ) -> pb.CloseSessionResponse:
        closed = await self._sessions.close(
            parse_uuid(request.session_id, "session_id"),
            request.version,
            enum_value(session_pb2.SessionEndReason.DESCRIPTOR, request.end_reason),
            request.note,
        )
        return pb.CloseSessionResponse(session=m.session(closed))

    async def AssignSessionAgent(
        self, request: pb.AssignSessionAgentRequest, context: Context
    ) -> pb.AssignSessionAgentResponse:
        session, participation = await self._sessions.assign(
            parse_uuid(request.session_id, "session_id"),
            request.version,
            parse_uuid(request.agent_id, "agent_id"),
            enum_value(agent_session_pb2.AgentSessionRole.DESCRIPTOR, request.role),
            request.reason,
        )
        return pb.AssignSessionAgentResponse(
            session=m.session(session), agent_session=m.agent_session(participation)
        )

    async def TransferSession(
        self, request: pb.TransferSessionRequest, context: Context
    ) -> pb.TransferSessionResponse:
        session, participation = await self._sessions.transfer(
            parse_uuid(request.session_id, "session_id"),
            request.version,
            parse_uuid(request.to_agent_id, "to_agent_id"),
            request.reason,
            request.keep_previous_agent,
        )
        return pb.TransferSessionResponse(
            session=m.session(session), agent_session=m.agent_session(participation)
        )

    async def ResolveSession(
        self, request: pb.ResolveSessionRequest, context: Context
    ) -> pb.ResolveSessionResponse:
        resolved = await self._sessions.resolve(
            parse_uuid(request.session_id, "session_id"), request.version, request.note
        )
        return pb.ResolveSessionResponse(session=m.session(resolved))

    async def EscalateSession(
        self, request: pb.EscalateSessionRequest, context: Context
    ) -> pb.EscalateSessionResponse:
        escalated = await self._sessions.escalate(
            parse_uuid(request.session_id, "session_id"),
            request.version,
            request.reason,
            optional_uuid(request.to_agent_id, "to_agent_id"),
        )
        return pb.EscalateSessionResponse(session=m.session(escalated))

    async def GetSessionAnalytics(
        self, request: pb.GetSessionAnalyticsRequest, context: Context
    ) -> pb.GetSessionAnalyticsResponse:
        query = AnalyticsQuery(
            start_time=timestamp_or_none(request, "start_time"),
            end_time=timestamp_or_none(request, "end_time"),
            channel_id=optional_uuid(request.channel_id, "channel_id"),
            agent_id=optional_uuid(request.agent_id, "agent_id"),
            pipeline_id=optional_uuid(request.pipeline_id, "pipeline_id"),
            time_zone=request.time_zone or "UTC",
            interval=enum_value(pb.AnalyticsInterval.DESCRIPTOR, request.interval) or "day",
        )
        return m.analytics(await self._analytics.sessions(query))
