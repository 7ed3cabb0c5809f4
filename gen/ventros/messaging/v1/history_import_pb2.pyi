import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class HistoryImportStrategy(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    HISTORY_IMPORT_STRATEGY_UNSPECIFIED: _ClassVar[HistoryImportStrategy]
    HISTORY_IMPORT_STRATEGY_FULL: _ClassVar[HistoryImportStrategy]
    HISTORY_IMPORT_STRATEGY_TIME_RANGE: _ClassVar[HistoryImportStrategy]
    HISTORY_IMPORT_STRATEGY_RECENT: _ClassVar[HistoryImportStrategy]

class HistoryImportStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    HISTORY_IMPORT_STATUS_UNSPECIFIED: _ClassVar[HistoryImportStatus]
    HISTORY_IMPORT_STATUS_PENDING: _ClassVar[HistoryImportStatus]
    HISTORY_IMPORT_STATUS_RUNNING: _ClassVar[HistoryImportStatus]
    HISTORY_IMPORT_STATUS_COMPLETED: _ClassVar[HistoryImportStatus]
    HISTORY_IMPORT_STATUS_FAILED: _ClassVar[HistoryImportStatus]
    HISTORY_IMPORT_STATUS_CANCELLED: _ClassVar[HistoryImportStatus]
HISTORY_IMPORT_STRATEGY_UNSPECIFIED: HistoryImportStrategy
HISTORY_IMPORT_STRATEGY_FULL: HistoryImportStrategy
HISTORY_IMPORT_STRATEGY_TIME_RANGE: HistoryImportStrategy
HISTORY_IMPORT_STRATEGY_RECENT: HistoryImportStrategy
HISTORY_IMPORT_STATUS_UNSPECIFIED: HistoryImportStatus
HISTORY_IMPORT_STATUS_PENDING: HistoryImportStatus
HISTORY_IMPORT_STATUS_RUNNING: HistoryImportStatus
HISTORY_IMPORT_STATUS_COMPLETED: HistoryImportStatus
HISTORY_IMPORT_STATUS_FAILED: HistoryImportStatus
HISTORY_IMPORT_STATUS_CANCELLED: HistoryImportStatus

class HistoryImport(_message.Message):
    __slots__ = ("id", "project_id", "version", "channel_id", "strategy", "days", "per_chat_message_limit", "from_time", "to_time", "status", "progress", "error", "resumable", "resume_count", "correlation_id", "request_id", "start_time", "end_time", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    STRATEGY_FIELD_NUMBER: _ClassVar[int]
    DAYS_FIELD_NUMBER: _ClassVar[int]
    PER_CHAT_MESSAGE_LIMIT_FIELD_NUMBER: _ClassVar[int]
    FROM_TIME_FIELD_NUMBER: _ClassVar[int]
    TO_TIME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    RESUMABLE_FIELD_NUMBER: _ClassVar[int]
    RESUME_COUNT_FIELD_NUMBER: _ClassVar[int]
    CORRELATION_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    version: int
    channel_id: str
    strategy: HistoryImportStrategy
    days: int
    per_chat_message_limit: int
    from_time: _timestamp_pb2.Timestamp
    to_time: _timestamp_pb2.Timestamp
    status: HistoryImportStatus
    progress: HistoryImportProgress
    error: str
    resumable: bool
    resume_count: int
    correlation_id: str
    request_id: str
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., version: _Optional[int] = ..., channel_id: _Optional[str] = ..., strategy: _Optional[_Union[HistoryImportStrategy, str]] = ..., days: _Optional[int] = ..., per_chat_message_limit: _Optional[int] = ..., from_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., to_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., status: _Optional[_Union[HistoryImportStatus, str]] = ..., progress: _Optional[_Union[HistoryImportProgress, _Mapping]] = ..., error: _Optional[str] = ..., resumable: _Optional[bool] = ..., resume_count: _Optional[int] = ..., correlation_id: _Optional[str] = ..., request_id: _Optional[str] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class HistoryImportProgress(_message.Message):
    __slots__ = ("total_chats", "processed_chats", "failed_chats", "fetched_messages", "imported_messages", "duplicate_messages", "failed_messages", "contacts_created", "sessions_created", "percent_complete", "current_chat_id", "update_time")
    TOTAL_CHATS_FIELD_NUMBER: _ClassVar[int]
    PROCESSED_CHATS_FIELD_NUMBER: _ClassVar[int]
    FAILED_CHATS_FIELD_NUMBER: _ClassVar[int]
    FETCHED_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    IMPORTED_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    FAILED_MESSAGES_FIELD_NUMBER: _ClassVar[int]
    CONTACTS_CREATED_FIELD_NUMBER: _ClassVar[int]
    SESSIONS_CREATED_FIELD_NUMBER: _ClassVar[int]
    PERCENT_COMPLETE_FIELD_NUMBER: _ClassVar[int]
    CURRENT_CHAT_ID_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    total_chats: int
    processed_chats: int
    failed_chats: int
    fetched_messages: int
    imported_messages: int
    duplicate_messages: int
    failed_messages: int
    contacts_created: int
    sessions_created: int
    percent_complete: float
    current_chat_id: str
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, total_chats: _Optional[int] = ..., processed_chats: _Optional[int] = ..., failed_chats: _Optional[int] = ..., fetched_messages: _Optional[int] = ..., imported_messages: _Optional[int] = ..., duplicate_messages: _Optional[int] = ..., failed_messages: _Optional[int] = ..., contacts_created: _Optional[int] = ..., sessions_created: _Optional[int] = ..., percent_complete: _Optional[float] = ..., current_chat_id: _Optional[str] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
