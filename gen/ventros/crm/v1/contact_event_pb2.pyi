import datetime

from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import event_pb2 as _event_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ContactEventCategory(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_EVENT_CATEGORY_UNSPECIFIED: _ClassVar[ContactEventCategory]
    CONTACT_EVENT_CATEGORY_GENERAL: _ClassVar[ContactEventCategory]
    CONTACT_EVENT_CATEGORY_STATUS: _ClassVar[ContactEventCategory]
    CONTACT_EVENT_CATEGORY_PIPELINE: _ClassVar[ContactEventCategory]
    CONTACT_EVENT_CATEGORY_ASSIGNMENT: _ClassVar[ContactEventCategory]
    CONTACT_EVENT_CATEGORY_TAG: _ClassVar[ContactEventCategory]
    CONTACT_EVENT_CATEGORY_NOTE: _ClassVar[ContactEventCategory]
    CONTACT_EVENT_CATEGORY_SESSION: _ClassVar[ContactEventCategory]
    CONTACT_EVENT_CATEGORY_CUSTOM_FIELD: _ClassVar[ContactEventCategory]
    CONTACT_EVENT_CATEGORY_SYSTEM: _ClassVar[ContactEventCategory]
    CONTACT_EVENT_CATEGORY_NOTIFICATION: _ClassVar[ContactEventCategory]
    CONTACT_EVENT_CATEGORY_TRACKING: _ClassVar[ContactEventCategory]
    CONTACT_EVENT_CATEGORY_MESSAGE: _ClassVar[ContactEventCategory]

class ContactEventPriority(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_EVENT_PRIORITY_UNSPECIFIED: _ClassVar[ContactEventPriority]
    CONTACT_EVENT_PRIORITY_LOW: _ClassVar[ContactEventPriority]
    CONTACT_EVENT_PRIORITY_NORMAL: _ClassVar[ContactEventPriority]
    CONTACT_EVENT_PRIORITY_HIGH: _ClassVar[ContactEventPriority]
    CONTACT_EVENT_PRIORITY_URGENT: _ClassVar[ContactEventPriority]

class ContactEventSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_EVENT_SOURCE_UNSPECIFIED: _ClassVar[ContactEventSource]
    CONTACT_EVENT_SOURCE_SYSTEM: _ClassVar[ContactEventSource]
    CONTACT_EVENT_SOURCE_AGENT: _ClassVar[ContactEventSource]
    CONTACT_EVENT_SOURCE_WEBHOOK: _ClassVar[ContactEventSource]
    CONTACT_EVENT_SOURCE_WORKFLOW: _ClassVar[ContactEventSource]
    CONTACT_EVENT_SOURCE_AUTOMATION: _ClassVar[ContactEventSource]
    CONTACT_EVENT_SOURCE_INTEGRATION: _ClassVar[ContactEventSource]
    CONTACT_EVENT_SOURCE_USER: _ClassVar[ContactEventSource]

class ContactEventVisibility(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_EVENT_VISIBILITY_UNSPECIFIED: _ClassVar[ContactEventVisibility]
    CONTACT_EVENT_VISIBILITY_PUBLIC: _ClassVar[ContactEventVisibility]
    CONTACT_EVENT_VISIBILITY_INTERNAL: _ClassVar[ContactEventVisibility]
    CONTACT_EVENT_VISIBILITY_SYSTEM: _ClassVar[ContactEventVisibility]
CONTACT_EVENT_CATEGORY_UNSPECIFIED: ContactEventCategory
CONTACT_EVENT_CATEGORY_GENERAL: ContactEventCategory
CONTACT_EVENT_CATEGORY_STATUS: ContactEventCategory
CONTACT_EVENT_CATEGORY_PIPELINE: ContactEventCategory
CONTACT_EVENT_CATEGORY_ASSIGNMENT: ContactEventCategory
CONTACT_EVENT_CATEGORY_TAG: ContactEventCategory
CONTACT_EVENT_CATEGORY_NOTE: ContactEventCategory
CONTACT_EVENT_CATEGORY_SESSION: ContactEventCategory
CONTACT_EVENT_CATEGORY_CUSTOM_FIELD: ContactEventCategory
CONTACT_EVENT_CATEGORY_SYSTEM: ContactEventCategory
CONTACT_EVENT_CATEGORY_NOTIFICATION: ContactEventCategory
CONTACT_EVENT_CATEGORY_TRACKING: ContactEventCategory
CONTACT_EVENT_CATEGORY_MESSAGE: ContactEventCategory
CONTACT_EVENT_PRIORITY_UNSPECIFIED: ContactEventPriority
CONTACT_EVENT_PRIORITY_LOW: ContactEventPriority
CONTACT_EVENT_PRIORITY_NORMAL: ContactEventPriority
CONTACT_EVENT_PRIORITY_HIGH: ContactEventPriority
CONTACT_EVENT_PRIORITY_URGENT: ContactEventPriority
CONTACT_EVENT_SOURCE_UNSPECIFIED: ContactEventSource
CONTACT_EVENT_SOURCE_SYSTEM: ContactEventSource
CONTACT_EVENT_SOURCE_AGENT: ContactEventSource
CONTACT_EVENT_SOURCE_WEBHOOK: ContactEventSource
CONTACT_EVENT_SOURCE_WORKFLOW: ContactEventSource
CONTACT_EVENT_SOURCE_AUTOMATION: ContactEventSource
CONTACT_EVENT_SOURCE_INTEGRATION: ContactEventSource
CONTACT_EVENT_SOURCE_USER: ContactEventSource
CONTACT_EVENT_VISIBILITY_UNSPECIFIED: ContactEventVisibility
CONTACT_EVENT_VISIBILITY_PUBLIC: ContactEventVisibility
CONTACT_EVENT_VISIBILITY_INTERNAL: ContactEventVisibility
CONTACT_EVENT_VISIBILITY_SYSTEM: ContactEventVisibility

class ContactEvent(_message.Message):
    __slots__ = ("id", "project_id", "contact_id", "event_type", "category", "priority", "title", "description", "payload", "source", "actor", "visibility", "occur_time", "session_id", "source_event_id", "source_event_type", "message_id", "expire_time", "version", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    PRIORITY_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    VISIBILITY_FIELD_NUMBER: _ClassVar[int]
    OCCUR_TIME_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    SOURCE_EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_ID_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    contact_id: str
    event_type: str
    category: ContactEventCategory
    priority: ContactEventPriority
    title: str
    description: str
    payload: _struct_pb2.Struct
    source: ContactEventSource
    actor: _event_pb2.Actor
    visibility: ContactEventVisibility
    occur_time: _timestamp_pb2.Timestamp
    session_id: str
    source_event_id: str
    source_event_type: str
    message_id: str
    expire_time: _timestamp_pb2.Timestamp
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., event_type: _Optional[str] = ..., category: _Optional[_Union[ContactEventCategory, str]] = ..., priority: _Optional[_Union[ContactEventPriority, str]] = ..., title: _Optional[str] = ..., description: _Optional[str] = ..., payload: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ..., source: _Optional[_Union[ContactEventSource, str]] = ..., actor: _Optional[_Union[_event_pb2.Actor, _Mapping]] = ..., visibility: _Optional[_Union[ContactEventVisibility, str]] = ..., occur_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., session_id: _Optional[str] = ..., source_event_id: _Optional[str] = ..., source_event_type: _Optional[str] = ..., message_id: _Optional[str] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
