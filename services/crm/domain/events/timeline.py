"""Events of the contact timeline (ContactEvent id = aggregate_id)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from shared.domain import DomainEvent

if TYPE_CHECKING:
    from crm.domain.timeline import ContactEvent


@dataclass(frozen=True, kw_only=True)
class ContactEventCreated(DomainEvent):
    """A timeline entry was stored; feeds the live streams."""

    routing_key: ClassVar[str] = "crm.contact_event.created"
    contact_event: ContactEvent  # snapshot
