"""Chats and channels as the inbound processor needs them."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import text

from messaging.adapters.channels import ChannelRepository
from messaging.adapters.chats import ChatRepository
from messaging.domain.chats import Chat

S = "messaging"

__all__ = [
    "ChannelRepository",
    "ChatRepository",
    "find_chat",
    "touch_chat",
]


async def find_chat(
    repo: ChatRepository, channel_id: uuid.UUID, provider_chat_id: str
) -> Chat | None:
    return await repo.by_provider_id(channel_id, provider_chat_id)


async def touch_chat(conn: Any, chat: Chat) -> None:
    """Persist last_message_time (a statistic: Chat.record_message bumps no version)."""
    if chat.last_message_time is None:
        return
    await conn.execute(
        text(
            f"UPDATE {S}.chats SET last_message_time = :t,"
            " data = jsonb_set(data, '{last_message_time}', to_jsonb(CAST(:iso AS text)))"
            " WHERE id = :id AND (last_message_time IS NULL OR last_message_time < :t)"
        ),
        {"t": chat.last_message_time, "iso": chat.last_message_time.isoformat(), "id": chat.id},
    )
