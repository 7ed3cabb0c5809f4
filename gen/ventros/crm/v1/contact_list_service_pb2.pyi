import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.crm.v1 import contact_list_pb2 as _contact_list_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateContactListRequest(_message.Message):
    __slots__ = ("contact_list", "request_id")
    CONTACT_LIST_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    contact_list: _contact_list_pb2.ContactList
    request_id: str
    def __init__(self, contact_list: _Optional[_Union[_contact_list_pb2.ContactList, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateContactListResponse(_message.Message):
    __slots__ = ("contact_list",)
    CONTACT_LIST_FIELD_NUMBER: _ClassVar[int]
    contact_list: _contact_list_pb2.ContactList
    def __init__(self, contact_list: _Optional[_Union[_contact_list_pb2.ContactList, _Mapping]] = ...) -> None: ...

class GetContactListRequest(_message.Message):
    __slots__ = ("contact_list_id",)
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    contact_list_id: str
    def __init__(self, contact_list_id: _Optional[str] = ...) -> None: ...

class GetContactListResponse(_message.Message):
    __slots__ = ("contact_list",)
    CONTACT_LIST_FIELD_NUMBER: _ClassVar[int]
    contact_list: _contact_list_pb2.ContactList
    def __init__(self, contact_list: _Optional[_Union[_contact_list_pb2.ContactList, _Mapping]] = ...) -> None: ...

class ListContactListsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "type", "name", "contact_id", "show_deleted")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    SHOW_DELETED_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    type: _contact_list_pb2.ContactListType
    name: str
    contact_id: str
    show_deleted: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., type: _Optional[_Union[_contact_list_pb2.ContactListType, str]] = ..., name: _Optional[str] = ..., contact_id: _Optional[str] = ..., show_deleted: _Optional[bool] = ...) -> None: ...

class ListContactListsResponse(_message.Message):
    __slots__ = ("contact_lists", "next_page_token", "total_size")
    CONTACT_LISTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    contact_lists: _containers.RepeatedCompositeFieldContainer[_contact_list_pb2.ContactList]
    next_page_token: str
    total_size: int
    def __init__(self, contact_lists: _Optional[_Iterable[_Union[_contact_list_pb2.ContactList, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class UpdateContactListRequest(_message.Message):
    __slots__ = ("contact_list", "update_mask")
    CONTACT_LIST_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    contact_list: _contact_list_pb2.ContactList
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, contact_list: _Optional[_Union[_contact_list_pb2.ContactList, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateContactListResponse(_message.Message):
    __slots__ = ("contact_list",)
    CONTACT_LIST_FIELD_NUMBER: _ClassVar[int]
    contact_list: _contact_list_pb2.ContactList
    def __init__(self, contact_list: _Optional[_Union[_contact_list_pb2.ContactList, _Mapping]] = ...) -> None: ...

class DeleteContactListRequest(_message.Message):
    __slots__ = ("contact_list_id", "version")
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    contact_list_id: str
    version: int
    def __init__(self, contact_list_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class DeleteContactListResponse(_message.Message):
    __slots__ = ("contact_list",)
    CONTACT_LIST_FIELD_NUMBER: _ClassVar[int]
    contact_list: _contact_list_pb2.ContactList
    def __init__(self, contact_list: _Optional[_Union[_contact_list_pb2.ContactList, _Mapping]] = ...) -> None: ...

class AddContactListMembersRequest(_message.Message):
    __slots__ = ("contact_list_id", "contact_ids")
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_IDS_FIELD_NUMBER: _ClassVar[int]
    contact_list_id: str
    contact_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, contact_list_id: _Optional[str] = ..., contact_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class AddContactListMembersResponse(_message.Message):
    __slots__ = ("contact_list", "added_contact_ids")
    CONTACT_LIST_FIELD_NUMBER: _ClassVar[int]
    ADDED_CONTACT_IDS_FIELD_NUMBER: _ClassVar[int]
    contact_list: _contact_list_pb2.ContactList
    added_contact_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, contact_list: _Optional[_Union[_contact_list_pb2.ContactList, _Mapping]] = ..., added_contact_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class RemoveContactListMembersRequest(_message.Message):
    __slots__ = ("contact_list_id", "contact_ids")
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_IDS_FIELD_NUMBER: _ClassVar[int]
    contact_list_id: str
    contact_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, contact_list_id: _Optional[str] = ..., contact_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class RemoveContactListMembersResponse(_message.Message):
    __slots__ = ("contact_list", "removed_contact_ids")
    CONTACT_LIST_FIELD_NUMBER: _ClassVar[int]
    REMOVED_CONTACT_IDS_FIELD_NUMBER: _ClassVar[int]
    contact_list: _contact_list_pb2.ContactList
    removed_contact_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, contact_list: _Optional[_Union[_contact_list_pb2.ContactList, _Mapping]] = ..., removed_contact_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class ListContactListMembersRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "contact_list_id", "add_time_after")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    ADD_TIME_AFTER_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    contact_list_id: str
    add_time_after: _timestamp_pb2.Timestamp
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., contact_list_id: _Optional[str] = ..., add_time_after: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListContactListMembersResponse(_message.Message):
    __slots__ = ("contact_list_members", "next_page_token", "total_size")
    CONTACT_LIST_MEMBERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    contact_list_members: _containers.RepeatedCompositeFieldContainer[_contact_list_pb2.ContactListMember]
    next_page_token: str
    total_size: int
    def __init__(self, contact_list_members: _Optional[_Iterable[_Union[_contact_list_pb2.ContactListMember, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class CountContactListMembersRequest(_message.Message):
    __slots__ = ("contact_list_id",)
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    contact_list_id: str
    def __init__(self, contact_list_id: _Optional[str] = ...) -> None: ...

class CountContactListMembersResponse(_message.Message):
    __slots__ = ("member_count",)
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    member_count: int
    def __init__(self, member_count: _Optional[int] = ...) -> None: ...

class RecalculateContactListRequest(_message.Message):
    __slots__ = ("contact_list_id",)
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    contact_list_id: str
    def __init__(self, contact_list_id: _Optional[str] = ...) -> None: ...

class RecalculateContactListResponse(_message.Message):
    __slots__ = ("contact_list",)
    CONTACT_LIST_FIELD_NUMBER: _ClassVar[int]
    contact_list: _contact_list_pb2.ContactList
    def __init__(self, contact_list: _Optional[_Union[_contact_list_pb2.ContactList, _Mapping]] = ...) -> None: ...
