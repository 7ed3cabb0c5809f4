import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.messaging.v1 import message_pb2 as _message_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ChannelTypeCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHANNEL_TYPE_CODE_UNSPECIFIED: _ClassVar[ChannelTypeCode]
    CHANNEL_TYPE_CODE_WAHA: _ClassVar[ChannelTypeCode]
    CHANNEL_TYPE_CODE_WHATSAPP_CLOUD: _ClassVar[ChannelTypeCode]
    CHANNEL_TYPE_CODE_INSTAGRAM_DIRECT: _ClassVar[ChannelTypeCode]
    CHANNEL_TYPE_CODE_MESSENGER: _ClassVar[ChannelTypeCode]
    CHANNEL_TYPE_CODE_TELEGRAM: _ClassVar[ChannelTypeCode]
CHANNEL_TYPE_CODE_UNSPECIFIED: ChannelTypeCode
CHANNEL_TYPE_CODE_WAHA: ChannelTypeCode
CHANNEL_TYPE_CODE_WHATSAPP_CLOUD: ChannelTypeCode
CHANNEL_TYPE_CODE_INSTAGRAM_DIRECT: ChannelTypeCode
CHANNEL_TYPE_CODE_MESSENGER: ChannelTypeCode
CHANNEL_TYPE_CODE_TELEGRAM: ChannelTypeCode

class ChannelType(_message.Message):
    __slots__ = ("id", "code", "name", "description", "active", "capabilities", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    CAPABILITIES_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    code: ChannelTypeCode
    name: str
    description: str
    active: bool
    capabilities: ChannelCapabilities
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., code: _Optional[_Union[ChannelTypeCode, str]] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., active: _Optional[bool] = ..., capabilities: _Optional[_Union[ChannelCapabilities, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ChannelCapabilities(_message.Message):
    __slots__ = ("text", "media", "media_content_types", "location", "contacts", "reactions", "edits", "revokes", "replies", "mentions", "groups", "templates", "labels", "read_receipts", "history_import", "calls", "max_text_length", "max_media_size_bytes")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_FIELD_NUMBER: _ClassVar[int]
    MEDIA_CONTENT_TYPES_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    CONTACTS_FIELD_NUMBER: _ClassVar[int]
    REACTIONS_FIELD_NUMBER: _ClassVar[int]
    EDITS_FIELD_NUMBER: _ClassVar[int]
    REVOKES_FIELD_NUMBER: _ClassVar[int]
    REPLIES_FIELD_NUMBER: _ClassVar[int]
    MENTIONS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    TEMPLATES_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    READ_RECEIPTS_FIELD_NUMBER: _ClassVar[int]
    HISTORY_IMPORT_FIELD_NUMBER: _ClassVar[int]
    CALLS_FIELD_NUMBER: _ClassVar[int]
    MAX_TEXT_LENGTH_FIELD_NUMBER: _ClassVar[int]
    MAX_MEDIA_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    text: bool
    media: bool
    media_content_types: _containers.RepeatedScalarFieldContainer[_message_pb2.MessageContentType]
    location: bool
    contacts: bool
    reactions: bool
    edits: bool
    revokes: bool
    replies: bool
    mentions: bool
    groups: bool
    templates: bool
    labels: bool
    read_receipts: bool
    history_import: bool
    calls: bool
    max_text_length: int
    max_media_size_bytes: int
    def __init__(self, text: _Optional[bool] = ..., media: _Optional[bool] = ..., media_content_types: _Optional[_Iterable[_Union[_message_pb2.MessageContentType, str]]] = ..., location: _Optional[bool] = ..., contacts: _Optional[bool] = ..., reactions: _Optional[bool] = ..., edits: _Optional[bool] = ..., revokes: _Optional[bool] = ..., replies: _Optional[bool] = ..., mentions: _Optional[bool] = ..., groups: _Optional[bool] = ..., templates: _Optional[bool] = ..., labels: _Optional[bool] = ..., read_receipts: _Optional[bool] = ..., history_import: _Optional[bool] = ..., calls: _Optional[bool] = ..., max_text_length: _Optional[int] = ..., max_media_size_bytes: _Optional[int] = ...) -> None: ...
