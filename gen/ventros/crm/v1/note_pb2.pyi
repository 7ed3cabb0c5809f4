import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class NoteAuthorType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    NOTE_AUTHOR_TYPE_UNSPECIFIED: _ClassVar[NoteAuthorType]
    NOTE_AUTHOR_TYPE_AGENT: _ClassVar[NoteAuthorType]
    NOTE_AUTHOR_TYPE_SYSTEM: _ClassVar[NoteAuthorType]
    NOTE_AUTHOR_TYPE_USER: _ClassVar[NoteAuthorType]

class NoteType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    NOTE_TYPE_UNSPECIFIED: _ClassVar[NoteType]
    NOTE_TYPE_GENERAL: _ClassVar[NoteType]
    NOTE_TYPE_FOLLOW_UP: _ClassVar[NoteType]
    NOTE_TYPE_COMPLAINT: _ClassVar[NoteType]
    NOTE_TYPE_RESOLUTION: _ClassVar[NoteType]
    NOTE_TYPE_ESCALATION: _ClassVar[NoteType]
    NOTE_TYPE_INTERNAL: _ClassVar[NoteType]
    NOTE_TYPE_CUSTOMER: _ClassVar[NoteType]
    NOTE_TYPE_SESSION_SUMMARY: _ClassVar[NoteType]
    NOTE_TYPE_SESSION_HANDOFF: _ClassVar[NoteType]
    NOTE_TYPE_SESSION_FEEDBACK: _ClassVar[NoteType]
    NOTE_TYPE_AD_CONVERSION: _ClassVar[NoteType]
    NOTE_TYPE_AD_CAMPAIGN: _ClassVar[NoteType]
    NOTE_TYPE_AD_ATTRIBUTION: _ClassVar[NoteType]
    NOTE_TYPE_TRACKING_INSIGHT: _ClassVar[NoteType]

class NotePriority(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    NOTE_PRIORITY_UNSPECIFIED: _ClassVar[NotePriority]
    NOTE_PRIORITY_LOW: _ClassVar[NotePriority]
    NOTE_PRIORITY_NORMAL: _ClassVar[NotePriority]
    NOTE_PRIORITY_HIGH: _ClassVar[NotePriority]
    NOTE_PRIORITY_URGENT: _ClassVar[NotePriority]
NOTE_AUTHOR_TYPE_UNSPECIFIED: NoteAuthorType
NOTE_AUTHOR_TYPE_AGENT: NoteAuthorType
NOTE_AUTHOR_TYPE_SYSTEM: NoteAuthorType
NOTE_AUTHOR_TYPE_USER: NoteAuthorType
NOTE_TYPE_UNSPECIFIED: NoteType
NOTE_TYPE_GENERAL: NoteType
NOTE_TYPE_FOLLOW_UP: NoteType
NOTE_TYPE_COMPLAINT: NoteType
NOTE_TYPE_RESOLUTION: NoteType
NOTE_TYPE_ESCALATION: NoteType
NOTE_TYPE_INTERNAL: NoteType
NOTE_TYPE_CUSTOMER: NoteType
NOTE_TYPE_SESSION_SUMMARY: NoteType
NOTE_TYPE_SESSION_HANDOFF: NoteType
NOTE_TYPE_SESSION_FEEDBACK: NoteType
NOTE_TYPE_AD_CONVERSION: NoteType
NOTE_TYPE_AD_CAMPAIGN: NoteType
NOTE_TYPE_AD_ATTRIBUTION: NoteType
NOTE_TYPE_TRACKING_INSIGHT: NoteType
NOTE_PRIORITY_UNSPECIFIED: NotePriority
NOTE_PRIORITY_LOW: NotePriority
NOTE_PRIORITY_NORMAL: NotePriority
NOTE_PRIORITY_HIGH: NotePriority
NOTE_PRIORITY_URGENT: NotePriority

class Note(_message.Message):
    __slots__ = ("id", "project_id", "contact_id", "session_id", "author_type", "author_id", "author_name", "content", "note_type", "priority", "pinned", "visible_to_client", "tags", "mentions", "attachments", "version", "create_time", "update_time", "delete_time", "pin_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_TYPE_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_ID_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_NAME_FIELD_NUMBER: _ClassVar[int]
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    NOTE_TYPE_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    PINNED_FIELD_NUMBER: _ClassVar[int]
    VISIBLE_TO_CLIENT_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    MENTIONS_FIELD_NUMBER: _ClassVar[int]
    ATTACHMENTS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    PIN_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    contact_id: str
    session_id: str
    author_type: NoteAuthorType
    author_id: str
    author_name: str
    content: str
    note_type: NoteType
    priority: NotePriority
    pinned: bool
    visible_to_client: bool
    tags: _containers.RepeatedScalarFieldContainer[str]
    mentions: _containers.RepeatedScalarFieldContainer[str]
    attachments: _containers.RepeatedCompositeFieldContainer[NoteAttachment]
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    delete_time: _timestamp_pb2.Timestamp
    pin_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., session_id: _Optional[str] = ..., author_type: _Optional[_Union[NoteAuthorType, str]] = ..., author_id: _Optional[str] = ..., author_name: _Optional[str] = ..., content: _Optional[str] = ..., note_type: _Optional[_Union[NoteType, str]] = ..., priority: _Optional[_Union[NotePriority, str]] = ..., pinned: _Optional[bool] = ..., visible_to_client: _Optional[bool] = ..., tags: _Optional[_Iterable[str]] = ..., mentions: _Optional[_Iterable[str]] = ..., attachments: _Optional[_Iterable[_Union[NoteAttachment, _Mapping]]] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., pin_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class NoteAttachment(_message.Message):
    __slots__ = ("url", "file_name", "mime_type", "size_bytes")
    URL_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    MIME_TYPE_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    url: str
    file_name: str
    mime_type: str
    size_bytes: int
    def __init__(self, url: _Optional[str] = ..., file_name: _Optional[str] = ..., mime_type: _Optional[str] = ..., size_bytes: _Optional[int] = ...) -> None: ...
