import datetime

from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.identity.v1 import auth_pb2 as _auth_pb2
from ventros.identity.v1 import billing_pb2 as _billing_pb2
from ventros.identity.v1 import credential_pb2 as _credential_pb2
from ventros.identity.v1 import project_pb2 as _project_pb2
from ventros.identity.v1 import project_member_pb2 as _project_member_pb2
from ventros.identity.v1 import user_pb2 as _user_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ApiKeyRejectionReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    API_KEY_REJECTION_REASON_UNSPECIFIED: _ClassVar[ApiKeyRejectionReason]
    API_KEY_REJECTION_REASON_NOT_FOUND: _ClassVar[ApiKeyRejectionReason]
    API_KEY_REJECTION_REASON_REVOKED: _ClassVar[ApiKeyRejectionReason]
    API_KEY_REJECTION_REASON_EXPIRED: _ClassVar[ApiKeyRejectionReason]
    API_KEY_REJECTION_REASON_USER_INACTIVE: _ClassVar[ApiKeyRejectionReason]
    API_KEY_REJECTION_REASON_PROJECT_ARCHIVED: _ClassVar[ApiKeyRejectionReason]
    API_KEY_REJECTION_REASON_PERMISSION_DENIED: _ClassVar[ApiKeyRejectionReason]
API_KEY_REJECTION_REASON_UNSPECIFIED: ApiKeyRejectionReason
API_KEY_REJECTION_REASON_NOT_FOUND: ApiKeyRejectionReason
API_KEY_REJECTION_REASON_REVOKED: ApiKeyRejectionReason
API_KEY_REJECTION_REASON_EXPIRED: ApiKeyRejectionReason
API_KEY_REJECTION_REASON_USER_INACTIVE: ApiKeyRejectionReason
API_KEY_REJECTION_REASON_PROJECT_ARCHIVED: ApiKeyRejectionReason
API_KEY_REJECTION_REASON_PERMISSION_DENIED: ApiKeyRejectionReason

class RegisterRequest(_message.Message):
    __slots__ = ("name", "email", "password", "project_name", "language_code", "time_zone")
    NAME_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    PROJECT_NAME_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_CODE_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
    name: str
    email: str
    password: str
    project_name: str
    language_code: str
    time_zone: str
    def __init__(self, name: _Optional[str] = ..., email: _Optional[str] = ..., password: _Optional[str] = ..., project_name: _Optional[str] = ..., language_code: _Optional[str] = ..., time_zone: _Optional[str] = ...) -> None: ...

class RegisterResponse(_message.Message):
    __slots__ = ("user", "project", "member", "billing_account", "api_key", "plaintext_api_key", "access_token")
    USER_FIELD_NUMBER: _ClassVar[int]
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    BILLING_ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    API_KEY_FIELD_NUMBER: _ClassVar[int]
    PLAINTEXT_API_KEY_FIELD_NUMBER: _ClassVar[int]
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user: _user_pb2.User
    project: _project_pb2.Project
    member: _project_member_pb2.ProjectMember
    billing_account: _billing_pb2.BillingAccount
    api_key: _credential_pb2.ApiKey
    plaintext_api_key: str
    access_token: _auth_pb2.AccessToken
    def __init__(self, user: _Optional[_Union[_user_pb2.User, _Mapping]] = ..., project: _Optional[_Union[_project_pb2.Project, _Mapping]] = ..., member: _Optional[_Union[_project_member_pb2.ProjectMember, _Mapping]] = ..., billing_account: _Optional[_Union[_billing_pb2.BillingAccount, _Mapping]] = ..., api_key: _Optional[_Union[_credential_pb2.ApiKey, _Mapping]] = ..., plaintext_api_key: _Optional[str] = ..., access_token: _Optional[_Union[_auth_pb2.AccessToken, _Mapping]] = ...) -> None: ...

class LoginRequest(_message.Message):
    __slots__ = ("email", "password", "project_id")
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    email: str
    password: str
    project_id: str
    def __init__(self, email: _Optional[str] = ..., password: _Optional[str] = ..., project_id: _Optional[str] = ...) -> None: ...

