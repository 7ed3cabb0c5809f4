import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.crm.v1 import contact_event_pb2 as _contact_event_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ListContactEventsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "contact_id", "categories", "priorities", "visibilities", "session_id", "event_types", "occur_time_after", "occur_time_before")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    PRIORITIES_FIELD_NUMBER: _ClassVar[int]
    VISIBILITIES_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_TYPES_FIELD_NUMBER: _ClassVar[int]
    OCCUR_TIME_AFTER_FIELD_NUMBER: _ClassVar[int]
    OCCUR_TIME_BEFORE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    contact_id: str
    categories: _containers.RepeatedScalarFieldContainer[_contact_event_pb2.ContactEventCategory]
    priorities: _containers.RepeatedScalarFieldContainer[_contact_event_pb2.ContactEventPriority]
    visibilities: _containers.RepeatedScalarFieldContainer[_contact_event_pb2.ContactEventVisibility]
    session_id: str
    event_types: _containers.RepeatedScalarFieldContainer[str]
    occur_time_after: _timestamp_pb2.Timestamp
    occur_time_before: _timestamp_pb2.Timestamp
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., contact_id: _Optional[str] = ..., categories: _Optional[_Iterable[_Union[_contact_event_pb2.ContactEventCategory, str]]] = ..., priorities: _Optional[_Iterable[_Union[_contact_event_pb2.ContactEventPriority, str]]] = ..., visibilities: _Optional[_Iterable[_Union[_contact_event_pb2.ContactEventVisibility, str]]] = ..., session_id: _Optional[str] = ..., event_types: _Optional[_Iterable[str]] = ..., occur_time_after: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., occur_time_before: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListContactEventsResponse(_message.Message):
    __slots__ = ("contact_events", "next_page_token", "total_size")
    CONTACT_EVENTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    contact_events: _containers.RepeatedCompositeFieldContainer[_contact_event_pb2.ContactEvent]
    next_page_token: str
    total_size: int
    def __init__(self, contact_events: _Optional[_Iterable[_Union[_contact_event_pb2.ContactEvent, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class GetContactEventRequest(_message.Message):
    __slots__ = ("contact_event_id",)
    CONTACT_EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    contact_event_id: str
    def __init__(self, contact_event_id: _Optional[str] = ...) -> None: ...

class GetContactEventResponse(_message.Message):
    __slots__ = ("contact_event",)
    CONTACT_EVENT_FIELD_NUMBER: _ClassVar[int]
    contact_event: _contact_event_pb2.ContactEvent
    def __init__(self, contact_event: _Optional[_Union[_contact_event_pb2.ContactEvent, _Mapping]] = ...) -> None: ...

class StreamContactEventsRequest(_message.Message):
    __slots__ = ("contact_id", "categories", "priorities", "visibilities", "since_time")
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    PRIORITIES_FIELD_NUMBER: _ClassVar[int]
    VISIBILITIES_FIELD_NUMBER: _ClassVar[int]
    SINCE_TIME_FIELD_NUMBER: _ClassVar[int]
    contact_id: str
    categories: _containers.RepeatedScalarFieldContainer[_contact_event_pb2.ContactEventCategory]
    priorities: _containers.RepeatedScalarFieldContainer[_contact_event_pb2.ContactEventPriority]
    visibilities: _containers.RepeatedScalarFieldContainer[_contact_event_pb2.ContactEventVisibility]
    since_time: _timestamp_pb2.Timestamp
    def __init__(self, contact_id: _Optional[str] = ..., categories: _Optional[_Iterable[_Union[_contact_event_pb2.ContactEventCategory, str]]] = ..., priorities: _Optional[_Iterable[_Union[_contact_event_pb2.ContactEventPriority, str]]] = ..., visibilities: _Optional[_Iterable[_Union[_contact_event_pb2.ContactEventVisibility, str]]] = ..., since_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class StreamContactEventsResponse(_message.Message):
    __slots__ = ("contact_event",)
    CONTACT_EVENT_FIELD_NUMBER: _ClassVar[int]
    contact_event: _contact_event_pb2.ContactEvent
    def __init__(self, contact_event: _Optional[_Union[_contact_event_pb2.ContactEvent, _Mapping]] = ...) -> None: ...
