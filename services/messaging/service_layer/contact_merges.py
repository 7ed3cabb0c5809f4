"""crm merged two contacts: messaging moves the merged contact's chats, sessions and
messages to the survivor (DOMAIN.md: "sessions, messages … move to the survivor").

One tenant-scoped transaction per announcement, claimed in the inbox so a redelivery
changes nothing. Rows are moved with their version bumped, so a writer holding the old
row fails its optimistic check instead of writing the merged id back. A contact has one
active session per channel: where both contacts have one, the merged contact's session
is ended (system close) before the move, and the survivor's carries on.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import text

from messaging.adapters.sessions import SessionRepository
from messaging.domain.sessions import SessionEndReason
from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from shared.consumer import claim_event

CONSUMER = "messaging.contact_merges"
MOVED_TABLES = ("chats", "sessions", "messages")

UowFactory = Callable[..., MessagingUnitOfWork]


@dataclass(frozen=True)
class ContactsMerged:
    event_id: uuid.UUID
    project_id: uuid.UUID
    survivor_id: uuid.UUID
    merged_id: uuid.UUID


class ContactMerges:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    async def move(self, merged: ContactsMerged) -> dict[str, int]:
        """Rows moved per table (empty when the announcement was handled before)."""
        async with self._uow(project_id=merged.project_id) as uow:
            if not await claim_event(uow.connection, "messaging", CONSUMER, merged.event_id):
                return {}
            await self._end_clashing_sessions(uow, merged)
            moved = {}
            for table in MOVED_TABLES:
                result = await uow.connection.execute(
                    text(
                        f"UPDATE messaging.{table} SET contact_id = :s, version = version + 1,"
                        " data = jsonb_set(data, '{contact_id}', to_jsonb(CAST(:st AS text)))"
                        " || jsonb_build_object('version', version + 1)"
                        " WHERE contact_id = :m"
                    ),
                    {"s": merged.survivor_id, "st": str(merged.survivor_id), "m": merged.merged_id},
                )
                moved[table] = result.rowcount
            await uow.commit()
        return moved

    async def _end_clashing_sessions(
        self, uow: MessagingUnitOfWork, merged: ContactsMerged
    ) -> None:
        sessions = uow.repository(SessionRepository)
        clashing = await uow.connection.execute(
            text(
                "SELECT m.id FROM messaging.sessions m JOIN messaging.sessions s"
                " ON s.channel_id = m.channel_id AND s.contact_id = :s AND s.status = 'active'"
                " WHERE m.contact_id = :m AND m.status = 'active' FOR UPDATE OF m"
            ),
            {"s": merged.survivor_id, "m": merged.merged_id},
        )
        for (session_id,) in clashing.all():
            session = await sessions.get(session_id, for_update=True)
            if session.end(SessionEndReason.SYSTEM_CLOSE, note="contact merged"):
                await sessions.save(session)
