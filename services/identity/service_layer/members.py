"""Project members: list, read, invite registered users, change roles, remove.

The roster rules (one membership per user, nobody changes their own role, a
project keeps an admin) live in identity.domain.members; this layer loads the
roster under a row lock so two concurrent changes cannot both pass them, and
keeps the member's API keys in step (lowered on demotion, revoked on removal).
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from identity.domain.api_keys import ApiKey
from identity.domain.errors import ArchivedProjectIsReadOnly, CannotGrantHigherRole
from identity.domain.members import (
    ProjectMember,
    change_member_role,
    invite_member,
    remove_member,
)
from identity.domain.roles import ProjectRole
from identity.domain.users import User
from identity.domain.values import Email
from identity.service_layer.projects import current_project_id
from identity.service_layer.unit_of_work import IdentityUnitOfWork
from identity.service_layer.users import like_pattern
from shared.context import Principal
from shared.domain import InvalidArgument, NotFound, PermissionDenied, check_version
from shared.repository import MAX_PAGE_SIZE
from shared.requests import caller

UnitOfWorkFactory = Callable[..., IdentityUnitOfWork]
S = "identity"
INVITE_OPERATION = "InviteProjectMember"
REMOVAL_REASON = "the member was removed from the project"


@dataclass(frozen=True)
class Membership:
    member: ProjectMember
    user: User | None  # None only if the user row vanished (never in practice)


@dataclass(frozen=True)
class MemberPage:
    items: list[Membership]
    next_page_token: str
    total_size: int


def check_can_grant(me: Principal, role: ProjectRole) -> None:
    """A principal hands out at most its own role."""
    try:
        mine = ProjectRole(me.role)
    except ValueError:
        raise CannotGrantHigherRole(f"role {me.role!r} cannot grant project roles") from None
    if not mine.covers(role):
        raise CannotGrantHigherRole(f"a {mine.value} cannot grant the {role.value} role")


class Members:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def list(
        self,
        project_id: uuid.UUID | None,
        *,
        role: ProjectRole | None,
        user_id: uuid.UUID | None,
        query: str,
        page_size: int,
        page_token: str,
    ) -> MemberPage:
        me = caller()
        async with self._uow() as uow:
            project = await current_project_id(uow, me, project_id)
            clauses = ["project_id = :project"]
            params: dict[str, Any] = {"project": project}
            if role is not None:
                clauses.append("role = :role")
                params["role"] = role.value
            if user_id is not None:
                clauses.append("user_id = :user")
                params["user"] = user_id
            if query.strip():
                clauses.append(
                    f"user_id IN (SELECT id FROM {S}.users WHERE name ILIKE :q ESCAPE '\\' "
                    "OR email ILIKE :q ESCAPE '\\')"
                )
                params["q"] = like_pattern(query)
            page = await uow.members.page(" AND ".join(clauses), params, page_size, page_token)
            users = await self._users(uow, [m.user_id for m in page.items])
        return MemberPage(
            [Membership(m, users.get(m.user_id)) for m in page.items],
            page.next_page_token,
            page.total_size,
        )

    async def get(self, project_id: uuid.UUID | None, member_id: uuid.UUID) -> Membership:
        me = caller()
        async with self._uow() as uow:
            project = await current_project_id(uow, me, project_id)
            member = await uow.members.find("id = :id AND project_id = :p", id=member_id, p=project)
            if member is None:
                raise NotFound("project member", member_id)
            return Membership(member, await uow.users.get(member.user_id))

    async def invite(
        self,
        project_id: uuid.UUID | None,
        *,
        user_id: uuid.UUID | None,
        email: str,
        role: ProjectRole,
        request_id: str = "",
    ) -> Membership:
        me = caller()
        if (user_id is None) == (not email.strip()):
            raise InvalidArgument.field("user_id", "give exactly one of user_id or email")
        if me.user_id is None:
            raise PermissionDenied("inviting members needs a user's credential")
        check_can_grant(me, role)
        async with self._uow() as uow:
            project = await current_project_id(uow, me, project_id)
            done = await uow.idempotency.seen(project, INVITE_OPERATION, request_id)
            if done is not None:
                member = await uow.members.get(done)
                return Membership(member, await uow.users.get(member.user_id))
            await self._check_active(uow, project)
            if user_id is not None:
                user = await uow.users.get(user_id)
            else:
                found = await uow.users.by_email(Email(email, "email"))
                if found is None:
                    raise NotFound("user with email", email.strip().lower())
                user = found
            roster = await uow.members.roster(project)
            member = invite_member(
                roster, project_id=project, user=user, role=role, invited_by_user_id=me.user_id
            )
            await uow.members.add(member)
            await uow.idempotency.remember(project, INVITE_OPERATION, request_id, member.id)
            await uow.commit()
        return Membership(member, user)

    async def change_role(
        self,
        project_id: uuid.UUID | None,
        member_id: uuid.UUID,
        role: ProjectRole,
        *,
        version: int = 0,
    ) -> Membership:
        me = caller()
        if me.user_id is None:
            raise PermissionDenied("changing roles needs a user's credential")
        check_can_grant(me, role)
        async with self._uow() as uow:
            project = await current_project_id(uow, me, project_id)
            await self._check_active(uow, project)
            roster = await uow.members.roster(project)
            target = self._in(roster, member_id)
            check_version("project member", target.id, version, target.version)
            # An API key acts for its creator: it cannot change its creator's role either.
            member = change_member_role(
                roster, user_id=target.user_id, role=role, acting_user_id=me.user_id
            )
            for key in await self._keys_of(uow, member.user_id):
                if key.limit_role(member.role):
                    await uow.api_keys.save(key)
            await uow.members.save(member)
            user = await uow.users.get(member.user_id)
            await uow.commit()
        return Membership(member, user)

    async def remove(
        self, project_id: uuid.UUID | None, member_id: uuid.UUID, *, version: int = 0
    ) -> Membership:
        me = caller()
        async with self._uow() as uow:
            project = await current_project_id(uow, me, project_id)
            await self._check_active(uow, project)
            roster = await uow.members.roster(project)
            target = self._in(roster, member_id)
            check_version("project member", target.id, version, target.version)
            keys = [k for k in await self._keys_of(uow, target.user_id) if not k.is_revoked]
            member = remove_member(
                roster, user_id=target.user_id, revoked_api_key_ids=[k.id for k in keys]
            )
            for key in keys:
                key.revoke(REMOVAL_REASON)
                await uow.api_keys.save(key)
            await uow.members.remove(member)
            user = await uow.users.find("id = :id", id=member.user_id)
            await uow.commit()
        return Membership(member, user)

    @staticmethod
    def _in(roster: builtins.list[ProjectMember], member_id: uuid.UUID) -> ProjectMember:
        for member in roster:
            if member.id == member_id:
                return member
        raise NotFound("project member", member_id)

    @staticmethod
    async def _check_active(uow: IdentityUnitOfWork, project_id: uuid.UUID) -> None:
        project = await uow.projects.get(project_id)
        if not project.active:
            raise ArchivedProjectIsReadOnly(f"project {project_id} is archived")

    @staticmethod
    async def _users(
        uow: IdentityUnitOfWork, ids: builtins.list[uuid.UUID]
    ) -> dict[uuid.UUID, User]:
        if not ids:
            return {}
        page = await uow.users.page("id = ANY(:ids)", {"ids": list(set(ids))}, MAX_PAGE_SIZE, "")
        return {u.id: u for u in page.items}

    @staticmethod
    async def _keys_of(uow: IdentityUnitOfWork, user_id: uuid.UUID) -> builtins.list[ApiKey]:
        """Every API key the user created in the current project (row-level security)."""
        keys: list[ApiKey] = []
        token = ""
        while True:
            page = await uow.api_keys.page(
                "data->>'created_by_user_id' = :creator",
                {"creator": str(user_id)},
                MAX_PAGE_SIZE,
                token,
            )
            keys.extend(page.items)
            token = page.next_page_token
            if not token:
                return keys
