"""Timeline entries in PostgreSQL, and the NOTIFY that tells live streams about new ones."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text

from crm.domain.timeline import ContactEvent
from shared.repository import DocumentRepository

S = "crm"
NOTIFY_CHANNEL = "crm_timeline"


def notice_payload(event: ContactEvent) -> str:
    """'<project_id>:<contact_id>:<event_id>': what a NOTIFY on NOTIFY_CHANNEL carries."""
    return f"{event.project_id}:{event.contact_id}:{event.id}"


class ContactEventRepository(DocumentRepository[ContactEvent]):
    table, model, kind = f"{S}.contact_events", ContactEvent, "contact event"

    def columns(self, event: ContactEvent) -> dict[str, Any]:
        return {
            "project_id": event.project_id,
            "contact_id": event.contact_id,
            "category": event.category.value,
            "source_event_id": event.source_event_id,
            "occur_time": event.occur_time,
        }

    async def notify(self, event: ContactEvent) -> None:
        """Announce a stored entry to listeners; PostgreSQL delivers it only on commit."""
        await self._conn.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": NOTIFY_CHANNEL, "payload": notice_payload(event)},
        )

    async def by_ids(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, ContactEvent]:
        """The entries among `ids` this transaction may see (row-level security applies)."""
        if not ids:
            return {}
        rows = (
            (
                await self._conn.execute(
                    text(f"SELECT data FROM {self.table} WHERE id = ANY(:ids)"), {"ids": list(ids)}
                )
            )
            .mappings()
            .all()
        )
        found = [self._load(row) for row in rows]
        return {event.id: event for event in found}
