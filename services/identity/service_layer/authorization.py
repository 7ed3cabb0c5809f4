"""The role → permission matrix as data, and "may this principal do X in project Y".

Roles and permissions come from identity.domain.roles / .permissions; a check
uses the principal's current role (the membership or the API key as stored
now), not the role frozen into an access token when it was issued.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from identity.domain.permissions import ALL_PERMISSIONS, Operation, Resource, parse_permission
from identity.domain.roles import (
    DECLARED_PERMISSIONS,
    ProjectRole,
    RoleDefinition,
    permissions_for,
    role_grants,
    role_matrix,
)
from identity.service_layer.unit_of_work import IdentityUnitOfWork
from shared.authz import grants
from shared.context import Principal
from shared.domain import InvalidArgument, NotFound, utcnow
from shared.repository import MAX_PAGE_SIZE
from shared.requests import caller, caller_project

UnitOfWorkFactory = Callable[..., IdentityUnitOfWork]
T = TypeVar("T")


class Denial(StrEnum):
    NOT_A_MEMBER = "not_a_member"
    ROLE_LACKS_PERMISSION = "role_lacks_permission"
    PRINCIPAL_SUSPENDED = "principal_suspended"
    CREDENTIAL_INVALID = "credential_invalid"
    PROJECT_ARCHIVED = "project_archived"
    UNKNOWN_PERMISSION = "unknown_permission"


@dataclass(frozen=True)
class Decision:
    allowed: bool
    role: ProjectRole | None = None
    denial_reason: Denial | None = None


@dataclass(frozen=True)
class StaticPage(Generic[T]):
    items: list[T]
    next_page_token: str
    total_size: int


def static_page(
    items: Sequence[T], page_size: int, page_token: str, *, default: int
) -> StaticPage[T]:
    """Offset paging over a short, fixed list (roles, permissions)."""
    if page_size < 0:
        raise InvalidArgument.field("page_size", "must not be negative")
    size = min(page_size or default, MAX_PAGE_SIZE)
    start = 0
    if page_token:
        try:
            raw = base64.urlsafe_b64decode(page_token + "=" * (-len(page_token) % 4)).decode()
            label, _, offset = raw.partition(":")
            start = int(offset)
            if label != "offset" or not 0 <= start <= len(items):
                raise ValueError(raw)
        except (ValueError, UnicodeDecodeError):
            raise InvalidArgument.field(
                "page_token", "is not a token this service issued"
            ) from None
    end = start + size
    token = ""
    if end < len(items):
        token = base64.urlsafe_b64encode(f"offset:{end}".encode()).decode().rstrip("=")
    return StaticPage(list(items[start:end]), token, len(items))


_VERBS = {
    Operation.CREATE: "Create",
    Operation.READ: "Read",
    Operation.UPDATE: "Change",
    Operation.DELETE: "Delete",
    Operation.LIST: "List",
    Operation.EXPORT: "Export",
    Operation.IMPORT: "Import",
    Operation.MANAGE: "Run state transitions and sensitive actions on",
}


@dataclass(frozen=True)
class PermissionInfo:
    name: str
    resource: Resource
    operation: Operation
    description: str


def describe(permission: str) -> PermissionInfo:
    resource, operation = parse_permission(permission)
    return PermissionInfo(
        permission, resource, operation, f"{_VERBS[operation]} {resource.value} resources."
    )


class Authorization:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    @staticmethod
    def roles(order_by: str = "") -> list[RoleDefinition]:
        """Most powerful first, or by name."""
        roles = list(role_matrix())
        key = " ".join(order_by.lower().split())
        if key in ("name", "name asc"):
            return sorted(roles, key=lambda r: r.role.value)
        if key == "name desc":
            return sorted(roles, key=lambda r: r.role.value, reverse=True)
        if key:
            raise InvalidArgument.field("order_by", "only 'name' or 'name desc' is supported")
        return roles

    @staticmethod
    def role(name: str) -> RoleDefinition:
        if not name.strip():
            raise InvalidArgument.field("role_name", "is required")
        for definition in role_matrix():
            if definition.role.value == name.strip().lower():
                return definition
        raise NotFound("role", name)

    @staticmethod
    def permissions(
        *, resource: Resource | None, role: ProjectRole | None, order_by: str = ""
    ) -> list[PermissionInfo]:
        names = permissions_for(role) if role is not None else ALL_PERMISSIONS
        if resource is not None:
            names = frozenset(n for n in names if n.partition(":")[0] == resource.value)
        key = " ".join(order_by.lower().split())
        if key not in ("", "name", "name asc", "name desc"):
            raise InvalidArgument.field("order_by", "only 'name' or 'name desc' is supported")
        return [describe(n) for n in sorted(names, reverse=key == "name desc")]

    async def check(
        self,
        *,
        project_id: uuid.UUID | None,
        permission: str,
        user_id: uuid.UUID | None,
        api_key_id: uuid.UUID | None,
    ) -> Decision:
        me = caller()
        if not permission.strip():
            raise InvalidArgument.field("permission", "is required")
        if user_id is not None and api_key_id is not None:
            raise InvalidArgument.field("api_key_id", "give user_id or api_key_id, not both")
        project = project_id or caller_project()
        about_caller = user_id is None and api_key_id is None
        if about_caller and me.kind == "user":
            user_id = me.user_id
        elif about_caller and me.kind == "api_key":
            api_key_id = uuid.UUID(me.subject)
        async with self._uow() as uow:
            if project != me.project_id:
                if not await self._may_look_into(uow, me, project, about_caller):
                    if about_caller:  # says nothing about whether the project exists
                        return Decision(False, None, Denial.NOT_A_MEMBER)
                    raise NotFound("project", project)
                await uow.scope_to(project, me.user_id)
            if user_id is None and api_key_id is None:  # a service principal
                return self._decide(me.permissions, None, permission)
            found = await uow.projects.find("id = :id", id=project)
            if found is None:
                raise NotFound("project", project)
            denial: Denial | None = None
            if user_id is not None:
                member = await uow.members.find_member(project, user_id)
                if member is None:
                    return Decision(False, None, Denial.NOT_A_MEMBER)
                role = member.role
                user = await uow.users.find("id = :id", id=user_id)
                if user is None or not user.is_active:
                    denial = Denial.PRINCIPAL_SUSPENDED
            else:
                key = await uow.api_keys.find("id = :id", id=api_key_id)
                if key is None:  # not this project's key
                    return Decision(False, None, Denial.NOT_A_MEMBER)
                role = key.role
                if key.is_revoked or key.is_expired(utcnow()):
                    denial = Denial.CREDENTIAL_INVALID
            if denial is None and not found.active:
                denial = Denial.PROJECT_ARCHIVED
            if denial is not None:
                return Decision(False, role, denial)
            return self._decide(DECLARED_PERMISSIONS[role], role, permission)

    @staticmethod
    def _decide(granted: frozenset[str], role: ProjectRole | None, permission: str) -> Decision:
        try:
            parse_permission(permission.strip())
        except InvalidArgument:
            return Decision(False, role, Denial.UNKNOWN_PERMISSION)
        if grants(granted, permission.strip()):
            return Decision(True, role, None)
        return Decision(False, role, Denial.ROLE_LACKS_PERMISSION)

    @staticmethod
    async def _may_look_into(
        uow: IdentityUnitOfWork, me: Principal, project: uuid.UUID, about_caller: bool
    ) -> bool:
        """Another project: a user may ask about themselves there, or about others
        when their own role there grants member:read. API keys belong to one project."""
        if me.kind != "user" or me.user_id is None:
            return False
        own = await uow.members.find_member(project, me.user_id)
        if own is None:
            return False
        return about_caller or role_grants(own.role, "member:read")
