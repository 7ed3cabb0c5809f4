"""The Note aggregate: a note on a contact, optionally tied to a session."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crm.domain import errors
from crm.domain.base import VersionedAggregate
from crm.domain.events import NoteAdded, NoteDeleted, NotePinned, NoteUnpinned, NoteUpdated
from crm.domain.masks import masked_changes
from crm.domain.note_fields import (
    EDITABLE,
    NoteAttachment,
    NoteAuthorType,
    NotePriority,
    NoteType,
    note_fields,
)
from crm.domain.values import optional_text
from shared.domain import new_id, utcnow

MAX_AUTHOR_NAME_LENGTH = 200


@dataclass(eq=False, kw_only=True)
class Note(VersionedAggregate):
    contact_id: uuid.UUID
    session_id: uuid.UUID | None = None
    author_type: NoteAuthorType
    author_id: str
    author_name: str = ""
    content: str
    note_type: NoteType = NoteType.GENERAL
    priority: NotePriority = NotePriority.NORMAL
    pinned: bool = False
    visible_to_client: bool = False
    tags: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    attachments: tuple[NoteAttachment, ...] = ()
    delete_time: datetime | None = None
    pin_time: datetime | None = None

    @classmethod
    def add(
        cls,
        *,
        project_id: uuid.UUID,
        contact_id: uuid.UUID,
        author_type: NoteAuthorType,
        author_id: str,
        content: str,
        author_name: str = "",
        session_id: uuid.UUID | None = None,
        id: uuid.UUID | None = None,
        now: datetime | None = None,
        **fields: Any,
    ) -> Note:
        """`fields`: note_type, priority, visible_to_client, tags, mentions, attachments."""
        moment = now or utcnow()
        note = cls(
            id=id or new_id(),
            project_id=project_id,
            contact_id=contact_id,
            session_id=session_id,
            author_type=NoteAuthorType(author_type),
            author_id=str(author_id),
            create_time=moment,
            update_time=moment,
            author_name=optional_text(author_name, "author_name", MAX_AUTHOR_NAME_LENGTH),
            **note_fields({"content": content, **fields}),
        )
        note.record(NoteAdded(**note._envelope(moment), note=note.snapshot()))
        return note

    def edit(
        self,
        changes: Mapping[str, Any],
        mask: Iterable[str] | None = None,
        *,
        now: datetime | None = None,
    ) -> tuple[str, ...]:
        """Change the content or the editable attributes; returns what changed."""
        self._check_live()
        wanted = note_fields(masked_changes(changes, mask, EDITABLE))
        content_before = self.content
        changed, moment = self._apply_changes(wanted, now)
        if moment is not None:
            previous = content_before if "content" in changed else ""
            self.record(
                NoteUpdated(
                    **self._envelope(moment),
                    note=self.snapshot(),
                    changed_fields=changed,
                    previous_content=previous,
                )
            )
        return changed

    def pin(self, *, now: datetime | None = None) -> bool:
        """Returns False (and records nothing) when already pinned."""
        self._check_live()
        if self.pinned:
            return False
        moment = self._touch(now)
        self.pinned, self.pin_time = True, moment
        self.record(NotePinned(**self._envelope(moment), **self._refs()))
        return True

    def unpin(self, *, now: datetime | None = None) -> bool:
        self._check_live()
        if not self.pinned:
            return False
        moment = self._touch(now)
        self.pinned, self.pin_time = False, None
        self.record(NoteUnpinned(**self._envelope(moment), **self._refs()))
        return True

    def delete(self, *, now: datetime | None = None) -> None:
        self._check_live()
        moment = self._touch(now)
        self.delete_time = moment
        self.record(NoteDeleted(**self._envelope(moment), **self._refs()))

    def _refs(self) -> dict[str, Any]:
        return {"note_id": self.id, "contact_id": self.contact_id, "session_id": self.session_id}

    def _check_live(self) -> None:
        if self.delete_time is not None:
            raise errors.NoteIsDeleted(f"note {self.id} is deleted")
