import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AgentSessionRole(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AGENT_SESSION_ROLE_UNSPECIFIED: _ClassVar[AgentSessionRole]
    AGENT_SESSION_ROLE_PRIMARY: _ClassVar[AgentSessionRole]
    AGENT_SESSION_ROLE_SUPPORT: _ClassVar[AgentSessionRole]
    AGENT_SESSION_ROLE_OBSERVER: _ClassVar[AgentSessionRole]
    AGENT_SESSION_ROLE_HANDOFF: _ClassVar[AgentSessionRole]
    AGENT_SESSION_ROLE_AI_ASSISTANT: _ClassVar[AgentSessionRole]
    AGENT_SESSION_ROLE_BOT: _ClassVar[AgentSessionRole]
AGENT_SESSION_ROLE_UNSPECIFIED: AgentSessionRole
AGENT_SESSION_ROLE_PRIMARY: AgentSessionRole
AGENT_SESSION_ROLE_SUPPORT: AgentSessionRole
AGENT_SESSION_ROLE_OBSERVER: AgentSessionRole
AGENT_SESSION_ROLE_HANDOFF: AgentSessionRole
AGENT_SESSION_ROLE_AI_ASSISTANT: AgentSessionRole
AGENT_SESSION_ROLE_BOT: AgentSessionRole

class AgentSession(_message.Message):
    __slots__ = ("id", "project_id", "version", "session_id", "agent_id", "role", "active", "join_time", "leave_time", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    JOIN_TIME_FIELD_NUMBER: _ClassVar[int]
    LEAVE_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    version: int
    session_id: str
    agent_id: str
    role: AgentSessionRole
    active: bool
    join_time: _timestamp_pb2.Timestamp
    leave_time: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., version: _Optional[int] = ..., session_id: _Optional[str] = ..., agent_id: _Optional[str] = ..., role: _Optional[_Union[AgentSessionRole, str]] = ..., active: _Optional[bool] = ..., join_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., leave_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
