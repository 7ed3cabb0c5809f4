import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.automation.v1 import message_template_pb2 as _message_template_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CampaignStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CAMPAIGN_STATUS_UNSPECIFIED: _ClassVar[CampaignStatus]
    CAMPAIGN_STATUS_DRAFT: _ClassVar[CampaignStatus]
    CAMPAIGN_STATUS_SCHEDULED: _ClassVar[CampaignStatus]
    CAMPAIGN_STATUS_ACTIVE: _ClassVar[CampaignStatus]
    CAMPAIGN_STATUS_PAUSED: _ClassVar[CampaignStatus]
    CAMPAIGN_STATUS_COMPLETED: _ClassVar[CampaignStatus]
    CAMPAIGN_STATUS_ARCHIVED: _ClassVar[CampaignStatus]

class CampaignStepType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CAMPAIGN_STEP_TYPE_UNSPECIFIED: _ClassVar[CampaignStepType]
    CAMPAIGN_STEP_TYPE_BROADCAST: _ClassVar[CampaignStepType]
    CAMPAIGN_STEP_TYPE_SEQUENCE: _ClassVar[CampaignStepType]
    CAMPAIGN_STEP_TYPE_DELAY: _ClassVar[CampaignStepType]
    CAMPAIGN_STEP_TYPE_CONDITION: _ClassVar[CampaignStepType]
    CAMPAIGN_STEP_TYPE_WAIT_FOR_REPLY: _ClassVar[CampaignStepType]

class CampaignGoalType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CAMPAIGN_GOAL_TYPE_UNSPECIFIED: _ClassVar[CampaignGoalType]
    CAMPAIGN_GOAL_TYPE_REACH: _ClassVar[CampaignGoalType]
    CAMPAIGN_GOAL_TYPE_CONVERSIONS: _ClassVar[CampaignGoalType]
    CAMPAIGN_GOAL_TYPE_ENGAGEMENT: _ClassVar[CampaignGoalType]

class CampaignEnrollmentStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CAMPAIGN_ENROLLMENT_STATUS_UNSPECIFIED: _ClassVar[CampaignEnrollmentStatus]
    CAMPAIGN_ENROLLMENT_STATUS_ACTIVE: _ClassVar[CampaignEnrollmentStatus]
    CAMPAIGN_ENROLLMENT_STATUS_PAUSED: _ClassVar[CampaignEnrollmentStatus]
    CAMPAIGN_ENROLLMENT_STATUS_COMPLETED: _ClassVar[CampaignEnrollmentStatus]
    CAMPAIGN_ENROLLMENT_STATUS_EXITED: _ClassVar[CampaignEnrollmentStatus]
    CAMPAIGN_ENROLLMENT_STATUS_FAILED: _ClassVar[CampaignEnrollmentStatus]
CAMPAIGN_STATUS_UNSPECIFIED: CampaignStatus
CAMPAIGN_STATUS_DRAFT: CampaignStatus
CAMPAIGN_STATUS_SCHEDULED: CampaignStatus
CAMPAIGN_STATUS_ACTIVE: CampaignStatus
CAMPAIGN_STATUS_PAUSED: CampaignStatus
CAMPAIGN_STATUS_COMPLETED: CampaignStatus
CAMPAIGN_STATUS_ARCHIVED: CampaignStatus
CAMPAIGN_STEP_TYPE_UNSPECIFIED: CampaignStepType
CAMPAIGN_STEP_TYPE_BROADCAST: CampaignStepType
CAMPAIGN_STEP_TYPE_SEQUENCE: CampaignStepType
CAMPAIGN_STEP_TYPE_DELAY: CampaignStepType
CAMPAIGN_STEP_TYPE_CONDITION: CampaignStepType
CAMPAIGN_STEP_TYPE_WAIT_FOR_REPLY: CampaignStepType
CAMPAIGN_GOAL_TYPE_UNSPECIFIED: CampaignGoalType
CAMPAIGN_GOAL_TYPE_REACH: CampaignGoalType
CAMPAIGN_GOAL_TYPE_CONVERSIONS: CampaignGoalType
CAMPAIGN_GOAL_TYPE_ENGAGEMENT: CampaignGoalType
CAMPAIGN_ENROLLMENT_STATUS_UNSPECIFIED: CampaignEnrollmentStatus
CAMPAIGN_ENROLLMENT_STATUS_ACTIVE: CampaignEnrollmentStatus
CAMPAIGN_ENROLLMENT_STATUS_PAUSED: CampaignEnrollmentStatus
CAMPAIGN_ENROLLMENT_STATUS_COMPLETED: CampaignEnrollmentStatus
CAMPAIGN_ENROLLMENT_STATUS_EXITED: CampaignEnrollmentStatus
CAMPAIGN_ENROLLMENT_STATUS_FAILED: CampaignEnrollmentStatus

