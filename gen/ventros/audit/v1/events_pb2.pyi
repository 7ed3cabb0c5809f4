import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.audit.v1 import saga_pb2 as _saga_pb2
from ventros.common.v1 import event_pb2 as _event_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SagaStarted(_message.Message):
    __slots__ = ("metadata", "saga")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SAGA_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    saga: _saga_pb2.Saga
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., saga: _Optional[_Union[_saga_pb2.Saga, _Mapping]] = ...) -> None: ...

class SagaStepCompleted(_message.Message):
    __slots__ = ("metadata", "saga_id", "saga_type", "step", "aggregates")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SAGA_ID_FIELD_NUMBER: _ClassVar[int]
    SAGA_TYPE_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    AGGREGATES_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    saga_id: str
    saga_type: _saga_pb2.SagaType
    step: _saga_pb2.SagaStep
    aggregates: _containers.RepeatedCompositeFieldContainer[_saga_pb2.SagaAggregateRef]
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., saga_id: _Optional[str] = ..., saga_type: _Optional[_Union[_saga_pb2.SagaType, str]] = ..., step: _Optional[_Union[_saga_pb2.SagaStep, _Mapping]] = ..., aggregates: _Optional[_Iterable[_Union[_saga_pb2.SagaAggregateRef, _Mapping]]] = ...) -> None: ...

class SagaCompleted(_message.Message):
    __slots__ = ("metadata", "saga")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SAGA_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    saga: _saga_pb2.Saga
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., saga: _Optional[_Union[_saga_pb2.Saga, _Mapping]] = ...) -> None: ...

class SagaFailed(_message.Message):
    __slots__ = ("metadata", "saga_id", "saga_type", "failed_step", "error_message", "compensation_required", "end_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SAGA_ID_FIELD_NUMBER: _ClassVar[int]
    SAGA_TYPE_FIELD_NUMBER: _ClassVar[int]
    FAILED_STEP_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    COMPENSATION_REQUIRED_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    saga_id: str
    saga_type: _saga_pb2.SagaType
    failed_step: str
    error_message: str
    compensation_required: bool
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., saga_id: _Optional[str] = ..., saga_type: _Optional[_Union[_saga_pb2.SagaType, str]] = ..., failed_step: _Optional[str] = ..., error_message: _Optional[str] = ..., compensation_required: _Optional[bool] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SagaCompensated(_message.Message):
    __slots__ = ("metadata", "saga_id", "saga_type", "compensated_steps", "end_time")
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SAGA_ID_FIELD_NUMBER: _ClassVar[int]
    SAGA_TYPE_FIELD_NUMBER: _ClassVar[int]
    COMPENSATED_STEPS_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    metadata: _event_pb2.EventMetadata
    saga_id: str
    saga_type: _saga_pb2.SagaType
    compensated_steps: _containers.RepeatedCompositeFieldContainer[_saga_pb2.SagaStep]
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, metadata: _Optional[_Union[_event_pb2.EventMetadata, _Mapping]] = ..., saga_id: _Optional[str] = ..., saga_type: _Optional[_Union[_saga_pb2.SagaType, str]] = ..., compensated_steps: _Optional[_Iterable[_Union[_saga_pb2.SagaStep, _Mapping]]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
