"""The contact timeline: user-visible entries built from domain events of every context."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from crm.domain.base import VersionedAggregate
from crm.domain.events import ContactEventCreated
from crm.domain.values import Actor, optional_text, required_text
from shared.domain import InvalidArgument, new_id, utcnow

MAX_TITLE_LENGTH = 200
MAX_DESCRIPTION_LENGTH = 2000


class ContactEventCategory(StrEnum):
    GENERAL = "general"
    STATUS = "status"
    PIPELINE = "pipeline"
    ASSIGNMENT = "assignment"
    TAG = "tag"
    NOTE = "note"
    SESSION = "session"
    CUSTOM_FIELD = "custom_field"
    SYSTEM = "system"
    NOTIFICATION = "notification"
    TRACKING = "tracking"
    MESSAGE = "message"


class ContactEventPriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class ContactEventSource(StrEnum):
    SYSTEM = "system"
    AGENT = "agent"
    WEBHOOK = "webhook"
    WORKFLOW = "workflow"
    AUTOMATION = "automation"
    INTEGRATION = "integration"
    USER = "user"


class ContactEventVisibility(StrEnum):
    PUBLIC = "public"  # agents and the contact
    INTERNAL = "internal"  # agents and users
    SYSTEM = "system"  # kept for the record, hidden from default timelines


@dataclass(frozen=True, kw_only=True)
class TimelineEntry:
    """What one domain event means on a contact's timeline, before it is stored."""

    project_id: uuid.UUID | None
    contact_id: uuid.UUID
    event_type: str  # well-known entry type: "tag_added", "session_started", …
    category: ContactEventCategory
    priority: ContactEventPriority = ContactEventPriority.NORMAL
    title: str
    description: str = ""
    payload: dict[str, Any] = field(default_factory=dict)
    source: ContactEventSource = ContactEventSource.SYSTEM
    actor: Actor | None = None
    visibility: ContactEventVisibility = ContactEventVisibility.INTERNAL
    occur_time: datetime | None = None  # None: when it is stored
    session_id: uuid.UUID | None = None
    message_id: uuid.UUID | None = None
    source_event_id: uuid.UUID | None = None
    source_event_type: str = ""  # the routing key it was built from


@dataclass(eq=False, kw_only=True)
class ContactEvent(VersionedAggregate):
    contact_id: uuid.UUID
    event_type: str
    category: ContactEventCategory
    priority: ContactEventPriority
    title: str
    description: str = ""
    payload: dict[str, Any] = field(default_factory=dict)
    source: ContactEventSource
    actor: Actor | None = None
    visibility: ContactEventVisibility
    occur_time: datetime
    session_id: uuid.UUID | None = None
    source_event_id: uuid.UUID | None = None
    source_event_type: str = ""
    message_id: uuid.UUID | None = None
    expire_time: datetime | None = None  # no longer pushed to live streams after it

    @classmethod
    def from_entry(
        cls,
        entry: TimelineEntry,
        *,
        project_id: uuid.UUID | None = None,
        expire_time: datetime | None = None,
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> ContactEvent:
        moment = now or utcnow()
        tenant = project_id or entry.project_id
        if tenant is None:
            raise InvalidArgument.field("project_id", "is required")
        if expire_time is not None and expire_time <= moment:
            raise InvalidArgument.field("expire_time", "must be in the future")
        event = cls(
            id=id or new_id(),
            project_id=tenant,
            contact_id=entry.contact_id,
            event_type=required_text(entry.event_type, "event_type", 100),
            category=entry.category,
            priority=entry.priority,
            title=required_text(entry.title, "title", MAX_TITLE_LENGTH),
            description=optional_text(entry.description, "description", MAX_DESCRIPTION_LENGTH),
            payload=dict(entry.payload),
            source=entry.source,
            actor=entry.actor,
            visibility=entry.visibility,
            occur_time=entry.occur_time or moment,
            session_id=entry.session_id,
            source_event_id=entry.source_event_id,
            source_event_type=entry.source_event_type,
            message_id=entry.message_id,
            expire_time=expire_time,
            create_time=moment,
            update_time=moment,
        )
        event.record(ContactEventCreated(**event._envelope(moment), contact_event=event.snapshot()))
        return event

    def is_live_at(self, moment: datetime) -> bool:
        """Whether live streams still push it."""
        return self.expire_time is None or moment < self.expire_time
