import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import event_pb2 as _event_pb2
from ventros.common.v1 import types_pb2 as _types_pb2
from ventros.crm.v1 import note_pb2 as _note_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PipelineStatusType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PIPELINE_STATUS_TYPE_UNSPECIFIED: _ClassVar[PipelineStatusType]
    PIPELINE_STATUS_TYPE_OPEN: _ClassVar[PipelineStatusType]
    PIPELINE_STATUS_TYPE_ACTIVE: _ClassVar[PipelineStatusType]
    PIPELINE_STATUS_TYPE_CLOSED: _ClassVar[PipelineStatusType]

class AutomationTrigger(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AUTOMATION_TRIGGER_UNSPECIFIED: _ClassVar[AutomationTrigger]
    AUTOMATION_TRIGGER_SESSION_STARTED: _ClassVar[AutomationTrigger]
    AUTOMATION_TRIGGER_SESSION_ENDED: _ClassVar[AutomationTrigger]
    AUTOMATION_TRIGGER_SESSION_TIMEOUT: _ClassVar[AutomationTrigger]
    AUTOMATION_TRIGGER_SESSION_RESOLVED: _ClassVar[AutomationTrigger]
    AUTOMATION_TRIGGER_SESSION_ESCALATED: _ClassVar[AutomationTrigger]
    AUTOMATION_TRIGGER_MESSAGE_RECEIVED: _ClassVar[AutomationTrigger]
    AUTOMATION_TRIGGER_NO_RESPONSE_TIMEOUT: _ClassVar[AutomationTrigger]
    AUTOMATION_TRIGGER_STATUS_CHANGED: _ClassVar[AutomationTrigger]
    AUTOMATION_TRIGGER_CONTACT_CREATED: _ClassVar[AutomationTrigger]
    AUTOMATION_TRIGGER_TAG_ADDED: _ClassVar[AutomationTrigger]
    AUTOMATION_TRIGGER_TAG_REMOVED: _ClassVar[AutomationTrigger]
    AUTOMATION_TRIGGER_CUSTOM_FIELD_SET: _ClassVar[AutomationTrigger]
    AUTOMATION_TRIGGER_TRACKING_CREATED: _ClassVar[AutomationTrigger]
    AUTOMATION_TRIGGER_SCHEDULED: _ClassVar[AutomationTrigger]
    AUTOMATION_TRIGGER_CUSTOM: _ClassVar[AutomationTrigger]

class AutomationScheduleType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AUTOMATION_SCHEDULE_TYPE_UNSPECIFIED: _ClassVar[AutomationScheduleType]
    AUTOMATION_SCHEDULE_TYPE_ONCE: _ClassVar[AutomationScheduleType]
    AUTOMATION_SCHEDULE_TYPE_DAILY: _ClassVar[AutomationScheduleType]
    AUTOMATION_SCHEDULE_TYPE_WEEKLY: _ClassVar[AutomationScheduleType]
    AUTOMATION_SCHEDULE_TYPE_MONTHLY: _ClassVar[AutomationScheduleType]
    AUTOMATION_SCHEDULE_TYPE_CRON: _ClassVar[AutomationScheduleType]

class AutomationLogicalOperator(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AUTOMATION_LOGICAL_OPERATOR_UNSPECIFIED: _ClassVar[AutomationLogicalOperator]
    AUTOMATION_LOGICAL_OPERATOR_AND: _ClassVar[AutomationLogicalOperator]
    AUTOMATION_LOGICAL_OPERATOR_OR: _ClassVar[AutomationLogicalOperator]

class AutomationConditionOperator(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AUTOMATION_CONDITION_OPERATOR_UNSPECIFIED: _ClassVar[AutomationConditionOperator]
    AUTOMATION_CONDITION_OPERATOR_EQ: _ClassVar[AutomationConditionOperator]
    AUTOMATION_CONDITION_OPERATOR_NE: _ClassVar[AutomationConditionOperator]
    AUTOMATION_CONDITION_OPERATOR_GT: _ClassVar[AutomationConditionOperator]
    AUTOMATION_CONDITION_OPERATOR_LT: _ClassVar[AutomationConditionOperator]
    AUTOMATION_CONDITION_OPERATOR_GTE: _ClassVar[AutomationConditionOperator]
    AUTOMATION_CONDITION_OPERATOR_LTE: _ClassVar[AutomationConditionOperator]
    AUTOMATION_CONDITION_OPERATOR_CONTAINS: _ClassVar[AutomationConditionOperator]
    AUTOMATION_CONDITION_OPERATOR_NOT_CONTAINS: _ClassVar[AutomationConditionOperator]
    AUTOMATION_CONDITION_OPERATOR_STARTS_WITH: _ClassVar[AutomationConditionOperator]
    AUTOMATION_CONDITION_OPERATOR_ENDS_WITH: _ClassVar[AutomationConditionOperator]
    AUTOMATION_CONDITION_OPERATOR_IN: _ClassVar[AutomationConditionOperator]
    AUTOMATION_CONDITION_OPERATOR_NOT_IN: _ClassVar[AutomationConditionOperator]
    AUTOMATION_CONDITION_OPERATOR_IS_NULL: _ClassVar[AutomationConditionOperator]
    AUTOMATION_CONDITION_OPERATOR_IS_NOT_NULL: _ClassVar[AutomationConditionOperator]

class AutomationActionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AUTOMATION_ACTION_TYPE_UNSPECIFIED: _ClassVar[AutomationActionType]
    AUTOMATION_ACTION_TYPE_SEND_MESSAGE: _ClassVar[AutomationActionType]
    AUTOMATION_ACTION_TYPE_CHANGE_PIPELINE_STATUS: _ClassVar[AutomationActionType]
    AUTOMATION_ACTION_TYPE_ASSIGN_AGENT: _ClassVar[AutomationActionType]
    AUTOMATION_ACTION_TYPE_ADD_TAG: _ClassVar[AutomationActionType]
    AUTOMATION_ACTION_TYPE_REMOVE_TAG: _ClassVar[AutomationActionType]
    AUTOMATION_ACTION_TYPE_UPDATE_CUSTOM_FIELD: _ClassVar[AutomationActionType]
    AUTOMATION_ACTION_TYPE_CREATE_NOTE: _ClassVar[AutomationActionType]
    AUTOMATION_ACTION_TYPE_SEND_WEBHOOK: _ClassVar[AutomationActionType]
    AUTOMATION_ACTION_TYPE_NOTIFY_AGENT: _ClassVar[AutomationActionType]

class AutomationNotificationChannel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AUTOMATION_NOTIFICATION_CHANNEL_UNSPECIFIED: _ClassVar[AutomationNotificationChannel]
    AUTOMATION_NOTIFICATION_CHANNEL_IN_APP: _ClassVar[AutomationNotificationChannel]
    AUTOMATION_NOTIFICATION_CHANNEL_EMAIL: _ClassVar[AutomationNotificationChannel]
    AUTOMATION_NOTIFICATION_CHANNEL_WHATSAPP: _ClassVar[AutomationNotificationChannel]
PIPELINE_STATUS_TYPE_UNSPECIFIED: PipelineStatusType
PIPELINE_STATUS_TYPE_OPEN: PipelineStatusType
PIPELINE_STATUS_TYPE_ACTIVE: PipelineStatusType
PIPELINE_STATUS_TYPE_CLOSED: PipelineStatusType
AUTOMATION_TRIGGER_UNSPECIFIED: AutomationTrigger
AUTOMATION_TRIGGER_SESSION_STARTED: AutomationTrigger
AUTOMATION_TRIGGER_SESSION_ENDED: AutomationTrigger
AUTOMATION_TRIGGER_SESSION_TIMEOUT: AutomationTrigger
AUTOMATION_TRIGGER_SESSION_RESOLVED: AutomationTrigger
AUTOMATION_TRIGGER_SESSION_ESCALATED: AutomationTrigger
AUTOMATION_TRIGGER_MESSAGE_RECEIVED: AutomationTrigger
AUTOMATION_TRIGGER_NO_RESPONSE_TIMEOUT: AutomationTrigger
AUTOMATION_TRIGGER_STATUS_CHANGED: AutomationTrigger
AUTOMATION_TRIGGER_CONTACT_CREATED: AutomationTrigger
AUTOMATION_TRIGGER_TAG_ADDED: AutomationTrigger
AUTOMATION_TRIGGER_TAG_REMOVED: AutomationTrigger
AUTOMATION_TRIGGER_CUSTOM_FIELD_SET: AutomationTrigger
AUTOMATION_TRIGGER_TRACKING_CREATED: AutomationTrigger
AUTOMATION_TRIGGER_SCHEDULED: AutomationTrigger
AUTOMATION_TRIGGER_CUSTOM: AutomationTrigger
AUTOMATION_SCHEDULE_TYPE_UNSPECIFIED: AutomationScheduleType
AUTOMATION_SCHEDULE_TYPE_ONCE: AutomationScheduleType
AUTOMATION_SCHEDULE_TYPE_DAILY: AutomationScheduleType
AUTOMATION_SCHEDULE_TYPE_WEEKLY: AutomationScheduleType
AUTOMATION_SCHEDULE_TYPE_MONTHLY: AutomationScheduleType
AUTOMATION_SCHEDULE_TYPE_CRON: AutomationScheduleType
AUTOMATION_LOGICAL_OPERATOR_UNSPECIFIED: AutomationLogicalOperator
AUTOMATION_LOGICAL_OPERATOR_AND: AutomationLogicalOperator
AUTOMATION_LOGICAL_OPERATOR_OR: AutomationLogicalOperator
AUTOMATION_CONDITION_OPERATOR_UNSPECIFIED: AutomationConditionOperator
AUTOMATION_CONDITION_OPERATOR_EQ: AutomationConditionOperator
AUTOMATION_CONDITION_OPERATOR_NE: AutomationConditionOperator
AUTOMATION_CONDITION_OPERATOR_GT: AutomationConditionOperator
AUTOMATION_CONDITION_OPERATOR_LT: AutomationConditionOperator
AUTOMATION_CONDITION_OPERATOR_GTE: AutomationConditionOperator
AUTOMATION_CONDITION_OPERATOR_LTE: AutomationConditionOperator
AUTOMATION_CONDITION_OPERATOR_CONTAINS: AutomationConditionOperator
AUTOMATION_CONDITION_OPERATOR_NOT_CONTAINS: AutomationConditionOperator
AUTOMATION_CONDITION_OPERATOR_STARTS_WITH: AutomationConditionOperator
AUTOMATION_CONDITION_OPERATOR_ENDS_WITH: AutomationConditionOperator
AUTOMATION_CONDITION_OPERATOR_IN: AutomationConditionOperator
AUTOMATION_CONDITION_OPERATOR_NOT_IN: AutomationConditionOperator
AUTOMATION_CONDITION_OPERATOR_IS_NULL: AutomationConditionOperator
AUTOMATION_CONDITION_OPERATOR_IS_NOT_NULL: AutomationConditionOperator
AUTOMATION_ACTION_TYPE_UNSPECIFIED: AutomationActionType
AUTOMATION_ACTION_TYPE_SEND_MESSAGE: AutomationActionType
AUTOMATION_ACTION_TYPE_CHANGE_PIPELINE_STATUS: AutomationActionType
AUTOMATION_ACTION_TYPE_ASSIGN_AGENT: AutomationActionType
AUTOMATION_ACTION_TYPE_ADD_TAG: AutomationActionType
AUTOMATION_ACTION_TYPE_REMOVE_TAG: AutomationActionType
AUTOMATION_ACTION_TYPE_UPDATE_CUSTOM_FIELD: AutomationActionType
AUTOMATION_ACTION_TYPE_CREATE_NOTE: AutomationActionType
AUTOMATION_ACTION_TYPE_SEND_WEBHOOK: AutomationActionType
AUTOMATION_ACTION_TYPE_NOTIFY_AGENT: AutomationActionType
AUTOMATION_NOTIFICATION_CHANNEL_UNSPECIFIED: AutomationNotificationChannel
AUTOMATION_NOTIFICATION_CHANNEL_IN_APP: AutomationNotificationChannel
AUTOMATION_NOTIFICATION_CHANNEL_EMAIL: AutomationNotificationChannel
AUTOMATION_NOTIFICATION_CHANNEL_WHATSAPP: AutomationNotificationChannel

class Pipeline(_message.Message):
    __slots__ = ("id", "project_id", "name", "description", "color", "position", "active", "session_timeout", "statuses", "lead_qualification", "version", "create_time", "update_time", "delete_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    SESSION_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    STATUSES_FIELD_NUMBER: _ClassVar[int]
    LEAD_QUALIFICATION_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    name: str
    description: str
    color: str
    position: int
    active: bool
    session_timeout: _duration_pb2.Duration
    statuses: _containers.RepeatedCompositeFieldContainer[PipelineStatus]
    lead_qualification: LeadQualificationConfig
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    delete_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., color: _Optional[str] = ..., position: _Optional[int] = ..., active: _Optional[bool] = ..., session_timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., statuses: _Optional[_Iterable[_Union[PipelineStatus, _Mapping]]] = ..., lead_qualification: _Optional[_Union[LeadQualificationConfig, _Mapping]] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PipelineStatus(_message.Message):
    __slots__ = ("id", "pipeline_id", "name", "description", "color", "type", "position", "active", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    pipeline_id: str
    name: str
    description: str
    color: str
    type: PipelineStatusType
    position: int
    active: bool
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., pipeline_id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., color: _Optional[str] = ..., type: _Optional[_Union[PipelineStatusType, str]] = ..., position: _Optional[int] = ..., active: _Optional[bool] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class LeadQualificationConfig(_message.Message):
    __slots__ = ("enabled", "questions", "min_score")
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    QUESTIONS_FIELD_NUMBER: _ClassVar[int]
    MIN_SCORE_FIELD_NUMBER: _ClassVar[int]
    enabled: bool
    questions: _containers.RepeatedCompositeFieldContainer[LeadQualificationQuestion]
    min_score: int
    def __init__(self, enabled: _Optional[bool] = ..., questions: _Optional[_Iterable[_Union[LeadQualificationQuestion, _Mapping]]] = ..., min_score: _Optional[int] = ...) -> None: ...

class LeadQualificationQuestion(_message.Message):
    __slots__ = ("key", "label", "description", "weight")
    KEY_FIELD_NUMBER: _ClassVar[int]
    LABEL_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    key: str
    label: str
    description: str
    weight: int
    def __init__(self, key: _Optional[str] = ..., label: _Optional[str] = ..., description: _Optional[str] = ..., weight: _Optional[int] = ...) -> None: ...

class ContactPipelineStatus(_message.Message):
    __slots__ = ("project_id", "contact_id", "pipeline_id", "status_id", "status_name", "status_type", "enter_time", "reason", "changed_by")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_NAME_FIELD_NUMBER: _ClassVar[int]
    STATUS_TYPE_FIELD_NUMBER: _ClassVar[int]
    ENTER_TIME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    CHANGED_BY_FIELD_NUMBER: _ClassVar[int]
    project_id: str
    contact_id: str
    pipeline_id: str
    status_id: str
    status_name: str
    status_type: PipelineStatusType
    enter_time: _timestamp_pb2.Timestamp
    reason: str
    changed_by: _event_pb2.Actor
    def __init__(self, project_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ..., status_id: _Optional[str] = ..., status_name: _Optional[str] = ..., status_type: _Optional[_Union[PipelineStatusType, str]] = ..., enter_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reason: _Optional[str] = ..., changed_by: _Optional[_Union[_event_pb2.Actor, _Mapping]] = ...) -> None: ...

class ContactPipelineHistoryEntry(_message.Message):
    __slots__ = ("id", "project_id", "contact_id", "pipeline_id", "status_id", "status_name", "enter_time", "exit_time", "duration", "reason", "changed_by")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_NAME_FIELD_NUMBER: _ClassVar[int]
    ENTER_TIME_FIELD_NUMBER: _ClassVar[int]
    EXIT_TIME_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    CHANGED_BY_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    contact_id: str
    pipeline_id: str
    status_id: str
    status_name: str
    enter_time: _timestamp_pb2.Timestamp
    exit_time: _timestamp_pb2.Timestamp
    duration: _duration_pb2.Duration
    reason: str
    changed_by: _event_pb2.Actor
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ..., status_id: _Optional[str] = ..., status_name: _Optional[str] = ..., enter_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., exit_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., duration: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., reason: _Optional[str] = ..., changed_by: _Optional[_Union[_event_pb2.Actor, _Mapping]] = ...) -> None: ...

class AutomationRule(_message.Message):
    __slots__ = ("id", "project_id", "pipeline_id", "name", "description", "trigger", "trigger_config", "conditions", "actions", "priority", "enabled", "last_trigger_time", "trigger_count", "next_run_time", "version", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_CONFIG_FIELD_NUMBER: _ClassVar[int]
    CONDITIONS_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    LAST_TRIGGER_TIME_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_COUNT_FIELD_NUMBER: _ClassVar[int]
    NEXT_RUN_TIME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    pipeline_id: str
    name: str
    description: str
    trigger: AutomationTrigger
    trigger_config: AutomationTriggerConfig
    conditions: AutomationConditionGroup
    actions: _containers.RepeatedCompositeFieldContainer[AutomationAction]
    priority: int
    enabled: bool
    last_trigger_time: _timestamp_pb2.Timestamp
    trigger_count: int
    next_run_time: _timestamp_pb2.Timestamp
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., pipeline_id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., trigger: _Optional[_Union[AutomationTrigger, str]] = ..., trigger_config: _Optional[_Union[AutomationTriggerConfig, _Mapping]] = ..., conditions: _Optional[_Union[AutomationConditionGroup, _Mapping]] = ..., actions: _Optional[_Iterable[_Union[AutomationAction, _Mapping]]] = ..., priority: _Optional[int] = ..., enabled: _Optional[bool] = ..., last_trigger_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., trigger_count: _Optional[int] = ..., next_run_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AutomationTriggerConfig(_message.Message):
    __slots__ = ("timeout", "from_status_ids", "to_status_ids", "tags", "schedule", "custom_event_type", "channel_ids", "custom_field_keys")
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    FROM_STATUS_IDS_FIELD_NUMBER: _ClassVar[int]
    TO_STATUS_IDS_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_IDS_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_FIELD_KEYS_FIELD_NUMBER: _ClassVar[int]
    timeout: _duration_pb2.Duration
    from_status_ids: _containers.RepeatedScalarFieldContainer[str]
    to_status_ids: _containers.RepeatedScalarFieldContainer[str]
    tags: _containers.RepeatedScalarFieldContainer[str]
    schedule: AutomationSchedule
    custom_event_type: str
    channel_ids: _containers.RepeatedScalarFieldContainer[str]
    custom_field_keys: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, timeout: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., from_status_ids: _Optional[_Iterable[str]] = ..., to_status_ids: _Optional[_Iterable[str]] = ..., tags: _Optional[_Iterable[str]] = ..., schedule: _Optional[_Union[AutomationSchedule, _Mapping]] = ..., custom_event_type: _Optional[str] = ..., channel_ids: _Optional[_Iterable[str]] = ..., custom_field_keys: _Optional[_Iterable[str]] = ...) -> None: ...

class AutomationSchedule(_message.Message):
    __slots__ = ("type", "cron_expression", "start_time", "end_time", "day_of_week", "day_of_month", "hour", "minute", "time_zone")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    CRON_EXPRESSION_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    DAY_OF_WEEK_FIELD_NUMBER: _ClassVar[int]
    DAY_OF_MONTH_FIELD_NUMBER: _ClassVar[int]
    HOUR_FIELD_NUMBER: _ClassVar[int]
    MINUTE_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
    type: AutomationScheduleType
    cron_expression: str
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    day_of_week: int
    day_of_month: int
    hour: int
    minute: int
    time_zone: str
    def __init__(self, type: _Optional[_Union[AutomationScheduleType, str]] = ..., cron_expression: _Optional[str] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., day_of_week: _Optional[int] = ..., day_of_month: _Optional[int] = ..., hour: _Optional[int] = ..., minute: _Optional[int] = ..., time_zone: _Optional[str] = ...) -> None: ...

class AutomationConditionGroup(_message.Message):
    __slots__ = ("logical_operator", "conditions", "groups")
    LOGICAL_OPERATOR_FIELD_NUMBER: _ClassVar[int]
    CONDITIONS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    logical_operator: AutomationLogicalOperator
    conditions: _containers.RepeatedCompositeFieldContainer[AutomationCondition]
    groups: _containers.RepeatedCompositeFieldContainer[AutomationConditionGroup]
    def __init__(self, logical_operator: _Optional[_Union[AutomationLogicalOperator, str]] = ..., conditions: _Optional[_Iterable[_Union[AutomationCondition, _Mapping]]] = ..., groups: _Optional[_Iterable[_Union[AutomationConditionGroup, _Mapping]]] = ...) -> None: ...

class AutomationCondition(_message.Message):
    __slots__ = ("field", "operator", "value")
    FIELD_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    field: str
    operator: AutomationConditionOperator
    value: _struct_pb2.Value
    def __init__(self, field: _Optional[str] = ..., operator: _Optional[_Union[AutomationConditionOperator, str]] = ..., value: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ...) -> None: ...

class AutomationAction(_message.Message):
    __slots__ = ("type", "delay", "send_message", "change_pipeline_status", "assign_agent", "add_tag", "remove_tag", "update_custom_field", "create_note", "send_webhook", "notify_agent")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    DELAY_FIELD_NUMBER: _ClassVar[int]
    SEND_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CHANGE_PIPELINE_STATUS_FIELD_NUMBER: _ClassVar[int]
    ASSIGN_AGENT_FIELD_NUMBER: _ClassVar[int]
    ADD_TAG_FIELD_NUMBER: _ClassVar[int]
    REMOVE_TAG_FIELD_NUMBER: _ClassVar[int]
    UPDATE_CUSTOM_FIELD_FIELD_NUMBER: _ClassVar[int]
    CREATE_NOTE_FIELD_NUMBER: _ClassVar[int]
    SEND_WEBHOOK_FIELD_NUMBER: _ClassVar[int]
    NOTIFY_AGENT_FIELD_NUMBER: _ClassVar[int]
    type: AutomationActionType
    delay: _duration_pb2.Duration
    send_message: AutomationSendMessageParams
    change_pipeline_status: AutomationChangePipelineStatusParams
    assign_agent: AutomationAssignAgentParams
    add_tag: AutomationTagParams
    remove_tag: AutomationTagParams
    update_custom_field: AutomationUpdateCustomFieldParams
    create_note: AutomationCreateNoteParams
    send_webhook: AutomationSendWebhookParams
    notify_agent: AutomationNotifyAgentParams
    def __init__(self, type: _Optional[_Union[AutomationActionType, str]] = ..., delay: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., send_message: _Optional[_Union[AutomationSendMessageParams, _Mapping]] = ..., change_pipeline_status: _Optional[_Union[AutomationChangePipelineStatusParams, _Mapping]] = ..., assign_agent: _Optional[_Union[AutomationAssignAgentParams, _Mapping]] = ..., add_tag: _Optional[_Union[AutomationTagParams, _Mapping]] = ..., remove_tag: _Optional[_Union[AutomationTagParams, _Mapping]] = ..., update_custom_field: _Optional[_Union[AutomationUpdateCustomFieldParams, _Mapping]] = ..., create_note: _Optional[_Union[AutomationCreateNoteParams, _Mapping]] = ..., send_webhook: _Optional[_Union[AutomationSendWebhookParams, _Mapping]] = ..., notify_agent: _Optional[_Union[AutomationNotifyAgentParams, _Mapping]] = ...) -> None: ...

class AutomationSendMessageParams(_message.Message):
    __slots__ = ("text", "media_url", "channel_id")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_URL_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    text: str
    media_url: str
    channel_id: str
    def __init__(self, text: _Optional[str] = ..., media_url: _Optional[str] = ..., channel_id: _Optional[str] = ...) -> None: ...

class AutomationChangePipelineStatusParams(_message.Message):
    __slots__ = ("pipeline_id", "status_id")
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_ID_FIELD_NUMBER: _ClassVar[int]
    pipeline_id: str
    status_id: str
    def __init__(self, pipeline_id: _Optional[str] = ..., status_id: _Optional[str] = ...) -> None: ...

class AutomationAssignAgentParams(_message.Message):
    __slots__ = ("agent_id",)
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    def __init__(self, agent_id: _Optional[str] = ...) -> None: ...

class AutomationTagParams(_message.Message):
    __slots__ = ("tags",)
    TAGS_FIELD_NUMBER: _ClassVar[int]
    tags: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, tags: _Optional[_Iterable[str]] = ...) -> None: ...

class AutomationUpdateCustomFieldParams(_message.Message):
    __slots__ = ("key", "value")
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    key: str
    value: _types_pb2.CustomFieldValue
    def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[_types_pb2.CustomFieldValue, _Mapping]] = ...) -> None: ...

class AutomationCreateNoteParams(_message.Message):
    __slots__ = ("content", "note_type", "priority", "visible_to_client")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    NOTE_TYPE_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    VISIBLE_TO_CLIENT_FIELD_NUMBER: _ClassVar[int]
    content: str
    note_type: _note_pb2.NoteType
    priority: _note_pb2.NotePriority
    visible_to_client: bool
    def __init__(self, content: _Optional[str] = ..., note_type: _Optional[_Union[_note_pb2.NoteType, str]] = ..., priority: _Optional[_Union[_note_pb2.NotePriority, str]] = ..., visible_to_client: _Optional[bool] = ...) -> None: ...

class AutomationSendWebhookParams(_message.Message):
    __slots__ = ("url", "headers", "payload")
    class HeadersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    URL_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    url: str
    headers: _containers.ScalarMap[str, str]
    payload: _struct_pb2.Struct
    def __init__(self, url: _Optional[str] = ..., headers: _Optional[_Mapping[str, str]] = ..., payload: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class AutomationNotifyAgentParams(_message.Message):
    __slots__ = ("agent_id", "message", "channel")
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    agent_id: str
    message: str
    channel: AutomationNotificationChannel
    def __init__(self, agent_id: _Optional[str] = ..., message: _Optional[str] = ..., channel: _Optional[_Union[AutomationNotificationChannel, str]] = ...) -> None: ...
