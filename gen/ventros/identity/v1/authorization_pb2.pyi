from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ProjectRole(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROJECT_ROLE_UNSPECIFIED: _ClassVar[ProjectRole]
    PROJECT_ROLE_ADMIN: _ClassVar[ProjectRole]
    PROJECT_ROLE_SUPERVISOR: _ClassVar[ProjectRole]
    PROJECT_ROLE_AGENT: _ClassVar[ProjectRole]
    PROJECT_ROLE_VIEWER: _ClassVar[ProjectRole]

class PermissionResource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PERMISSION_RESOURCE_UNSPECIFIED: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_PROJECT: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_USER: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_MEMBER: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_CREDENTIAL: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_BILLING: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_CONTACT: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_LIST: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_NOTE: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_TRACKING: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_PIPELINE: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_CHANNEL: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_CHAT: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_SESSION: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_MESSAGE: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_AGENT: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_BROADCAST: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_SEQUENCE: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_CAMPAIGN: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_WEBHOOK: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_ANALYTICS: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_EVENT: _ClassVar[PermissionResource]
    PERMISSION_RESOURCE_SAGA: _ClassVar[PermissionResource]

class PermissionOperation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PERMISSION_OPERATION_UNSPECIFIED: _ClassVar[PermissionOperation]
    PERMISSION_OPERATION_CREATE: _ClassVar[PermissionOperation]
    PERMISSION_OPERATION_READ: _ClassVar[PermissionOperation]
    PERMISSION_OPERATION_UPDATE: _ClassVar[PermissionOperation]
    PERMISSION_OPERATION_DELETE: _ClassVar[PermissionOperation]
    PERMISSION_OPERATION_LIST: _ClassVar[PermissionOperation]
    PERMISSION_OPERATION_EXPORT: _ClassVar[PermissionOperation]
    PERMISSION_OPERATION_IMPORT: _ClassVar[PermissionOperation]
    PERMISSION_OPERATION_MANAGE: _ClassVar[PermissionOperation]

class PermissionDenialReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PERMISSION_DENIAL_REASON_UNSPECIFIED: _ClassVar[PermissionDenialReason]
    PERMISSION_DENIAL_REASON_NOT_A_MEMBER: _ClassVar[PermissionDenialReason]
    PERMISSION_DENIAL_REASON_ROLE_LACKS_PERMISSION: _ClassVar[PermissionDenialReason]
    PERMISSION_DENIAL_REASON_PRINCIPAL_SUSPENDED: _ClassVar[PermissionDenialReason]
    PERMISSION_DENIAL_REASON_CREDENTIAL_INVALID: _ClassVar[PermissionDenialReason]
    PERMISSION_DENIAL_REASON_PROJECT_ARCHIVED: _ClassVar[PermissionDenialReason]
    PERMISSION_DENIAL_REASON_UNKNOWN_PERMISSION: _ClassVar[PermissionDenialReason]
PROJECT_ROLE_UNSPECIFIED: ProjectRole
PROJECT_ROLE_ADMIN: ProjectRole
PROJECT_ROLE_SUPERVISOR: ProjectRole
PROJECT_ROLE_AGENT: ProjectRole
PROJECT_ROLE_VIEWER: ProjectRole
PERMISSION_RESOURCE_UNSPECIFIED: PermissionResource
PERMISSION_RESOURCE_PROJECT: PermissionResource
PERMISSION_RESOURCE_USER: PermissionResource
PERMISSION_RESOURCE_MEMBER: PermissionResource
PERMISSION_RESOURCE_CREDENTIAL: PermissionResource
PERMISSION_RESOURCE_BILLING: PermissionResource
PERMISSION_RESOURCE_CONTACT: PermissionResource
PERMISSION_RESOURCE_LIST: PermissionResource
PERMISSION_RESOURCE_NOTE: PermissionResource
PERMISSION_RESOURCE_TRACKING: PermissionResource
PERMISSION_RESOURCE_PIPELINE: PermissionResource
PERMISSION_RESOURCE_CHANNEL: PermissionResource
PERMISSION_RESOURCE_CHAT: PermissionResource
PERMISSION_RESOURCE_SESSION: PermissionResource
PERMISSION_RESOURCE_MESSAGE: PermissionResource
PERMISSION_RESOURCE_AGENT: PermissionResource
PERMISSION_RESOURCE_BROADCAST: PermissionResource
PERMISSION_RESOURCE_SEQUENCE: PermissionResource
PERMISSION_RESOURCE_CAMPAIGN: PermissionResource
PERMISSION_RESOURCE_WEBHOOK: PermissionResource
PERMISSION_RESOURCE_ANALYTICS: PermissionResource
PERMISSION_RESOURCE_EVENT: PermissionResource
PERMISSION_RESOURCE_SAGA: PermissionResource
PERMISSION_OPERATION_UNSPECIFIED: PermissionOperation
PERMISSION_OPERATION_CREATE: PermissionOperation
PERMISSION_OPERATION_READ: PermissionOperation
PERMISSION_OPERATION_UPDATE: PermissionOperation
PERMISSION_OPERATION_DELETE: PermissionOperation
PERMISSION_OPERATION_LIST: PermissionOperation
PERMISSION_OPERATION_EXPORT: PermissionOperation
PERMISSION_OPERATION_IMPORT: PermissionOperation
PERMISSION_OPERATION_MANAGE: PermissionOperation
PERMISSION_DENIAL_REASON_UNSPECIFIED: PermissionDenialReason
PERMISSION_DENIAL_REASON_NOT_A_MEMBER: PermissionDenialReason
PERMISSION_DENIAL_REASON_ROLE_LACKS_PERMISSION: PermissionDenialReason
PERMISSION_DENIAL_REASON_PRINCIPAL_SUSPENDED: PermissionDenialReason
PERMISSION_DENIAL_REASON_CREDENTIAL_INVALID: PermissionDenialReason
PERMISSION_DENIAL_REASON_PROJECT_ARCHIVED: PermissionDenialReason
PERMISSION_DENIAL_REASON_UNKNOWN_PERMISSION: PermissionDenialReason

class Role(_message.Message):
    __slots__ = ("role", "name", "display_name", "description", "permissions")
    ROLE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
    role: ProjectRole
    name: str
    display_name: str
    description: str
    permissions: _containers.RepeatedCompositeFieldContainer[Permission]
    def __init__(self, role: _Optional[_Union[ProjectRole, str]] = ..., name: _Optional[str] = ..., display_name: _Optional[str] = ..., description: _Optional[str] = ..., permissions: _Optional[_Iterable[_Union[Permission, _Mapping]]] = ...) -> None: ...

class Permission(_message.Message):
    __slots__ = ("name", "resource", "operation", "description")
    NAME_FIELD_NUMBER: _ClassVar[int]
    RESOURCE_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    name: str
    resource: PermissionResource
    operation: PermissionOperation
    description: str
    def __init__(self, name: _Optional[str] = ..., resource: _Optional[_Union[PermissionResource, str]] = ..., operation: _Optional[_Union[PermissionOperation, str]] = ..., description: _Optional[str] = ...) -> None: ...
