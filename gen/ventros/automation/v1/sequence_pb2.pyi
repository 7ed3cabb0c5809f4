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

class SequenceStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SEQUENCE_STATUS_UNSPECIFIED: _ClassVar[SequenceStatus]
    SEQUENCE_STATUS_DRAFT: _ClassVar[SequenceStatus]
    SEQUENCE_STATUS_ACTIVE: _ClassVar[SequenceStatus]
    SEQUENCE_STATUS_PAUSED: _ClassVar[SequenceStatus]
    SEQUENCE_STATUS_ARCHIVED: _ClassVar[SequenceStatus]

class SequenceTriggerType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SEQUENCE_TRIGGER_TYPE_UNSPECIFIED: _ClassVar[SequenceTriggerType]
    SEQUENCE_TRIGGER_TYPE_MANUAL: _ClassVar[SequenceTriggerType]
    SEQUENCE_TRIGGER_TYPE_TAG_ADDED: _ClassVar[SequenceTriggerType]
    SEQUENCE_TRIGGER_TYPE_LIST_JOINED: _ClassVar[SequenceTriggerType]
    SEQUENCE_TRIGGER_TYPE_PIPELINE_ENTERED: _ClassVar[SequenceTriggerType]

class SequenceEnrollmentStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SEQUENCE_ENROLLMENT_STATUS_UNSPECIFIED: _ClassVar[SequenceEnrollmentStatus]
    SEQUENCE_ENROLLMENT_STATUS_ACTIVE: _ClassVar[SequenceEnrollmentStatus]
    SEQUENCE_ENROLLMENT_STATUS_COMPLETED: _ClassVar[SequenceEnrollmentStatus]
    SEQUENCE_ENROLLMENT_STATUS_EXITED: _ClassVar[SequenceEnrollmentStatus]
    SEQUENCE_ENROLLMENT_STATUS_FAILED: _ClassVar[SequenceEnrollmentStatus]

class SequenceExitReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SEQUENCE_EXIT_REASON_UNSPECIFIED: _ClassVar[SequenceExitReason]
    SEQUENCE_EXIT_REASON_REPLIED: _ClassVar[SequenceExitReason]
    SEQUENCE_EXIT_REASON_UNENROLLED: _ClassVar[SequenceExitReason]
    SEQUENCE_EXIT_REASON_CONTACT_DELETED: _ClassVar[SequenceExitReason]
    SEQUENCE_EXIT_REASON_SEQUENCE_ARCHIVED: _ClassVar[SequenceExitReason]
SEQUENCE_STATUS_UNSPECIFIED: SequenceStatus
SEQUENCE_STATUS_DRAFT: SequenceStatus
SEQUENCE_STATUS_ACTIVE: SequenceStatus
SEQUENCE_STATUS_PAUSED: SequenceStatus
SEQUENCE_STATUS_ARCHIVED: SequenceStatus
SEQUENCE_TRIGGER_TYPE_UNSPECIFIED: SequenceTriggerType
SEQUENCE_TRIGGER_TYPE_MANUAL: SequenceTriggerType
SEQUENCE_TRIGGER_TYPE_TAG_ADDED: SequenceTriggerType
SEQUENCE_TRIGGER_TYPE_LIST_JOINED: SequenceTriggerType
SEQUENCE_TRIGGER_TYPE_PIPELINE_ENTERED: SequenceTriggerType
SEQUENCE_ENROLLMENT_STATUS_UNSPECIFIED: SequenceEnrollmentStatus
SEQUENCE_ENROLLMENT_STATUS_ACTIVE: SequenceEnrollmentStatus
SEQUENCE_ENROLLMENT_STATUS_COMPLETED: SequenceEnrollmentStatus
SEQUENCE_ENROLLMENT_STATUS_EXITED: SequenceEnrollmentStatus
SEQUENCE_ENROLLMENT_STATUS_FAILED: SequenceEnrollmentStatus
SEQUENCE_EXIT_REASON_UNSPECIFIED: SequenceExitReason
SEQUENCE_EXIT_REASON_REPLIED: SequenceExitReason
SEQUENCE_EXIT_REASON_UNENROLLED: SequenceExitReason
SEQUENCE_EXIT_REASON_CONTACT_DELETED: SequenceExitReason
SEQUENCE_EXIT_REASON_SEQUENCE_ARCHIVED: SequenceExitReason

