"""Chats in PostgreSQL: the document plus the columns filters and indexes use."""

from __future__ import annotations

import uuid
from typing import Any

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
