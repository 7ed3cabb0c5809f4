"""Messages in PostgreSQL, and the NOTIFY that tells live streams about new or changed ones."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from messaging.domain.messages import Message
from shared.db import notify_all
from shared.domain import Aggregate
from shared.repository import DocumentRepository, Page, sql

S = "messaging"
NOTIFY_CHANNEL = "messaging_messages"


def notice_payload(
    project_id: uuid.UUID,
    session_id: uuid.UUID | None,
    chat_id: uuid.UUID | None,
    message_id: uuid.UUID,
) -> str:
    """'<project>:<session or ->:<chat or ->:<message>': what a NOTIFY carries."""
    return f"{project_id}:{session_id or '-'}:{chat_id or '-'}:{message_id}"


def escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class MessageRepository(DocumentRepository[Message]):
    table, model, kind = f"{S}.messages", Message, "message"

    def __init__(self, conn: AsyncConnection, track: Callable[[Aggregate], None]) -> None:
        super().__init__(conn, track)
        self._notices: dict[uuid.UUID, str] = {}

    def columns(self, message: Message) -> dict[str, Any]:
        return {
            "project_id": message.project_id,
            "channel_id": message.channel_id,
            "session_id": message.session_id,
            "chat_id": message.chat_id,
            "contact_id": message.contact_id,
            "provider_message_id": message.provider_message_id or None,
            "direction": message.direction.value,
            "content_type": message.content_type.value,
            "status": message.status.value if message.status else "",
            "message_time": message.message_time,
            "text": message.text or None,
        }

    def notify(self, message: Message) -> None:
        """Announce a stored or changed message to live streams when the transaction
        commits (one NOTIFY statement for all its messages, once per message)."""
        self._notices[message.id] = notice_payload(
            message.project_id, message.session_id, message.chat_id, message.id
        )

    async def flush(self) -> None:
        await super().flush()
        notices, self._notices = list(self._notices.values()), {}
        await notify_all(self._conn, NOTIFY_CHANNEL, notices)

    async def by_provider_id(self, channel_id: uuid.UUID, provider_id: str) -> Message | None:
        return await self.find(
            "channel_id = :ch AND provider_message_id = :p", ch=channel_id, p=provider_id
        )

    async def stored_keys(
        self, keys: Sequence[tuple[uuid.UUID, str]]
    ) -> set[tuple[uuid.UUID, str]]:
        """Which of these (channel, provider message id) are stored, in one statement."""
        if not keys:
            return set()
        rows = await self._driver.fetch(
            f"SELECT channel_id, provider_message_id FROM {self.table}"
            " WHERE channel_id = ANY(:chs) AND provider_message_id = ANY(:ids)",
            {"chs": list({k[0] for k in keys}), "ids": list({k[1] for k in keys})},
        )
        return {(r[0], r[1]) for r in rows} & set(keys)

    async def by_ids(self, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Message]:
        """The messages among `ids` this transaction may see (row-level security applies)."""
        if not ids:
            return {}
        rows = (
            (
                await self._conn.execute(
                    sql(f"SELECT data FROM {self.table} WHERE id = ANY(:ids)"), {"ids": list(ids)}
                )
            )
            .mappings()
            .all()
        )
        found = [self._load(r) for r in rows]
        return {m.id: m for m in found}

    async def search(
        self, query: str, where: str, params: dict[str, Any], page_size: int, page_token: str
    ) -> Page[Message]:
        """Substring search over the text through the trigram index on lower(text)."""
        pattern = "%" + escape_like(query.lower()) + "%"
        return await self.page(
            f"({where}) AND lower(text) LIKE :pattern",
            {**params, "pattern": pattern},
            page_size,
            page_token,
        )
