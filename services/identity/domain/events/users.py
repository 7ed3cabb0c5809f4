"""Events of the User aggregate (user id = aggregate_id, event time = occur_time)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from shared.domain import DomainEvent

if TYPE_CHECKING:
    from identity.domain.users import User


@dataclass(frozen=True, kw_only=True)
class UserRegistered(DomainEvent):
    """A user signed up; project_id is the default project created with them."""

    routing_key: ClassVar[str] = "identity.user.registered"
    user: User  # snapshot
    default_project_id: uuid.UUID | None
    billing_account_id: uuid.UUID | None


@dataclass(frozen=True, kw_only=True)
class UserUpdated(DomainEvent):
    routing_key: ClassVar[str] = "identity.user.updated"
    user: User  # snapshot after the change
    changed_fields: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class UserSuspended(DomainEvent):
    """The user can no longer log in; their tokens and API keys stop working."""

    routing_key: ClassVar[str] = "identity.user.suspended"
    reason: str
    project_ids: tuple[uuid.UUID, ...]  # the user's projects, given by the service


@dataclass(frozen=True, kw_only=True)
class UserReactivated(DomainEvent):
    routing_key: ClassVar[str] = "identity.user.reactivated"


@dataclass(frozen=True, kw_only=True)
class UserPasswordChanged(DomainEvent):
    """Access tokens issued before this moment must be rejected."""

    routing_key: ClassVar[str] = "identity.user.password_changed"
    reset_by_admin: bool  # set without the old password
