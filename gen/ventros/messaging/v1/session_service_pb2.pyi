import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.messaging.v1 import agent_session_pb2 as _agent_session_pb2
from ventros.messaging.v1 import session_pb2 as _session_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AnalyticsInterval(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ANALYTICS_INTERVAL_UNSPECIFIED: _ClassVar[AnalyticsInterval]
    ANALYTICS_INTERVAL_HOUR: _ClassVar[AnalyticsInterval]
    ANALYTICS_INTERVAL_DAY: _ClassVar[AnalyticsInterval]
    ANALYTICS_INTERVAL_WEEK: _ClassVar[AnalyticsInterval]
    ANALYTICS_INTERVAL_MONTH: _ClassVar[AnalyticsInterval]
ANALYTICS_INTERVAL_UNSPECIFIED: AnalyticsInterval
ANALYTICS_INTERVAL_HOUR: AnalyticsInterval
ANALYTICS_INTERVAL_DAY: AnalyticsInterval
ANALYTICS_INTERVAL_WEEK: AnalyticsInterval
ANALYTICS_INTERVAL_MONTH: AnalyticsInterval

class GetSessionRequest(_message.Message):
    __slots__ = ("session_id",)
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    def __init__(self, session_id: _Optional[str] = ...) -> None: ...

class GetSessionResponse(_message.Message):
    __slots__ = ("session",)
    SESSION_FIELD_NUMBER: _ClassVar[int]
    session: _session_pb2.Session
    def __init__(self, session: _Optional[_Union[_session_pb2.Session, _Mapping]] = ...) -> None: ...

class ListSessionsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "status", "channel_id", "contact_id", "agent_id", "pipeline_id", "chat_id", "start_time_from", "start_time_to", "end_reason", "resolved", "escalated", "query")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FROM_FIELD_NUMBER: _ClassVar[int]
    START_TIME_TO_FIELD_NUMBER: _ClassVar[int]
    END_REASON_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_FIELD_NUMBER: _ClassVar[int]
    ESCALATED_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    status: _session_pb2.SessionStatus
    channel_id: str
    contact_id: str
    agent_id: str
    pipeline_id: str
    chat_id: str
    start_time_from: _timestamp_pb2.Timestamp
    start_time_to: _timestamp_pb2.Timestamp
    end_reason: _session_pb2.SessionEndReason
    resolved: bool
    escalated: bool
    query: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., status: _Optional[_Union[_session_pb2.SessionStatus, str]] = ..., channel_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., agent_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., start_time_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., start_time_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_reason: _Optional[_Union[_session_pb2.SessionEndReason, str]] = ..., resolved: _Optional[bool] = ..., escalated: _Optional[bool] = ..., query: _Optional[str] = ...) -> None: ...

