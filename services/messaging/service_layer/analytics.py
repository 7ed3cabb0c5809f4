"""Session analytics, computed by PostgreSQL over the tenant's sessions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import RowMapping, text

from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from shared.domain import InvalidArgument

UowFactory = Callable[..., MessagingUnitOfWork]
INTERVALS = {"hour", "day", "week", "month"}
_M = "data->'metrics'"

AGGREGATES = f"""
    count(*) AS sessions,
    count(*) FILTER (WHERE s.status = 'active') AS active_sessions,
    count(*) FILTER (WHERE s.status = 'ended') AS ended_sessions,
    count(*) FILTER (WHERE (s.data->>'resolved')::boolean) AS resolved_sessions,
    count(*) FILTER (WHERE (s.data->>'escalated')::boolean) AS escalated_sessions,
    count(*) FILTER (WHERE (s.data->>'converted')::boolean) AS converted_sessions,
    coalesce(sum((s.{_M}->>'message_count')::bigint), 0) AS messages,
    coalesce(sum((s.{_M}->>'inbound_message_count')::bigint), 0) AS inbound_messages,
    coalesce(sum((s.{_M}->>'outbound_message_count')::bigint), 0) AS outbound_messages,
    count(DISTINCT s.contact_id) AS contacts,
    avg((s.{_M}->>'duration')::float8) AS avg_duration,
    avg((s.{_M}->>'first_response_delay')::float8) AS avg_first_response_delay,
    sum((s.{_M}->>'response_time_total')::float8)
        / nullif(sum((s.{_M}->>'response_count')::float8), 0) AS avg_response_time,
    sum((s.{_M}->>'wait_time_total')::float8)
        / nullif(sum((s.{_M}->>'wait_count')::float8), 0) AS avg_wait_time
"""


@dataclass(frozen=True)
class AnalyticsQuery:
    start_time: datetime | None = None
    end_time: datetime | None = None
    channel_id: uuid.UUID | None = None
    agent_id: uuid.UUID | None = None
    pipeline_id: uuid.UUID | None = None
    time_zone: str = "UTC"
    interval: str = "day"

    def compile(self) -> tuple[str, dict[str, Any]]:
        clauses: list[str] = ["true"]
        params: dict[str, Any] = {}
        if self.start_time is not None:
            clauses.append("s.start_time >= :start_time")
            params["start_time"] = self.start_time
        if self.end_time is not None:
            clauses.append("s.start_time < :end_time")
            params["end_time"] = self.end_time
        for name in ("channel_id", "pipeline_id"):
            value = getattr(self, name)
            if value is not None:
                clauses.append(f"s.{name} = :{name}")
                params[name] = value
        if self.agent_id is not None:
            clauses.append("s.data->'agent_ids' ? :agent_id")
            params["agent_id"] = str(self.agent_id)
        return " AND ".join(clauses), params


@dataclass(frozen=True)
class Totals:
    sessions: int = 0
    active_sessions: int = 0
    ended_sessions: int = 0
    resolved_sessions: int = 0
    escalated_sessions: int = 0
    converted_sessions: int = 0
    messages: int = 0
    inbound_messages: int = 0
    outbound_messages: int = 0
    contacts: int = 0


@dataclass(frozen=True)
class Averages:
    duration: timedelta | None = None
    first_response_delay: timedelta | None = None
    response_time: timedelta | None = None
    wait_time: timedelta | None = None
    messages_per_session: float = 0.0
    resolution_rate: float = 0.0


@dataclass(frozen=True)
class Group:
    key: Any
    totals: Totals
    averages: Averages


@dataclass(frozen=True)
class HourBucket:
    hour: int
    sessions: int
    messages: int


@dataclass(frozen=True)
class SessionAnalytics:
    totals: Totals
    averages: Averages
    by_channel: list[Group] = field(default_factory=list)
    by_agent: list[Group] = field(default_factory=list)
    by_hour: list[HourBucket] = field(default_factory=list)
    timeline: list[Group] = field(default_factory=list)


def _seconds(value: Any) -> timedelta | None:
    return timedelta(seconds=float(value)) if value is not None else None


def _group(row: RowMapping, key: Any = None) -> Group:
    totals = Totals(**{name: int(row[name]) for name in Totals.__dataclass_fields__})
    sessions = totals.sessions
    averages = Averages(
        duration=_seconds(row["avg_duration"]),
        first_response_delay=_seconds(row["avg_first_response_delay"]),
        response_time=_seconds(row["avg_response_time"]),
        wait_time=_seconds(row["avg_wait_time"]),
        messages_per_session=totals.messages / sessions if sessions else 0.0,
        resolution_rate=totals.resolved_sessions / sessions if sessions else 0.0,
    )
    return Group(key, totals, averages)


class Analytics:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    async def sessions(self, query: AnalyticsQuery) -> SessionAnalytics:
        if query.start_time and query.end_time and query.end_time <= query.start_time:
            raise InvalidArgument.field("end_time", "must be after start_time")
        try:
            ZoneInfo(query.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidArgument.field("time_zone", "is not an IANA time zone") from None
        if query.interval not in INTERVALS:
            raise InvalidArgument.field("interval", f"use one of {sorted(INTERVALS)}")
        where, params = query.compile()
        params = {**params, "tz": query.time_zone, "interval": query.interval}
        source = f"messaging.sessions s WHERE {where}"
        async with self._uow() as uow:

            async def rows(sql: str) -> list[RowMapping]:
                return list((await uow.connection.execute(text(sql), params)).mappings().all())

            overall = (await rows(f"SELECT {AGGREGATES} FROM {source}"))[0]
            channels = await rows(
                f"SELECT s.channel_id AS key, {AGGREGATES} FROM {source}"
                " GROUP BY s.channel_id ORDER BY sessions DESC, s.channel_id"
            )
            agents = await rows(
                f"SELECT a.agent_id AS key, {AGGREGATES} FROM messaging.sessions s"
                " CROSS JOIN LATERAL jsonb_array_elements_text(s.data->'agent_ids')"
                f" AS a(agent_id) WHERE {where}"
                + (" AND a.agent_id = :agent_id" if query.agent_id else "")
                + " GROUP BY a.agent_id ORDER BY sessions DESC, a.agent_id"
            )
            hours = await rows(
                "SELECT extract(hour FROM s.start_time AT TIME ZONE :tz)::int AS hour,"
                f" count(*) AS sessions, coalesce(sum((s.{_M}->>'message_count')::bigint), 0)"
                f" AS messages FROM {source} GROUP BY 1 ORDER BY 1"
            )
            timeline = await rows(
                "SELECT (date_trunc(:interval, s.start_time AT TIME ZONE :tz)) AT TIME ZONE :tz"
                f" AS key, {AGGREGATES} FROM {source} GROUP BY 1 ORDER BY 1"
            )
        whole = _group(overall)
        return SessionAnalytics(
            totals=whole.totals,
            averages=whole.averages,
            by_channel=[_group(r, r["key"]) for r in channels],
            by_agent=[_group(r, r["key"]) for r in agents],
            by_hour=[
                HourBucket(int(r["hour"]), int(r["sessions"]), int(r["messages"])) for r in hours
            ],
            timeline=[_group(r, r["key"]) for r in timeline],
        )
