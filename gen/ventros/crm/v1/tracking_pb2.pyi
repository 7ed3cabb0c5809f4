import datetime

from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TrackingSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TRACKING_SOURCE_UNSPECIFIED: _ClassVar[TrackingSource]
    TRACKING_SOURCE_META_ADS: _ClassVar[TrackingSource]
    TRACKING_SOURCE_GOOGLE_ADS: _ClassVar[TrackingSource]
    TRACKING_SOURCE_TIKTOK_ADS: _ClassVar[TrackingSource]
    TRACKING_SOURCE_LINKEDIN: _ClassVar[TrackingSource]
    TRACKING_SOURCE_ORGANIC: _ClassVar[TrackingSource]
    TRACKING_SOURCE_DIRECT: _ClassVar[TrackingSource]
    TRACKING_SOURCE_REFERRAL: _ClassVar[TrackingSource]
    TRACKING_SOURCE_OTHER: _ClassVar[TrackingSource]

class TrackingPlatform(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TRACKING_PLATFORM_UNSPECIFIED: _ClassVar[TrackingPlatform]
    TRACKING_PLATFORM_INSTAGRAM: _ClassVar[TrackingPlatform]
    TRACKING_PLATFORM_FACEBOOK: _ClassVar[TrackingPlatform]
    TRACKING_PLATFORM_GOOGLE: _ClassVar[TrackingPlatform]
    TRACKING_PLATFORM_TIKTOK: _ClassVar[TrackingPlatform]
    TRACKING_PLATFORM_LINKEDIN: _ClassVar[TrackingPlatform]
    TRACKING_PLATFORM_WHATSAPP: _ClassVar[TrackingPlatform]
    TRACKING_PLATFORM_OTHER: _ClassVar[TrackingPlatform]
TRACKING_SOURCE_UNSPECIFIED: TrackingSource
TRACKING_SOURCE_META_ADS: TrackingSource
TRACKING_SOURCE_GOOGLE_ADS: TrackingSource
TRACKING_SOURCE_TIKTOK_ADS: TrackingSource
TRACKING_SOURCE_LINKEDIN: TrackingSource
TRACKING_SOURCE_ORGANIC: TrackingSource
TRACKING_SOURCE_DIRECT: TrackingSource
TRACKING_SOURCE_REFERRAL: TrackingSource
TRACKING_SOURCE_OTHER: TrackingSource
TRACKING_PLATFORM_UNSPECIFIED: TrackingPlatform
TRACKING_PLATFORM_INSTAGRAM: TrackingPlatform
TRACKING_PLATFORM_FACEBOOK: TrackingPlatform
TRACKING_PLATFORM_GOOGLE: TrackingPlatform
TRACKING_PLATFORM_TIKTOK: TrackingPlatform
TRACKING_PLATFORM_LINKEDIN: TrackingPlatform
TRACKING_PLATFORM_WHATSAPP: TrackingPlatform
TRACKING_PLATFORM_OTHER: TrackingPlatform

class Tracking(_message.Message):
    __slots__ = ("id", "project_id", "contact_id", "session_id", "message_id", "source", "platform", "campaign", "ad_id", "ad_url", "click_id", "conversion_source", "conversion_data", "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "metadata", "code", "version", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    AD_ID_FIELD_NUMBER: _ClassVar[int]
    AD_URL_FIELD_NUMBER: _ClassVar[int]
    CLICK_ID_FIELD_NUMBER: _ClassVar[int]
    CONVERSION_SOURCE_FIELD_NUMBER: _ClassVar[int]
    CONVERSION_DATA_FIELD_NUMBER: _ClassVar[int]
    UTM_SOURCE_FIELD_NUMBER: _ClassVar[int]
    UTM_MEDIUM_FIELD_NUMBER: _ClassVar[int]
    UTM_CAMPAIGN_FIELD_NUMBER: _ClassVar[int]
    UTM_TERM_FIELD_NUMBER: _ClassVar[int]
    UTM_CONTENT_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    contact_id: str
    session_id: str
    message_id: str
    source: TrackingSource
    platform: TrackingPlatform
    campaign: str
    ad_id: str
    ad_url: str
    click_id: str
    conversion_source: str
    conversion_data: str
    utm_source: str
    utm_medium: str
    utm_campaign: str
    utm_term: str
    utm_content: str
    metadata: _struct_pb2.Struct
    code: int
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ..., message_id: _Optional[str] = ..., source: _Optional[_Union[TrackingSource, str]] = ..., platform: _Optional[_Union[TrackingPlatform, str]] = ..., campaign: _Optional[str] = ..., ad_id: _Optional[str] = ..., ad_url: _Optional[str] = ..., click_id: _Optional[str] = ..., conversion_source: _Optional[str] = ..., conversion_data: _Optional[str] = ..., utm_source: _Optional[str] = ..., utm_medium: _Optional[str] = ..., utm_campaign: _Optional[str] = ..., utm_term: _Optional[str] = ..., utm_content: _Optional[str] = ..., metadata: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., code: _Optional[int] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
