import datetime

from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.common.v1 import types_pb2 as _types_pb2
from ventros.crm.v1 import contact_pb2 as _contact_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ContactListType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_LIST_TYPE_UNSPECIFIED: _ClassVar[ContactListType]
    CONTACT_LIST_TYPE_STATIC: _ClassVar[ContactListType]
    CONTACT_LIST_TYPE_DYNAMIC: _ClassVar[ContactListType]

class ContactListLogicalOperator(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_LIST_LOGICAL_OPERATOR_UNSPECIFIED: _ClassVar[ContactListLogicalOperator]
    CONTACT_LIST_LOGICAL_OPERATOR_AND: _ClassVar[ContactListLogicalOperator]
    CONTACT_LIST_LOGICAL_OPERATOR_OR: _ClassVar[ContactListLogicalOperator]

class ContactListRuleType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_LIST_RULE_TYPE_UNSPECIFIED: _ClassVar[ContactListRuleType]
    CONTACT_LIST_RULE_TYPE_ATTRIBUTE: _ClassVar[ContactListRuleType]
    CONTACT_LIST_RULE_TYPE_TAG: _ClassVar[ContactListRuleType]
    CONTACT_LIST_RULE_TYPE_CUSTOM_FIELD: _ClassVar[ContactListRuleType]
    CONTACT_LIST_RULE_TYPE_PIPELINE_STATUS: _ClassVar[ContactListRuleType]
    CONTACT_LIST_RULE_TYPE_EVENT: _ClassVar[ContactListRuleType]
    CONTACT_LIST_RULE_TYPE_INTERACTION: _ClassVar[ContactListRuleType]

class ContactListFilterOperator(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_LIST_FILTER_OPERATOR_UNSPECIFIED: _ClassVar[ContactListFilterOperator]
    CONTACT_LIST_FILTER_OPERATOR_EQ: _ClassVar[ContactListFilterOperator]
    CONTACT_LIST_FILTER_OPERATOR_NE: _ClassVar[ContactListFilterOperator]
    CONTACT_LIST_FILTER_OPERATOR_GT: _ClassVar[ContactListFilterOperator]
    CONTACT_LIST_FILTER_OPERATOR_LT: _ClassVar[ContactListFilterOperator]
    CONTACT_LIST_FILTER_OPERATOR_GTE: _ClassVar[ContactListFilterOperator]
    CONTACT_LIST_FILTER_OPERATOR_LTE: _ClassVar[ContactListFilterOperator]
    CONTACT_LIST_FILTER_OPERATOR_CONTAINS: _ClassVar[ContactListFilterOperator]
    CONTACT_LIST_FILTER_OPERATOR_NOT_CONTAINS: _ClassVar[ContactListFilterOperator]
    CONTACT_LIST_FILTER_OPERATOR_STARTS_WITH: _ClassVar[ContactListFilterOperator]
    CONTACT_LIST_FILTER_OPERATOR_ENDS_WITH: _ClassVar[ContactListFilterOperator]
    CONTACT_LIST_FILTER_OPERATOR_IN: _ClassVar[ContactListFilterOperator]
    CONTACT_LIST_FILTER_OPERATOR_NOT_IN: _ClassVar[ContactListFilterOperator]
    CONTACT_LIST_FILTER_OPERATOR_IS_NULL: _ClassVar[ContactListFilterOperator]
    CONTACT_LIST_FILTER_OPERATOR_IS_NOT_NULL: _ClassVar[ContactListFilterOperator]
CONTACT_LIST_TYPE_UNSPECIFIED: ContactListType
CONTACT_LIST_TYPE_STATIC: ContactListType
CONTACT_LIST_TYPE_DYNAMIC: ContactListType
CONTACT_LIST_LOGICAL_OPERATOR_UNSPECIFIED: ContactListLogicalOperator
CONTACT_LIST_LOGICAL_OPERATOR_AND: ContactListLogicalOperator
CONTACT_LIST_LOGICAL_OPERATOR_OR: ContactListLogicalOperator
CONTACT_LIST_RULE_TYPE_UNSPECIFIED: ContactListRuleType
CONTACT_LIST_RULE_TYPE_ATTRIBUTE: ContactListRuleType
CONTACT_LIST_RULE_TYPE_TAG: ContactListRuleType
CONTACT_LIST_RULE_TYPE_CUSTOM_FIELD: ContactListRuleType
CONTACT_LIST_RULE_TYPE_PIPELINE_STATUS: ContactListRuleType
CONTACT_LIST_RULE_TYPE_EVENT: ContactListRuleType
CONTACT_LIST_RULE_TYPE_INTERACTION: ContactListRuleType
CONTACT_LIST_FILTER_OPERATOR_UNSPECIFIED: ContactListFilterOperator
CONTACT_LIST_FILTER_OPERATOR_EQ: ContactListFilterOperator
CONTACT_LIST_FILTER_OPERATOR_NE: ContactListFilterOperator
CONTACT_LIST_FILTER_OPERATOR_GT: ContactListFilterOperator
CONTACT_LIST_FILTER_OPERATOR_LT: ContactListFilterOperator
CONTACT_LIST_FILTER_OPERATOR_GTE: ContactListFilterOperator
CONTACT_LIST_FILTER_OPERATOR_LTE: ContactListFilterOperator
CONTACT_LIST_FILTER_OPERATOR_CONTAINS: ContactListFilterOperator
CONTACT_LIST_FILTER_OPERATOR_NOT_CONTAINS: ContactListFilterOperator
CONTACT_LIST_FILTER_OPERATOR_STARTS_WITH: ContactListFilterOperator
CONTACT_LIST_FILTER_OPERATOR_ENDS_WITH: ContactListFilterOperator
CONTACT_LIST_FILTER_OPERATOR_IN: ContactListFilterOperator
CONTACT_LIST_FILTER_OPERATOR_NOT_IN: ContactListFilterOperator
CONTACT_LIST_FILTER_OPERATOR_IS_NULL: ContactListFilterOperator
CONTACT_LIST_FILTER_OPERATOR_IS_NOT_NULL: ContactListFilterOperator

class ContactList(_message.Message):
    __slots__ = ("id", "project_id", "name", "description", "type", "logical_operator", "filter_rules", "member_count", "last_calculate_time", "version", "create_time", "update_time", "delete_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    LOGICAL_OPERATOR_FIELD_NUMBER: _ClassVar[int]
    FILTER_RULES_FIELD_NUMBER: _ClassVar[int]
    MEMBER_COUNT_FIELD_NUMBER: _ClassVar[int]
    LAST_CALCULATE_TIME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    name: str
    description: str
    type: ContactListType
    logical_operator: ContactListLogicalOperator
    filter_rules: _containers.RepeatedCompositeFieldContainer[ContactListFilterRule]
    member_count: int
    last_calculate_time: _timestamp_pb2.Timestamp
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    delete_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., type: _Optional[_Union[ContactListType, str]] = ..., logical_operator: _Optional[_Union[ContactListLogicalOperator, str]] = ..., filter_rules: _Optional[_Iterable[_Union[ContactListFilterRule, _Mapping]]] = ..., member_count: _Optional[int] = ..., last_calculate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ContactListFilterRule(_message.Message):
    __slots__ = ("id", "rule_type", "field_key", "field_type", "operator", "value", "pipeline_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    RULE_TYPE_FIELD_NUMBER: _ClassVar[int]
    FIELD_KEY_FIELD_NUMBER: _ClassVar[int]
    FIELD_TYPE_FIELD_NUMBER: _ClassVar[int]
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    PIPELINE_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    rule_type: ContactListRuleType
    field_key: str
    field_type: _types_pb2.CustomFieldType
    operator: ContactListFilterOperator
    value: _struct_pb2.Value
    pipeline_id: str
    def __init__(self, id: _Optional[str] = ..., rule_type: _Optional[_Union[ContactListRuleType, str]] = ..., field_key: _Optional[str] = ..., field_type: _Optional[_Union[_types_pb2.CustomFieldType, str]] = ..., operator: _Optional[_Union[ContactListFilterOperator, str]] = ..., value: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., pipeline_id: _Optional[str] = ...) -> None: ...

class ContactListMember(_message.Message):
    __slots__ = ("contact_list_id", "contact_id", "add_time", "contact")
    CONTACT_LIST_ID_FIELD_NUMBER: _ClassVar[int]
    CONTACT_ID_FIELD_NUMBER: _ClassVar[int]
    ADD_TIME_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    contact_list_id: str
    contact_id: str
    add_time: _timestamp_pb2.Timestamp
    contact: _contact_pb2.Contact
    def __init__(self, contact_list_id: _Optional[str] = ..., contact_id: _Optional[str] = ..., add_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., contact: _Optional[_Union[_contact_pb2.Contact, _Mapping]] = ...) -> None: ...