class LoginResponse(_message.Message):
    __slots__ = ("user", "access_token", "principal", "memberships")
    USER_FIELD_NUMBER: _ClassVar[int]
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    PRINCIPAL_FIELD_NUMBER: _ClassVar[int]
    MEMBERSHIPS_FIELD_NUMBER: _ClassVar[int]
    user: _user_pb2.User
    access_token: _auth_pb2.AccessToken
    principal: _auth_pb2.Principal
    memberships: _containers.RepeatedCompositeFieldContainer[_project_member_pb2.ProjectMember]
    def __init__(self, user: _Optional[_Union[_user_pb2.User, _Mapping]] = ..., access_token: _Optional[_Union[_auth_pb2.AccessToken, _Mapping]] = ..., principal: _Optional[_Union[_auth_pb2.Principal, _Mapping]] = ..., memberships: _Optional[_Iterable[_Union[_project_member_pb2.ProjectMember, _Mapping]]] = ...) -> None: ...

class ExchangeTokenRequest(_message.Message):
    __slots__ = ("api_key", "ttl")
    API_KEY_FIELD_NUMBER: _ClassVar[int]
    TTL_FIELD_NUMBER: _ClassVar[int]
    api_key: str
    ttl: _duration_pb2.Duration
    def __init__(self, api_key: _Optional[str] = ..., ttl: _Optional[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]] = ...) -> None: ...

class ExchangeTokenResponse(_message.Message):
    __slots__ = ("access_token", "principal")
    ACCESS_TOKEN_FIELD_NUMBER: _ClassVar[int]
    PRINCIPAL_FIELD_NUMBER: _ClassVar[int]
    access_token: _auth_pb2.AccessToken
    principal: _auth_pb2.Principal
    def __init__(self, access_token: _Optional[_Union[_auth_pb2.AccessToken, _Mapping]] = ..., principal: _Optional[_Union[_auth_pb2.Principal, _Mapping]] = ...) -> None: ...

class VerifyApiKeyRequest(_message.Message):
    __slots__ = ("api_key", "required_permission")
    API_KEY_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_PERMISSION_FIELD_NUMBER: _ClassVar[int]
    api_key: str
    required_permission: str
    def __init__(self, api_key: _Optional[str] = ..., required_permission: _Optional[str] = ...) -> None: ...

class VerifyApiKeyResponse(_message.Message):
    __slots__ = ("valid", "rejection_reason", "principal", "api_key")
    VALID_FIELD_NUMBER: _ClassVar[int]
    REJECTION_REASON_FIELD_NUMBER: _ClassVar[int]
    PRINCIPAL_FIELD_NUMBER: _ClassVar[int]
    API_KEY_FIELD_NUMBER: _ClassVar[int]
    valid: bool
    rejection_reason: ApiKeyRejectionReason
    principal: _auth_pb2.Principal
    api_key: _credential_pb2.ApiKey
    def __init__(self, valid: _Optional[bool] = ..., rejection_reason: _Optional[_Union[ApiKeyRejectionReason, str]] = ..., principal: _Optional[_Union[_auth_pb2.Principal, _Mapping]] = ..., api_key: _Optional[_Union[_credential_pb2.ApiKey, _Mapping]] = ...) -> None: ...

class GetCurrentPrincipalRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetCurrentPrincipalResponse(_message.Message):
    __slots__ = ("principal", "user", "project", "member")
    PRINCIPAL_FIELD_NUMBER: _ClassVar[int]
    USER_FIELD_NUMBER: _ClassVar[int]
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    principal: _auth_pb2.Principal
    user: _user_pb2.User
    project: _project_pb2.Project
    member: _project_member_pb2.ProjectMember
    def __init__(self, principal: _Optional[_Union[_auth_pb2.Principal, _Mapping]] = ..., user: _Optional[_Union[_user_pb2.User, _Mapping]] = ..., project: _Optional[_Union[_project_pb2.Project, _Mapping]] = ..., member: _Optional[_Union[_project_member_pb2.ProjectMember, _Mapping]] = ...) -> None: ...
