"""Events of the Tracking aggregate (tracking id = aggregate_id)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from shared.domain import DomainEvent

if TYPE_CHECKING:
    from crm.domain.tracking import Tracking


@dataclass(frozen=True, kw_only=True)
class TrackingCreated(DomainEvent):
    routing_key: ClassVar[str] = "crm.tracking.created"
    tracking: Tracking  # snapshot
