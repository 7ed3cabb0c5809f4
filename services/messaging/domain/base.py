"""messaging's aggregates: tenant-owned, versioned, with a cheaper snapshot."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Self

from shared.domain import TenantAggregate


@dataclass(eq=False, kw_only=True)
class VersionedAggregate(TenantAggregate):
    def snapshot(self) -> Self:
        """A detached copy without pending events, for events that carry state.

        messaging's aggregates change by rebinding fields to new immutable values (tuples,
        frozen dataclasses), so a shallow copy is a snapshot; only mutable containers are
        copied deeply (a deep copy of the whole tree cost a third of a millisecond per
        message event).
        """
        clone = copy.copy(self)
        clone.events = []
        for name, value in vars(clone).items():
            if isinstance(value, list | dict | set | bytearray) and name != "events":
                setattr(clone, name, copy.deepcopy(value))
        return clone
