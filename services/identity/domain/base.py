"""Plumbing shared by identity's aggregates: the versioned base, and transitions."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TypeVar

from identity.domain.errors import TransitionNotAllowed
from shared.domain import VersionedAggregate

__all__ = ["VersionedAggregate", "check_transition"]

S = TypeVar("S", bound=Enum)


def check_transition(kind: str, table: Mapping[S, frozenset[S]], current: S, target: S) -> None:
    """Raise TransitionNotAllowed unless `table` lets `current` move to `target`."""
    if target not in table.get(current, frozenset()):
        raise TransitionNotAllowed(kind, str(current.value), str(target.value))
