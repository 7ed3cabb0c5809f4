import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.identity.v1 import authorization_pb2 as _authorization_pb2
from ventros.identity.v1 import user_pb2 as _user_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PrincipalType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PRINCIPAL_TYPE_UNSPECIFIED: _ClassVar[PrincipalType]
    PRINCIPAL_TYPE_USER: _ClassVar[PrincipalType]
    PRINCIPAL_TYPE_API_KEY: _ClassVar[PrincipalType]
    PRINCIPAL_TYPE_SERVICE: _ClassVar[PrincipalType]
PRINCIPAL_TYPE_UNSPECIFIED: PrincipalType
PRINCIPAL_TYPE_USER: PrincipalType
PRINCIPAL_TYPE_API_KEY: PrincipalType
PRINCIPAL_TYPE_SERVICE: PrincipalType

class Principal(_message.Message):
    __slots__ = ("type", "user_id", "api_key_id", "service_name", "project_id", "role", "user_role", "permissions", "email", "name")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    API_KEY_ID_FIELD_NUMBER: _ClassVar[int]
    SERVICE_NAME_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    USER_ROLE_FIELD_NUMBER: _ClassVar[int]
    PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    type: PrincipalType
    user_id: str
    api_key_id: str
    service_name: str
    project_id: str
    role: _authorization_pb2.ProjectRole
    user_role: _user_pb2.UserRole
    permissions: _containers.RepeatedScalarFieldContainer[str]
    email: str
    name: str
    def __init__(self, type: _Optional[_Union[PrincipalType, str]] = ..., user_id: _Optional[str] = ..., api_key_id: _Optional[str] = ..., service_name: _Optional[str] = ..., project_id: _Optional[str] = ..., role: _Optional[_Union[_authorization_pb2.ProjectRole, str]] = ..., user_role: _Optional[_Union[_user_pb2.UserRole, str]] = ..., permissions: _Optional[_Iterable[str]] = ..., email: _Optional[str] = ..., name: _Optional[str] = ...) -> None: ...

class AccessToken(_message.Message):
    __slots__ = ("token", "token_type", "expire_time", "expires_in")
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOKEN_TYPE_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_IN_FIELD_NUMBER: _ClassVar[int]
    token: str
    token_type: str
    expire_time: _timestamp_pb2.Timestamp
    expires_in: _duration_pb2.Duration
    def __init__(self, token: _Optional[str] = ..., token_type: _Optional[str] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expires_in: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...
