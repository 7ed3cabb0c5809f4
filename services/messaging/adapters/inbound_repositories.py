"""Chats and channels as the inbound processor needs them.

Written here because adapters/chats.py and adapters/channels.py did not exist yet;
when they appear, these are replaced by theirs (same tables, same columns).
"""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import text

from messaging.domain.channels import Channel
from messaging.domain.chats import Chat
from shared.repository import DocumentRepository

S = "messaging"

try:  # pragma: no cover - depends on other helpers' work
    from messaging.adapters.chats import ChatRepository  # type: ignore[import-not-found]
except ImportError:

    class ChatRepository(DocumentRepository[Chat]):  # type: ignore[no-redef]
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


try:  # pragma: no cover - depends on other helpers' work
    from messaging.adapters.channels import ChannelRepository  # type: ignore[import-not-found]
except ImportError:

    class ChannelRepository(DocumentRepository[Channel]):  # type: ignore[no-redef]
        table, model, kind = f"{S}.channels", Channel, "channel"

        def columns(self, channel: Channel) -> dict[str, Any]:
            return {
                "project_id": channel.project_id,
                "name": channel.name,
                "type_code": str(channel.channel_type_code.value),
                "status": channel.status.value,
                "delete_time": channel.delete_time,
            }


async def find_chat(repo: Any, channel_id: uuid.UUID, provider_chat_id: str) -> Chat | None:
    finder = getattr(repo, "by_provider_id", None)
    if finder is not None:
        found: Chat | None = await finder(channel_id, provider_chat_id)
        return found
    result: Chat | None = await repo.find(
        "channel_id = :ch AND wa_chat_id = :w", ch=channel_id, w=provider_chat_id
    )
    return result


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


async def project_session_timeout(conn: Any, project_id: uuid.UUID) -> Any:
    """The project's default session timeout from messaging.project_settings, if kept."""
    row = (
        await conn.execute(
            text(f"SELECT data FROM {S}.project_settings WHERE project_id = :p LIMIT 1"),
            {"p": project_id},
        )
    ).first()
    if row is None:
        return None
    data = row[0] if isinstance(row[0], dict) else json.loads(row[0])
    for key in ("session_timeout_minutes", "default_session_timeout_minutes"):
        if isinstance(data.get(key), int):
            return int(data[key])
    for key in ("session_timeout", "default_session_timeout"):
        value = data.get(key)
        if isinstance(value, int | float):
            return timedelta(seconds=float(value))
    return None
