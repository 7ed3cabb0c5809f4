import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SessionStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SESSION_STATUS_UNSPECIFIED: _ClassVar[SessionStatus]
    SESSION_STATUS_ACTIVE: _ClassVar[SessionStatus]
    SESSION_STATUS_ENDED: _ClassVar[SessionStatus]

class SessionEndReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SESSION_END_REASON_UNSPECIFIED: _ClassVar[SessionEndReason]
    SESSION_END_REASON_INACTIVITY_TIMEOUT: _ClassVar[SessionEndReason]
    SESSION_END_REASON_MANUAL_CLOSE: _ClassVar[SessionEndReason]
    SESSION_END_REASON_AGENT_CLOSE: _ClassVar[SessionEndReason]
    SESSION_END_REASON_CONTACT_REQUEST: _ClassVar[SessionEndReason]
    SESSION_END_REASON_SYSTEM_CLOSE: _ClassVar[SessionEndReason]

class SessionSentiment(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SESSION_SENTIMENT_UNSPECIFIED: _ClassVar[SessionSentiment]
    SESSION_SENTIMENT_POSITIVE: _ClassVar[SessionSentiment]
    SESSION_SENTIMENT_NEUTRAL: _ClassVar[SessionSentiment]
    SESSION_SENTIMENT_NEGATIVE: _ClassVar[SessionSentiment]
    SESSION_SENTIMENT_MIXED: _ClassVar[SessionSentiment]

class SessionAssignmentSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SESSION_ASSIGNMENT_SOURCE_UNSPECIFIED: _ClassVar[SessionAssignmentSource]
    SESSION_ASSIGNMENT_SOURCE_MANUAL: _ClassVar[SessionAssignmentSource]
    SESSION_ASSIGNMENT_SOURCE_AUTOMATIC: _ClassVar[SessionAssignmentSource]
    SESSION_ASSIGNMENT_SOURCE_REASSIGNMENT: _ClassVar[SessionAssignmentSource]
    SESSION_ASSIGNMENT_SOURCE_TRANSFER: _ClassVar[SessionAssignmentSource]
    SESSION_ASSIGNMENT_SOURCE_SYSTEM: _ClassVar[SessionAssignmentSource]
SESSION_STATUS_UNSPECIFIED: SessionStatus
SESSION_STATUS_ACTIVE: SessionStatus
SESSION_STATUS_ENDED: SessionStatus
SESSION_END_REASON_UNSPECIFIED: SessionEndReason
SESSION_END_REASON_INACTIVITY_TIMEOUT: SessionEndReason
SESSION_END_REASON_MANUAL_CLOSE: SessionEndReason
SESSION_END_REASON_AGENT_CLOSE: SessionEndReason
SESSION_END_REASON_CONTACT_REQUEST: SessionEndReason
SESSION_END_REASON_SYSTEM_CLOSE: SessionEndReason
SESSION_SENTIMENT_UNSPECIFIED: SessionSentiment
SESSION_SENTIMENT_POSITIVE: SessionSentiment
SESSION_SENTIMENT_NEUTRAL: SessionSentiment
SESSION_SENTIMENT_NEGATIVE: SessionSentiment
SESSION_SENTIMENT_MIXED: SessionSentiment
SESSION_ASSIGNMENT_SOURCE_UNSPECIFIED: SessionAssignmentSource
SESSION_ASSIGNMENT_SOURCE_MANUAL: SessionAssignmentSource
SESSION_ASSIGNMENT_SOURCE_AUTOMATIC: SessionAssignmentSource
SESSION_ASSIGNMENT_SOURCE_REASSIGNMENT: SessionAssignmentSource
SESSION_ASSIGNMENT_SOURCE_TRANSFER: SessionAssignmentSource
SESSION_ASSIGNMENT_SOURCE_SYSTEM: SessionAssignmentSource

class Session(_message.Message):
    __slots__ = ("id", "project_id", "version", "contact_id", "channel_id", "chat_id", "pipeline_id", "status", "end_reason", "start_time", "end_time", "last_activity_time", "timeout", "metrics", "current_agent_id", "agent_ids", "transfer_count", "resolved", "resolve_time", "escalated", "escalate_time", "escalation_reason", "converted", "summary", "sentiment", "sentiment_score", "topics", "next_steps", "close_note", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    END_REASON_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_ACTIVITY_TIME_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    METRICS_FIELD_NUMBER: _ClassVar[int]
    CURRENT_AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    AGENT_IDS_FIELD_NUMBER: _ClassVar[int]
    TRANSFER_COUNT_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_FIELD_NUMBER: _ClassVar[int]
    RESOLVE_TIME_FIELD_NUMBER: _ClassVar[int]
    ESCALATED_FIELD_NUMBER: _ClassVar[int]
    ESCALATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ESCALATION_REASON_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    SENTIMENT_FIELD_NUMBER: _ClassVar[int]
    SENTIMENT_SCORE_FIELD_NUMBER: _ClassVar[int]
    TOPICS_FIELD_NUMBER: _ClassVar[int]
    NEXT_STEPS_FIELD_NUMBER: _ClassVar[int]
    CLOSE_NOTE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    version: int
    contact_id: str
    channel_id: str
    chat_id: str
    pipeline_id: str
    status: SessionStatus
    end_reason: SessionEndReason
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    last_activity_time: _timestamp_pb2.Timestamp
    timeout: _duration_pb2.Duration
    metrics: SessionMetrics
    current_agent_id: str
    agent_ids: _containers.RepeatedScalarFieldContainer[str]
    transfer_count: int
    resolved: bool
    resolve_time: _timestamp_pb2.Timestamp
    escalated: bool
    escalate_time: _timestamp_pb2.Timestamp
    escalation_reason: str
    converted: bool
    summary: str
    sentiment: SessionSentiment
    sentiment_score: float
    topics: _containers.RepeatedScalarFieldContainer[str]
    next_steps: _containers.RepeatedScalarFieldContainer[str]
    close_note: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., version: _Optional[int] = ..., contact_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ..., status: _Optional[_Union[SessionStatus, str]] = ..., end_reason: _Optional[_Union[SessionEndReason, str]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_activity_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., metrics: _Optional[_Union[SessionMetrics, _Mapping]] = ..., current_agent_id: _Optional[str] = ..., agent_ids: _Optional[_Iterable[str]] = ..., transfer_count: _Optional[int] = ..., resolved: _Optional[bool] = ..., resolve_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., escalated: _Optional[bool] = ..., escalate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., escalation_reason: _Optional[str] = ..., converted: _Optional[bool] = ..., summary: _Optional[str] = ..., sentiment: _Optional[_Union[SessionSentiment, str]] = ..., sentiment_score: _Optional[float] = ..., topics: _Optional[_Iterable[str]] = ..., next_steps: _Optional[_Iterable[str]] = ..., close_note: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SessionMetrics(_message.Message):
    __slots__ = ("message_count", "inbound_message_count", "outbound_message_count", "first_contact_message_time", "first_agent_response_time", "last_contact_message_time", "last_agent_message_time", "first_response_delay", "avg_response_time", "avg_wait_time", "duration")
    MESSAGE_COUNT_FIELD_NUMBER: _ClassVar[int]
    INBOUND_MESSAGE_COUNT_FIELD_NUMBER: _ClassVar[int]
    OUTBOUND_MESSAGE_COUNT_FIELD_NUMBER: _ClassVar[int]
    FIRST_CONTACT_MESSAGE_TIME_FIELD_NUMBER: _ClassVar[int]
    FIRST_AGENT_RESPONSE_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_CONTACT_MESSAGE_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_AGENT_MESSAGE_TIME_FIELD_NUMBER: _ClassVar[int]
    FIRST_RESPONSE_DELAY_FIELD_NUMBER: _ClassVar[int]
    AVG_RESPONSE_TIME_FIELD_NUMBER: _ClassVar[int]
    AVG_WAIT_TIME_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    message_count: int
    inbound_message_count: int
    outbound_message_count: int
    first_contact_message_time: _timestamp_pb2.Timestamp
    first_agent_response_time: _timestamp_pb2.Timestamp
    last_contact_message_time: _timestamp_pb2.Timestamp
    last_agent_message_time: _timestamp_pb2.Timestamp
    first_response_delay: _duration_pb2.Duration
    avg_response_time: _duration_pb2.Duration
    avg_wait_time: _duration_pb2.Duration
    duration: _duration_pb2.Duration
    def __init__(self, message_count: _Optional[int] = ..., inbound_message_count: _Optional[int] = ..., outbound_message_count: _Optional[int] = ..., first_contact_message_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., first_agent_response_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_contact_message_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_agent_message_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., first_response_delay: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., avg_response_time: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., avg_wait_time: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...
