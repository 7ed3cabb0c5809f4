from google.api import annotations_pb2 as _annotations_pb2
from ventros.common.v1 import options_pb2 as _options_pb2
from ventros.identity.v1 import authorization_pb2 as _authorization_pb2
from ventros.identity.v1 import project_member_pb2 as _project_member_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ListProjectMembersRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "filter", "order_by", "project_id", "role", "user_id", "query")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    FILTER_FIELD_NUMBER: _ClassVar[int]
    ORDER_BY_FIELD_NUMBER: _ClassVar[int]
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    filter: str
    order_by: str
    project_id: str
    role: _authorization_pb2.ProjectRole
    user_id: str
    query: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., filter: _Optional[str] = ..., order_by: _Optional[str] = ..., project_id: _Optional[str] = ..., role: _Optional[_Union[_authorization_pb2.ProjectRole, str]] = ..., user_id: _Optional[str] = ..., query: _Optional[str] = ...) -> None: ...

class ListProjectMembersResponse(_message.Message):
    __slots__ = ("members", "next_page_token", "total_size")
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TOTAL_SIZE_FIELD_NUMBER: _ClassVar[int]
    members: _containers.RepeatedCompositeFieldContainer[_project_member_pb2.ProjectMember]
    next_page_token: str
    total_size: int
    def __init__(self, members: _Optional[_Iterable[_Union[_project_member_pb2.ProjectMember, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., total_size: _Optional[int] = ...) -> None: ...

class GetProjectMemberRequest(_message.Message):
    __slots__ = ("project_id", "member_id")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_ID_FIELD_NUMBER: _ClassVar[int]
    project_id: str
    member_id: str
    def __init__(self, project_id: _Optional[str] = ..., member_id: _Optional[str] = ...) -> None: ...

class GetProjectMemberResponse(_message.Message):
    __slots__ = ("member",)
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    member: _project_member_pb2.ProjectMember
    def __init__(self, member: _Optional[_Union[_project_member_pb2.ProjectMember, _Mapping]] = ...) -> None: ...

class InviteProjectMemberRequest(_message.Message):
    __slots__ = ("project_id", "user_id", "email", "role", "request_id")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    project_id: str
    user_id: str
    email: str
    role: _authorization_pb2.ProjectRole
    request_id: str
    def __init__(self, project_id: _Optional[str] = ..., user_id: _Optional[str] = ..., email: _Optional[str] = ..., role: _Optional[_Union[_authorization_pb2.ProjectRole, str]] = ..., request_id: _Optional[str] = ...) -> None: ...

class InviteProjectMemberResponse(_message.Message):
    __slots__ = ("member",)
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    member: _project_member_pb2.ProjectMember
    def __init__(self, member: _Optional[_Union[_project_member_pb2.ProjectMember, _Mapping]] = ...) -> None: ...

class ChangeProjectMemberRoleRequest(_message.Message):
    __slots__ = ("project_id", "member_id", "role", "version")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    project_id: str
    member_id: str
    role: _authorization_pb2.ProjectRole
    version: int
    def __init__(self, project_id: _Optional[str] = ..., member_id: _Optional[str] = ..., role: _Optional[_Union[_authorization_pb2.ProjectRole, str]] = ..., version: _Optional[int] = ...) -> None: ...

class ChangeProjectMemberRoleResponse(_message.Message):
    __slots__ = ("member",)
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    member: _project_member_pb2.ProjectMember
    def __init__(self, member: _Optional[_Union[_project_member_pb2.ProjectMember, _Mapping]] = ...) -> None: ...

class RemoveProjectMemberRequest(_message.Message):
    __slots__ = ("project_id", "member_id", "version")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBER_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    project_id: str
    member_id: str
    version: int
    def __init__(self, project_id: _Optional[str] = ..., member_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class RemoveProjectMemberResponse(_message.Message):
    __slots__ = ("member",)
    MEMBER_FIELD_NUMBER: _ClassVar[int]
    member: _project_member_pb2.ProjectMember
    def __init__(self, member: _Optional[_Union[_project_member_pb2.ProjectMember, _Mapping]] = ...) -> None: ...
