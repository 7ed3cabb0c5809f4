import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.crm.v1 import tracking_pb2 as _tracking_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateTrackingRequest(_message.Message):
    __slots__ = ("tracking", "request_id")
    TRACKING_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    tracking: _tracking_pb2.Tracking
    request_id: str
    def __init__(self, tracking: _Optional[_Union[_tracking_pb2.Tracking, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateTrackingResponse(_message.Message):
    __slots__ = ("tracking", "created")
    TRACKING_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    tracking: _tracking_pb2.Tracking
    created: bool
    def __init__(self, tracking: _Optional[_Union[_tracking_pb2.Tracking, _Mapping]] = ..., created: _Optional[bool] = ...) -> None: ...

class GetTrackingRequest(_message.Message):
    __slots__ = ("tracking_id",)
    TRACKING_ID_FIELD_NUMBER: _ClassVar[int]
    tracking_id: str
    def __init__(self, tracking_id: _Optional[str] = ...) -> None: ...

class GetTrackingResponse(_message.Message):
    __slots__ = ("tracking",)
    TRACKING_FIELD_NUMBER: _ClassVar[int]
    tracking: _tracking_pb2.Tracking
    def __init__(self, tracking: _Optional[_Union[_tracking_pb2.Tracking, _Mapping]] = ...) -> None: ...

class ListTrackingsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "contact_id", "session_id", "sources", "platforms", "campaign", "ad_id", "click_id", "utm_source", "utm_medium", "utm_campaign", "create_time_after", "create_time_before")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCES_FIELD_NUMBER: _ClassVar[int]
    PLATFORMS_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    AD_ID_FIELD_NUMBER: _ClassVar[int]
    CLICK_ID_FIELD_NUMBER: _ClassVar[int]
    UTM_SOURCE_FIELD_NUMBER: _ClassVar[int]
    UTM_MEDIUM_FIELD_NUMBER: _ClassVar[int]
    UTM_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_AFTER_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_BEFORE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    contact_id: str
    session_id: str
    sources: _containers.RepeatedScalarFieldContainer[_tracking_pb2.TrackingSource]
    platforms: _containers.RepeatedScalarFieldContainer[_tracking_pb2.TrackingPlatform]
    campaign: str
    ad_id: str
    click_id: str
    utm_source: str
    utm_medium: str
    utm_campaign: str
    create_time_after: _timestamp_pb2.Timestamp
    create_time_before: _timestamp_pb2.Timestamp
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ..., sources: _Optional[_Iterable[_Union[_tracking_pb2.TrackingSource, str]]] = ..., platforms: _Optional[_Iterable[_Union[_tracking_pb2.TrackingPlatform, str]]] = ..., campaign: _Optional[str] = ..., ad_id: _Optional[str] = ..., click_id: _Optional[str] = ..., utm_source: _Optional[str] = ..., utm_medium: _Optional[str] = ..., utm_campaign: _Optional[str] = ..., create_time_after: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time_before: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListTrackingsResponse(_message.Message):
    __slots__ = ("trackings", "next_page_token", "total_size")
    TRACKINGS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    trackings: _containers.RepeatedCompositeFieldContainer[_tracking_pb2.Tracking]
    next_page_token: str
    total_size: int
    def __init__(self, trackings: _Optional[_Iterable[_Union[_tracking_pb2.Tracking, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class EncodeTrackingCodeRequest(_message.Message):
    __slots__ = ("tracking_id", "code", "text")
    TRACKING_ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    tracking_id: str
    code: int
    text: str
    def __init__(self, tracking_id: _Optional[str] = ..., code: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class EncodeTrackingCodeResponse(_message.Message):
    __slots__ = ("text", "code")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    text: str
    code: int
    def __init__(self, text: _Optional[str] = ..., code: _Optional[int] = ...) -> None: ...

class DecodeTrackingCodeRequest(_message.Message):
    __slots__ = ("text",)
    TEXT_FIELD_NUMBER: _ClassVar[int]
    text: str
    def __init__(self, text: _Optional[str] = ...) -> None: ...

class DecodeTrackingCodeResponse(_message.Message):
    __slots__ = ("found", "code", "recovered", "tracking", "clean_text")
    FOUND_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    RECOVERED_FIELD_NUMBER: _ClassVar[int]
    TRACKING_FIELD_NUMBER: _ClassVar[int]
    CLEAN_TEXT_FIELD_NUMBER: _ClassVar[int]
    found: bool
    code: int
    recovered: bool
    tracking: _tracking_pb2.Tracking
    clean_text: str
    def __init__(self, found: _Optional[bool] = ..., code: _Optional[int] = ..., recovered: _Optional[bool] = ..., tracking: _Optional[_Union[_tracking_pb2.Tracking, _Mapping]] = ..., clean_text: _Optional[str] = ...) -> None: ...