class Sequence(_message.Message):
    __slots__ = ("id", "project_id", "name", "description", "channel_id", "status", "trigger", "steps", "exit_on_reply", "stats", "version", "create_time", "update_time", "delete_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    STEPS_FIELD_NUMBER: _ClassVar[int]
    EXIT_ON_REPLY_FIELD_NUMBER: _ClassVar[int]
    STATS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    name: str
    description: str
    channel_id: str
    status: SequenceStatus
    trigger: SequenceTrigger
    steps: _containers.RepeatedCompositeFieldContainer[SequenceStep]
    exit_on_reply: bool
    stats: SequenceStats
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    delete_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., channel_id: _Optional[str] = ..., status: _Optional[_Union[SequenceStatus, str]] = ..., trigger: _Optional[_Union[SequenceTrigger, _Mapping]] = ..., steps: _Optional[_Iterable[_Union[SequenceStep, _Mapping]]] = ..., exit_on_reply: _Optional[bool] = ..., stats: _Optional[_Union[SequenceStats, _Mapping]] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SequenceStep(_message.Message):
    __slots__ = ("id", "position", "name", "delay", "template", "conditions")
    ID_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DELAY_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    CONDITIONS_FIELD_NUMBER: _ClassVar[int]
    id: str
    position: int
    name: str
    delay: _message_template_pb2.Delay
    template: _message_template_pb2.MessageTemplate
    conditions: _containers.RepeatedCompositeFieldContainer[_message_template_pb2.StepCondition]
    def __init__(self, id: _Optional[str] = ..., position: _Optional[int] = ..., name: _Optional[str] = ..., delay: _Optional[_Union[_message_template_pb2.Delay, _Mapping]] = ..., template: _Optional[_Union[_message_template_pb2.MessageTemplate, _Mapping]] = ..., conditions: _Optional[_Iterable[_Union[_message_template_pb2.StepCondition, _Mapping]]] = ...) -> None: ...

class SequenceTrigger(_message.Message):
    __slots__ = ("type", "tag_added", "list_joined", "pipeline_entered")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    TAG_ADDED_FIELD_NUMBER: _ClassVar[int]
    LIST_JOINED_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ENTERED_FIELD_NUMBER: _ClassVar[int]
    type: SequenceTriggerType
    tag_added: TagAddedTrigger
    list_joined: ListJoinedTrigger
    pipeline_entered: PipelineEnteredTrigger
    def __init__(self, type: _Optional[_Union[SequenceTriggerType, str]] = ..., tag_added: _Optional[_Union[TagAddedTrigger, _Mapping]] = ..., list_joined: _Optional[_Union[ListJoinedTrigger, _Mapping]] = ..., pipeline_entered: _Optional[_Union[PipelineEnteredTrigger, _Mapping]] = ...) -> None: ...

class TagAddedTrigger(_message.Message):
    __slots__ = ("tag",)
    TAG_FIELD_NUMBER: _ClassVar[int]
    tag: str
    def __init__(self, tag: _Optional[str] = ...) -> None: ...

class ListJoinedTrigger(_message.Message):
    __slots__ = ("contact_list_id",)
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    contact_list_id: str
    def __init__(self, contact_list_id: _Optional[str] = ...) -> None: ...

class PipelineEnteredTrigger(_message.Message):
    __slots__ = ("pipeline_id", "pipeline_status_id")
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_STATUS_ID_FIELD_NUMBER: _ClassVar[int]
    pipeline_id: str
    pipeline_status_id: str
    def __init__(self, pipeline_id: _Optional[str] = ..., pipeline_status_id: _Optional[str] = ...) -> None: ...

class SequenceStats(_message.Message):
    __slots__ = ("enrolled_count", "active_count", "completed_count", "exited_count", "failed_count", "messages_sent_count")
    ENROLLED_COUNT_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_COUNT_FIELD_NUMBER: _ClassVar[int]
    COMPLETED_COUNT_FIELD_NUMBER: _ClassVar[int]
    EXITED_COUNT_FIELD_NUMBER: _ClassVar[int]
    FAILED_COUNT_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_SENT_COUNT_FIELD_NUMBER: _ClassVar[int]
    enrolled_count: int
    active_count: int
    completed_count: int
    exited_count: int
    failed_count: int
    messages_sent_count: int
    def __init__(self, enrolled_count: _Optional[int] = ..., active_count: _Optional[int] = ..., completed_count: _Optional[int] = ..., exited_count: _Optional[int] = ..., failed_count: _Optional[int] = ..., messages_sent_count: _Optional[int] = ...) -> None: ...

class SequenceEnrollment(_message.Message):
    __slots__ = ("id", "project_id", "sequence_id", "contact_id", "status", "current_step_id", "current_step_position", "next_step_time", "enrolled_by", "enroll_time", "end_time", "exit_reason", "error_message", "version", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CURRENT_STEP_ID_FIELD_NUMBER: _ClassVar[int]
    CURRENT_STEP_POSITION_FIELD_NUMBER: _ClassVar[int]
    NEXT_STEP_TIME_FIELD_NUMBER: _ClassVar[int]
    ENROLLED_BY_FIELD_NUMBER: _ClassVar[int]
    ENROLL_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    EXIT_REASON_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    sequence_id: str
    contact_id: str
    status: SequenceEnrollmentStatus
    current_step_id: str
    current_step_position: int
    next_step_time: _timestamp_pb2.Timestamp
    enrolled_by: SequenceTriggerType
    enroll_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    exit_reason: SequenceExitReason
    error_message: str
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., sequence_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., status: _Optional[_Union[SequenceEnrollmentStatus, str]] = ..., current_step_id: _Optional[str] = ..., current_step_position: _Optional[int] = ..., next_step_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., enrolled_by: _Optional[_Union[SequenceTriggerType, str]] = ..., enroll_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., exit_reason: _Optional[_Union[SequenceExitReason, str]] = ..., error_message: _Optional[str] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
