import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import event_pb2 as _event_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.common.v1 import types_pb2 as _types_pb2
from ventros.messaging.v1 import agent_pb2 as _agent_pb2
from ventros.messaging.v1 import agent_session_pb2 as _agent_session_pb2
from ventros.messaging.v1 import channel_pb2 as _channel_pb2
from ventros.messaging.v1 import channel_type_pb2 as _channel_type_pb2
from ventros.messaging.v1 import chat_pb2 as _chat_pb2
from ventros.messaging.v1 import history_import_pb2 as _history_import_pb2
from ventros.messaging.v1 import message_pb2 as _message_pb2
from ventros.messaging.v1 import session_pb2 as _session_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ChatParticipantsChange(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHAT_PARTICIPANTS_CHANGE_UNSPECIFIED: _ClassVar[ChatParticipantsChange]
    CHAT_PARTICIPANTS_CHANGE_JOINED: _ClassVar[ChatParticipantsChange]
    CHAT_PARTICIPANTS_CHANGE_LEFT: _ClassVar[ChatParticipantsChange]
    CHAT_PARTICIPANTS_CHANGE_PROMOTED: _ClassVar[ChatParticipantsChange]
    CHAT_PARTICIPANTS_CHANGE_DEMOTED: _ClassVar[ChatParticipantsChange]
CHAT_PARTICIPANTS_CHANGE_UNSPECIFIED: ChatParticipantsChange
CHAT_PARTICIPANTS_CHANGE_JOINED: ChatParticipantsChange
CHAT_PARTICIPANTS_CHANGE_LEFT: ChatParticipantsChange
CHAT_PARTICIPANTS_CHANGE_PROMOTED: ChatParticipantsChange
CHAT_PARTICIPANTS_CHANGE_DEMOTED: ChatParticipantsChange

class ChannelCreated(_message.Message):
    __slots__ = ("metadata", "channel")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    channel: _channel_pb2.Channel
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., channel: _Optional[_Union[_channel_pb2.Channel, _Mapping]] = ...) -> None: ...

