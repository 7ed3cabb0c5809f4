import datetime

from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ProjectState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROJECT_STATE_UNSPECIFIED: _ClassVar[ProjectState]
    PROJECT_STATE_ACTIVE: _ClassVar[ProjectState]
    PROJECT_STATE_ARCHIVED: _ClassVar[ProjectState]

class AssignmentStrategy(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ASSIGNMENT_STRATEGY_UNSPECIFIED: _ClassVar[AssignmentStrategy]
    ASSIGNMENT_STRATEGY_ROUND_ROBIN: _ClassVar[AssignmentStrategy]
    ASSIGNMENT_STRATEGY_LEAST_SESSIONS: _ClassVar[AssignmentStrategy]
    ASSIGNMENT_STRATEGY_MANUAL: _ClassVar[AssignmentStrategy]

class ReassignmentTrigger(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REASSIGNMENT_TRIGGER_UNSPECIFIED: _ClassVar[ReassignmentTrigger]
    REASSIGNMENT_TRIGGER_INACTIVITY: _ClassVar[ReassignmentTrigger]
    REASSIGNMENT_TRIGGER_MANUAL: _ClassVar[ReassignmentTrigger]
    REASSIGNMENT_TRIGGER_NO_RESPONSE: _ClassVar[ReassignmentTrigger]
    REASSIGNMENT_TRIGGER_WORKLOAD_BALANCE: _ClassVar[ReassignmentTrigger]
PROJECT_STATE_UNSPECIFIED: ProjectState
PROJECT_STATE_ACTIVE: ProjectState
PROJECT_STATE_ARCHIVED: ProjectState
ASSIGNMENT_STRATEGY_UNSPECIFIED: AssignmentStrategy
ASSIGNMENT_STRATEGY_ROUND_ROBIN: AssignmentStrategy
ASSIGNMENT_STRATEGY_LEAST_SESSIONS: AssignmentStrategy
ASSIGNMENT_STRATEGY_MANUAL: AssignmentStrategy
REASSIGNMENT_TRIGGER_UNSPECIFIED: ReassignmentTrigger
REASSIGNMENT_TRIGGER_INACTIVITY: ReassignmentTrigger
REASSIGNMENT_TRIGGER_MANUAL: ReassignmentTrigger
REASSIGNMENT_TRIGGER_NO_RESPONSE: ReassignmentTrigger
REASSIGNMENT_TRIGGER_WORKLOAD_BALANCE: ReassignmentTrigger

class Project(_message.Message):
    __slots__ = ("id", "owner_user_id", "billing_account_id", "name", "description", "state", "default_session_timeout_minutes", "agent_assignment", "settings", "time_zone", "language_code", "archive_time", "version", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    OWNER_USER_ID_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    DEFAULT_SESSION_TIMEOUT_MINUTES_FIELD_NUMBER: _ClassVar[int]
    AGENT_ASSIGNMENT_FIELD_NUMBER: _ClassVar[int]
    SETTINGS_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_CODE_FIELD_NUMBER: _ClassVar[int]
    ARCHIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    owner_user_id: str
    billing_account_id: str
    name: str
    description: str
    state: ProjectState
    default_session_timeout_minutes: int
    agent_assignment: AgentAssignmentConfig
    settings: _struct_pb2.Struct
    time_zone: str
    language_code: str
    archive_time: _timestamp_pb2.Timestamp
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., owner_user_id: _Optional[str] = ..., billing_account_id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., state: _Optional[_Union[ProjectState, str]] = ..., default_session_timeout_minutes: _Optional[int] = ..., agent_assignment: _Optional[_Union[AgentAssignmentConfig, _Mapping]] = ..., settings: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., time_zone: _Optional[str] = ..., language_code: _Optional[str] = ..., archive_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AgentAssignmentConfig(_message.Message):
    __slots__ = ("enabled", "strategy", "agent_ids", "only_human_agents", "require_at_least_one_agent", "reassignment_rules")
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_FIELD_NUMBER: _ClassVar[int]
    AGENT_IDS_FIELD_NUMBER: _ClassVar[int]
    ONLY_HUMAN_AGENTS_FIELD_NUMBER: _ClassVar[int]
    REQUIRE_AT_LEAST_ONE_AGENT_FIELD_NUMBER: _ClassVar[int]
    REASSIGNMENT_RULES_FIELD_NUMBER: _ClassVar[int]
    enabled: bool
    strategy: AssignmentStrategy
    agent_ids: _containers.RepeatedScalarFieldContainer[str]
    only_human_agents: bool
    require_at_least_one_agent: bool
    reassignment_rules: _containers.RepeatedCompositeFieldContainer[ReassignmentRule]
    def __init__(self, enabled: _Optional[bool] = ..., strategy: _Optional[_Union[AssignmentStrategy, str]] = ..., agent_ids: _Optional[_Iterable[str]] = ..., only_human_agents: _Optional[bool] = ..., require_at_least_one_agent: _Optional[bool] = ..., reassignment_rules: _Optional[_Iterable[_Union[ReassignmentRule, _Mapping]]] = ...) -> None: ...

class ReassignmentRule(_message.Message):
    __slots__ = ("enabled", "trigger", "inactivity_timeout_minutes", "max_reassignments", "notify_previous_agent", "only_during_business_hours")
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    INACTIVITY_TIMEOUT_MINUTES_FIELD_NUMBER: _ClassVar[int]
    MAX_REASSIGNMENTS_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_PREVIOUS_AGENT_FIELD_NUMBER: _ClassVar[int]
    ONLY_DURING_BUSINESS_HOURS_FIELD_NUMBER: _ClassVar[int]
    enabled: bool
    trigger: ReassignmentTrigger
    inactivity_timeout_minutes: int
    max_reassignments: int
    notify_previous_agent: bool
    only_during_business_hours: bool
    def __init__(self, enabled: _Optional[bool] = ..., trigger: _Optional[_Union[ReassignmentTrigger, str]] = ..., inactivity_timeout_minutes: _Optional[int] = ..., max_reassignments: _Optional[int] = ..., notify_previous_agent: _Optional[bool] = ..., only_during_business_hours: _Optional[bool] = ...) -> None: ...
