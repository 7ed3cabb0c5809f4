import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.automation.v1 import broadcast_pb2 as _broadcast_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateBroadcastRequest(_message.Message):
    __slots__ = ("broadcast", "request_id")
    BROADCAST_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    broadcast: _broadcast_pb2.Broadcast
    request_id: str
    def __init__(self, broadcast: _Optional[_Union[_broadcast_pb2.Broadcast, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateBroadcastResponse(_message.Message):
    __slots__ = ("broadcast",)
    BROADCAST_FIELD_NUMBER: _ClassVar[int]
    broadcast: _broadcast_pb2.Broadcast
    def __init__(self, broadcast: _Optional[_Union[_broadcast_pb2.Broadcast, _Mapping]] = ...) -> None: ...

class GetBroadcastRequest(_message.Message):
    __slots__ = ("broadcast_id",)
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    broadcast_id: str
    def __init__(self, broadcast_id: _Optional[str] = ...) -> None: ...

class GetBroadcastResponse(_message.Message):
    __slots__ = ("broadcast",)
    BROADCAST_FIELD_NUMBER: _ClassVar[int]
    broadcast: _broadcast_pb2.Broadcast
    def __init__(self, broadcast: _Optional[_Union[_broadcast_pb2.Broadcast, _Mapping]] = ...) -> None: ...

class ListBroadcastsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "status", "channel_id", "contact_list_id", "query", "show_deleted")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    SHOW_DELETED_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    status: _broadcast_pb2.BroadcastStatus
    channel_id: str
    contact_list_id: str
    query: str
    show_deleted: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., status: _Optional[_Union[_broadcast_pb2.BroadcastStatus, str]] = ..., channel_id: _Optional[str] = ..., contact_list_id: _Optional[str] = ..., query: _Optional[str] = ..., show_deleted: _Optional[bool] = ...) -> None: ...

class ListBroadcastsResponse(_message.Message):
    __slots__ = ("broadcasts", "next_page_token", "total_size")
    BROADCASTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    broadcasts: _containers.RepeatedCompositeFieldContainer[_broadcast_pb2.Broadcast]
    next_page_token: str
    total_size: int
    def __init__(self, broadcasts: _Optional[_Iterable[_Union[_broadcast_pb2.Broadcast, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class UpdateBroadcastRequest(_message.Message):
    __slots__ = ("broadcast", "update_mask")
    BROADCAST_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    broadcast: _broadcast_pb2.Broadcast
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, broadcast: _Optional[_Union[_broadcast_pb2.Broadcast, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateBroadcastResponse(_message.Message):
    __slots__ = ("broadcast",)
    BROADCAST_FIELD_NUMBER: _ClassVar[int]
    broadcast: _broadcast_pb2.Broadcast
    def __init__(self, broadcast: _Optional[_Union[_broadcast_pb2.Broadcast, _Mapping]] = ...) -> None: ...

class DeleteBroadcastRequest(_message.Message):
    __slots__ = ("broadcast_id", "version")
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    broadcast_id: str
    version: int
    def __init__(self, broadcast_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class DeleteBroadcastResponse(_message.Message):
    __slots__ = ("broadcast",)
    BROADCAST_FIELD_NUMBER: _ClassVar[int]
    broadcast: _broadcast_pb2.Broadcast
    def __init__(self, broadcast: _Optional[_Union[_broadcast_pb2.Broadcast, _Mapping]] = ...) -> None: ...

class ScheduleBroadcastRequest(_message.Message):
    __slots__ = ("broadcast_id", "schedule_time", "version")
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_TIME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    broadcast_id: str
    schedule_time: _timestamp_pb2.Timestamp
    version: int
    def __init__(self, broadcast_id: _Optional[str] = ..., schedule_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ...) -> None: ...

class ScheduleBroadcastResponse(_message.Message):
    __slots__ = ("broadcast",)
    BROADCAST_FIELD_NUMBER: _ClassVar[int]
    broadcast: _broadcast_pb2.Broadcast
    def __init__(self, broadcast: _Optional[_Union[_broadcast_pb2.Broadcast, _Mapping]] = ...) -> None: ...

class StartBroadcastRequest(_message.Message):
    __slots__ = ("broadcast_id", "version")
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    broadcast_id: str
    version: int
    def __init__(self, broadcast_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class StartBroadcastResponse(_message.Message):
    __slots__ = ("broadcast",)
    BROADCAST_FIELD_NUMBER: _ClassVar[int]
    broadcast: _broadcast_pb2.Broadcast
    def __init__(self, broadcast: _Optional[_Union[_broadcast_pb2.Broadcast, _Mapping]] = ...) -> None: ...

class CancelBroadcastRequest(_message.Message):
    __slots__ = ("broadcast_id", "reason", "version")
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    broadcast_id: str
    reason: str
    version: int
    def __init__(self, broadcast_id: _Optional[str] = ..., reason: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class CancelBroadcastResponse(_message.Message):
    __slots__ = ("broadcast",)
    BROADCAST_FIELD_NUMBER: _ClassVar[int]
    broadcast: _broadcast_pb2.Broadcast
    def __init__(self, broadcast: _Optional[_Union[_broadcast_pb2.Broadcast, _Mapping]] = ...) -> None: ...

class ListBroadcastExecutionsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "broadcast_id", "status", "contact_id")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    broadcast_id: str
    status: _broadcast_pb2.BroadcastExecutionStatus
    contact_id: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., broadcast_id: _Optional[str] = ..., status: _Optional[_Union[_broadcast_pb2.BroadcastExecutionStatus, str]] = ..., contact_id: _Optional[str] = ...) -> None: ...

class ListBroadcastExecutionsResponse(_message.Message):
    __slots__ = ("broadcast_executions", "next_page_token", "total_size")
    BROADCAST_EXECUTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    broadcast_executions: _containers.RepeatedCompositeFieldContainer[_broadcast_pb2.BroadcastExecution]
    next_page_token: str
    total_size: int
    def __init__(self, broadcast_executions: _Optional[_Iterable[_Union[_broadcast_pb2.BroadcastExecution, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class GetBroadcastStatsRequest(_message.Message):
    __slots__ = ("broadcast_id",)
    BROADCAST_ID_FIELD_NUMBER: _ClassVar[int]
    broadcast_id: str
    def __init__(self, broadcast_id: _Optional[str] = ...) -> None: ...

class GetBroadcastStatsResponse(_message.Message):
    __slots__ = ("stats", "status", "start_time", "estimated_end_time")
    STATS_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    ESTIMATED_END_TIME_FIELD_NUMBER: _ClassVar[int]
    stats: _broadcast_pb2.BroadcastStats
    status: _broadcast_pb2.BroadcastStatus
    start_time: _timestamp_pb2.Timestamp
    estimated_end_time: _timestamp_pb2.Timestamp
    def __init__(self, stats: _Optional[_Union[_broadcast_pb2.BroadcastStats, _Mapping]] = ..., status: _Optional[_Union[_broadcast_pb2.BroadcastStatus, str]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., estimated_end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
