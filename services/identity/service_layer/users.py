"""Users: reading the people a caller may see, profile changes, passwords, suspension.

Visibility: callers see themselves and the members of their current project
(read through `project_members`, which row-level security confines to that
project); platform admins (global role admin, on a user token) see everyone.
Users are platform-wide, so their events carry no project: the transaction is
moved out of the tenant before the outbox rows are written.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from identity.domain.errors import OldPasswordMismatch
from identity.domain.ports import PasswordHasher
from identity.domain.roles import GlobalRole
from identity.domain.statuses import UserStatus
from identity.domain.users import User
from identity.service_layer.unit_of_work import IdentityUnitOfWork
from shared.authz import grants
from shared.context import Principal
from shared.domain import InvalidArgument, NotFound, PermissionDenied, check_version
from shared.repository import Page
from shared.requests import caller

UnitOfWorkFactory = Callable[..., IdentityUnitOfWork]
S = "identity"


def like_pattern(text: str) -> str:
    """`text` as a case-insensitive substring pattern, its LIKE wildcards escaped."""
    escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def check_listing(filter: str, order_by: str, *, hint: str) -> None:
    """Lists page newest first; other orders and AIP-160 filters are not offered."""
    if filter.strip():
        raise InvalidArgument.field("filter", f"is not supported; use {hint}")
    if " ".join(order_by.lower().split()) not in ("", "create_time desc"):
        raise InvalidArgument.field(
            "order_by", "only 'create_time desc' (the default) is supported"
        )


@dataclass(frozen=True)
class UserChanges:
    """Profile values to apply; None keeps the current value."""

    name: str | None = None
    settings: dict[str, Any] | None = None
    default_project_id: uuid.UUID | None = None
    global_role: GlobalRole | None = None


class Users:
    def __init__(self, uow: UnitOfWorkFactory, hasher: PasswordHasher) -> None:
        self._uow, self._hasher = uow, hasher

    async def get(self, user_id: uuid.UUID) -> User:
        me = caller()
        async with self._uow() as uow:
            return await self._visible(uow, me, user_id)

    async def list(
        self,
        *,
        project_id: uuid.UUID | None,
        status: str,
        role: str,
        query: str,
        page_size: int,
        page_token: str,
    ) -> Page[User]:
        me = caller()
        if project_id is not None and project_id != me.project_id:
            raise NotFound("project", project_id)
        async with self._uow() as uow:
            clauses: list[str] = []
            params: dict[str, Any] = {}
            if project_id is None and await self._is_platform_admin(uow, me):
                clauses.append("true")
            else:
                clauses.append(
                    f"id IN (SELECT user_id FROM {S}.project_members WHERE project_id = :project)"
                )
                params["project"] = me.project_id
            if status:
                clauses.append("status = :status")
                params["status"] = UserStatus(status).value
            if role:
                clauses.append("global_role = :role")
                params["role"] = GlobalRole(role).value
            if query.strip():
                clauses.append("(name ILIKE :q ESCAPE '\\' OR email ILIKE :q ESCAPE '\\')")
                params["q"] = like_pattern(query)
            return await uow.users.page(" AND ".join(clauses), params, page_size, page_token)

    async def update(self, user_id: uuid.UUID, changes: UserChanges, *, version: int = 0) -> User:
        me = caller()
        async with self._uow() as uow:
            user = await self._visible(uow, me, user_id)
            is_self = me.kind == "user" and user.id == me.user_id
            if not is_self and not grants(me.permissions, "user:manage"):
                raise PermissionDenied("changing another user's profile needs user:manage")
            if changes.global_role is not None and not await self._is_platform_admin(uow, me):
                raise PermissionDenied("only a platform admin may change a user's role")
            if changes.default_project_id is not None:
                membership = await uow.members.find_member(changes.default_project_id, user.id)
                if membership is None:
                    raise InvalidArgument.field(
                        "user.default_project_id", "the user is not a member of that project"
                    )
            check_version("user", user.id, version, user.version)
            user.update(
                name=changes.name,
                settings=changes.settings,
                default_project_id=changes.default_project_id,
                global_role=changes.global_role,
            )
            await self._save(uow, me, user)
        return user

    async def change_password(self, user_id: uuid.UUID, current: str, new: str) -> User:
        """Users change their own (with the current password); platform admins reset others'."""
        me = caller()
        async with self._uow() as uow:
            user = await self._visible(uow, me, user_id)
            if me.kind == "user" and user.id == me.user_id:
                if not current:
                    raise InvalidArgument.field("current_password", "is required")
                try:
                    user.change_password(current, new, self._hasher)
                except OldPasswordMismatch:
                    # The domain names its own argument; the contract calls it current_password.
                    raise InvalidArgument.field(
                        "current_password", "does not match the current password"
                    ) from None
            elif await self._is_platform_admin(uow, me):
                user.reset_password(new, self._hasher)
            else:
                raise PermissionDenied("users may only change their own password")
            await self._save(uow, me, user)
        return user

    async def suspend(self, user_id: uuid.UUID, reason: str, *, version: int = 0) -> User:
        me = caller()
        async with self._uow() as uow:
            user = await self._visible(uow, me, user_id)
            if user.id == me.user_id:
                raise PermissionDenied("you cannot suspend yourself")
            if user.global_role == GlobalRole.ADMIN and not await self._is_platform_admin(uow, me):
                raise PermissionDenied("only a platform admin may suspend a platform admin")
            check_version("user", user.id, version, user.version)
            # Only memberships visible to this tenant (row-level security): the
            # caller's project, or all of them for a platform admin's own view.
            memberships = await uow.members.of_user(user.id)
            user.suspend(reason, project_ids=[m.project_id for m in memberships])
            await self._save(uow, me, user)
        return user

    async def reactivate(self, user_id: uuid.UUID, *, version: int = 0) -> User:
        me = caller()
        async with self._uow() as uow:
            user = await self._visible(uow, me, user_id)
            check_version("user", user.id, version, user.version)
            user.reactivate()
            await self._save(uow, me, user)
        return user

    async def _visible(self, uow: IdentityUnitOfWork, me: Principal, user_id: uuid.UUID) -> User:
        """The user, if the caller may see them; NOT_FOUND otherwise (never 'exists')."""
        if user_id != me.user_id and not await self._is_platform_admin(uow, me):
            member = (
                await uow.members.find_member(me.project_id, user_id) if me.project_id else None
            )
            if member is None:
                raise NotFound("user", user_id)
        return await uow.users.get(user_id)

    async def _is_platform_admin(self, uow: IdentityUnitOfWork, me: Principal) -> bool:
        """A platform admin acting with their own (user) token; API keys never are."""
        if me.kind != "user" or me.user_id is None:
            return False
        found = await uow.users.find("id = :id", id=me.user_id)
        return found is not None and found.is_active and found.global_role == GlobalRole.ADMIN

    @staticmethod
    async def _save(uow: IdentityUnitOfWork, me: Principal, user: User) -> None:
        await uow.users.save(user)
        # User events are platform-level (no project): the outbox accepts a row
        # only for the transaction's tenant, so leave the tenant before committing.
        await uow.scope_to(None, me.user_id)
        await uow.commit()
