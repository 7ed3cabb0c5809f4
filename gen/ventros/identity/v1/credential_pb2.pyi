import datetime

from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from ventros.identity.v1 import authorization_pb2 as _authorization_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CredentialType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CREDENTIAL_TYPE_UNSPECIFIED: _ClassVar[CredentialType]
    CREDENTIAL_TYPE_WAHA_INSTANCE: _ClassVar[CredentialType]
    CREDENTIAL_TYPE_WEBHOOK_AUTH: _ClassVar[CredentialType]
    CREDENTIAL_TYPE_API_KEY: _ClassVar[CredentialType]
    CREDENTIAL_TYPE_BASIC_AUTH: _ClassVar[CredentialType]
    CREDENTIAL_TYPE_META_WHATSAPP_CLOUD: _ClassVar[CredentialType]
    CREDENTIAL_TYPE_META_ADS: _ClassVar[CredentialType]
    CREDENTIAL_TYPE_META_CONVERSIONS_API: _ClassVar[CredentialType]
    CREDENTIAL_TYPE_GOOGLE_ADS: _ClassVar[CredentialType]
    CREDENTIAL_TYPE_GOOGLE_ANALYTICS: _ClassVar[CredentialType]

class CredentialState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CREDENTIAL_STATE_UNSPECIFIED: _ClassVar[CredentialState]
    CREDENTIAL_STATE_ACTIVE: _ClassVar[CredentialState]
    CREDENTIAL_STATE_REVOKED: _ClassVar[CredentialState]
    CREDENTIAL_STATE_EXPIRED: _ClassVar[CredentialState]

class CredentialKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CREDENTIAL_KIND_UNSPECIFIED: _ClassVar[CredentialKind]
    CREDENTIAL_KIND_API_KEY: _ClassVar[CredentialKind]
    CREDENTIAL_KIND_SECRET: _ClassVar[CredentialKind]

class CredentialRotationReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CREDENTIAL_ROTATION_REASON_UNSPECIFIED: _ClassVar[CredentialRotationReason]
    CREDENTIAL_ROTATION_REASON_MANUAL: _ClassVar[CredentialRotationReason]
    CREDENTIAL_ROTATION_REASON_OAUTH_REFRESH: _ClassVar[CredentialRotationReason]
CREDENTIAL_TYPE_UNSPECIFIED: CredentialType
CREDENTIAL_TYPE_WAHA_INSTANCE: CredentialType
CREDENTIAL_TYPE_WEBHOOK_AUTH: CredentialType
CREDENTIAL_TYPE_API_KEY: CredentialType
CREDENTIAL_TYPE_BASIC_AUTH: CredentialType
CREDENTIAL_TYPE_META_WHATSAPP_CLOUD: CredentialType
CREDENTIAL_TYPE_META_ADS: CredentialType
CREDENTIAL_TYPE_META_CONVERSIONS_API: CredentialType
CREDENTIAL_TYPE_GOOGLE_ADS: CredentialType
CREDENTIAL_TYPE_GOOGLE_ANALYTICS: CredentialType
CREDENTIAL_STATE_UNSPECIFIED: CredentialState
CREDENTIAL_STATE_ACTIVE: CredentialState
CREDENTIAL_STATE_REVOKED: CredentialState
CREDENTIAL_STATE_EXPIRED: CredentialState
CREDENTIAL_KIND_UNSPECIFIED: CredentialKind
CREDENTIAL_KIND_API_KEY: CredentialKind
CREDENTIAL_KIND_SECRET: CredentialKind
CREDENTIAL_ROTATION_REASON_UNSPECIFIED: CredentialRotationReason
CREDENTIAL_ROTATION_REASON_MANUAL: CredentialRotationReason
CREDENTIAL_ROTATION_REASON_OAUTH_REFRESH: CredentialRotationReason

