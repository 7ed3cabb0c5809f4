import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AgentType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AGENT_TYPE_UNSPECIFIED: _ClassVar[AgentType]
    AGENT_TYPE_HUMAN: _ClassVar[AgentType]
    AGENT_TYPE_AI: _ClassVar[AgentType]
    AGENT_TYPE_BOT: _ClassVar[AgentType]
    AGENT_TYPE_VIRTUAL: _ClassVar[AgentType]
    AGENT_TYPE_SYSTEM: _ClassVar[AgentType]

class AgentSystemKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AGENT_SYSTEM_KIND_UNSPECIFIED: _ClassVar[AgentSystemKind]
    AGENT_SYSTEM_KIND_BROADCAST: _ClassVar[AgentSystemKind]
    AGENT_SYSTEM_KIND_SEQUENCE: _ClassVar[AgentSystemKind]
    AGENT_SYSTEM_KIND_TRIGGER: _ClassVar[AgentSystemKind]
    AGENT_SYSTEM_KIND_WEBHOOK: _ClassVar[AgentSystemKind]
    AGENT_SYSTEM_KIND_SCHEDULED: _ClassVar[AgentSystemKind]

class AgentStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AGENT_STATUS_UNSPECIFIED: _ClassVar[AgentStatus]
    AGENT_STATUS_AVAILABLE: _ClassVar[AgentStatus]
    AGENT_STATUS_BUSY: _ClassVar[AgentStatus]
    AGENT_STATUS_AWAY: _ClassVar[AgentStatus]
    AGENT_STATUS_OFFLINE: _ClassVar[AgentStatus]

