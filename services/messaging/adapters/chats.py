"""Chats in PostgreSQL: the document plus the columns filters and indexes use."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from messaging.domain.chats import Chat
from shared.domain import Aggregate
from shared.repository import DocumentRepository, sql

S = "messaging"


class ChatRepository(DocumentRepository[Chat]):
    table, model, kind = f"{S}.chats", Chat, "chat"

    def columns(self, chat: Chat) -> dict[str, Any]:
        return {
            "project_id": chat.project_id,
            "channel_id": chat.channel_id,
            "wa_chat_id": chat.provider_chat_id,
            "kind": chat.type.value,
            "contact_id": chat.contact_id,
            "last_message_time": chat.last_message_time,
        }

    def __init__(self, conn: AsyncConnection, track: Callable[[Aggregate], None]) -> None:
        super().__init__(conn, track)
        self._touched: dict[uuid.UUID, datetime] = {}

    async def by_provider_id(self, channel_id: uuid.UUID, provider_chat_id: str) -> Chat | None:
        return await self.find(
            "channel_id = :ch AND wa_chat_id = :w", ch=channel_id, w=provider_chat_id
        )

    async def by_provider_ids(self, keys: Sequence[tuple[uuid.UUID, str]]) -> list[Chat]:
        """The stored chats among these (channel, provider chat id), in one statement."""
        if not keys:
            return []
        found = await self.find_all(
            "channel_id = ANY(:chs) AND wa_chat_id = ANY(:ws)",
            chs=list({k[0] for k in keys}),
            ws=list({k[1] for k in keys}),
        )
        wanted = set(keys)
        return [chat for chat in found if (chat.channel_id, chat.provider_chat_id) in wanted]

    async def attach_contact(self, chat: Chat, contact_id: uuid.UUID, now: datetime) -> None:
        """Link an individual chat first seen without its contact (no version bump: the
        contact is what crm says the chat's other party is, not an edit of the chat)."""
        chat.contact_id, chat.update_time = contact_id, now
        await self._conn.execute(
            sql(
                f"UPDATE {self.table} SET contact_id = :c,"
                " data = jsonb_set(data, '{contact_id}', to_jsonb(CAST(:cs AS text)))"
                " WHERE id = :id"
            ),
            {"c": contact_id, "cs": str(contact_id), "id": chat.id},
        )

    def touch(self, chat: Chat) -> None:
        """Persist the chat's last_message_time when the transaction commits (a
        statistic: Chat.record_message bumps no version); one statement for all the
        chats the transaction touched, and never moving a time backwards."""
        if chat.last_message_time is not None:
            self._touched[chat.id] = chat.last_message_time

    async def flush(self) -> None:
        await super().flush()
        touched, self._touched = self._touched, {}
        if not touched:
            return
        await self._conn.execute(
            sql(
                f"UPDATE {S}.chats AS c SET last_message_time = u.t,"
                " data = jsonb_set(c.data, '{last_message_time}', to_jsonb(u.iso))"
                " FROM unnest(CAST(:ids AS uuid[]), CAST(:ts AS timestamptz[]),"
                " CAST(:isos AS text[])) AS u(id, t, iso)"
                " WHERE c.id = u.id AND (c.last_message_time IS NULL OR c.last_message_time < u.t)"
            ),
            {
                "ids": list(touched),
                "ts": list(touched.values()),
                "isos": [t.isoformat() for t in touched.values()],
            },
        )


class ChatListing(ChatRepository):
    """Read-only listing view: `activity_time` is the last message's time, or the
    chat's creation for a chat without messages (keyset paging needs no NULLs)."""

    table = (
        f"(SELECT *, coalesce(last_message_time, create_time) AS activity_time"
        f" FROM {S}.chats) AS chats"
    )
