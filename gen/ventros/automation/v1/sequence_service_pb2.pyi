from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from ventros.automation.v1 import sequence_pb2 as _sequence_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateSequenceRequest(_message.Message):
    __slots__ = ("sequence", "request_id")
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    sequence: _sequence_pb2.Sequence
    request_id: str
    def __init__(self, sequence: _Optional[_Union[_sequence_pb2.Sequence, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateSequenceResponse(_message.Message):
    __slots__ = ("sequence",)
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    sequence: _sequence_pb2.Sequence
    def __init__(self, sequence: _Optional[_Union[_sequence_pb2.Sequence, _Mapping]] = ...) -> None: ...

class GetSequenceRequest(_message.Message):
    __slots__ = ("sequence_id",)
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    sequence_id: str
    def __init__(self, sequence_id: _Optional[str] = ...) -> None: ...

class GetSequenceResponse(_message.Message):
    __slots__ = ("sequence",)
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    sequence: _sequence_pb2.Sequence
    def __init__(self, sequence: _Optional[_Union[_sequence_pb2.Sequence, _Mapping]] = ...) -> None: ...

class ListSequencesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "status", "trigger_type", "channel_id", "query", "show_deleted")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_TYPE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_ID_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    SHOW_DELETED_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    status: _sequence_pb2.SequenceStatus
    trigger_type: _sequence_pb2.SequenceTriggerType
    channel_id: str
    query: str
    show_deleted: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., status: _Optional[_Union[_sequence_pb2.SequenceStatus, str]] = ..., trigger_type: _Optional[_Union[_sequence_pb2.SequenceTriggerType, str]] = ..., channel_id: _Optional[str] = ..., query: _Optional[str] = ..., show_deleted: _Optional[bool] = ...) -> None: ...

class ListSequencesResponse(_message.Message):
    __slots__ = ("sequences", "next_page_token", "total_size")
    SEQUENCES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    sequences: _containers.RepeatedCompositeFieldContainer[_sequence_pb2.Sequence]
    next_page_token: str
    total_size: int
    def __init__(self, sequences: _Optional[_Iterable[_Union[_sequence_pb2.Sequence, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class UpdateSequenceRequest(_message.Message):
    __slots__ = ("sequence", "update_mask")
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    sequence: _sequence_pb2.Sequence
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, sequence: _Optional[_Union[_sequence_pb2.Sequence, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateSequenceResponse(_message.Message):
    __slots__ = ("sequence",)
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    sequence: _sequence_pb2.Sequence
    def __init__(self, sequence: _Optional[_Union[_sequence_pb2.Sequence, _Mapping]] = ...) -> None: ...

class DeleteSequenceRequest(_message.Message):
    __slots__ = ("sequence_id", "version")
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    sequence_id: str
    version: int
    def __init__(self, sequence_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class DeleteSequenceResponse(_message.Message):
    __slots__ = ("sequence",)
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    sequence: _sequence_pb2.Sequence
    def __init__(self, sequence: _Optional[_Union[_sequence_pb2.Sequence, _Mapping]] = ...) -> None: ...

class ActivateSequenceRequest(_message.Message):
    __slots__ = ("sequence_id", "version")
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    sequence_id: str
    version: int
    def __init__(self, sequence_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class ActivateSequenceResponse(_message.Message):
    __slots__ = ("sequence",)
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    sequence: _sequence_pb2.Sequence
    def __init__(self, sequence: _Optional[_Union[_sequence_pb2.Sequence, _Mapping]] = ...) -> None: ...

class PauseSequenceRequest(_message.Message):
    __slots__ = ("sequence_id", "version")
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    sequence_id: str
    version: int
    def __init__(self, sequence_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class PauseSequenceResponse(_message.Message):
    __slots__ = ("sequence",)
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    sequence: _sequence_pb2.Sequence
    def __init__(self, sequence: _Optional[_Union[_sequence_pb2.Sequence, _Mapping]] = ...) -> None: ...

class ResumeSequenceRequest(_message.Message):
    __slots__ = ("sequence_id", "version")
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    sequence_id: str
    version: int
    def __init__(self, sequence_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class ResumeSequenceResponse(_message.Message):
    __slots__ = ("sequence",)
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    sequence: _sequence_pb2.Sequence
    def __init__(self, sequence: _Optional[_Union[_sequence_pb2.Sequence, _Mapping]] = ...) -> None: ...

class ArchiveSequenceRequest(_message.Message):
    __slots__ = ("sequence_id", "version")
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    sequence_id: str
    version: int
    def __init__(self, sequence_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class ArchiveSequenceResponse(_message.Message):
    __slots__ = ("sequence",)
    SEQUENCE_FIELD_NUMBER: _ClassVar[int]
    sequence: _sequence_pb2.Sequence
    def __init__(self, sequence: _Optional[_Union[_sequence_pb2.Sequence, _Mapping]] = ...) -> None: ...

class EnrollContactsRequest(_message.Message):
    __slots__ = ("sequence_id", "contact_ids", "contact_list_id", "request_id")
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_IDS_FIELD_NUMBER: _ClassVar[int]
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    sequence_id: str
    contact_ids: _containers.RepeatedScalarFieldContainer[str]
    contact_list_id: str
    request_id: str
    def __init__(self, sequence_id: _Optional[str] = ..., contact_ids: _Optional[_Iterable[str]] = ..., contact_list_id: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class EnrollContactsResponse(_message.Message):
    __slots__ = ("sequence_enrollments", "enrolled_count", "skipped_count")
    SEQUENCE_ENROLLMENTS_FIELD_NUMBER: _ClassVar[int]
    ENROLLED_COUNT_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_COUNT_FIELD_NUMBER: _ClassVar[int]
    sequence_enrollments: _containers.RepeatedCompositeFieldContainer[_sequence_pb2.SequenceEnrollment]
    enrolled_count: int
    skipped_count: int
    def __init__(self, sequence_enrollments: _Optional[_Iterable[_Union[_sequence_pb2.SequenceEnrollment, _Mapping]]] = ..., enrolled_count: _Optional[int] = ..., skipped_count: _Optional[int] = ...) -> None: ...

class UnenrollContactRequest(_message.Message):
    __slots__ = ("sequence_id", "contact_id")
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    sequence_id: str
    contact_id: str
    def __init__(self, sequence_id: _Optional[str] = ..., contact_id: _Optional[str] = ...) -> None: ...

class UnenrollContactResponse(_message.Message):
    __slots__ = ("sequence_enrollment",)
    SEQUENCE_ENROLLMENT_FIELD_NUMBER: _ClassVar[int]
    sequence_enrollment: _sequence_pb2.SequenceEnrollment
    def __init__(self, sequence_enrollment: _Optional[_Union[_sequence_pb2.SequenceEnrollment, _Mapping]] = ...) -> None: ...

class ListSequenceEnrollmentsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "sequence_id", "status", "contact_id")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    SEQUENCE_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    sequence_id: str
    status: _sequence_pb2.SequenceEnrollmentStatus
    contact_id: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., sequence_id: _Optional[str] = ..., status: _Optional[_Union[_sequence_pb2.SequenceEnrollmentStatus, str]] = ..., contact_id: _Optional[str] = ...) -> None: ...

class ListSequenceEnrollmentsResponse(_message.Message):
    __slots__ = ("sequence_enrollments", "next_page_token", "total_size")
    SEQUENCE_ENROLLMENTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    sequence_enrollments: _containers.RepeatedCompositeFieldContainer[_sequence_pb2.SequenceEnrollment]
    next_page_token: str
    total_size: int
    def __init__(self, sequence_enrollments: _Optional[_Iterable[_Union[_sequence_pb2.SequenceEnrollment, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...
