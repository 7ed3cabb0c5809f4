"""History imports in PostgreSQL, plus the bulk writes an import chunk makes."""

from __future__ import annotations

import dataclasses
import enum
import itertools
import json
import operator
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from messaging.adapters.messages import MessageRepository
from messaging.adapters.sessions import SessionRepository
from messaging.domain.history_imports import HistoryImport, HistoryImportStatus
from messaging.domain.messages import Message
from messaging.domain.sessions import Session
from shared.documents import to_document
from shared.domain import Aggregate
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
    api_key_credential_id: uuid.UUID | None  # the WAHA API key, an identity credential
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
    credential = config.get("api_key_credential_id")
    return ChannelSource(
        base_url=str(config.get("base_url") or ""),
        session_name=str(config.get("session_name") or "default"),
        api_key_credential_id=uuid.UUID(credential) if credential else None,
        session_timeout=timedelta(seconds=float(timeout)) if timeout is not None else None,
        status=str(row[1]),
    )


async def stored_provider_ids(
    conn: AsyncConnection, channel_id: uuid.UUID, provider_ids: Sequence[str]
) -> set[str]:
    """Which of `provider_ids` this channel already stores (live traffic, an earlier run).

    One probe of the UNIQUE provider index per id: LATERAL ... LIMIT 1 keeps the planner
    from reading every row of the channel and filtering them, which it picks for
    `= ANY(...)` while the table's statistics predate the import (a full scan per chunk,
    so the import slowed as it grew)."""
    if not provider_ids:
        return set()
    rows = await conn.execute(
        text(
            "SELECT u.id FROM unnest(CAST(:ids AS text[])) AS u(id) CROSS JOIN LATERAL"
            f" (SELECT 1 FROM {S}.messages m WHERE m.channel_id = :ch"
            " AND m.provider_message_id = u.id LIMIT 1) AS hit"
        ),
        {"ch": channel_id, "ids": list(provider_ids)},
    )
    return {r[0] for r in rows}


async def insert_sessions(conn: AsyncConnection, sessions: Sequence[Session]) -> None:
    """Insert new sessions in one round trip (the caller tracks them for their events)."""
    if not sessions:
        return
    rows = [_row(_SESSION_COLUMNS, s, json.dumps(to_document(s))) for s in sessions]
    names = ", ".join(rows[0])
    marks = ", ".join(f":{n}" for n in rows[0])
    await conn.execute(text(f"INSERT INTO {S}.sessions ({names}) VALUES ({marks})"), rows)


async def insert_messages(conn: AsyncConnection, messages: Sequence[Message]) -> set[str]:
    """Insert in one statement; a provider id already stored (live traffic, an earlier
    run) is skipped through the same UNIQUE index live traffic uses. Rows carry the
    columns MessageRepository writes. Returns the provider ids actually inserted."""
    if not messages:
        return set()
    # One order for every writer: two imports meeting on the same ids wait, not deadlock.
    messages = sorted(messages, key=lambda m: m.provider_message_id)
    cols: dict[str, list[Any]] = {name: [] for name in _MESSAGE_TYPES}
    for message, document in zip(messages, message_documents(messages), strict=True):
        row = _row(_MESSAGE_COLUMNS, message, document)
        for name, values in cols.items():
            values.append(row[name])
    names = ", ".join(cols)
    arrays = ", ".join(f"CAST(:{n} AS {t}[])" for n, t in _MESSAGE_TYPES.items())
    rows = await conn.execute(
        text(
            f"INSERT INTO {S}.messages ({names}) SELECT * FROM unnest({arrays})"
            " ON CONFLICT (project_id, channel_id, provider_message_id)"
            " WHERE provider_message_id IS NOT NULL DO NOTHING RETURNING provider_message_id"
        ),
        cols,
    )
    return {r[0] for r in rows}


def message_documents(messages: Sequence[Message]) -> list[str]:
    """`to_document` of each message as JSON text, fast: the messages of a chunk share
    most of their forty fields, so the shared ones are encoded once, as a JSON prefix,
    and each document adds only its own (the generic encoder, walking every field of
    every message, was most of a chunk's time)."""
    first = to_document(messages[0])
    shared: dict[str, Any] = {}
    varying: list[tuple[str, list[Any]]] = []
    for field in dataclasses.fields(Message):
        values = list(map(operator.attrgetter(field.name), messages))
        if _shared(values):
            shared[field.name] = first[field.name]
        else:
            varying.append((field.name, [_plain(v) for v in values]))
    head = json.dumps(shared)[:-1]  # without its closing brace
    join = ", " if shared else ""
    documents = []
    for i, message in enumerate(messages):
        own = {name: values[i] for name, values in varying}
        if any(v is _UNPLAIN for v in own.values()):
            full = to_document(message)
            own = {name: full[name] if v is _UNPLAIN else v for name, v in own.items()}
        documents.append(head + join + json.dumps(own)[1:] if own else head + "}")
    return documents


_UNPLAIN = object()


def _shared(values: list[Any]) -> bool:
    """Whether every value encodes as the first: the same object, or an equal string,
    number or enum (equal datetimes may differ in offset, so they must be the same)."""
    head = values[0]
    if all(map(operator.is_, values, itertools.repeat(head))):
        return True
    if not isinstance(head, str | int | enum.Enum):
        return False
    return all(type(v) is type(head) and v == head for v in values)


def _plain(value: Any) -> Any:
    """A field value as `to_document` encodes it, or _UNPLAIN for anything but a
    scalar or a dataclass (collections: left to to_document)."""
    if value is None or type(value) in (str, int, bool, float):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_document(value)
    return _UNPLAIN


def _row(
    columns: MessageRepository | SessionRepository, aggregate: Any, data: str
) -> dict[str, Any]:
    """The row DocumentRepository.add writes for `aggregate` (data: its document)."""
    return {
        "id": aggregate.id,
        "version": aggregate.version,
        "create_time": aggregate.create_time,
        "update_time": aggregate.update_time,
        "data": data,
        **columns.columns(aggregate),
    }


def _untracked(_: Aggregate) -> None:
    """Bulk inserts leave tracking (and so events) to the caller."""


# Repositories used only for their column mapping, so bulk rows match single writes.
_MESSAGE_COLUMNS = MessageRepository(cast(AsyncConnection, None), _untracked)
_SESSION_COLUMNS = SessionRepository(cast(AsyncConnection, None), _untracked)
_MESSAGE_TYPES = {
    "id": "uuid",
    "project_id": "uuid",
    "channel_id": "uuid",
    "session_id": "uuid",
    "chat_id": "uuid",
    "contact_id": "uuid",
    "provider_message_id": "text",
    "direction": "text",
    "content_type": "text",
    "status": "text",
    "message_time": "timestamptz",
    "text": "text",
    "data": "jsonb",
    "version": "bigint",
    "create_time": "timestamptz",
    "update_time": "timestamptz",
}


async def latest_activity(conn: AsyncConnection, import_id: uuid.UUID) -> datetime | None:
    row = (
        await conn.execute(
            text(f"SELECT update_time FROM {S}.history_imports WHERE id = :id"), {"id": import_id}
        )
    ).first()
    return row[0] if row else None
