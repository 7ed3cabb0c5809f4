import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.messaging.v1 import channel_pb2 as _channel_pb2
from ventros.messaging.v1 import channel_type_pb2 as _channel_type_pb2
from ventros.messaging.v1 import history_import_pb2 as _history_import_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateChannelRequest(_message.Message):
    __slots__ = ("channel", "request_id")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    channel: _channel_pb2.Channel
    request_id: str
    def __init__(self, channel: _Optional[_Union[_channel_pb2.Channel, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateChannelResponse(_message.Message):
    __slots__ = ("channel", "webhook_secret")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_SECRET_FIELD_NUMBER: _ClassVar[int]
    channel: _channel_pb2.Channel
    webhook_secret: str
    def __init__(self, channel: _Optional[_Union[_channel_pb2.Channel, _Mapping]] = ..., webhook_secret: _Optional[str] = ...) -> None: ...

class GetChannelRequest(_message.Message):
    __slots__ = ("channel_id",)
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    def __init__(self, channel_id: _Optional[str] = ...) -> None: ...

class GetChannelResponse(_message.Message):
    __slots__ = ("channel",)
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    channel: _channel_pb2.Channel
    def __init__(self, channel: _Optional[_Union[_channel_pb2.Channel, _Mapping]] = ...) -> None: ...

class UpdateChannelRequest(_message.Message):
    __slots__ = ("channel", "update_mask")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    channel: _channel_pb2.Channel
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, channel: _Optional[_Union[_channel_pb2.Channel, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateChannelResponse(_message.Message):
    __slots__ = ("channel",)
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    channel: _channel_pb2.Channel
    def __init__(self, channel: _Optional[_Union[_channel_pb2.Channel, _Mapping]] = ...) -> None: ...

class DeleteChannelRequest(_message.Message):
    __slots__ = ("channel_id", "version")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    version: int
    def __init__(self, channel_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class DeleteChannelResponse(_message.Message):
    __slots__ = ("channel",)
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    channel: _channel_pb2.Channel
    def __init__(self, channel: _Optional[_Union[_channel_pb2.Channel, _Mapping]] = ...) -> None: ...

class ListChannelsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "status", "channel_type_code", "pipeline_id", "query", "show_deleted")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_TYPE_CODE_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    SHOW_DELETED_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    status: _channel_pb2.ChannelStatus
    channel_type_code: _channel_type_pb2.ChannelTypeCode
    pipeline_id: str
    query: str
    show_deleted: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., status: _Optional[_Union[_channel_pb2.ChannelStatus, str]] = ..., channel_type_code: _Optional[_Union[_channel_type_pb2.ChannelTypeCode, str]] = ..., pipeline_id: _Optional[str] = ..., query: _Optional[str] = ..., show_deleted: _Optional[bool] = ...) -> None: ...

class ListChannelsResponse(_message.Message):
    __slots__ = ("channels", "next_page_token", "total_size")
    CHANNELS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    channels: _containers.RepeatedCompositeFieldContainer[_channel_pb2.Channel]
    next_page_token: str
    total_size: int
    def __init__(self, channels: _Optional[_Iterable[_Union[_channel_pb2.Channel, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class ActivateChannelRequest(_message.Message):
    __slots__ = ("channel_id", "version")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    version: int
    def __init__(self, channel_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class ActivateChannelResponse(_message.Message):
    __slots__ = ("channel",)
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    channel: _channel_pb2.Channel
    def __init__(self, channel: _Optional[_Union[_channel_pb2.Channel, _Mapping]] = ...) -> None: ...

class DeactivateChannelRequest(_message.Message):
    __slots__ = ("channel_id", "version", "reason")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    version: int
    reason: str
    def __init__(self, channel_id: _Optional[str] = ..., version: _Optional[int] = ..., reason: _Optional[str] = ...) -> None: ...

class DeactivateChannelResponse(_message.Message):
    __slots__ = ("channel",)
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    channel: _channel_pb2.Channel
    def __init__(self, channel: _Optional[_Union[_channel_pb2.Channel, _Mapping]] = ...) -> None: ...

class RotateChannelWebhookSecretRequest(_message.Message):
    __slots__ = ("channel_id", "version", "previous_secret_grace_period")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_SECRET_GRACE_PERIOD_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    version: int
    previous_secret_grace_period: _duration_pb2.Duration
    def __init__(self, channel_id: _Optional[str] = ..., version: _Optional[int] = ..., previous_secret_grace_period: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class RotateChannelWebhookSecretResponse(_message.Message):
    __slots__ = ("channel", "webhook_secret", "previous_secret_expire_time")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    WEBHOOK_SECRET_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_SECRET_EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    channel: _channel_pb2.Channel
    webhook_secret: str
    previous_secret_expire_time: _timestamp_pb2.Timestamp
    def __init__(self, channel: _Optional[_Union[_channel_pb2.Channel, _Mapping]] = ..., webhook_secret: _Optional[str] = ..., previous_secret_expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListChannelLabelsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "channel_id")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    channel_id: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., channel_id: _Optional[str] = ...) -> None: ...

class ListChannelLabelsResponse(_message.Message):
    __slots__ = ("labels", "next_page_token", "total_size")
    LABELS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    labels: _containers.RepeatedCompositeFieldContainer[_channel_pb2.ChannelLabel]
    next_page_token: str
    total_size: int
    def __init__(self, labels: _Optional[_Iterable[_Union[_channel_pb2.ChannelLabel, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class StartHistoryImportRequest(_message.Message):
    __slots__ = ("channel_id", "strategy", "days", "per_chat_message_limit", "request_id")
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_FIELD_NUMBER: _ClassVar[int]
    DAYS_FIELD_NUMBER: _ClassVar[int]
    PER_CHAT_MESSAGE_LIMIT_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    channel_id: str
    strategy: _history_import_pb2.HistoryImportStrategy
    days: int
    per_chat_message_limit: int
    request_id: str
    def __init__(self, channel_id: _Optional[str] = ..., strategy: _Optional[_Union[_history_import_pb2.HistoryImportStrategy, str]] = ..., days: _Optional[int] = ..., per_chat_message_limit: _Optional[int] = ..., request_id: _Optional[str] = ...) -> None: ...

class StartHistoryImportResponse(_message.Message):
    __slots__ = ("history_import",)
    HISTORY_IMPORT_FIELD_NUMBER: _ClassVar[int]
    history_import: _history_import_pb2.HistoryImport
    def __init__(self, history_import: _Optional[_Union[_history_import_pb2.HistoryImport, _Mapping]] = ...) -> None: ...

class GetHistoryImportRequest(_message.Message):
    __slots__ = ("history_import_id",)
    HISTORY_IMPORT_ID_FIELD_NUMBER: _ClassVar[int]
    history_import_id: str
    def __init__(self, history_import_id: _Optional[str] = ...) -> None: ...

class GetHistoryImportResponse(_message.Message):
    __slots__ = ("history_import",)
    HISTORY_IMPORT_FIELD_NUMBER: _ClassVar[int]
    history_import: _history_import_pb2.HistoryImport
    def __init__(self, history_import: _Optional[_Union[_history_import_pb2.HistoryImport, _Mapping]] = ...) -> None: ...

class ListHistoryImportsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "channel_id", "status")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    channel_id: str
    status: _history_import_pb2.HistoryImportStatus
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., channel_id: _Optional[str] = ..., status: _Optional[_Union[_history_import_pb2.HistoryImportStatus, str]] = ...) -> None: ...

class ListHistoryImportsResponse(_message.Message):
    __slots__ = ("history_imports", "next_page_token", "total_size")
    HISTORY_IMPORTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    history_imports: _containers.RepeatedCompositeFieldContainer[_history_import_pb2.HistoryImport]
    next_page_token: str
    total_size: int
    def __init__(self, history_imports: _Optional[_Iterable[_Union[_history_import_pb2.HistoryImport, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class CancelHistoryImportRequest(_message.Message):
    __slots__ = ("history_import_id", "version")
    HISTORY_IMPORT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    history_import_id: str
    version: int
    def __init__(self, history_import_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class CancelHistoryImportResponse(_message.Message):
    __slots__ = ("history_import",)
    HISTORY_IMPORT_FIELD_NUMBER: _ClassVar[int]
    history_import: _history_import_pb2.HistoryImport
    def __init__(self, history_import: _Optional[_Union[_history_import_pb2.HistoryImport, _Mapping]] = ...) -> None: ...

class ResumeHistoryImportRequest(_message.Message):
    __slots__ = ("history_import_id", "version")
    HISTORY_IMPORT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    history_import_id: str
    version: int
    def __init__(self, history_import_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class ResumeHistoryImportResponse(_message.Message):
    __slots__ = ("history_import",)
    HISTORY_IMPORT_FIELD_NUMBER: _ClassVar[int]
    history_import: _history_import_pb2.HistoryImport
    def __init__(self, history_import: _Optional[_Union[_history_import_pb2.HistoryImport, _Mapping]] = ...) -> None: ...

class WatchHistoryImportRequest(_message.Message):
    __slots__ = ("history_import_id",)
    HISTORY_IMPORT_ID_FIELD_NUMBER: _ClassVar[int]
    history_import_id: str
    def __init__(self, history_import_id: _Optional[str] = ...) -> None: ...

class WatchHistoryImportResponse(_message.Message):
    __slots__ = ("history_import",)
    HISTORY_IMPORT_FIELD_NUMBER: _ClassVar[int]
    history_import: _history_import_pb2.HistoryImport
    def __init__(self, history_import: _Optional[_Union[_history_import_pb2.HistoryImport, _Mapping]] = ...) -> None: ...
