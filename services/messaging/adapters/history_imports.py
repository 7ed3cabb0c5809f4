"""History imports in PostgreSQL, plus the bulk writes an import chunk makes."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from messaging.domain.history_imports import HistoryImport, HistoryImportStatus
from messaging.domain.messages import Message
from shared.documents import to_document
from shared.repository import DocumentRepository

S = "messaging"


class HistoryImportRepository(DocumentRepository[HistoryImport]):
    table, model, kind = f"{S}.history_imports", HistoryImport, "history import"

    def columns(self, item: HistoryImport) -> dict[str, Any]:
        return {
            "project_id": item.project_id,
            "channel_id": item.channel_id,
            "status": item.status.value,
        }

    async def running_for(self, channel_id: uuid.UUID) -> HistoryImport | None:
        return await self.find(
            "channel_id = :ch AND status IN ('pending', 'running') LIMIT 1", ch=channel_id
        )


ACTIVE = (HistoryImportStatus.PENDING, HistoryImportStatus.RUNNING)


@dataclass(frozen=True)
class ChannelSource:
    """What an import needs to know of its channel."""

    base_url: str
    session_name: str
    api_key: str
    session_timeout: timedelta | None
    status: str


async def channel_source(conn: AsyncConnection, channel_id: uuid.UUID) -> ChannelSource | None:
    row = (
        await conn.execute(
            text(f"SELECT data, status FROM {S}.channels WHERE id = :id AND delete_time IS NULL"),
            {"id": channel_id},
        )
    ).first()
    if row is None:
        return None
    data = row[0] if isinstance(row[0], dict) else json.loads(row[0])
    config = data.get("waha_config") or {}
    timeout = data.get("default_session_timeout")
    return ChannelSource(
        base_url=str(config.get("base_url") or ""),
        session_name=str(config.get("session_name") or "default"),
        # The credential store is not built yet: a key kept beside the config is used.
        api_key=str(config.get("api_key") or data.get("api_key") or ""),
        session_timeout=timedelta(seconds=float(timeout)) if timeout is not None else None,
        status=str(row[1]),
    )


async def stored_provider_ids(
    conn: AsyncConnection, channel_id: uuid.UUID, provider_ids: Sequence[str]
) -> set[str]:
    if not provider_ids:
        return set()
    rows = await conn.execute(
        text(
            f"SELECT provider_message_id FROM {S}.messages WHERE channel_id = :ch"
            " AND provider_message_id = ANY(CAST(:ids AS text[]))"
        ),
        {"ch": channel_id, "ids": list(provider_ids)},
    )
    return {r[0] for r in rows}


async def insert_messages(conn: AsyncConnection, messages: Sequence[Message]) -> set[str]:
    """Insert in one statement; a provider id already stored (live traffic, an earlier
    run) is skipped through the same UNIQUE index live traffic uses. Returns the
    provider ids actually inserted."""
    if not messages:
        return set()
    cols: dict[str, list[Any]] = {
        k: []
        for k in (
            "id project_id channel_id session_id chat_id contact_id provider_message_id "
            "direction content_type status message_time text data version create_time "
            "update_time"
        ).split()
    }
    for m in messages:
        cols["id"].append(m.id)
        cols["project_id"].append(m.project_id)
        cols["channel_id"].append(m.channel_id)
        cols["session_id"].append(m.session_id)
        cols["chat_id"].append(m.chat_id)
        cols["contact_id"].append(m.contact_id)
        cols["provider_message_id"].append(m.provider_message_id or None)
        cols["direction"].append(m.direction.value)
        cols["content_type"].append(m.content_type.value)
        cols["status"].append(m.status.value if m.status else "received")
        cols["message_time"].append(m.message_time)
        cols["text"].append(m.text or None)
        cols["data"].append(json.dumps(to_document(m)))
        cols["version"].append(m.version)
        cols["create_time"].append(m.create_time)
        cols["update_time"].append(m.update_time)
    types = {
        "id": "uuid",
        "project_id": "uuid",
        "channel_id": "uuid",
        "session_id": "uuid",
        "chat_id": "uuid",
        "contact_id": "uuid",
        "message_time": "timestamptz",
        "create_time": "timestamptz",
        "update_time": "timestamptz",
        "data": "jsonb",
        "version": "bigint",
    }
    names = ", ".join(cols)
    arrays = ", ".join(f"CAST(:{n} AS {types.get(n, 'text')}[])" for n in cols)
    rows = await conn.execute(
        text(
            f"INSERT INTO {S}.messages ({names}) SELECT * FROM unnest({arrays})"
            " ON CONFLICT (project_id, channel_id, provider_message_id)"
            " WHERE provider_message_id IS NOT NULL DO NOTHING RETURNING provider_message_id"
        ),
        cols,
    )
    return {r[0] for r in rows}


async def latest_activity(conn: AsyncConnection, import_id: uuid.UUID) -> datetime | None:
    row = (
        await conn.execute(
            text(f"SELECT update_time FROM {S}.history_imports WHERE id = :id"), {"id": import_id}
        )
    ).first()
    return row[0] if row else None
