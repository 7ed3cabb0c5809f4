"""Pure-Python building blocks for aggregates: events, errors, the aggregate base.

No grpc, SQLAlchemy or generated code here: a context's domain layer imports
only this module and the standard library.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar, Self


def new_id() -> uuid.UUID:
    return uuid.uuid4()


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, kw_only=True)
class DomainEvent:
    """Something that happened to an aggregate.

    Subclasses set `routing_key` ("<context>.<aggregate>.<event>"); the adapter
    layer turns each into the proto message the contract declares for that key.
    """

    routing_key: ClassVar[str]
    aggregate_id: uuid.UUID
    project_id: uuid.UUID | None
    aggregate_version: int = 0
    event_id: uuid.UUID = field(default_factory=new_id)
    occur_time: datetime = field(default_factory=utcnow)


class Aggregate:
    """Root of a consistency boundary: it records events as it changes."""

    id: uuid.UUID
    version: int

    def __init__(self) -> None:
        self.events: list[DomainEvent] = []

    def record(self, event: DomainEvent) -> None:
        self.events.append(event)

    def collect_events(self) -> list[DomainEvent]:
        events, self.events = self.events, []
        return events


@dataclass(eq=False, kw_only=True)
class VersionedAggregate(Aggregate):
    """An aggregate with an id, an optimistic-concurrency version and timestamps.

    A new aggregate is at version 1. Every change bumps the version and update_time, and
    the events it records carry the new version; the repository saves with
    `WHERE version = <version it loaded>`. Identity (not field equality) decides whether
    two references are the same aggregate.
    """

    id: uuid.UUID
    version: int = 1
    create_time: datetime
    update_time: datetime

    def __post_init__(self) -> None:
        Aggregate.__init__(self)

    @property
    def tenant_id(self) -> uuid.UUID | None:
        """The project this aggregate's events belong to; None when platform-level."""
        return None

    def snapshot(self) -> Self:
        """A detached deep copy without pending events, for events that carry state."""
        pending, self.events = self.events, []
        try:
            return copy.deepcopy(self)
        finally:
            self.events = pending

    def _envelope(
        self,
        moment: datetime,
        *,
        aggregate_id: uuid.UUID | None = None,
        project_id: uuid.UUID | None = None,
    ) -> dict[str, Any]:
        """The DomainEvent fields every event of this aggregate repeats."""
        return {
            "aggregate_id": aggregate_id or self.id,
            "project_id": project_id or self.tenant_id,
            "aggregate_version": self.version,
            "occur_time": moment,
        }

    def _apply_changes(
        self, wanted: Mapping[str, Any], now: datetime | None
    ) -> tuple[tuple[str, ...], datetime | None]:
        """Set the fields of `wanted` whose values differ, bumping the version once; returns
        their names (in `wanted`'s order) and the moment, None when nothing changed."""
        changed = tuple(name for name, value in wanted.items() if value != getattr(self, name))
        if not changed:
            return changed, None
        moment = self._touch(now)
        for name in changed:
            setattr(self, name, wanted[name])
        return changed, moment

    def _touch(self, now: datetime | None) -> datetime:
        """Mark a change; returns the moment it happened."""
        moment = now or utcnow()
        self.version += 1
        self.update_time = moment
        return moment


@dataclass(eq=False, kw_only=True)
class TenantAggregate(VersionedAggregate):
    """A VersionedAggregate owned by one project (the row-level-security tenant)."""

    project_id: uuid.UUID

    @property
    def tenant_id(self) -> uuid.UUID | None:
        return self.project_id


# Errors: named after the rule that was broken. The gRPC edge maps each family
# once to a status code (see shared.grpc_errors).


class DomainError(Exception):
    """Base of every business-rule failure."""


@dataclass(frozen=True)
class FieldViolation:
    field: str
    description: str


class InvalidArgument(DomainError):
    """The request names bad values; nothing was changed."""

    def __init__(self, *violations: FieldViolation) -> None:
        self.violations = list(violations)
        super().__init__("; ".join(f"{v.field}: {v.description}" for v in violations))

    @classmethod
    def field(cls, field: str, description: str) -> InvalidArgument:
        return cls(FieldViolation(field, description))


class NotFound(DomainError):
    def __init__(self, kind: str, key: Any) -> None:
        self.kind, self.key = kind, key
        super().__init__(f"{kind} {key} not found")


class AlreadyExists(DomainError):
    def __init__(self, kind: str, key: Any) -> None:
        self.kind, self.key = kind, key
        super().__init__(f"{kind} {key} already exists")


class FailedPrecondition(DomainError):
    """The system is not in a state where the operation is allowed."""


class VersionConflict(DomainError):
    def __init__(self, kind: str, key: Any, expected: int, actual: int) -> None:
        self.expected, self.actual = expected, actual
        super().__init__(f"{kind} {key} is at version {actual}, not {expected}")


class Unauthenticated(DomainError):
    pass


class PermissionDenied(DomainError):
    pass


def check_version(kind: str, key: Any, expected: int, actual: int) -> None:
    """Optimistic concurrency: 0 means the caller does not care."""
    if expected and expected != actual:
        raise VersionConflict(kind, key, expected, actual)
