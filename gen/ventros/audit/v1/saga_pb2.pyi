import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SagaType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SAGA_TYPE_UNSPECIFIED: _ClassVar[SagaType]
    SAGA_TYPE_INBOUND_MESSAGE: _ClassVar[SagaType]
    SAGA_TYPE_HISTORY_IMPORT: _ClassVar[SagaType]
    SAGA_TYPE_BROADCAST: _ClassVar[SagaType]
    SAGA_TYPE_CAMPAIGN_RUN: _ClassVar[SagaType]
    SAGA_TYPE_USER_REGISTRATION: _ClassVar[SagaType]
    SAGA_TYPE_CONTACT_MERGE: _ClassVar[SagaType]
    SAGA_TYPE_CONTACT_IMPORT: _ClassVar[SagaType]
    SAGA_TYPE_CHANNEL_ACTIVATION: _ClassVar[SagaType]
    SAGA_TYPE_OUTBOUND_MESSAGE: _ClassVar[SagaType]

class SagaStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SAGA_STATUS_UNSPECIFIED: _ClassVar[SagaStatus]
    SAGA_STATUS_RUNNING: _ClassVar[SagaStatus]
    SAGA_STATUS_COMPLETED: _ClassVar[SagaStatus]
    SAGA_STATUS_FAILED: _ClassVar[SagaStatus]
    SAGA_STATUS_COMPENSATING: _ClassVar[SagaStatus]
    SAGA_STATUS_COMPENSATED: _ClassVar[SagaStatus]

class SagaStepStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SAGA_STEP_STATUS_UNSPECIFIED: _ClassVar[SagaStepStatus]
    SAGA_STEP_STATUS_PENDING: _ClassVar[SagaStepStatus]
    SAGA_STEP_STATUS_RUNNING: _ClassVar[SagaStepStatus]
    SAGA_STEP_STATUS_SUCCEEDED: _ClassVar[SagaStepStatus]
    SAGA_STEP_STATUS_FAILED: _ClassVar[SagaStepStatus]
    SAGA_STEP_STATUS_COMPENSATED: _ClassVar[SagaStepStatus]
SAGA_TYPE_UNSPECIFIED: SagaType
SAGA_TYPE_INBOUND_MESSAGE: SagaType
SAGA_TYPE_HISTORY_IMPORT: SagaType
SAGA_TYPE_BROADCAST: SagaType
SAGA_TYPE_CAMPAIGN_RUN: SagaType
SAGA_TYPE_USER_REGISTRATION: SagaType
SAGA_TYPE_CONTACT_MERGE: SagaType
SAGA_TYPE_CONTACT_IMPORT: SagaType
SAGA_TYPE_CHANNEL_ACTIVATION: SagaType
SAGA_TYPE_OUTBOUND_MESSAGE: SagaType
SAGA_STATUS_UNSPECIFIED: SagaStatus
SAGA_STATUS_RUNNING: SagaStatus
SAGA_STATUS_COMPLETED: SagaStatus
SAGA_STATUS_FAILED: SagaStatus
SAGA_STATUS_COMPENSATING: SagaStatus
SAGA_STATUS_COMPENSATED: SagaStatus
SAGA_STEP_STATUS_UNSPECIFIED: SagaStepStatus
SAGA_STEP_STATUS_PENDING: SagaStepStatus
SAGA_STEP_STATUS_RUNNING: SagaStepStatus
SAGA_STEP_STATUS_SUCCEEDED: SagaStepStatus
SAGA_STEP_STATUS_FAILED: SagaStepStatus
SAGA_STEP_STATUS_COMPENSATED: SagaStepStatus

class Saga(_message.Message):
    __slots__ = ("id", "project_id", "type", "status", "correlation_id", "trigger_event_id", "aggregates", "steps", "current_step", "start_time", "end_time", "error_message", "version", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CORRELATION_ID_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    AGGREGATES_FIELD_NUMBER: _ClassVar[int]
    STEPS_FIELD_NUMBER: _ClassVar[int]
    CURRENT_STEP_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    type: SagaType
    status: SagaStatus
    correlation_id: str
    trigger_event_id: str
    aggregates: _containers.RepeatedCompositeFieldContainer[SagaAggregateRef]
    steps: _containers.RepeatedCompositeFieldContainer[SagaStep]
    current_step: str
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    error_message: str
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., type: _Optional[_Union[SagaType, str]] = ..., status: _Optional[_Union[SagaStatus, str]] = ..., correlation_id: _Optional[str] = ..., trigger_event_id: _Optional[str] = ..., aggregates: _Optional[_Iterable[_Union[SagaAggregateRef, _Mapping]]] = ..., steps: _Optional[_Iterable[_Union[SagaStep, _Mapping]]] = ..., current_step: _Optional[str] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., error_message: _Optional[str] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SagaStep(_message.Message):
    __slots__ = ("name", "position", "status", "start_time", "end_time", "error_message", "attempt_count", "compensation", "compensate_time", "event_ids")
    NAME_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_COUNT_FIELD_NUMBER: _ClassVar[int]
    COMPENSATION_FIELD_NUMBER: _ClassVar[int]
    COMPENSATE_TIME_FIELD_NUMBER: _ClassVar[int]
    EVENT_IDS_FIELD_NUMBER: _ClassVar[int]
    name: str
    position: int
    status: SagaStepStatus
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    error_message: str
    attempt_count: int
    compensation: str
    compensate_time: _timestamp_pb2.Timestamp
    event_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, name: _Optional[str] = ..., position: _Optional[int] = ..., status: _Optional[_Union[SagaStepStatus, str]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., error_message: _Optional[str] = ..., attempt_count: _Optional[int] = ..., compensation: _Optional[str] = ..., compensate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., event_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class SagaAggregateRef(_message.Message):
    __slots__ = ("aggregate_type", "aggregate_id", "created")
    AGGREGATE_TYPE_FIELD_NUMBER: _ClassVar[int]
    AGGREGATE_ID_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    aggregate_type: str
    aggregate_id: str
    created: bool
    def __init__(self, aggregate_type: _Optional[str] = ..., aggregate_id: _Optional[str] = ..., created: _Optional[bool] = ...) -> None: ...
