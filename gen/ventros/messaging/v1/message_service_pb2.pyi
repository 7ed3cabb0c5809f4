import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.messaging.v1 import message_pb2 as _message_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class MessageChangeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MESSAGE_CHANGE_TYPE_UNSPECIFIED: _ClassVar[MessageChangeType]
    MESSAGE_CHANGE_TYPE_CREATED: _ClassVar[MessageChangeType]
    MESSAGE_CHANGE_TYPE_UPDATED: _ClassVar[MessageChangeType]
MESSAGE_CHANGE_TYPE_UNSPECIFIED: MessageChangeType
MESSAGE_CHANGE_TYPE_CREATED: MessageChangeType
MESSAGE_CHANGE_TYPE_UPDATED: MessageChangeType

class GetMessageRequest(_message.Message):
    __slots__ = ("message_id",)
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    def __init__(self, message_id: _Optional[str] = ...) -> None: ...

class GetMessageResponse(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: _message_pb2.Message
    def __init__(self, message: _Optional[_Union[_message_pb2.Message, _Mapping]] = ...) -> None: ...

class ListMessagesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "session_id", "contact_id", "chat_id", "channel_id", "direction", "content_type", "status", "source", "agent_id", "start_time", "end_time")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    session_id: str
    contact_id: str
    chat_id: str
    channel_id: str
    direction: _message_pb2.MessageDirection
    content_type: _message_pb2.MessageContentType
    status: _message_pb2.MessageStatus
    source: _message_pb2.MessageSource
    agent_id: str
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., session_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., direction: _Optional[_Union[_message_pb2.MessageDirection, str]] = ..., content_type: _Optional[_Union[_message_pb2.MessageContentType, str]] = ..., status: _Optional[_Union[_message_pb2.MessageStatus, str]] = ..., source: _Optional[_Union[_message_pb2.MessageSource, str]] = ..., agent_id: _Optional[str] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListMessagesResponse(_message.Message):
    __slots__ = ("messages", "next_page_token", "total_size")
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2.Message]
    next_page_token: str
    total_size: int
    def __init__(self, messages: _Optional[_Iterable[_Union[_message_pb2.Message, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class SearchMessagesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "query", "session_id", "contact_id", "chat_id", "channel_id", "direction", "content_type", "start_time", "end_time")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    query: str
    session_id: str
    contact_id: str
    chat_id: str
    channel_id: str
    direction: _message_pb2.MessageDirection
    content_type: _message_pb2.MessageContentType
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., query: _Optional[str] = ..., session_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., direction: _Optional[_Union[_message_pb2.MessageDirection, str]] = ..., content_type: _Optional[_Union[_message_pb2.MessageContentType, str]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SearchMessagesResponse(_message.Message):
    __slots__ = ("messages", "next_page_token", "total_size")
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    messages: _containers.RepeatedCompositeFieldContainer[_message_pb2.Message]
    next_page_token: str
    total_size: int
    def __init__(self, messages: _Optional[_Iterable[_Union[_message_pb2.Message, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class SendMessageRequest(_message.Message):
    __slots__ = ("channel_id", "chat_id", "contact_id", "text", "media", "location", "contacts", "reaction", "reply_to_message_id", "mention_contact_ids", "source", "agent_id", "request_id")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    MEDIA_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    CONTACTS_FIELD_NUMBER: _ClassVar[int]
    REACTION_FIELD_NUMBER: _ClassVar[int]
    REPLY_TO_MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    MENTION_CONTACT_IDS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    AGENT_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    chat_id: str
    contact_id: str
    text: TextContent
    media: MediaContent
    location: LocationContent
    contacts: ContactCardsContent
    reaction: ReactionContent
    reply_to_message_id: str
    mention_contact_ids: _containers.RepeatedScalarFieldContainer[str]
    source: _message_pb2.MessageSource
    agent_id: str
    request_id: str
    def __init__(self, channel_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., text: _Optional[_Union[TextContent, _Mapping]] = ..., media: _Optional[_Union[MediaContent, _Mapping]] = ..., location: _Optional[_Union[LocationContent, _Mapping]] = ..., contacts: _Optional[_Union[ContactCardsContent, _Mapping]] = ..., reaction: _Optional[_Union[ReactionContent, _Mapping]] = ..., reply_to_message_id: _Optional[str] = ..., mention_contact_ids: _Optional[_Iterable[str]] = ..., source: _Optional[_Union[_message_pb2.MessageSource, str]] = ..., agent_id: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class TextContent(_message.Message):
    __slots__ = ("text", "link_preview")
    TEXT_FIELD_NUMBER: _ClassVar[int]
    LINK_PREVIEW_FIELD_NUMBER: _ClassVar[int]
    text: str
    link_preview: bool
    def __init__(self, text: _Optional[str] = ..., link_preview: _Optional[bool] = ...) -> None: ...

class MediaContent(_message.Message):
    __slots__ = ("url", "data", "mimetype", "filename", "caption", "content_type")
    URL_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    MIMETYPE_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    CAPTION_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    url: str
    data: bytes
    mimetype: str
    filename: str
    caption: str
    content_type: _message_pb2.MessageContentType
    def __init__(self, url: _Optional[str] = ..., data: _Optional[bytes] = ..., mimetype: _Optional[str] = ..., filename: _Optional[str] = ..., caption: _Optional[str] = ..., content_type: _Optional[_Union[_message_pb2.MessageContentType, str]] = ...) -> None: ...

class LocationContent(_message.Message):
    __slots__ = ("latitude", "longitude", "name", "address")
    LATITUDE_FIELD_NUMBER: _ClassVar[int]
    LONGITUDE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    latitude: float
    longitude: float
    name: str
    address: str
    def __init__(self, latitude: _Optional[float] = ..., longitude: _Optional[float] = ..., name: _Optional[str] = ..., address: _Optional[str] = ...) -> None: ...

class ContactCardsContent(_message.Message):
    __slots__ = ("vcards",)
    VCARDS_FIELD_NUMBER: _ClassVar[int]
    vcards: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, vcards: _Optional[_Iterable[str]] = ...) -> None: ...

class ReactionContent(_message.Message):
    __slots__ = ("message_id", "emoji")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    EMOJI_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    emoji: str
    def __init__(self, message_id: _Optional[str] = ..., emoji: _Optional[str] = ...) -> None: ...

class SendMessageResponse(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: _message_pb2.Message
    def __init__(self, message: _Optional[_Union[_message_pb2.Message, _Mapping]] = ...) -> None: ...

class EditMessageRequest(_message.Message):
    __slots__ = ("message_id", "version", "text")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    version: int
    text: str
    def __init__(self, message_id: _Optional[str] = ..., version: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class EditMessageResponse(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: _message_pb2.Message
    def __init__(self, message: _Optional[_Union[_message_pb2.Message, _Mapping]] = ...) -> None: ...

class RevokeMessageRequest(_message.Message):
    __slots__ = ("message_id", "version")
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    message_id: str
    version: int
    def __init__(self, message_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class RevokeMessageResponse(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: _message_pb2.Message
    def __init__(self, message: _Optional[_Union[_message_pb2.Message, _Mapping]] = ...) -> None: ...

class MarkMessagesReadRequest(_message.Message):
    __slots__ = ("chat_id", "message_ids")
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_IDS_FIELD_NUMBER: _ClassVar[int]
    chat_id: str
    message_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, chat_id: _Optional[str] = ..., message_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class MarkMessagesReadResponse(_message.Message):
    __slots__ = ("marked_count",)
    MARKED_COUNT_FIELD_NUMBER: _ClassVar[int]
    marked_count: int
    def __init__(self, marked_count: _Optional[int] = ...) -> None: ...

class StreamMessagesRequest(_message.Message):
    __slots__ = ("session_id", "chat_id", "since_time")
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    SINCE_TIME_FIELD_NUMBER: _ClassVar[int]
    session_id: str
    chat_id: str
    since_time: _timestamp_pb2.Timestamp
    def __init__(self, session_id: _Optional[str] = ..., chat_id: _Optional[str] = ..., since_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class StreamMessagesResponse(_message.Message):
    __slots__ = ("change_type", "message")
    CHANGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    change_type: MessageChangeType
    message: _message_pb2.Message
    def __init__(self, change_type: _Optional[_Union[MessageChangeType, str]] = ..., message: _Optional[_Union[_message_pb2.Message, _Mapping]] = ...) -> None: ...
