import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.crm.v1 import note_pb2 as _note_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AddNoteRequest(_message.Message):
    __slots__ = ("contact_id", "note", "request_id")
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    contact_id: str
    note: _note_pb2.Note
    request_id: str
    def __init__(self, contact_id: _Optional[str] = ..., note: _Optional[_Union[_note_pb2.Note, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class AddNoteResponse(_message.Message):
    __slots__ = ("note",)
    NOTE_FIELD_NUMBER: _ClassVar[int]
    note: _note_pb2.Note
    def __init__(self, note: _Optional[_Union[_note_pb2.Note, _Mapping]] = ...) -> None: ...

class GetNoteRequest(_message.Message):
    __slots__ = ("note_id",)
    NOTE_ID_FIELD_NUMBER: _ClassVar[int]
    note_id: str
    def __init__(self, note_id: _Optional[str] = ...) -> None: ...

class GetNoteResponse(_message.Message):
    __slots__ = ("note",)
    NOTE_FIELD_NUMBER: _ClassVar[int]
    note: _note_pb2.Note
    def __init__(self, note: _Optional[_Union[_note_pb2.Note, _Mapping]] = ...) -> None: ...

class ListNotesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "contact_id", "session_id", "author_id", "author_type", "note_types", "priorities", "pinned_only", "visible_to_client_only", "query", "create_time_after", "create_time_before", "show_deleted")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_ID_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    NOTE_TYPES_FIELD_NUMBER: _ClassVar[int]
    PRIORITIES_FIELD_NUMBER: _ClassVar[int]
    PINNED_ONLY_FIELD_NUMBER: _ClassVar[int]
    VISIBLE_TO_CLIENT_ONLY_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_AFTER_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_BEFORE_FIELD_NUMBER: _ClassVar[int]
    SHOW_DELETED_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    contact_id: str
    session_id: str
    author_id: str
    author_type: _note_pb2.NoteAuthorType
    note_types: _containers.RepeatedScalarFieldContainer[_note_pb2.NoteType]
    priorities: _containers.RepeatedScalarFieldContainer[_note_pb2.NotePriority]
    pinned_only: bool
    visible_to_client_only: bool
    query: str
    create_time_after: _timestamp_pb2.Timestamp
    create_time_before: _timestamp_pb2.Timestamp
    show_deleted: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ..., author_id: _Optional[str] = ..., author_type: _Optional[_Union[_note_pb2.NoteAuthorType, str]] = ..., note_types: _Optional[_Iterable[_Union[_note_pb2.NoteType, str]]] = ..., priorities: _Optional[_Iterable[_Union[_note_pb2.NotePriority, str]]] = ..., pinned_only: _Optional[bool] = ..., visible_to_client_only: _Optional[bool] = ..., query: _Optional[str] = ..., create_time_after: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time_before: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., show_deleted: _Optional[bool] = ...) -> None: ...

class ListNotesResponse(_message.Message):
    __slots__ = ("notes", "next_page_token", "total_size")
    NOTES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    notes: _containers.RepeatedCompositeFieldContainer[_note_pb2.Note]
    next_page_token: str
    total_size: int
    def __init__(self, notes: _Optional[_Iterable[_Union[_note_pb2.Note, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class UpdateNoteRequest(_message.Message):
    __slots__ = ("note", "update_mask")
    NOTE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    note: _note_pb2.Note
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, note: _Optional[_Union[_note_pb2.Note, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateNoteResponse(_message.Message):
    __slots__ = ("note",)
    NOTE_FIELD_NUMBER: _ClassVar[int]
    note: _note_pb2.Note
    def __init__(self, note: _Optional[_Union[_note_pb2.Note, _Mapping]] = ...) -> None: ...

class PinNoteRequest(_message.Message):
    __slots__ = ("note_id",)
    NOTE_ID_FIELD_NUMBER: _ClassVar[int]
    note_id: str
    def __init__(self, note_id: _Optional[str] = ...) -> None: ...

class PinNoteResponse(_message.Message):
    __slots__ = ("note",)
    NOTE_FIELD_NUMBER: _ClassVar[int]
    note: _note_pb2.Note
    def __init__(self, note: _Optional[_Union[_note_pb2.Note, _Mapping]] = ...) -> None: ...

class UnpinNoteRequest(_message.Message):
    __slots__ = ("note_id",)
    NOTE_ID_FIELD_NUMBER: _ClassVar[int]
    note_id: str
    def __init__(self, note_id: _Optional[str] = ...) -> None: ...

class UnpinNoteResponse(_message.Message):
    __slots__ = ("note",)
    NOTE_FIELD_NUMBER: _ClassVar[int]
    note: _note_pb2.Note
    def __init__(self, note: _Optional[_Union[_note_pb2.Note, _Mapping]] = ...) -> None: ...

class DeleteNoteRequest(_message.Message):
    __slots__ = ("note_id", "version")
    NOTE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    note_id: str
    version: int
    def __init__(self, note_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class DeleteNoteResponse(_message.Message):
    __slots__ = ("note",)
    NOTE_FIELD_NUMBER: _ClassVar[int]
    note: _note_pb2.Note
    def __init__(self, note: _Optional[_Union[_note_pb2.Note, _Mapping]] = ...) -> None: ...
