"""Events of the ContactList aggregate (list id = aggregate_id)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from shared.domain import DomainEvent

if TYPE_CHECKING:
    from crm.domain.contact_lists import ContactList


@dataclass(frozen=True, kw_only=True)
class ContactListCreated(DomainEvent):
    routing_key: ClassVar[str] = "crm.contact_list.created"
    contact_list: ContactList  # snapshot


@dataclass(frozen=True, kw_only=True)
class ContactListUpdated(DomainEvent):
    routing_key: ClassVar[str] = "crm.contact_list.updated"
    contact_list: ContactList  # snapshot after the change
    changed_fields: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class ContactListDeleted(DomainEvent):
    routing_key: ClassVar[str] = "crm.contact_list.deleted"
    contact_list_id: uuid.UUID
    name: str


@dataclass(frozen=True, kw_only=True)
class ContactListMembersAdded(DomainEvent):
    """Contacts joined (by hand, or found by a recalculation); at most 1000 per event."""

    routing_key: ClassVar[str] = "crm.contact_list.members_added"
    contact_list_id: uuid.UUID
    contact_ids: tuple[uuid.UUID, ...]
    member_count: int  # after the change


@dataclass(frozen=True, kw_only=True)
class ContactListMembersRemoved(DomainEvent):
    routing_key: ClassVar[str] = "crm.contact_list.members_removed"
    contact_list_id: uuid.UUID
    contact_ids: tuple[uuid.UUID, ...]
    member_count: int


@dataclass(frozen=True, kw_only=True)
class ContactListRecalculated(DomainEvent):
    routing_key: ClassVar[str] = "crm.contact_list.recalculated"
    contact_list_id: uuid.UUID
    previous_member_count: int
    member_count: int
    calculate_time: datetime