class AgentPermission(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AGENT_PERMISSION_UNSPECIFIED: _ClassVar[AgentPermission]
    AGENT_PERMISSION_REASSIGN_SESSIONS: _ClassVar[AgentPermission]
    AGENT_PERMISSION_MANAGE_AGENTS: _ClassVar[AgentPermission]
    AGENT_PERMISSION_VIEW_ALL_SESSIONS: _ClassVar[AgentPermission]
    AGENT_PERMISSION_SEND_MESSAGES: _ClassVar[AgentPermission]
    AGENT_PERMISSION_ACCESS_ANALYTICS: _ClassVar[AgentPermission]
    AGENT_PERMISSION_MANAGE_AUTOMATIONS: _ClassVar[AgentPermission]
AGENT_TYPE_UNSPECIFIED: AgentType
AGENT_TYPE_HUMAN: AgentType
AGENT_TYPE_AI: AgentType
AGENT_TYPE_BOT: AgentType
AGENT_TYPE_VIRTUAL: AgentType
AGENT_TYPE_SYSTEM: AgentType
AGENT_SYSTEM_KIND_UNSPECIFIED: AgentSystemKind
AGENT_SYSTEM_KIND_BROADCAST: AgentSystemKind
AGENT_SYSTEM_KIND_SEQUENCE: AgentSystemKind
AGENT_SYSTEM_KIND_TRIGGER: AgentSystemKind
AGENT_SYSTEM_KIND_WEBHOOK: AgentSystemKind
AGENT_SYSTEM_KIND_SCHEDULED: AgentSystemKind
AGENT_STATUS_UNSPECIFIED: AgentStatus
AGENT_STATUS_AVAILABLE: AgentStatus
AGENT_STATUS_BUSY: AgentStatus
AGENT_STATUS_AWAY: AgentStatus
AGENT_STATUS_OFFLINE: AgentStatus
AGENT_PERMISSION_UNSPECIFIED: AgentPermission
AGENT_PERMISSION_REASSIGN_SESSIONS: AgentPermission
AGENT_PERMISSION_MANAGE_AGENTS: AgentPermission
AGENT_PERMISSION_VIEW_ALL_SESSIONS: AgentPermission
AGENT_PERMISSION_SEND_MESSAGES: AgentPermission
AGENT_PERMISSION_ACCESS_ANALYTICS: AgentPermission
AGENT_PERMISSION_MANAGE_AUTOMATIONS: AgentPermission

class Agent(_message.Message):
    __slots__ = ("id", "project_id", "version", "type", "system_kind", "user_id", "name", "email", "status", "active", "assignable", "max_concurrent_sessions", "skills", "languages", "permissions", "virtual_info", "config", "stats", "last_activity_time", "create_time", "update_time", "delete_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    SYSTEM_KIND_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    ASSIGNABLE_FIELD_NUMBER: _ClassVar[int]
    MAX_CONCURRENT_SESSIONS_FIELD_NUMBER: _ClassVar[int]
    SKILLS_FIELD_NUMBER: _ClassVar[int]
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
    VIRTUAL_INFO_FIELD_NUMBER: _ClassVar[int]
    CONFIG_FIELD_NUMBER: _ClassVar[int]
    STATS_FIELD_NUMBER: _ClassVar[int]
    LAST_ACTIVITY_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    version: int
    type: AgentType
    system_kind: AgentSystemKind
    user_id: str
    name: str
    email: str
    status: AgentStatus
    active: bool
    assignable: bool
    max_concurrent_sessions: int
    skills: _containers.RepeatedScalarFieldContainer[str]
    languages: _containers.RepeatedScalarFieldContainer[str]
    permissions: _containers.RepeatedScalarFieldContainer[AgentPermission]
    virtual_info: VirtualAgentInfo
    config: _struct_pb2.Struct
    stats: AgentStats
    last_activity_time: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    delete_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., version: _Optional[int] = ..., type: _Optional[_Union[AgentType, str]] = ..., system_kind: _Optional[_Union[AgentSystemKind, str]] = ..., user_id: _Optional[str] = ..., name: _Optional[str] = ..., email: _Optional[str] = ..., status: _Optional[_Union[AgentStatus, str]] = ..., active: _Optional[bool] = ..., assignable: _Optional[bool] = ..., max_concurrent_sessions: _Optional[int] = ..., skills: _Optional[_Iterable[str]] = ..., languages: _Optional[_Iterable[str]] = ..., permissions: _Optional[_Iterable[_Union[AgentPermission, str]]] = ..., virtual_info: _Optional[_Union[VirtualAgentInfo, _Mapping]] = ..., config: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., stats: _Optional[_Union[AgentStats, _Mapping]] = ..., last_activity_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class VirtualAgentInfo(_message.Message):
    __slots__ = ("represents_person_name", "period_start_time", "period_end_time", "reason", "source_device", "notes")
    REPRESENTS_PERSON_NAME_FIELD_NUMBER: _ClassVar[int]
    PERIOD_START_TIME_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_TIME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    SOURCE_DEVICE_FIELD_NUMBER: _ClassVar[int]
    NOTES_FIELD_NUMBER: _ClassVar[int]
    represents_person_name: str
    period_start_time: _timestamp_pb2.Timestamp
    period_end_time: _timestamp_pb2.Timestamp
    reason: str
    source_device: str
    notes: str
    def __init__(self, represents_person_name: _Optional[str] = ..., period_start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., period_end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reason: _Optional[str] = ..., source_device: _Optional[str] = ..., notes: _Optional[str] = ...) -> None: ...

class AgentStats(_message.Message):
    __slots__ = ("sessions_handled", "active_sessions", "messages_sent", "avg_response_time")
    SESSIONS_HANDLED_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_SESSIONS_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_SENT_FIELD_NUMBER: _ClassVar[int]
    AVG_RESPONSE_TIME_FIELD_NUMBER: _ClassVar[int]
    sessions_handled: int
    active_sessions: int
    messages_sent: int
    avg_response_time: _duration_pb2.Duration
    def __init__(self, sessions_handled: _Optional[int] = ..., active_sessions: _Optional[int] = ..., messages_sent: _Optional[int] = ..., avg_response_time: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...
