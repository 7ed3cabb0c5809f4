"""Sessions (and their analytics) between the contract and the domain."""

from __future__ import annotations

from typing import TypedDict

from messaging.domain.agent_sessions import AgentSession
from messaging.domain.sessions import Session
from messaging.service_layer.analytics import Averages, Group, SessionAnalytics, Totals
from shared.protomap import fill
from ventros.messaging.v1 import agent_session_pb2, session_pb2
from ventros.messaging.v1 import session_service_pb2 as pb


def session(s: Session) -> session_pb2.Session:
    metrics = fill(
        session_pb2.SessionMetrics(),
        s.metrics,
        avg_response_time=s.metrics.avg_response_time,
        avg_wait_time=s.metrics.avg_wait_time,
    )
    return fill(session_pb2.Session(), s, metrics=metrics)


def agent_session(a: AgentSession) -> agent_session_pb2.AgentSession:
    return fill(agent_session_pb2.AgentSession(), a, active=a.active)


class _Parts(TypedDict):
    totals: pb.SessionAnalyticsTotals
    averages: pb.SessionAnalyticsAverages


def _totals(t: Totals) -> pb.SessionAnalyticsTotals:
    return fill(pb.SessionAnalyticsTotals(), t)


def _averages(a: Averages) -> pb.SessionAnalyticsAverages:
    return fill(pb.SessionAnalyticsAverages(), a)


def analytics(result: SessionAnalytics) -> pb.GetSessionAnalyticsResponse:
    def parts(g: Group) -> _Parts:
        return {"totals": _totals(g.totals), "averages": _averages(g.averages)}

    return pb.GetSessionAnalyticsResponse(
        totals=_totals(result.totals),
        averages=_averages(result.averages),
        by_channel=[
            pb.SessionChannelAnalytics(channel_id=str(g.key), **parts(g)) for g in result.by_channel
        ],
        by_agent=[
            pb.SessionAgentAnalytics(agent_id=str(g.key), **parts(g)) for g in result.by_agent
        ],
        by_hour=[fill(pb.SessionHourAnalytics(), h) for h in result.by_hour],
        timeline=[
            fill(pb.SessionTimelinePoint(), start_time=g.key, **parts(g)) for g in result.timeline
        ],
    )
