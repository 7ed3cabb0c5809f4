from google.api import annotations_pb2 as _annotations_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.messaging.v1 import chat_pb2 as _chat_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class GetChatRequest(_message.Message):
    __slots__ = ("chat_id",)
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    chat_id: str
    def __init__(self, chat_id: _Optional[str] = ...) -> None: ...

class GetChatResponse(_message.Message):
    __slots__ = ("chat",)
    CHAT_FIELD_NUMBER: _ClassVar[int]
    chat: _chat_pb2.Chat
    def __init__(self, chat: _Optional[_Union[_chat_pb2.Chat, _Mapping]] = ...) -> None: ...

class ListChatsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "type", "status", "label_id", "contact_id", "channel_id", "query")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    LABEL_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    type: _chat_pb2.ChatType
    status: _chat_pb2.ChatStatus
    label_id: str
    contact_id: str
    channel_id: str
    query: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., type: _Optional[_Union[_chat_pb2.ChatType, str]] = ..., status: _Optional[_Union[_chat_pb2.ChatStatus, str]] = ..., label_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., channel_id: _Optional[str] = ..., query: _Optional[str] = ...) -> None: ...

class ListChatsResponse(_message.Message):
    __slots__ = ("chats", "next_page_token", "total_size")
    CHATS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    chats: _containers.RepeatedCompositeFieldContainer[_chat_pb2.Chat]
    next_page_token: str
    total_size: int
    def __init__(self, chats: _Optional[_Iterable[_Union[_chat_pb2.Chat, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class ArchiveChatRequest(_message.Message):
    __slots__ = ("chat_id", "version")
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    chat_id: str
    version: int
    def __init__(self, chat_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class ArchiveChatResponse(_message.Message):
    __slots__ = ("chat",)
    CHAT_FIELD_NUMBER: _ClassVar[int]
    chat: _chat_pb2.Chat
    def __init__(self, chat: _Optional[_Union[_chat_pb2.Chat, _Mapping]] = ...) -> None: ...

class UnarchiveChatRequest(_message.Message):
    __slots__ = ("chat_id", "version")
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    chat_id: str
    version: int
    def __init__(self, chat_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class UnarchiveChatResponse(_message.Message):
    __slots__ = ("chat",)
    CHAT_FIELD_NUMBER: _ClassVar[int]
    chat: _chat_pb2.Chat
    def __init__(self, chat: _Optional[_Union[_chat_pb2.Chat, _Mapping]] = ...) -> None: ...

class ListChatParticipantsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "chat_id", "admins_only", "show_left")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    ADMINS_ONLY_FIELD_NUMBER: _ClassVar[int]
    SHOW_LEFT_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    chat_id: str
    admins_only: bool
    show_left: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., chat_id: _Optional[str] = ..., admins_only: _Optional[bool] = ..., show_left: _Optional[bool] = ...) -> None: ...

class ListChatParticipantsResponse(_message.Message):
    __slots__ = ("participants", "next_page_token", "total_size")
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    participants: _containers.RepeatedCompositeFieldContainer[_chat_pb2.ChatParticipant]
    next_page_token: str
    total_size: int
    def __init__(self, participants: _Optional[_Iterable[_Union[_chat_pb2.ChatParticipant, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...