class ChannelUpdated(_message.Message):
    __slots__ = ("metadata", "channel", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    channel: _channel_pb2.Channel
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., channel: _Optional[_Union[_channel_pb2.Channel, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class ChannelActivated(_message.Message):
    __slots__ = ("metadata", "channel_id", "channel_type_code", "pipeline_id", "activate_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_TYPE_CODE_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    ACTIVATE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    channel_id: str
    channel_type_code: _channel_type_pb2.ChannelTypeCode
    pipeline_id: str
    activate_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., channel_id: _Optional[str] = ..., channel_type_code: _Optional[_Union[_channel_type_pb2.ChannelTypeCode, str]] = ..., pipeline_id: _Optional[str] = ..., activate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ChannelDeactivated(_message.Message):
    __slots__ = ("metadata", "channel_id", "previous_status", "reason", "deactivate_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    DEACTIVATE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    channel_id: str
    previous_status: _channel_pb2.ChannelStatus
    reason: str
    deactivate_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., channel_id: _Optional[str] = ..., previous_status: _Optional[_Union[_channel_pb2.ChannelStatus, str]] = ..., reason: _Optional[str] = ..., deactivate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ChannelDeleted(_message.Message):
    __slots__ = ("metadata", "channel_id", "name", "delete_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    channel_id: str
    name: str
    delete_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., channel_id: _Optional[str] = ..., name: _Optional[str] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ChannelStatusChanged(_message.Message):
    __slots__ = ("metadata", "channel_id", "previous_status", "status", "status_message", "waha_session_status", "change_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    STATUS_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    WAHA_SESSION_STATUS_FIELD_NUMBER: _ClassVar[int]
    CHANGE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    channel_id: str
    previous_status: _channel_pb2.ChannelStatus
    status: _channel_pb2.ChannelStatus
    status_message: str
    waha_session_status: _channel_pb2.WahaSessionStatus
    change_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., channel_id: _Optional[str] = ..., previous_status: _Optional[_Union[_channel_pb2.ChannelStatus, str]] = ..., status: _Optional[_Union[_channel_pb2.ChannelStatus, str]] = ..., status_message: _Optional[str] = ..., waha_session_status: _Optional[_Union[_channel_pb2.WahaSessionStatus, str]] = ..., change_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ChannelLabelUpserted(_message.Message):
    __slots__ = ("metadata", "channel_id", "label")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    channel_id: str
    label: _channel_pb2.ChannelLabel
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., channel_id: _Optional[str] = ..., label: _Optional[_Union[_channel_pb2.ChannelLabel, _Mapping]] = ...) -> None: ...

class ChannelLabelDeleted(_message.Message):
    __slots__ = ("metadata", "channel_id", "label_id", "name")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    LABEL_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    channel_id: str
    label_id: str
    name: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., channel_id: _Optional[str] = ..., label_id: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class ChatCreated(_message.Message):
    __slots__ = ("metadata", "chat")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CHAT_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    chat: _chat_pb2.Chat
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., chat: _Optional[_Union[_chat_pb2.Chat, _Mapping]] = ...) -> None: ...

class ChatUpdated(_message.Message):
    __slots__ = ("metadata", "chat", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CHAT_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    chat: _chat_pb2.Chat
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., chat: _Optional[_Union[_chat_pb2.Chat, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class ChatArchived(_message.Message):
    __slots__ = ("metadata", "chat_id", "channel_id", "contact_id", "archive_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    ARCHIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    chat_id: str
    channel_id: str
    contact_id: str
    archive_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., chat_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., archive_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ChatUnarchived(_message.Message):
    __slots__ = ("metadata", "chat_id", "channel_id", "contact_id", "unarchive_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    UNARCHIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    chat_id: str
    channel_id: str
    contact_id: str
    unarchive_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., chat_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., unarchive_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ChatParticipantsChanged(_message.Message):
    __slots__ = ("metadata", "chat_id", "channel_id", "change", "participants", "participant_count", "change_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHANGE_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANT_COUNT_FIELD_NUMBER: _ClassVar[int]
    CHANGE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    chat_id: str
    channel_id: str
    change: ChatParticipantsChange
    participants: _containers.RepeatedCompositeFieldContainer[_chat_pb2.ChatParticipant]
    participant_count: int
    change_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., chat_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., change: _Optional[_Union[ChatParticipantsChange, str]] = ..., participants: _Optional[_Iterable[_Union[_chat_pb2.ChatParticipant, _Mapping]]] = ..., participant_count: _Optional[int] = ..., change_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SessionStarted(_message.Message):
    __slots__ = ("metadata", "session")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    session: _session_pb2.Session
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., session: _Optional[_Union[_session_pb2.Session, _Mapping]] = ...) -> None: ...

class SessionMessageRecorded(_message.Message):
    __slots__ = ("metadata", "session_id", "contact_id", "channel_id", "message_id", "direction", "message_time", "metrics")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TIME_FIELD_NUMBER: _ClassVar[int]
    METRICS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    session_id: str
    contact_id: str
    channel_id: str
    message_id: str
    direction: _message_pb2.MessageDirection
    message_time: _timestamp_pb2.Timestamp
    metrics: _session_pb2.SessionMetrics
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., session_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., message_id: _Optional[str] = ..., direction: _Optional[_Union[_message_pb2.MessageDirection, str]] = ..., message_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., metrics: _Optional[_Union[_session_pb2.SessionMetrics, _Mapping]] = ...) -> None: ...

class SessionAgentAssigned(_message.Message):
    __slots__ = ("metadata", "session_id", "contact_id", "channel_id", "agent_id", "role", "previous_agent_id", "source", "strategy", "reason")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    session_id: str
    contact_id: str
    channel_id: str
    agent_id: str
    role: _agent_session_pb2.AgentSessionRole
    previous_agent_id: str
    source: _session_pb2.SessionAssignmentSource
    strategy: str
    reason: str
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., session_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., agent_id: _Optional[str] = ..., role: _Optional[_Union[_agent_session_pb2.AgentSessionRole, str]] = ..., previous_agent_id: _Optional[str] = ..., source: _Optional[_Union[_session_pb2.SessionAssignmentSource, str]] = ..., strategy: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class SessionAgentTransferred(_message.Message):
    __slots__ = ("metadata", "session_id", "contact_id", "channel_id", "from_agent_id", "to_agent_id", "reason", "transfer_count")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    TO_AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    TRANSFER_COUNT_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    session_id: str
    contact_id: str
    channel_id: str
    from_agent_id: str
    to_agent_id: str
    reason: str
    transfer_count: int
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., session_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., from_agent_id: _Optional[str] = ..., to_agent_id: _Optional[str] = ..., reason: _Optional[str] = ..., transfer_count: _Optional[int] = ...) -> None: ...

class SessionResolved(_message.Message):
    __slots__ = ("metadata", "session_id", "contact_id", "channel_id", "pipeline_id", "agent_id", "note", "resolve_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    RESOLVE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    session_id: str
    contact_id: str
    channel_id: str
    pipeline_id: str
    agent_id: str
    note: str
    resolve_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., session_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ..., agent_id: _Optional[str] = ..., note: _Optional[str] = ..., resolve_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SessionEscalated(_message.Message):
    __slots__ = ("metadata", "session_id", "contact_id", "channel_id", "reason", "from_agent_id", "to_agent_id", "escalate_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    FROM_AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    TO_AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    ESCALATE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    session_id: str
    contact_id: str
    channel_id: str
    reason: str
    from_agent_id: str
    to_agent_id: str
    escalate_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., session_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., reason: _Optional[str] = ..., from_agent_id: _Optional[str] = ..., to_agent_id: _Optional[str] = ..., escalate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SessionEnded(_message.Message):
    __slots__ = ("metadata", "session_id", "contact_id", "channel_id", "chat_id", "pipeline_id", "end_reason", "start_time", "end_time", "duration", "metrics", "agent_ids", "transfer_count", "resolved", "escalated", "converted")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    END_REASON_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    METRICS_FIELD_NUMBER: _ClassVar[int]
    AGENT_IDS_FIELD_NUMBER: _ClassVar[int]
    TRANSFER_COUNT_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_FIELD_NUMBER: _ClassVar[int]
    ESCALATED_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    session_id: str
    contact_id: str
    channel_id: str
    chat_id: str
    pipeline_id: str
    end_reason: _session_pb2.SessionEndReason
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    duration: _duration_pb2.Duration
    metrics: _session_pb2.SessionMetrics
    agent_ids: _containers.RepeatedScalarFieldContainer[str]
    transfer_count: int
    resolved: bool
    escalated: bool
    converted: bool
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., session_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ..., end_reason: _Optional[_Union[_session_pb2.SessionEndReason, str]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., metrics: _Optional[_Union[_session_pb2.SessionMetrics, _Mapping]] = ..., agent_ids: _Optional[_Iterable[str]] = ..., transfer_count: _Optional[int] = ..., resolved: _Optional[bool] = ..., escalated: _Optional[bool] = ..., converted: _Optional[bool] = ...) -> None: ...

class MessageReceived(_message.Message):
    __slots__ = ("metadata", "message_id", "contact_id", "session_id", "channel_id", "chat_id", "chat_type", "content_type", "text", "message_time", "provider_message_id", "sender_phone", "sender_name", "attribution", "session_started", "pipeline_id", "message", "source")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_TIME_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    SENDER_PHONE_FIELD_NUMBER: _ClassVar[int]
    SENDER_NAME_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTION_FIELD_NUMBER: _ClassVar[int]
    SESSION_STARTED_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    message_id: str
    contact_id: str
    session_id: str
    channel_id: str
    chat_id: str
    chat_type: _chat_pb2.ChatType
    content_type: _message_pb2.MessageContentType
    text: str
    message_time: _timestamp_pb2.Timestamp
    provider_message_id: str
    sender_phone: _types_pb2.PhoneNumber
    sender_name: str
    attribution: _message_pb2.MessageAttribution
    session_started: bool
    pipeline_id: str
    message: _message_pb2.Message
    source: _message_pb2.MessageSource
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., message_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., chat_type: _Optional[_Union[_chat_pb2.ChatType, str]] = ..., content_type: _Optional[_Union[_message_pb2.MessageContentType, str]] = ..., text: _Optional[str] = ..., message_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., provider_message_id: _Optional[str] = ..., sender_phone: _Optional[_Union[_types_pb2.PhoneNumber, _Mapping]] = ..., sender_name: _Optional[str] = ..., attribution: _Optional[_Union[_message_pb2.MessageAttribution, _Mapping]] = ..., session_started: _Optional[bool] = ..., pipeline_id: _Optional[str] = ..., message: _Optional[_Union[_message_pb2.Message, _Mapping]] = ..., source: _Optional[_Union[_message_pb2.MessageSource, str]] = ...) -> None: ...

class MessageSent(_message.Message):
    __slots__ = ("metadata", "message_id", "contact_id", "session_id", "channel_id", "chat_id", "content_type", "source", "agent_id", "request_id", "provider_message_id", "sent_time", "message")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    SENT_TIME_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    message_id: str
    contact_id: str
    session_id: str
    channel_id: str
    chat_id: str
    content_type: _message_pb2.MessageContentType
    source: _message_pb2.MessageSource
    agent_id: str
    request_id: str
    provider_message_id: str
    sent_time: _timestamp_pb2.Timestamp
    message: _message_pb2.Message
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., message_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., content_type: _Optional[_Union[_message_pb2.MessageContentType, str]] = ..., source: _Optional[_Union[_message_pb2.MessageSource, str]] = ..., agent_id: _Optional[str] = ..., request_id: _Optional[str] = ..., provider_message_id: _Optional[str] = ..., sent_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., message: _Optional[_Union[_message_pb2.Message, _Mapping]] = ...) -> None: ...

class MessageDelivered(_message.Message):
    __slots__ = ("metadata", "message_id", "contact_id", "session_id", "channel_id", "chat_id", "source", "request_id", "previous_status", "delivered_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    DELIVERED_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    message_id: str
    contact_id: str
    session_id: str
    channel_id: str
    chat_id: str
    source: _message_pb2.MessageSource
    request_id: str
    previous_status: _message_pb2.MessageStatus
    delivered_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., message_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., source: _Optional[_Union[_message_pb2.MessageSource, str]] = ..., request_id: _Optional[str] = ..., previous_status: _Optional[_Union[_message_pb2.MessageStatus, str]] = ..., delivered_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MessageRead(_message.Message):
    __slots__ = ("metadata", "message_id", "contact_id", "session_id", "channel_id", "chat_id", "source", "request_id", "previous_status", "read_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    READ_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    message_id: str
    contact_id: str
    session_id: str
    channel_id: str
    chat_id: str
    source: _message_pb2.MessageSource
    request_id: str
    previous_status: _message_pb2.MessageStatus
    read_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., message_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., source: _Optional[_Union[_message_pb2.MessageSource, str]] = ..., request_id: _Optional[str] = ..., previous_status: _Optional[_Union[_message_pb2.MessageStatus, str]] = ..., read_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MessagePlayed(_message.Message):
    __slots__ = ("metadata", "message_id", "contact_id", "session_id", "channel_id", "chat_id", "source", "request_id", "previous_status", "played_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    PLAYED_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    message_id: str
    contact_id: str
    session_id: str
    channel_id: str
    chat_id: str
    source: _message_pb2.MessageSource
    request_id: str
    previous_status: _message_pb2.MessageStatus
    played_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., message_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., source: _Optional[_Union[_message_pb2.MessageSource, str]] = ..., request_id: _Optional[str] = ..., previous_status: _Optional[_Union[_message_pb2.MessageStatus, str]] = ..., played_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MessageFailed(_message.Message):
    __slots__ = ("metadata", "message_id", "contact_id", "session_id", "channel_id", "chat_id", "source", "request_id", "previous_status", "error", "failed_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    FAILED_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    message_id: str
    contact_id: str
    session_id: str
    channel_id: str
    chat_id: str
    source: _message_pb2.MessageSource
    request_id: str
    previous_status: _message_pb2.MessageStatus
    error: _message_pb2.MessageError
    failed_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., message_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., source: _Optional[_Union[_message_pb2.MessageSource, str]] = ..., request_id: _Optional[str] = ..., previous_status: _Optional[_Union[_message_pb2.MessageStatus, str]] = ..., error: _Optional[_Union[_message_pb2.MessageError, _Mapping]] = ..., failed_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MessageEdited(_message.Message):
    __slots__ = ("metadata", "message_id", "contact_id", "session_id", "channel_id", "chat_id", "from_me", "previous_text", "text", "edit_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_ME_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_TEXT_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    EDIT_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    message_id: str
    contact_id: str
    session_id: str
    channel_id: str
    chat_id: str
    from_me: bool
    previous_text: str
    text: str
    edit_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., message_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., from_me: _Optional[bool] = ..., previous_text: _Optional[str] = ..., text: _Optional[str] = ..., edit_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MessageRevoked(_message.Message):
    __slots__ = ("metadata", "message_id", "contact_id", "session_id", "channel_id", "chat_id", "from_me", "revoke_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_ME_FIELD_NUMBER: _ClassVar[int]
    REVOKE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    message_id: str
    contact_id: str
    session_id: str
    channel_id: str
    chat_id: str
    from_me: bool
    revoke_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., message_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., from_me: _Optional[bool] = ..., revoke_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class MessageReacted(_message.Message):
    __slots__ = ("metadata", "message_id", "contact_id", "session_id", "channel_id", "chat_id", "emoji", "removed", "from_me", "reactor_contact_id", "reactor_agent_id", "react_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    EMOJI_FIELD_NUMBER: _ClassVar[int]
    REMOVED_FIELD_NUMBER: _ClassVar[int]
    FROM_ME_FIELD_NUMBER: _ClassVar[int]
    REACTOR_CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    REACTOR_AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    REACT_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    message_id: str
    contact_id: str
    session_id: str
    channel_id: str
    chat_id: str
    emoji: str
    removed: bool
    from_me: bool
    reactor_contact_id: str
    reactor_agent_id: str
    react_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., message_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., emoji: _Optional[str] = ..., removed: _Optional[bool] = ..., from_me: _Optional[bool] = ..., reactor_contact_id: _Optional[str] = ..., reactor_agent_id: _Optional[str] = ..., react_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AgentCreated(_message.Message):
    __slots__ = ("metadata", "agent")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    AGENT_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    agent: _agent_pb2.Agent
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., agent: _Optional[_Union[_agent_pb2.Agent, _Mapping]] = ...) -> None: ...

class AgentUpdated(_message.Message):
    __slots__ = ("metadata", "agent", "changed_fields")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    AGENT_FIELD_NUMBER: _ClassVar[int]
    CHANGED_FIELDS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    agent: _agent_pb2.Agent
    changed_fields: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., agent: _Optional[_Union[_agent_pb2.Agent, _Mapping]] = ..., changed_fields: _Optional[_Iterable[str]] = ...) -> None: ...

class AgentDeleted(_message.Message):
    __slots__ = ("metadata", "agent_id", "user_id", "delete_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    agent_id: str
    user_id: str
    delete_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., agent_id: _Optional[str] = ..., user_id: _Optional[str] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AgentStatusChanged(_message.Message):
    __slots__ = ("metadata", "agent_id", "previous_status", "status", "change_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_STATUS_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CHANGE_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    agent_id: str
    previous_status: _agent_pb2.AgentStatus
    status: _agent_pb2.AgentStatus
    change_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., agent_id: _Optional[str] = ..., previous_status: _Optional[_Union[_agent_pb2.AgentStatus, str]] = ..., status: _Optional[_Union[_agent_pb2.AgentStatus, str]] = ..., change_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class HistoryImportStarted(_message.Message):
    __slots__ = ("metadata", "history_import_id", "channel_id", "strategy", "days", "per_chat_message_limit", "from_time", "resumed", "start_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    HISTORY_IMPORT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_FIELD_NUMBER: _ClassVar[int]
    DAYS_FIELD_NUMBER: _ClassVar[int]
    PER_CHAT_MESSAGE_LIMIT_FIELD_NUMBER: _ClassVar[int]
    FROM_TIME_FIELD_NUMBER: _ClassVar[int]
    RESUMED_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    history_import_id: str
    channel_id: str
    strategy: _history_import_pb2.HistoryImportStrategy
    days: int
    per_chat_message_limit: int
    from_time: _timestamp_pb2.Timestamp
    resumed: bool
    start_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., history_import_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., strategy: _Optional[_Union[_history_import_pb2.HistoryImportStrategy, str]] = ..., days: _Optional[int] = ..., per_chat_message_limit: _Optional[int] = ..., from_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., resumed: _Optional[bool] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class HistoryImportProgressed(_message.Message):
    __slots__ = ("metadata", "history_import_id", "channel_id", "progress")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    HISTORY_IMPORT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    history_import_id: str
    channel_id: str
    progress: _history_import_pb2.HistoryImportProgress
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., history_import_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., progress: _Optional[_Union[_history_import_pb2.HistoryImportProgress, _Mapping]] = ...) -> None: ...

class HistoryImportCompleted(_message.Message):
    __slots__ = ("metadata", "history_import_id", "channel_id", "progress", "start_time", "end_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    HISTORY_IMPORT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    history_import_id: str
    channel_id: str
    progress: _history_import_pb2.HistoryImportProgress
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., history_import_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., progress: _Optional[_Union[_history_import_pb2.HistoryImportProgress, _Mapping]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class HistoryImportFailed(_message.Message):
    __slots__ = ("metadata", "history_import_id", "channel_id", "error", "progress", "resumable", "end_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    HISTORY_IMPORT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    RESUMABLE_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    history_import_id: str
    channel_id: str
    error: str
    progress: _history_import_pb2.HistoryImportProgress
    resumable: bool
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., history_import_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., error: _Optional[str] = ..., progress: _Optional[_Union[_history_import_pb2.HistoryImportProgress, _Mapping]] = ..., resumable: _Optional[bool] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class HistoryImportCancelled(_message.Message):
    __slots__ = ("metadata", "history_import_id", "channel_id", "progress", "end_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    HISTORY_IMPORT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    history_import_id: str
    channel_id: str
    progress: _history_import_pb2.HistoryImportProgress
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., history_import_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., progress: _Optional[_Union[_history_import_pb2.HistoryImportProgress, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CallReceived(_message.Message):
    __slots__ = ("metadata", "channel_id", "provider_call_id", "contact_id", "chat_id", "caller_provider_id", "caller_phone", "video", "group", "call_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_CALL_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    CALLER_PROVIDER_ID_FIELD_NUMBER: _ClassVar[int]
    CALLER_PHONE_FIELD_NUMBER: _ClassVar[int]
    VIDEO_FIELD_NUMBER: _ClassVar[int]
    GROUP_FIELD_NUMBER: _ClassVar[int]
    CALL_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    channel_id: str
    provider_call_id: str
    contact_id: str
    chat_id: str
    caller_provider_id: str
    caller_phone: _types_pb2.PhoneNumber
    video: bool
    group: bool
    call_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., channel_id: _Optional[str] = ..., provider_call_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., caller_provider_id: _Optional[str] = ..., caller_phone: _Optional[_Union[_types_pb2.PhoneNumber, _Mapping]] = ..., video: _Optional[bool] = ..., group: _Optional[bool] = ..., call_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
