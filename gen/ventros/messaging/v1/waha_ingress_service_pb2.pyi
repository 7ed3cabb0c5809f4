import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.api import httpbody_pb2 as _httpbody_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.messaging.v1 import waha_event_pb2 as _waha_event_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class IngestWahaEventRequest(_message.Message):
    __slots__ = ("channel_id", "body", "headers")
    class HeadersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    body: _httpbody_pb2.HttpBody
    headers: _containers.ScalarMap[str, str]
    def __init__(self, channel_id: _Optional[str] = ..., body: _Optional[_Union[_httpbody_pb2.HttpBody, _Mapping]] = ..., headers: _Optional[_Mapping[str, str]] = ...) -> None: ...

class IngestWahaEventResponse(_message.Message):
    __slots__ = ("waha_event_id", "provider_event_id", "duplicate")
    WAHA_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_FIELD_NUMBER: _ClassVar[int]
    waha_event_id: str
    provider_event_id: str
    duplicate: bool
    def __init__(self, waha_event_id: _Optional[str] = ..., provider_event_id: _Optional[str] = ..., duplicate: _Optional[bool] = ...) -> None: ...

class GetWahaEventRequest(_message.Message):
    __slots__ = ("waha_event_id", "view")
    WAHA_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    VIEW_FIELD_NUMBER: _ClassVar[int]
    waha_event_id: str
    view: _waha_event_pb2.WahaEventView
    def __init__(self, waha_event_id: _Optional[str] = ..., view: _Optional[_Union[_waha_event_pb2.WahaEventView, str]] = ...) -> None: ...

class GetWahaEventResponse(_message.Message):
    __slots__ = ("waha_event",)
    WAHA_EVENT_FIELD_NUMBER: _ClassVar[int]
    waha_event: _waha_event_pb2.WahaEvent
    def __init__(self, waha_event: _Optional[_Union[_waha_event_pb2.WahaEvent, _Mapping]] = ...) -> None: ...

class ListWahaEventsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "channel_id", "status", "event_type", "provider_event_id", "start_time", "end_time", "view")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    VIEW_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    channel_id: str
    status: _waha_event_pb2.WahaEventStatus
    event_type: str
    provider_event_id: str
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    view: _waha_event_pb2.WahaEventView
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., channel_id: _Optional[str] = ..., status: _Optional[_Union[_waha_event_pb2.WahaEventStatus, str]] = ..., event_type: _Optional[str] = ..., provider_event_id: _Optional[str] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., view: _Optional[_Union[_waha_event_pb2.WahaEventView, str]] = ...) -> None: ...

class ListWahaEventsResponse(_message.Message):
    __slots__ = ("waha_events", "next_page_token", "total_size")
    WAHA_EVENTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    waha_events: _containers.RepeatedCompositeFieldContainer[_waha_event_pb2.WahaEvent]
    next_page_token: str
    total_size: int
    def __init__(self, waha_events: _Optional[_Iterable[_Union[_waha_event_pb2.WahaEvent, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class ReprocessWahaEventRequest(_message.Message):
    __slots__ = ("waha_event_id",)
    WAHA_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    waha_event_id: str
    def __init__(self, waha_event_id: _Optional[str] = ...) -> None: ...

class ReprocessWahaEventResponse(_message.Message):
    __slots__ = ("waha_event",)
    WAHA_EVENT_FIELD_NUMBER: _ClassVar[int]
    waha_event: _waha_event_pb2.WahaEvent
    def __init__(self, waha_event: _Optional[_Union[_waha_event_pb2.WahaEvent, _Mapping]] = ...) -> None: ...
