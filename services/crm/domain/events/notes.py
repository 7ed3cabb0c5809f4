"""Events of the Note aggregate (note id = aggregate_id)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from shared.domain import DomainEvent

if TYPE_CHECKING:
    from crm.domain.notes import Note


@dataclass(frozen=True, kw_only=True)
class NoteAdded(DomainEvent):
    routing_key: ClassVar[str] = "crm.note.added"
    note: Note  # snapshot


@dataclass(frozen=True, kw_only=True)
class NoteUpdated(DomainEvent):
    routing_key: ClassVar[str] = "crm.note.updated"
    note: Note  # snapshot after the change
    changed_fields: tuple[str, ...]
    previous_content: str  # "" unless the content changed


@dataclass(frozen=True, kw_only=True)
class NotePinned(DomainEvent):
    routing_key: ClassVar[str] = "crm.note.pinned"
    note_id: uuid.UUID
    contact_id: uuid.UUID
    session_id: uuid.UUID | None


@dataclass(frozen=True, kw_only=True)
class NoteUnpinned(DomainEvent):
    routing_key: ClassVar[str] = "crm.note.unpinned"
    note_id: uuid.UUID
    contact_id: uuid.UUID
    session_id: uuid.UUID | None


@dataclass(frozen=True, kw_only=True)
class NoteDeleted(DomainEvent):
    routing_key: ClassVar[str] = "crm.note.deleted"
    note_id: uuid.UUID
    contact_id: uuid.UUID
    session_id: uuid.UUID | None
