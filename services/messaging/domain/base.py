"""Plumbing shared by messaging's aggregates: tenant, id, version, timestamps, snapshots."""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Self

from shared.domain import Aggregate, utcnow


@dataclass(eq=False, kw_only=True)
class VersionedAggregate(Aggregate):
    """A tenant-owned aggregate with an optimistic-concurrency version and timestamps.

    A new aggregate is at version 1. Every change bumps the version and
    update_time, and the events it records carry the new version; the
    repository saves with `WHERE version = <version it loaded>`. Identity
    (not field equality) decides whether two references are the same aggregate.
    """

    id: uuid.UUID
    project_id: uuid.UUID
    version: int = 1
    create_time: datetime
    update_time: datetime

    def __post_init__(self) -> None:
        Aggregate.__init__(self)

    def snapshot(self) -> Self:
        """A detached copy without pending events, for events that carry state.

        Aggregates change by rebinding fields to new immutable values (tuples, frozen
        dataclasses), so a shallow copy is a snapshot; only mutable containers are copied
        deeply (a deep copy of the whole tree cost a third of a millisecond per event).
        """
        clone = copy.copy(self)
        clone.events = []
        for name, value in vars(clone).items():
            if isinstance(value, list | dict | set | bytearray) and name != "events":
                setattr(clone, name, copy.deepcopy(value))
        return clone

    def _envelope(self, moment: datetime, aggregate_id: uuid.UUID | None = None) -> dict[str, Any]:
        """The DomainEvent fields every event of this aggregate repeats."""
        return {
            "aggregate_id": aggregate_id or self.id,
            "project_id": self.project_id,
            "aggregate_version": self.version,
            "occur_time": moment,
        }

    def _touch(self, now: datetime | None) -> datetime:
        """Mark a change; returns the moment it happened."""
        moment = now or utcnow()
        self.version += 1
        self.update_time = moment
        return moment
