"""Note use cases: each opens one tenant-scoped unit of work and commits once."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crm.adapters.notes import (
    OLDEST_FIRST,
    PINNED_FIRST,
    PRIORITY_ASC,
    PRIORITY_DESC,
    NoteOrder,
    NoteRepository,
)
from crm.domain.contacts import Contact
from crm.domain.note_fields import NoteAuthorType
from crm.domain.notes import Note
from crm.service_layer.unit_of_work import CrmUnitOfWork
from shared.domain import NotFound, check_version
from shared.repository import Order, Page

UnitOfWorkFactory = Callable[..., CrmUnitOfWork]
_ORDERS = {
    ("create_time", True): PINNED_FIRST,
    ("create_time", False): OLDEST_FIRST,
    ("priority", True): PRIORITY_DESC,
    ("priority", False): PRIORITY_ASC,
}


@dataclass(frozen=True)
class Author:
    type: NoteAuthorType
    id: str
    name: str = ""


def note_order(order_by: str) -> NoteOrder:
    """'create_time desc' (default: pinned first, then newest), 'create_time', 'priority [desc]'."""
    order = Order.parse(order_by, {"create_time", "priority"}, Order("create_time", True))
    return _ORDERS[(order.column, order.descending)]


@dataclass(frozen=True)
class NoteFilter:
    contact_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None
    author_id: str = ""
    author_type: str = ""
    note_types: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    pinned_only: bool = False
    visible_to_client_only: bool = False
    query: str = ""
    create_time_after: datetime | None = None
    create_time_before: datetime | None = None
    show_deleted: bool = False

    def compile(self) -> tuple[str, dict[str, Any]]:
        """A WHERE fragment with bound parameters; every value is a parameter."""
        clauses = [] if self.show_deleted else ["delete_time IS NULL"]
        params: dict[str, Any] = {}
        if self.contact_id:
            clauses.append("contact_id = :contact_id")
            params["contact_id"] = self.contact_id
        if self.session_id:
            clauses.append("session_id = :session_id")
            params["session_id"] = self.session_id
        if self.author_id:
            clauses.append("data ->> 'author_id' = :author_id")
            params["author_id"] = self.author_id
        if self.author_type:
            clauses.append("data ->> 'author_type' = :author_type")
            params["author_type"] = self.author_type
        if self.note_types:
            clauses.append("data ->> 'note_type' = ANY(:note_types)")
            params["note_types"] = list(self.note_types)
        if self.priorities:
            clauses.append("data ->> 'priority' = ANY(:priorities)")
            params["priorities"] = list(self.priorities)
        if self.pinned_only:
            clauses.append("pinned")
        if self.visible_to_client_only:
            clauses.append("(data ->> 'visible_to_client')::boolean")
        if self.query.strip():
            clauses.append("lower((data ->> 'content') || ' ' || (data ->> 'tags')) LIKE :query")
            params["query"] = "%" + _escape_like(self.query.strip().lower()) + "%"
        if self.create_time_after:
            clauses.append("create_time >= :create_after")
            params["create_after"] = self.create_time_after
        if self.create_time_before:
            clauses.append("create_time < :create_before")
            params["create_before"] = self.create_time_before
        return " AND ".join(clauses) or "true", params


class Notes:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def add(
        self,
        project_id: uuid.UUID,
        contact_id: uuid.UUID,
        author: Author,
        fields: Mapping[str, Any],
        session_id: uuid.UUID | None,
        request_id: str,
    ) -> Note:
        """`fields`: content, note_type, priority, visible_to_client, tags, mentions,
        attachments. The contact must be live (not deleted, not merged away)."""
        async with self._uow() as uow:
            notes = uow.repository(NoteRepository)
            seen = await uow.idempotency.seen(project_id, "add_note", request_id)
            if seen:
                return await notes.get(seen)
            contact = await _contact(uow, contact_id)
            contact.check_live()
            note = Note.add(
                project_id=project_id,
                contact_id=contact.id,
                session_id=session_id,
                author_type=author.type,
                author_id=author.id,
                author_name=author.name,
                **fields,
            )
            await notes.add(note)
            await uow.idempotency.remember(project_id, "add_note", request_id, note.id)
            await uow.commit()
            return note

    async def get(self, note_id: uuid.UUID) -> Note:
        async with self._uow() as uow:
            return await uow.repository(NoteRepository).get(note_id)

    async def update(
        self, note_id: uuid.UUID, changes: Mapping[str, Any], mask: Iterable[str], version: int
    ) -> Note:
        return await self._change(note_id, version, lambda n: n.edit(changes, mask))

    async def pin(self, note_id: uuid.UUID) -> Note:
        return await self._change(note_id, 0, lambda n: n.pin())

    async def unpin(self, note_id: uuid.UUID) -> Note:
        return await self._change(note_id, 0, lambda n: n.unpin())

    async def delete(self, note_id: uuid.UUID, version: int) -> Note:
        """Idempotent: deleting a deleted note returns its tombstone unchanged."""
        return await self._change(
            note_id, version, lambda n: None if n.delete_time else n.delete(), tombstone_ok=True
        )

    async def list(
        self, where: NoteFilter, page_size: int, page_token: str, order_by: str
    ) -> Page[Note]:
        order = note_order(order_by)
        sql, params = where.compile()
        async with self._uow() as uow:
            if where.contact_id is not None:
                await _contact(uow, where.contact_id)  # another tenant's: NOT_FOUND
            return await uow.repository(NoteRepository).sorted_page(
                sql, params, page_size, page_token, order
            )

    async def _change(
        self,
        note_id: uuid.UUID,
        version: int,
        change: Callable[[Note], object],
        *,
        tombstone_ok: bool = False,
    ) -> Note:
        async with self._uow() as uow:
            notes = uow.repository(NoteRepository)
            note = await notes.get(note_id, for_update=True)
            if not (tombstone_ok and note.delete_time is not None):
                check_version("note", note_id, version, note.version)
            change(note)
            await notes.save(note)
            await uow.commit()
            return note


async def _contact(uow: CrmUnitOfWork, contact_id: uuid.UUID) -> Contact:
    found = await uow.contacts.find("id = :id", id=contact_id)
    if found is None:
        raise NotFound("contact", contact_id)
    return found


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