class ListSessionsResponse(_message.Message):
    __slots__ = ("sessions", "next_page_token", "total_size")
    SESSIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    sessions: _containers.RepeatedCompositeFieldContainer[_session_pb2.Session]
    next_page_token: str
    total_size: int
    def __init__(self, sessions: _Optional[_Iterable[_Union[_session_pb2.Session, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class CloseSessionRequest(_message.Message):
    __slots__ = ("session_id", "version", "end_reason", "note")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    END_REASON_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    version: int
    end_reason: _session_pb2.SessionEndReason
    note: str
    def __init__(self, session_id: _Optional[str] = ..., version: _Optional[int] = ..., end_reason: _Optional[_Union[_session_pb2.SessionEndReason, str]] = ..., note: _Optional[str] = ...) -> None: ...

class CloseSessionResponse(_message.Message):
    __slots__ = ("session",)
    SESSION_FIELD_NUMBER: _ClassVar[int]
    session: _session_pb2.Session
    def __init__(self, session: _Optional[_Union[_session_pb2.Session, _Mapping]] = ...) -> None: ...

class AssignSessionAgentRequest(_message.Message):
    __slots__ = ("session_id", "version", "agent_id", "role", "reason")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    version: int
    agent_id: str
    role: _agent_session_pb2.AgentSessionRole
    reason: str
    def __init__(self, session_id: _Optional[str] = ..., version: _Optional[int] = ..., agent_id: _Optional[str] = ..., role: _Optional[_Union[_agent_session_pb2.AgentSessionRole, str]] = ..., reason: _Optional[str] = ...) -> None: ...

class AssignSessionAgentResponse(_message.Message):
    __slots__ = ("session", "agent_session")
    SESSION_FIELD_NUMBER: _ClassVar[int]
    AGENT_SESSION_FIELD_NUMBER: _ClassVar[int]
    session: _session_pb2.Session
    agent_session: _agent_session_pb2.AgentSession
    def __init__(self, session: _Optional[_Union[_session_pb2.Session, _Mapping]] = ..., agent_session: _Optional[_Union[_agent_session_pb2.AgentSession, _Mapping]] = ...) -> None: ...

class TransferSessionRequest(_message.Message):
    __slots__ = ("session_id", "version", "to_agent_id", "reason", "keep_previous_agent")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    TO_AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    KEEP_PREVIOUS_AGENT_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    version: int
    to_agent_id: str
    reason: str
    keep_previous_agent: bool
    def __init__(self, session_id: _Optional[str] = ..., version: _Optional[int] = ..., to_agent_id: _Optional[str] = ..., reason: _Optional[str] = ..., keep_previous_agent: _Optional[bool] = ...) -> None: ...

class TransferSessionResponse(_message.Message):
    __slots__ = ("session", "agent_session")
    SESSION_FIELD_NUMBER: _ClassVar[int]
    AGENT_SESSION_FIELD_NUMBER: _ClassVar[int]
    session: _session_pb2.Session
    agent_session: _agent_session_pb2.AgentSession
    def __init__(self, session: _Optional[_Union[_session_pb2.Session, _Mapping]] = ..., agent_session: _Optional[_Union[_agent_session_pb2.AgentSession, _Mapping]] = ...) -> None: ...

class ResolveSessionRequest(_message.Message):
    __slots__ = ("session_id", "version", "note")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    version: int
    note: str
    def __init__(self, session_id: _Optional[str] = ..., version: _Optional[int] = ..., note: _Optional[str] = ...) -> None: ...

class ResolveSessionResponse(_message.Message):
    __slots__ = ("session",)
    SESSION_FIELD_NUMBER: _ClassVar[int]
    session: _session_pb2.Session
    def __init__(self, session: _Optional[_Union[_session_pb2.Session, _Mapping]] = ...) -> None: ...

class EscalateSessionRequest(_message.Message):
    __slots__ = ("session_id", "version", "reason", "to_agent_id")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    TO_AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    version: int
    reason: str
    to_agent_id: str
    def __init__(self, session_id: _Optional[str] = ..., version: _Optional[int] = ..., reason: _Optional[str] = ..., to_agent_id: _Optional[str] = ...) -> None: ...

class EscalateSessionResponse(_message.Message):
    __slots__ = ("session",)
    SESSION_FIELD_NUMBER: _ClassVar[int]
    session: _session_pb2.Session
    def __init__(self, session: _Optional[_Union[_session_pb2.Session, _Mapping]] = ...) -> None: ...

class GetSessionAnalyticsRequest(_message.Message):
    __slots__ = ("start_time", "end_time", "channel_id", "agent_id", "pipeline_id", "time_zone", "interval")
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
    INTERVAL_FIELD_NUMBER: _ClassVar[int]
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    channel_id: str
    agent_id: str
    pipeline_id: str
    time_zone: str
    interval: AnalyticsInterval
    def __init__(self, start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., channel_id: _Optional[str] = ..., agent_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ..., time_zone: _Optional[str] = ..., interval: _Optional[_Union[AnalyticsInterval, str]] = ...) -> None: ...

class GetSessionAnalyticsResponse(_message.Message):
    __slots__ = ("totals", "averages", "by_channel", "by_agent", "by_hour", "timeline")
    TOTALS_FIELD_NUMBER: _ClassVar[int]
    AVERAGES_FIELD_NUMBER: _ClassVar[int]
    BY_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    BY_AGENT_FIELD_NUMBER: _ClassVar[int]
    BY_HOUR_FIELD_NUMBER: _ClassVar[int]
    TIMELINE_FIELD_NUMBER: _ClassVar[int]
    totals: SessionAnalyticsTotals
    averages: SessionAnalyticsAverages
    by_channel: _containers.RepeatedCompositeFieldContainer[SessionChannelAnalytics]
    by_agent: _containers.RepeatedCompositeFieldContainer[SessionAgentAnalytics]
    by_hour: _containers.RepeatedCompositeFieldContainer[SessionHourAnalytics]
    timeline: _containers.RepeatedCompositeFieldContainer[SessionTimelinePoint]
    def __init__(self, totals: _Optional[_Union[SessionAnalyticsTotals, _Mapping]] = ..., averages: _Optional[_Union[SessionAnalyticsAverages, _Mapping]] = ..., by_channel: _Optional[_Iterable[_Union[SessionChannelAnalytics, _Mapping]]] = ..., by_agent: _Optional[_Iterable[_Union[SessionAgentAnalytics, _Mapping]]] = ..., by_hour: _Optional[_Iterable[_Union[SessionHourAnalytics, _Mapping]]] = ..., timeline: _Optional[_Iterable[_Union[SessionTimelinePoint, _Mapping]]] = ...) -> None: ...

class SessionAnalyticsTotals(_message.Message):
    __slots__ = ("sessions", "active_sessions", "ended_sessions", "resolved_sessions", "escalated_sessions", "converted_sessions", "messages", "inbound_messages", "outbound_messages", "contacts")
    SESSIONS_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_SESSIONS_FIELD_NUMBER: _ClassVar[int]
    ENDED_SESSIONS_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_SESSIONS_FIELD_NUMBER: _ClassVar[int]
    ESCALATED_SESSIONS_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_SESSIONS_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    INBOUND_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    OUTBOUND_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    CONTACTS_FIELD_NUMBER: _ClassVar[int]
    sessions: int
    active_sessions: int
    ended_sessions: int
    resolved_sessions: int
    escalated_sessions: int
    converted_sessions: int
    messages: int
    inbound_messages: int
    outbound_messages: int
    contacts: int
    def __init__(self, sessions: _Optional[int] = ..., active_sessions: _Optional[int] = ..., ended_sessions: _Optional[int] = ..., resolved_sessions: _Optional[int] = ..., escalated_sessions: _Optional[int] = ..., converted_sessions: _Optional[int] = ..., messages: _Optional[int] = ..., inbound_messages: _Optional[int] = ..., outbound_messages: _Optional[int] = ..., contacts: _Optional[int] = ...) -> None: ...

class SessionAnalyticsAverages(_message.Message):
    __slots__ = ("duration", "first_response_delay", "response_time", "wait_time", "messages_per_session", "resolution_rate")
    DURATION_FIELD_NUMBER: _ClassVar[int]
    FIRST_RESPONSE_DELAY_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_TIME_FIELD_NUMBER: _ClassVar[int]
    WAIT_TIME_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_PER_SESSION_FIELD_NUMBER: _ClassVar[int]
    RESOLUTION_RATE_FIELD_NUMBER: _ClassVar[int]
    duration: _duration_pb2.Duration
    first_response_delay: _duration_pb2.Duration
    response_time: _duration_pb2.Duration
    wait_time: _duration_pb2.Duration
    messages_per_session: float
    resolution_rate: float
    def __init__(self, duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., first_response_delay: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., response_time: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., wait_time: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., messages_per_session: _Optional[float] = ..., resolution_rate: _Optional[float] = ...) -> None: ...

class SessionChannelAnalytics(_message.Message):
    __slots__ = ("channel_id", "totals", "averages")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    TOTALS_FIELD_NUMBER: _ClassVar[int]
    AVERAGES_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    totals: SessionAnalyticsTotals
    averages: SessionAnalyticsAverages
    def __init__(self, channel_id: _Optional[str] = ..., totals: _Optional[_Union[SessionAnalyticsTotals, _Mapping]] = ..., averages: _Optional[_Union[SessionAnalyticsAverages, _Mapping]] = ...) -> None: ...

class SessionAgentAnalytics(_message.Message):
    __slots__ = ("agent_id", "totals", "averages")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    TOTALS_FIELD_NUMBER: _ClassVar[int]
    AVERAGES_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    totals: SessionAnalyticsTotals
    averages: SessionAnalyticsAverages
    def __init__(self, agent_id: _Optional[str] = ..., totals: _Optional[_Union[SessionAnalyticsTotals, _Mapping]] = ..., averages: _Optional[_Union[SessionAnalyticsAverages, _Mapping]] = ...) -> None: ...

class SessionHourAnalytics(_message.Message):
    __slots__ = ("hour", "sessions", "messages")
    HOUR_FIELD_NUMBER: _ClassVar[int]
    SESSIONS_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    hour: int
    sessions: int
    messages: int
    def __init__(self, hour: _Optional[int] = ..., sessions: _Optional[int] = ..., messages: _Optional[int] = ...) -> None: ...

class SessionTimelinePoint(_message.Message):
    __slots__ = ("start_time", "totals", "averages")
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    TOTALS_FIELD_NUMBER: _ClassVar[int]
    AVERAGES_FIELD_NUMBER: _ClassVar[int]
    start_time: _timestamp_pb2.Timestamp
    totals: SessionAnalyticsTotals
    averages: SessionAnalyticsAverages
    def __init__(self, start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., totals: _Optional[_Union[SessionAnalyticsTotals, _Mapping]] = ..., averages: _Optional[_Union[SessionAnalyticsAverages, _Mapping]] = ...) -> None: ...
