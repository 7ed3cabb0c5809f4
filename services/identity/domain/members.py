"""ProjectMember (a user's role in a project) and the rules for changing the roster.

Rules: a user is a member at most once; nobody changes their own role; a
project always keeps at least one admin. The policy functions take the
project's whole roster, which the service loads in the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from identity.domain.base import VersionedAggregate
from identity.domain.errors import CannotChangeOwnRole, ProjectNeedsAnAdmin
from identity.domain.events import MemberAdded, MemberRemoved, MemberRoleChanged
from identity.domain.roles import ProjectRole
from identity.domain.users import User
from shared.domain import AlreadyExists, NotFound, new_id, utcnow


@dataclass(eq=False, kw_only=True)
class ProjectMember(VersionedAggregate):
    project_id: uuid.UUID
    user_id: uuid.UUID
    role: ProjectRole
    invited_by_user_id: uuid.UUID | None = None
    invite_time: datetime

    @property
    def tenant_id(self) -> uuid.UUID | None:
        return self.project_id

    @classmethod
    def add(
        cls,
        *,
        project_id: uuid.UUID,
        user: User,
        role: ProjectRole,
        invited_by_user_id: uuid.UUID | None = None,
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> ProjectMember:
        """A new membership; use `invite_member` unless the project is brand new."""
        moment = now or utcnow()
        member = cls(
            id=id or new_id(),
            project_id=project_id,
            user_id=user.id,
            role=role,
            invited_by_user_id=invited_by_user_id,
            invite_time=moment,
            create_time=moment,
            update_time=moment,
        )
        member.record(
            MemberAdded(
                **member._envelope(moment),
                member=member.snapshot(),
                user_name=user.name,
                user_email=user.email,
            )
        )
        return member

    def _change_role(self, role: ProjectRole, now: datetime | None) -> None:
        previous, self.role = self.role, role
        moment = self._touch(now)
        self.record(
            MemberRoleChanged(
                **self._envelope(moment),
                user_id=self.user_id,
                previous_role=previous,
                role=role,
            )
        )

    def _remove(self, revoked_api_key_ids: tuple[uuid.UUID, ...], now: datetime | None) -> None:
        moment = self._touch(now)
        self.record(
            MemberRemoved(
                **self._envelope(moment),
                user_id=self.user_id,
                role=self.role,
                revoked_api_key_ids=revoked_api_key_ids,
            )
        )


def invite_member(
    roster: Iterable[ProjectMember],
    *,
    project_id: uuid.UUID,
    user: User,
    role: ProjectRole,
    invited_by_user_id: uuid.UUID,
    now: datetime | None = None,
) -> ProjectMember:
    if any(member.user_id == user.id for member in roster):
        raise AlreadyExists("project member", user.id)
    return ProjectMember.add(
        project_id=project_id,
        user=user,
        role=role,
        invited_by_user_id=invited_by_user_id,
        now=now,
    )


def change_member_role(
    roster: Iterable[ProjectMember],
    *,
    user_id: uuid.UUID,
    role: ProjectRole,
    acting_user_id: uuid.UUID,
    now: datetime | None = None,
) -> ProjectMember:
    """Returns the member; no event when the role is already `role`."""
    members = list(roster)
    if user_id == acting_user_id:
        raise CannotChangeOwnRole()
    member = _find(members, user_id)
    if member.role == role:
        return member
    if role != ProjectRole.ADMIN:
        _check_other_admin_remains(members, member)
    member._change_role(role, now)
    return member


def remove_member(
    roster: Iterable[ProjectMember],
    *,
    user_id: uuid.UUID,
    revoked_api_key_ids: Iterable[uuid.UUID] = (),
    now: datetime | None = None,
) -> ProjectMember:
    """Records MemberRemoved on the member; the service then deletes it (and has
    revoked the member's API keys in the project, whose ids it passes)."""
    members = list(roster)
    member = _find(members, user_id)
    _check_other_admin_remains(members, member)
    member._remove(tuple(revoked_api_key_ids), now)
    return member


def _find(members: list[ProjectMember], user_id: uuid.UUID) -> ProjectMember:
    for member in members:
        if member.user_id == user_id:
            return member
    raise NotFound("project member", user_id)


def _check_other_admin_remains(members: list[ProjectMember], leaving: ProjectMember) -> None:
    if leaving.role != ProjectRole.ADMIN:
        return
    if not any(m.role == ProjectRole.ADMIN and m is not leaving for m in members):
        raise ProjectNeedsAnAdmin(f"user {leaving.user_id} is the project's last admin")
