from google.api import annotations_pb2 as _annotations_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.messaging.v1 import channel_type_pb2 as _channel_type_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ListChannelTypesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "active_only")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_ONLY_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    active_only: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., active_only: _Optional[bool] = ...) -> None: ...

class ListChannelTypesResponse(_message.Message):
    __slots__ = ("channel_types", "next_page_token", "total_size")
    CHANNEL_TYPES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    channel_types: _containers.RepeatedCompositeFieldContainer[_channel_type_pb2.ChannelType]
    next_page_token: str
    total_size: int
    def __init__(self, channel_types: _Optional[_Iterable[_Union[_channel_type_pb2.ChannelType, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class GetChannelTypeRequest(_message.Message):
    __slots__ = ("channel_type_id",)
    CHANNEL_TYPE_ID_FIELD_NUMBER: _ClassVar[int]
    channel_type_id: str
    def __init__(self, channel_type_id: _Optional[str] = ...) -> None: ...

class GetChannelTypeResponse(_message.Message):
    __slots__ = ("channel_type",)
    CHANNEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    channel_type: _channel_type_pb2.ChannelType
    def __init__(self, channel_type: _Optional[_Union[_channel_type_pb2.ChannelType, _Mapping]] = ...) -> None: ...
