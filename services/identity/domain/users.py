"""The User aggregate: someone who can log in (platform-wide, not tenant-owned)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from identity.domain import errors, events
from identity.domain.base import VersionedAggregate
from identity.domain.ports import PasswordHasher
from identity.domain.roles import GlobalRole
from identity.domain.statuses import UserStatus
from identity.domain.values import Email, Password, PersonName, optional_text
from shared.domain import new_id, utcnow

MAX_REASON_LENGTH = 500


@dataclass(eq=False, kw_only=True)
class User(VersionedAggregate):
    email: Email
    name: PersonName
    password_hash: str = field(repr=False)
    status: UserStatus = UserStatus.ACTIVE
    global_role: GlobalRole = GlobalRole.USER
    default_project_id: uuid.UUID | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    suspension_reason: str = ""
    suspend_time: datetime | None = None
    password_change_time: datetime | None = None

    @classmethod
    def register(
        cls,
        *,
        name: str,
        email: str,
        password: str,
        hasher: PasswordHasher,
        default_project_id: uuid.UUID | None = None,
        billing_account_id: uuid.UUID | None = None,
        global_role: GlobalRole = GlobalRole.USER,
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> User:
        moment = now or utcnow()
        user = cls(
            id=id or new_id(),
            email=Email(email),
            name=PersonName(name),
            password_hash=hasher.hash(Password(password).value),
            global_role=global_role,
            default_project_id=default_project_id,
            password_change_time=moment,
            create_time=moment,
            update_time=moment,
        )
        user.record(
            events.UserRegistered(
                **user._envelope(moment, project_id=default_project_id),
                user=user.snapshot(),
                default_project_id=default_project_id,
                billing_account_id=billing_account_id,
            )
        )
        return user

    @property
    def is_active(self) -> bool:
        return self.status == UserStatus.ACTIVE

    def verify_password(self, password: str, hasher: PasswordHasher) -> None:
        """Log-in check. The password is checked first so that a wrong password
        never reveals whether the account is suspended."""
        if not hasher.verify(self.password_hash, password):
            raise errors.IncorrectPassword()
        if not self.is_active:
            raise errors.SuspendedUserCannotLogIn()

    def update(
        self,
        *,
        name: str | None = None,
        default_project_id: uuid.UUID | None = None,
        settings: dict[str, Any] | None = None,
        global_role: GlobalRole | None = None,
        now: datetime | None = None,
    ) -> tuple[str, ...]:
        """Profile changes (None = keep); returns the names that changed. Only a
        platform admin may pass global_role: the service checks that."""
        wanted: dict[str, Any] = {
            "name": None if name is None else PersonName(name),
            "default_project_id": default_project_id,
            "settings": None if settings is None else dict(settings),
            "global_role": global_role,
        }
        changed = tuple(k for k, v in wanted.items() if v is not None and v != getattr(self, k))
        if changed:
            moment = self._touch(now)
            for key in changed:
                setattr(self, key, wanted[key])
            self.record(
                events.UserUpdated(
                    **self._envelope(moment),
                    user=self.snapshot(),
                    changed_fields=changed,
                )
            )
        return changed

    def change_password(
        self, old: str, new: str, hasher: PasswordHasher, *, now: datetime | None = None
    ) -> None:
        if not hasher.verify(self.password_hash, old):
            raise errors.OldPasswordMismatch()
        self._set_password(Password(new, "new_password"), hasher, reset=False, now=now)

    def reset_password(
        self, new: str, hasher: PasswordHasher, *, now: datetime | None = None
    ) -> None:
        """Set a password without the old one (a platform admin's reset)."""
        self._set_password(Password(new, "new_password"), hasher, reset=True, now=now)

    def suspend(
        self,
        reason: str = "",
        *,
        project_ids: Iterable[uuid.UUID] = (),
        now: datetime | None = None,
    ) -> None:
        """`project_ids`: the user's projects, so consumers can act there."""
        if not self.is_active:
            raise errors.UserAlreadySuspended(f"user {self.id} is already suspended")
        reason = optional_text(reason, "reason", MAX_REASON_LENGTH)
        moment = self._touch(now)
        self.status, self.suspension_reason, self.suspend_time = (
            UserStatus.SUSPENDED,
            reason,
            moment,
        )
        self.record(
            events.UserSuspended(
                **self._envelope(moment),
                reason=reason,
                project_ids=tuple(project_ids),
            )
        )

    def reactivate(self, *, now: datetime | None = None) -> None:
        if self.is_active:
            raise errors.UserNotSuspended(f"user {self.id} is not suspended")
        moment = self._touch(now)
        self.status, self.suspension_reason, self.suspend_time = UserStatus.ACTIVE, "", None
        self.record(events.UserReactivated(**self._envelope(moment)))

    def _set_password(
        self, password: Password, hasher: PasswordHasher, *, reset: bool, now: datetime | None
    ) -> None:
        moment = self._touch(now)
        self.password_hash = hasher.hash(password.value)
        self.password_change_time = moment
        self.record(
            events.UserPasswordChanged(
                **self._envelope(moment),
                reset_by_admin=reset,
            )
        )
