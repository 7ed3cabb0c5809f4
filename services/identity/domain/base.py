"""Plumbing shared by identity's aggregates: id, version, timestamps, transitions."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Self, TypeVar

from identity.domain.errors import TransitionNotAllowed
from shared.domain import Aggregate, utcnow

S = TypeVar("S", bound=Enum)


@dataclass(eq=False, kw_only=True)
class VersionedAggregate(Aggregate):
    """An aggregate with an id, an optimistic-concurrency version and timestamps.

    A new aggregate is at version 1. Every change bumps the version and
    update_time, and the event it records carries the new version; the
    repository saves with `WHERE version = <version it loaded>`. Identity
    (not field equality) decides whether two references are the same aggregate.
    """

    id: uuid.UUID
    version: int = 1
    create_time: datetime
    update_time: datetime

    def __post_init__(self) -> None:
        Aggregate.__init__(self)

    def snapshot(self) -> Self:
        """A detached deep copy without pending events, for events that carry state."""
        pending, self.events = self.events, []
        try:
            return copy.deepcopy(self)
        finally:
            self.events = pending

    @property
    def tenant_id(self) -> uuid.UUID | None:
        """The project this aggregate's events belong to; None when platform-level."""
        return None

    def _envelope(self, moment: datetime, project_id: uuid.UUID | None = None) -> dict[str, Any]:
        """The DomainEvent fields every event of this aggregate repeats."""
        return {
            "aggregate_id": self.id,
            "project_id": project_id or self.tenant_id,
            "aggregate_version": self.version,
            "occur_time": moment,
        }

    def _touch(self, now: datetime | None) -> datetime:
        """Mark a change; returns the moment it happened."""
        moment = now or utcnow()
        self.version += 1
        self.update_time = moment
        return moment


def check_transition(kind: str, table: Mapping[S, frozenset[S]], current: S, target: S) -> None:
    """Raise TransitionNotAllowed unless `table` lets `current` move to `target`."""
    if target not in table.get(current, frozenset()):
        raise TransitionNotAllowed(kind, str(current.value), str(target.value))
