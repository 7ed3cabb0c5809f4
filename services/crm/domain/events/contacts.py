"""Events of the Contact aggregate (contact id = aggregate_id, event time = occur_time)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, ClassVar

from crm.domain.contact_fields import ContactInteractionDirection
from crm.domain.custom_fields import CustomFieldValue
from crm.domain.phones import Phone
from crm.domain.pipeline_statuses import PipelineStatusType
from shared.domain import DomainEvent

if TYPE_CHECKING:
    from crm.domain.contacts import Contact


@dataclass(frozen=True, kw_only=True)
class ContactCreated(DomainEvent):
    routing_key: ClassVar[str] = "crm.contact.created"
    contact: Contact  # snapshot


@dataclass(frozen=True, kw_only=True)
class ContactUpdated(DomainEvent):
    routing_key: ClassVar[str] = "crm.contact.updated"
    contact: Contact  # snapshot after the change
    changed_fields: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class ContactDeleted(DomainEvent):
    routing_key: ClassVar[str] = "crm.contact.deleted"
    contact_id: uuid.UUID
    phone: Phone | None  # so consumers can drop lookups by number
    delete_time: datetime


@dataclass(frozen=True, kw_only=True)
class ContactUndeleted(DomainEvent):
    routing_key: ClassVar[str] = "crm.contact.undeleted"
    contact: Contact  # snapshot


@dataclass(frozen=True, kw_only=True)
class ContactMerged(DomainEvent):
    """aggregate_id is the survivor; consumers move rows from merged_contact_id to it."""

    routing_key: ClassVar[str] = "crm.contact.merged"
    survivor_contact_id: uuid.UUID
    merged_contact_id: uuid.UUID
    survivor_contact: Contact  # snapshot after the merge
    merged_phone: Phone | None  # now resolving to the survivor


@dataclass(frozen=True, kw_only=True)
class ContactTagAdded(DomainEvent):
    routing_key: ClassVar[str] = "crm.contact.tag_added"
    contact_id: uuid.UUID
    tags: tuple[str, ...]  # actually added
    current_tags: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class ContactTagRemoved(DomainEvent):
    routing_key: ClassVar[str] = "crm.contact.tag_removed"
    contact_id: uuid.UUID
    tags: tuple[str, ...]  # actually removed
    current_tags: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class ContactCustomFieldSet(DomainEvent):
    routing_key: ClassVar[str] = "crm.contact.custom_field_set"
    contact_id: uuid.UUID
    key: str
    old_value: CustomFieldValue | None  # None: the field was absent
    new_value: CustomFieldValue | None  # None: the field was removed


@dataclass(frozen=True, kw_only=True)
class ContactInteractionRecorded(DomainEvent):
    routing_key: ClassVar[str] = "crm.contact.interaction_recorded"
    contact_id: uuid.UUID
    interaction_time: datetime
    direction: ContactInteractionDirection
    channel_id: uuid.UUID | None
    session_id: uuid.UUID | None
    message_id: str
    first_interaction: bool  # it is now the contact's earliest interaction


@dataclass(frozen=True, kw_only=True)
class ContactPipelineStatusChanged(DomainEvent):
    """Recorded by ContactPipelineStatus; aggregate_id is the contact id."""

    routing_key: ClassVar[str] = "crm.contact.pipeline_status_changed"
    contact_id: uuid.UUID
    pipeline_id: uuid.UUID
    pipeline_name: str
    previous_status_id: uuid.UUID | None  # None: the contact entered the pipeline
    previous_status_name: str
    new_status_id: uuid.UUID | None  # None: the contact left the pipeline
    new_status_name: str
    new_status_type: PipelineStatusType | None
    reason: str
    change_time: datetime
    previous_status_duration: timedelta | None  # None when entering