class Campaign(_message.Message):
    __slots__ = ("id", "project_id", "name", "description", "status", "steps", "goal", "start_time", "end_time", "stats", "version", "create_time", "update_time", "delete_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    STEPS_FIELD_NUMBER: _ClassVar[int]
    GOAL_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    STATS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    name: str
    description: str
    status: CampaignStatus
    steps: _containers.RepeatedCompositeFieldContainer[CampaignStep]
    goal: CampaignGoal
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    stats: CampaignStats
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    delete_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., status: _Optional[_Union[CampaignStatus, str]] = ..., steps: _Optional[_Iterable[_Union[CampaignStep, _Mapping]]] = ..., goal: _Optional[_Union[CampaignGoal, _Mapping]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., stats: _Optional[_Union[CampaignStats, _Mapping]] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CampaignStep(_message.Message):
    __slots__ = ("id", "position", "name", "type", "broadcast", "sequence", "delay", "condition", "wait_for_reply")
    ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    DELAY_FIELD_NUMBER: _ClassVar[int]
    CONDITION_FIELD_NUMBER: _ClassVar[int]
    WAIT_FOR_REPLY_FIELD_NUMBER: _ClassVar[int]
    id: str
    position: int
    name: str
    type: CampaignStepType
    broadcast: BroadcastStepParams
    sequence: SequenceStepParams
    delay: DelayStepParams
    condition: ConditionStepParams
    wait_for_reply: WaitForReplyStepParams
    def __init__(self, id: _Optional[str] = ..., position: _Optional[int] = ..., name: _Optional[str] = ..., type: _Optional[_Union[CampaignStepType, str]] = ..., broadcast: _Optional[_Union[BroadcastStepParams, _Mapping]] = ..., sequence: _Optional[_Union[SequenceStepParams, _Mapping]] = ..., delay: _Optional[_Union[DelayStepParams, _Mapping]] = ..., condition: _Optional[_Union[ConditionStepParams, _Mapping]] = ..., wait_for_reply: _Optional[_Union[WaitForReplyStepParams, _Mapping]] = ...) -> None: ...

class BroadcastStepParams(_message.Message):
    __slots__ = ("broadcast_id",)
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    broadcast_id: str
    def __init__(self, broadcast_id: _Optional[str] = ...) -> None: ...

class SequenceStepParams(_message.Message):
    __slots__ = ("sequence_id", "wait_for_completion")
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    WAIT_FOR_COMPLETION_FIELD_NUMBER: _ClassVar[int]
    sequence_id: str
    wait_for_completion: bool
    def __init__(self, sequence_id: _Optional[str] = ..., wait_for_completion: _Optional[bool] = ...) -> None: ...

class DelayStepParams(_message.Message):
    __slots__ = ("delay",)
    DELAY_FIELD_NUMBER: _ClassVar[int]
    delay: _message_template_pb2.Delay
    def __init__(self, delay: _Optional[_Union[_message_template_pb2.Delay, _Mapping]] = ...) -> None: ...

class ConditionStepParams(_message.Message):
    __slots__ = ("conditions", "true_step_id", "false_step_id")
    CONDITIONS_FIELD_NUMBER: _ClassVar[int]
    TRUE_STEP_ID_FIELD_NUMBER: _ClassVar[int]
    FALSE_STEP_ID_FIELD_NUMBER: _ClassVar[int]
    conditions: _containers.RepeatedCompositeFieldContainer[_message_template_pb2.StepCondition]
    true_step_id: str
    false_step_id: str
    def __init__(self, conditions: _Optional[_Iterable[_Union[_message_template_pb2.StepCondition, _Mapping]]] = ..., true_step_id: _Optional[str] = ..., false_step_id: _Optional[str] = ...) -> None: ...

class WaitForReplyStepParams(_message.Message):
    __slots__ = ("timeout", "reply_step_id", "timeout_step_id")
    TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    REPLY_STEP_ID_FIELD_NUMBER: _ClassVar[int]
    TIMEOUT_STEP_ID_FIELD_NUMBER: _ClassVar[int]
    timeout: _message_template_pb2.Delay
    reply_step_id: str
    timeout_step_id: str
    def __init__(self, timeout: _Optional[_Union[_message_template_pb2.Delay, _Mapping]] = ..., reply_step_id: _Optional[str] = ..., timeout_step_id: _Optional[str] = ...) -> None: ...

class CampaignGoal(_message.Message):
    __slots__ = ("type", "target", "conversion_pipeline_id", "conversion_pipeline_status_id")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    CONVERSION_PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    CONVERSION_PIPELINE_STATUS_ID_FIELD_NUMBER: _ClassVar[int]
    type: CampaignGoalType
    target: int
    conversion_pipeline_id: str
    conversion_pipeline_status_id: str
    def __init__(self, type: _Optional[_Union[CampaignGoalType, str]] = ..., target: _Optional[int] = ..., conversion_pipeline_id: _Optional[str] = ..., conversion_pipeline_status_id: _Optional[str] = ...) -> None: ...

class CampaignStats(_message.Message):
    __slots__ = ("enrolled_count", "active_count", "completed_count", "exited_count", "reached_count", "messages_sent_count", "replied_count", "converted_count", "conversion_rate_percent", "goal_progress_percent")
    ENROLLED_COUNT_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_COUNT_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_COUNT_FIELD_NUMBER: _ClassVar[int]
    EXITED_COUNT_FIELD_NUMBER: _ClassVar[int]
    REACHED_COUNT_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_SENT_COUNT_FIELD_NUMBER: _ClassVar[int]
    REPLIED_COUNT_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_COUNT_FIELD_NUMBER: _ClassVar[int]
    CONVERSION_RATE_PERCENT_FIELD_NUMBER: _ClassVar[int]
    GOAL_PROGRESS_PERCENT_FIELD_NUMBER: _ClassVar[int]
    enrolled_count: int
    active_count: int
    completed_count: int
    exited_count: int
    reached_count: int
    messages_sent_count: int
    replied_count: int
    converted_count: int
    conversion_rate_percent: float
    goal_progress_percent: float
    def __init__(self, enrolled_count: _Optional[int] = ..., active_count: _Optional[int] = ..., completed_count: _Optional[int] = ..., exited_count: _Optional[int] = ..., reached_count: _Optional[int] = ..., messages_sent_count: _Optional[int] = ..., replied_count: _Optional[int] = ..., converted_count: _Optional[int] = ..., conversion_rate_percent: _Optional[float] = ..., goal_progress_percent: _Optional[float] = ...) -> None: ...

class CampaignEnrollment(_message.Message):
    __slots__ = ("id", "project_id", "campaign_id", "contact_id", "status", "current_step_id", "current_step_position", "next_step_time", "reached", "replied", "converted", "enroll_time", "end_time", "status_reason", "version", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CURRENT_STEP_ID_FIELD_NUMBER: _ClassVar[int]
    CURRENT_STEP_POSITION_FIELD_NUMBER: _ClassVar[int]
    NEXT_STEP_TIME_FIELD_NUMBER: _ClassVar[int]
    REACHED_FIELD_NUMBER: _ClassVar[int]
    REPLIED_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_FIELD_NUMBER: _ClassVar[int]
    ENROLL_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    STATUS_REASON_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    campaign_id: str
    contact_id: str
    status: CampaignEnrollmentStatus
    current_step_id: str
    current_step_position: int
    next_step_time: _timestamp_pb2.Timestamp
    reached: bool
    replied: bool
    converted: bool
    enroll_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    status_reason: str
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., campaign_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., status: _Optional[_Union[CampaignEnrollmentStatus, str]] = ..., current_step_id: _Optional[str] = ..., current_step_position: _Optional[int] = ..., next_step_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reached: _Optional[bool] = ..., replied: _Optional[bool] = ..., converted: _Optional[bool] = ..., enroll_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., status_reason: _Optional[str] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
