"""Chats in PostgreSQL: the document plus the columns filters and indexes use."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import text

from messaging.domain.chats import Chat
from shared.repository import DocumentRepository

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

    async def by_provider_id(self, channel_id: uuid.UUID, provider_chat_id: str) -> Chat | None:
        return await self.find(
            "channel_id = :ch AND wa_chat_id = :w", ch=channel_id, w=provider_chat_id
        )


class ChatListing(ChatRepository):
    """Read-only listing view: `activity_time` is the last message's time, or the
    chat's creation for a chat without messages (keyset paging needs no NULLs)."""

    table = (
        f"(SELECT *, coalesce(last_message_time, create_time) AS activity_time"
        f" FROM {S}.chats) AS chats"
    )

    async def attach_contact(self, chat: Chat, contact_id: uuid.UUID, now: datetime) -> None:
        """Link an individual chat first seen without its contact (no version bump: the
        contact is what crm says the chat's other party is, not an edit of the chat)."""
        chat.contact_id, chat.update_time = contact_id, now
        await self._conn.execute(
            text(
                f"UPDATE {self.table} SET contact_id = :c,"
                " data = jsonb_set(data, '{contact_id}', to_jsonb(CAST(:cs AS text)))"
                " WHERE id = :id"
            ),
            {"c": contact_id, "cs": str(contact_id), "id": chat.id},
        )