class ApiKey(_message.Message):
    __slots__ = ("id", "project_id", "user_id", "name", "description", "role", "key_prefix", "state", "expire_time", "last_used_time", "rotate_time", "revoke_time", "revoke_reason", "version", "create_time", "update_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    KEY_PREFIX_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_USED_TIME_FIELD_NUMBER: _ClassVar[int]
    ROTATE_TIME_FIELD_NUMBER: _ClassVar[int]
    REVOKE_TIME_FIELD_NUMBER: _ClassVar[int]
    REVOKE_REASON_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    user_id: str
    name: str
    description: str
    role: _authorization_pb2.ProjectRole
    key_prefix: str
    state: CredentialState
    expire_time: _timestamp_pb2.Timestamp
    last_used_time: _timestamp_pb2.Timestamp
    rotate_time: _timestamp_pb2.Timestamp
    revoke_time: _timestamp_pb2.Timestamp
    revoke_reason: str
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., user_id: _Optional[str] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., role: _Optional[_Union[_authorization_pb2.ProjectRole, str]] = ..., key_prefix: _Optional[str] = ..., state: _Optional[_Union[CredentialState, str]] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_used_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., rotate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., revoke_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., revoke_reason: _Optional[str] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Credential(_message.Message):
    __slots__ = ("id", "project_id", "type", "name", "description", "state", "metadata", "secret_hint", "requires_oauth", "oauth", "expire_time", "last_used_time", "rotate_time", "revoke_time", "created_by_user_id", "version", "create_time", "update_time")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SECRET_HINT_FIELD_NUMBER: _ClassVar[int]
    REQUIRES_OAUTH_FIELD_NUMBER: _ClassVar[int]
    OAUTH_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    LAST_USED_TIME_FIELD_NUMBER: _ClassVar[int]
    ROTATE_TIME_FIELD_NUMBER: _ClassVar[int]
    REVOKE_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATED_BY_USER_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    project_id: str
    type: CredentialType
    name: str
    description: str
    state: CredentialState
    metadata: _containers.ScalarMap[str, str]
    secret_hint: str
    requires_oauth: bool
    oauth: OAuthTokenInfo
    expire_time: _timestamp_pb2.Timestamp
    last_used_time: _timestamp_pb2.Timestamp
    rotate_time: _timestamp_pb2.Timestamp
    revoke_time: _timestamp_pb2.Timestamp
    created_by_user_id: str
    version: int
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., project_id: _Optional[str] = ..., type: _Optional[_Union[CredentialType, str]] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., state: _Optional[_Union[CredentialState, str]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., secret_hint: _Optional[str] = ..., requires_oauth: _Optional[bool] = ..., oauth: _Optional[_Union[OAuthTokenInfo, _Mapping]] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., last_used_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., rotate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., revoke_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., created_by_user_id: _Optional[str] = ..., version: _Optional[int] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class OAuthTokenInfo(_message.Message):
    __slots__ = ("token_type", "scopes", "access_token_expire_time", "has_refresh_token", "last_refresh_time", "needs_refresh")
    TOKEN_TYPE_FIELD_NUMBER: _ClassVar[int]
    SCOPES_FIELD_NUMBER: _ClassVar[int]
    ACCESS_TOKEN_EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    HAS_REFRESH_TOKEN_FIELD_NUMBER: _ClassVar[int]
    LAST_REFRESH_TIME_FIELD_NUMBER: _ClassVar[int]
    NEEDS_REFRESH_FIELD_NUMBER: _ClassVar[int]
    token_type: str
    scopes: _containers.RepeatedScalarFieldContainer[str]
    access_token_expire_time: _timestamp_pb2.Timestamp
    has_refresh_token: bool
    last_refresh_time: _timestamp_pb2.Timestamp
    needs_refresh: bool
    def __init__(self, token_type: _Optional[str] = ..., scopes: _Optional[_Iterable[str]] = ..., access_token_expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., has_refresh_token: _Optional[bool] = ..., last_refresh_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., needs_refresh: _Optional[bool] = ...) -> None: ...

class SecretValue(_message.Message):
    __slots__ = ("token", "basic_auth", "oauth_token", "json")
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    BASIC_AUTH_FIELD_NUMBER: _ClassVar[int]
    OAUTH_TOKEN_FIELD_NUMBER: _ClassVar[int]
    JSON_FIELD_NUMBER: _ClassVar[int]
    token: str
    basic_auth: BasicAuthSecret
    oauth_token: OAuthTokenSecret
    json: _struct_pb2.Struct
    def __init__(self, token: _Optional[str] = ..., basic_auth: _Optional[_Union[BasicAuthSecret, _Mapping]] = ..., oauth_token: _Optional[_Union[OAuthTokenSecret, _Mapping]] = ..., json: _Optional[_Union[_struct_pb2.Struct, _Mapping]] = ...) -> None: ...

class BasicAuthSecret(_message.Message):
    __slots__ = ("username", "password")
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    username: str
    password: str
    def __init__(self, username: _Optional[str] = ..., password: _Optional[str] = ...) -> None: ...

class OAuthTokenSecret(_message.Message):
    __slots__ = ("access_token", "refresh_token", "token_type", "expires_in", "scopes", "expire_time")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    REFRESH_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOKEN_TYPE_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_IN_FIELD_NUMBER: _ClassVar[int]
    SCOPES_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    access_token: str
    refresh_token: str
    token_type: str
    expires_in: _duration_pb2.Duration
    scopes: _containers.RepeatedScalarFieldContainer[str]
    expire_time: _timestamp_pb2.Timestamp
    def __init__(self, access_token: _Optional[str] = ..., refresh_token: _Optional[str] = ..., token_type: _Optional[str] = ..., expires_in: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ..., scopes: _Optional[_Iterable[str]] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
