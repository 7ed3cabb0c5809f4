import datetime

from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CustomFieldType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CUSTOM_FIELD_TYPE_UNSPECIFIED: _ClassVar[CustomFieldType]
    CUSTOM_FIELD_TYPE_TEXT: _ClassVar[CustomFieldType]
    CUSTOM_FIELD_TYPE_NUMBER: _ClassVar[CustomFieldType]
    CUSTOM_FIELD_TYPE_BOOLEAN: _ClassVar[CustomFieldType]
    CUSTOM_FIELD_TYPE_DATE: _ClassVar[CustomFieldType]
    CUSTOM_FIELD_TYPE_JSON: _ClassVar[CustomFieldType]
    CUSTOM_FIELD_TYPE_URL: _ClassVar[CustomFieldType]
    CUSTOM_FIELD_TYPE_EMAIL: _ClassVar[CustomFieldType]
    CUSTOM_FIELD_TYPE_PHONE: _ClassVar[CustomFieldType]
    CUSTOM_FIELD_TYPE_SELECT: _ClassVar[CustomFieldType]
    CUSTOM_FIELD_TYPE_MULTI_SELECT: _ClassVar[CustomFieldType]
    CUSTOM_FIELD_TYPE_LABEL: _ClassVar[CustomFieldType]
CUSTOM_FIELD_TYPE_UNSPECIFIED: CustomFieldType
CUSTOM_FIELD_TYPE_TEXT: CustomFieldType
CUSTOM_FIELD_TYPE_NUMBER: CustomFieldType
CUSTOM_FIELD_TYPE_BOOLEAN: CustomFieldType
CUSTOM_FIELD_TYPE_DATE: CustomFieldType
CUSTOM_FIELD_TYPE_JSON: CustomFieldType
CUSTOM_FIELD_TYPE_URL: CustomFieldType
CUSTOM_FIELD_TYPE_EMAIL: CustomFieldType
CUSTOM_FIELD_TYPE_PHONE: CustomFieldType
CUSTOM_FIELD_TYPE_SELECT: CustomFieldType
CUSTOM_FIELD_TYPE_MULTI_SELECT: CustomFieldType
CUSTOM_FIELD_TYPE_LABEL: CustomFieldType

class Money(_message.Message):
    __slots__ = ("currency_code", "units", "nanos")
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    UNITS_FIELD_NUMBER: _ClassVar[int]
    NANOS_FIELD_NUMBER: _ClassVar[int]
    currency_code: str
    units: int
    nanos: int
    def __init__(self, currency_code: _Optional[str] = ..., units: _Optional[int] = ..., nanos: _Optional[int] = ...) -> None: ...

class PhoneNumber(_message.Message):
    __slots__ = ("e164", "raw", "region_code")
    E164_FIELD_NUMBER: _ClassVar[int]
    RAW_FIELD_NUMBER: _ClassVar[int]
    REGION_CODE_FIELD_NUMBER: _ClassVar[int]
    e164: str
    raw: str
    region_code: str
    def __init__(self, e164: _Optional[str] = ..., raw: _Optional[str] = ..., region_code: _Optional[str] = ...) -> None: ...

class CustomFieldValue(_message.Message):
    __slots__ = ("type", "text_value", "number_value", "bool_value", "date_value", "json_value", "options_value")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    TEXT_VALUE_FIELD_NUMBER: _ClassVar[int]
    NUMBER_VALUE_FIELD_NUMBER: _ClassVar[int]
    BOOL_VALUE_FIELD_NUMBER: _ClassVar[int]
    DATE_VALUE_FIELD_NUMBER: _ClassVar[int]
    JSON_VALUE_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_VALUE_FIELD_NUMBER: _ClassVar[int]
    type: CustomFieldType
    text_value: str
    number_value: float
    bool_value: bool
    date_value: _timestamp_pb2.Timestamp
    json_value: _struct_pb2.Value
    options_value: StringList
    def __init__(self, type: _Optional[_Union[CustomFieldType, str]] = ..., text_value: _Optional[str] = ..., number_value: _Optional[float] = ..., bool_value: _Optional[bool] = ..., date_value: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., json_value: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., options_value: _Optional[_Union[StringList, _Mapping]] = ...) -> None: ...

class StringList(_message.Message):
    __slots__ = ("values",)
    VALUES_FIELD_NUMBER: _ClassVar[int]
    values: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, values: _Optional[_Iterable[str]] = ...) -> None: ...
