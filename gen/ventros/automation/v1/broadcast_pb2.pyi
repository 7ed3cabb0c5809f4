import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.automation.v1 import message_template_pb2 as _message_template_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BroadcastStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BROADCAST_STATUS_UNSPECIFIED: _ClassVar[BroadcastStatus]
    BROADCAST_STATUS_DRAFT: _ClassVar[BroadcastStatus]
    BROADCAST_STATUS_SCHEDULED: _ClassVar[BroadcastStatus]
    BROADCAST_STATUS_RUNNING: _ClassVar[BroadcastStatus]
    BROADCAST_STATUS_COMPLETED: _ClassVar[BroadcastStatus]
    BROADCAST_STATUS_CANCELED: _ClassVar[BroadcastStatus]
    BROADCAST_STATUS_FAILED: _ClassVar[BroadcastStatus]

class BroadcastExecutionStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BROADCAST_EXECUTION_STATUS_UNSPECIFIED: _ClassVar[BroadcastExecutionStatus]
    BROADCAST_EXECUTION_STATUS_PENDING: _ClassVar[BroadcastExecutionStatus]
    BROADCAST_EXECUTION_STATUS_SENDING: _ClassVar[BroadcastExecutionStatus]
    BROADCAST_EXECUTION_STATUS_SENT: _ClassVar[BroadcastExecutionStatus]
    BROADCAST_EXECUTION_STATUS_FAILED: _ClassVar[BroadcastExecutionStatus]
    BROADCAST_EXECUTION_STATUS_SKIPPED: _ClassVar[BroadcastExecutionStatus]
BROADCAST_STATUS_UNSPECIFIED: BroadcastStatus
BROADCAST_STATUS_DRAFT: BroadcastStatus
BROADCAST_STATUS_SCHEDULED: BroadcastStatus
BROADCAST_STATUS_RUNNING: BroadcastStatus
BROADCAST_STATUS_COMPLETED: BroadcastStatus
BROADCAST_STATUS_CANCELED: BroadcastStatus
BROADCAST_STATUS_FAILED: BroadcastStatus
BROADCAST_EXECUTION_STATUS_UNSPECIFIED: BroadcastExecutionStatus
BROADCAST_EXECUTION_STATUS_PENDING: BroadcastExecutionStatus
BROADCAST_EXECUTION_STATUS_SENDING: BroadcastExecutionStatus
BROADCAST_EXECUTION_STATUS_SENT: BroadcastExecutionStatus
BROADCAST_EXECUTION_STATUS_FAILED: BroadcastExecutionStatus
BROADCAST_EXECUTION_STATUS_SKIPPED: BroadcastExecutionStatus

class Broadcast(_message.Message):
    __slots__ = ("id", "project_id", "name", "description", "channel_id", "contact_list_id", "template", "rate_limit_per_minute", "status", "schedule_time", "start_time", "end_time", "status_reason", "stats", "version", "create_time", "update_time", "delete_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    RATE_LIMIT_PER_MINUTE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TIME_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    STATUS_REASON_FIELD_NUMBER: _ClassVar[int]
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
    contact_list_id: str
    template: _message_template_pb2.MessageTemplate
    rate_limit_per_minute: int
    status: BroadcastStatus
    schedule_time: _timestamp_pb2.Timestamp
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    status_reason: str
    stats: BroadcastStats
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    delete_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., channel_id: _Optional[str] = ..., contact_list_id: _Optional[str] = ..., template: _Optional[_Union[_message_template_pb2.MessageTemplate, _Mapping]] = ..., rate_limit_per_minute: _Optional[int] = ..., status: _Optional[_Union[BroadcastStatus, str]] = ..., schedule_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., status_reason: _Optional[str] = ..., stats: _Optional[_Union[BroadcastStats, _Mapping]] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BroadcastStats(_message.Message):
    __slots__ = ("total_count", "pending_count", "sending_count", "sent_count", "failed_count", "skipped_count", "delivered_count", "read_count", "replied_count", "progress_percent")
    TOTAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    PENDING_COUNT_FIELD_NUMBER: _ClassVar[int]
    SENDING_COUNT_FIELD_NUMBER: _ClassVar[int]
    SENT_COUNT_FIELD_NUMBER: _ClassVar[int]
    FAILED_COUNT_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_COUNT_FIELD_NUMBER: _ClassVar[int]
    DELIVERED_COUNT_FIELD_NUMBER: _ClassVar[int]
    READ_COUNT_FIELD_NUMBER: _ClassVar[int]
    REPLIED_COUNT_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_PERCENT_FIELD_NUMBER: _ClassVar[int]
    total_count: int
    pending_count: int
    sending_count: int
    sent_count: int
    failed_count: int
    skipped_count: int
    delivered_count: int
    read_count: int
    replied_count: int
    progress_percent: float
    def __init__(self, total_count: _Optional[int] = ..., pending_count: _Optional[int] = ..., sending_count: _Optional[int] = ..., sent_count: _Optional[int] = ..., failed_count: _Optional[int] = ..., skipped_count: _Optional[int] = ..., delivered_count: _Optional[int] = ..., read_count: _Optional[int] = ..., replied_count: _Optional[int] = ..., progress_percent: _Optional[float] = ...) -> None: ...

class BroadcastExecution(_message.Message):
    __slots__ = ("id", "project_id", "broadcast_id", "contact_id", "status", "message_id", "error_message", "skip_reason", "attempt_count", "sent_time", "version", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    ERROR_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SKIP_REASON_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_COUNT_FIELD_NUMBER: _ClassVar[int]
    SENT_TIME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    broadcast_id: str
    contact_id: str
    status: BroadcastExecutionStatus
    message_id: str
    error_message: str
    skip_reason: str
    attempt_count: int
    sent_time: _timestamp_pb2.Timestamp
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., broadcast_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., status: _Optional[_Union[BroadcastExecutionStatus, str]] = ..., message_id: _Optional[str] = ..., error_message: _Optional[str] = ..., skip_reason: _Optional[str] = ..., attempt_count: _Optional[int] = ..., sent_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
