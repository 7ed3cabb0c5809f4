import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class WahaEventStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WAHA_EVENT_STATUS_UNSPECIFIED: _ClassVar[WahaEventStatus]
    WAHA_EVENT_STATUS_PENDING: _ClassVar[WahaEventStatus]
    WAHA_EVENT_STATUS_PROCESSING: _ClassVar[WahaEventStatus]
    WAHA_EVENT_STATUS_PROCESSED: _ClassVar[WahaEventStatus]
    WAHA_EVENT_STATUS_IGNORED: _ClassVar[WahaEventStatus]
    WAHA_EVENT_STATUS_FAILED: _ClassVar[WahaEventStatus]

class WahaEventView(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WAHA_EVENT_VIEW_UNSPECIFIED: _ClassVar[WahaEventView]
    WAHA_EVENT_VIEW_BASIC: _ClassVar[WahaEventView]
    WAHA_EVENT_VIEW_FULL: _ClassVar[WahaEventView]
WAHA_EVENT_STATUS_UNSPECIFIED: WahaEventStatus
WAHA_EVENT_STATUS_PENDING: WahaEventStatus
WAHA_EVENT_STATUS_PROCESSING: WahaEventStatus
WAHA_EVENT_STATUS_PROCESSED: WahaEventStatus
WAHA_EVENT_STATUS_IGNORED: WahaEventStatus
WAHA_EVENT_STATUS_FAILED: WahaEventStatus
WAHA_EVENT_VIEW_UNSPECIFIED: WahaEventView
WAHA_EVENT_VIEW_BASIC: WahaEventView
WAHA_EVENT_VIEW_FULL: WahaEventView

class WahaEvent(_message.Message):
    __slots__ = ("id", "project_id", "version", "channel_id", "provider_event_id", "event_type", "session_name", "engine", "event_time", "receive_time", "status", "status_message", "attempt_count", "process_time", "message_id", "content_type", "raw_body", "headers", "create_time", "update_time")
    class HeadersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    SESSION_NAME_FIELD_NUMBER: _ClassVar[int]
    ENGINE_FIELD_NUMBER: _ClassVar[int]
    EVENT_TIME_FIELD_NUMBER: _ClassVar[int]
    RECEIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    STATUS_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    ATTEMPT_COUNT_FIELD_NUMBER: _ClassVar[int]
    PROCESS_TIME_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    RAW_BODY_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    version: int
    channel_id: str
    provider_event_id: str
    event_type: str
    session_name: str
    engine: str
    event_time: _timestamp_pb2.Timestamp
    receive_time: _timestamp_pb2.Timestamp
    status: WahaEventStatus
    status_message: str
    attempt_count: int
    process_time: _timestamp_pb2.Timestamp
    message_id: str
    content_type: str
    raw_body: bytes
    headers: _containers.ScalarMap[str, str]
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., version: _Optional[int] = ..., channel_id: _Optional[str] = ..., provider_event_id: _Optional[str] = ..., event_type: _Optional[str] = ..., session_name: _Optional[str] = ..., engine: _Optional[str] = ..., event_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., receive_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., status: _Optional[_Union[WahaEventStatus, str]] = ..., status_message: _Optional[str] = ..., attempt_count: _Optional[int] = ..., process_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., message_id: _Optional[str] = ..., content_type: _Optional[str] = ..., raw_body: _Optional[bytes] = ..., headers: _Optional[_Mapping[str, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
