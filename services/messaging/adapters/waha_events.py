"""Raw WAHA webhook deliveries in messaging.waha_events, and the wake-up NOTIFY.

A stored event is not an aggregate: it is an inbox row (raw bytes, status, attempts,
next attempt time), written by the ingress and claimed by the inbound processor with
FOR UPDATE SKIP LOCKED. Every statement runs in a tenant-scoped transaction.
"""

from __future__ import annotations

import json
import uuid
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from shared.db import notify_all
from shared.domain import new_id, utcnow
from shared.repository import sql

S = "messaging"
TABLE = f"{S}.waha_events"
NOTIFY_CHANNEL = "messaging_inbound"

PENDING, PROCESSED, IGNORED, FAILED = "pending", "processed", "ignored", "failed"


@dataclass
class WahaEventRow:
    id: uuid.UUID
    project_id: uuid.UUID
    version: int
    channel_id: uuid.UUID
    event_id: str
    event_type: str
    raw_body: bytes
    status: str
    attempts: int
    next_attempt_time: datetime
    create_time: datetime
    update_time: datetime
    data: dict[str, Any] = field(default_factory=dict)

    # Fields kept in the document.
    @property
    def session_name(self) -> str:
        return str(self.data.get("session") or "")

    @property
    def engine(self) -> str:
        return str(self.data.get("engine") or "")

    @property
    def headers(self) -> dict[str, str]:
        return dict(self.data.get("headers") or {})

    @property
    def status_message(self) -> str:
        return str(self.data.get("error") or "")

    @property
    def conversation(self) -> str:
        """The chat the event belongs to, as WAHA named it ('' when it has none)."""
        return str(self.data.get("conversation") or "")

    @property
    def lane(self) -> int:
        return lane_of(self.conversation)

    @property
    def message_id(self) -> str:
        return str(self.data.get("message_id") or "")

    @property
    def content_type(self) -> str:
        return str(self.data.get("content_type") or "")

    @property
    def event_time(self) -> datetime | None:
        value = self.data.get("event_time")
        return datetime.fromisoformat(value) if value else None

    @property
    def process_time(self) -> datetime | None:
        value = self.data.get("process_time")
        return datetime.fromisoformat(value) if value else None


COLUMNS = (
    "id, project_id, version, channel_id, event_id, event_type, raw_body, status, attempts,"
    " next_attempt_time, create_time, update_time, data"
)


def _row(mapping: Any) -> WahaEventRow:
    values = dict(mapping)
    data = values.pop("data")
    values["raw_body"] = bytes(values["raw_body"])
    return WahaEventRow(**values, data=json.loads(data) if isinstance(data, str) else data)


@dataclass(frozen=True)
class Delivery:
    """One webhook delivery to store: the raw bytes and what the envelope told."""

    channel_id: uuid.UUID
    event_id: str
    event_type: str
    raw_body: bytes
    data: dict[str, Any]


_INSERT = (
    f"INSERT INTO {TABLE} (id, project_id, data, version, create_time, update_time,"
    " channel_id, event_id, event_type, raw_body, status, attempts, next_attempt_time)"
    " SELECT u.id, :p, CAST(u.data AS jsonb), 1, :now, :now, u.ch, u.e, u.t, u.raw,"
    " :pending, 0, :now FROM unnest(CAST(:ids AS uuid[]), CAST(:data AS text[]),"
    " CAST(:chs AS uuid[]), CAST(:es AS text[]), CAST(:ts AS text[]), CAST(:raws AS bytea[]))"
    " WITH ORDINALITY AS u(id, data, ch, e, t, raw, n) ORDER BY u.n"
    " ON CONFLICT (project_id, channel_id, event_id) DO NOTHING RETURNING id"
)
_EARLIER = (
    f"SELECT w.id, w.channel_id, w.event_id FROM {TABLE} w"
    " JOIN unnest(CAST(:chs AS uuid[]), CAST(:es AS text[])) AS u(ch, e)"
    " ON w.channel_id = u.ch AND w.event_id = u.e"
)


async def insert_many(
    conn: AsyncConnection, project_id: uuid.UUID, deliveries: list[Delivery]
) -> list[tuple[uuid.UUID, bool]]:
    """Store a project's deliveries in one statement; returns (row id, duplicate) for
    each. A repeat of (project, channel, event id) — stored before, or earlier in the
    same list — stores nothing and returns the first row's id with duplicate=True."""
    now = utcnow()
    ids = [new_id() for _ in deliveries]
    inserted = {
        uuid.UUID(str(r[0]))
        for r in await conn.execute(
            sql(_INSERT),
            {
                "p": project_id,
                "now": now,
                "pending": PENDING,
                "ids": ids,
                "data": [json.dumps(d.data) for d in deliveries],
                "chs": [d.channel_id for d in deliveries],
                "es": [d.event_id for d in deliveries],
                "ts": [d.event_type for d in deliveries],
                "raws": [d.raw_body for d in deliveries],
            },
        )
    }
    repeats = [d for d, i in zip(deliveries, ids, strict=True) if i not in inserted]
    earlier: dict[tuple[uuid.UUID, str], uuid.UUID] = {}
    if repeats:
        rows = await conn.execute(
            sql(_EARLIER),
            {"chs": [d.channel_id for d in repeats], "es": [d.event_id for d in repeats]},
        )
        earlier = {(uuid.UUID(str(r[1])), r[2]): uuid.UUID(str(r[0])) for r in rows}
    return [
        (i, False) if i in inserted else (earlier[(d.channel_id, d.event_id)], True)
        for d, i in zip(deliveries, ids, strict=True)
    ]


def lane_of(conversation: str) -> int:
    """A stable number for the event's conversation: the processor runs events of one
    conversation in order on one lane and different conversations side by side."""
    return zlib.crc32(conversation.encode())


def notice(project_id: uuid.UUID, row_id: uuid.UUID, lane: int = 0) -> str:
    return f"{project_id}:{row_id}:{lane}"


NOTIFY_LIMIT = 7_900  # bytes of one NOTIFY payload (PostgreSQL refuses 8,000 and more)


async def notify(conn: AsyncConnection, notices: list[str]) -> None:
    """Wake the inbound processor (see `notice`); PostgreSQL delivers the wake-ups when
    the transaction commits. Notices share payloads (';'-separated, up to NOTIFY_LIMIT):
    a batch of deliveries costs a few notifications, not one each."""
    await notify_all(conn, NOTIFY_CHANNEL, payloads_of(notices))


def payloads_of(notices: list[str]) -> list[str]:
    """Notices packed in order into ';'-separated payloads of at most NOTIFY_LIMIT."""
    payloads: list[str] = []
    for item in notices:
        if payloads and len(payloads[-1]) + 1 + len(item) <= NOTIFY_LIMIT:
            payloads[-1] += ";" + item
        else:
            payloads.append(item)
    return payloads


def parse_notice(item: str) -> tuple[uuid.UUID, uuid.UUID, int] | None:
    """'<project>:<event row>:<lane>' (a notice without a lane goes to lane 0)."""
    try:
        project, row, *lane = item.split(":")
        return uuid.UUID(project), uuid.UUID(row), int(lane[0]) if lane else 0
    except (ValueError, IndexError):
        return None


def parse_notices(payload: str) -> list[tuple[uuid.UUID, uuid.UUID, int]]:
    """The notices of one payload; a malformed one is skipped (the sweep finds its
    event), the others still count."""
    found = (parse_notice(item) for item in payload.split(";"))
    return [notice for notice in found if notice is not None]


async def get(conn: AsyncConnection, row_id: uuid.UUID) -> WahaEventRow | None:
    row = (
        (await conn.execute(sql(f"SELECT {COLUMNS} FROM {TABLE} WHERE id = :id"), {"id": row_id}))
        .mappings()
        .first()
    )
    return _row(row) if row else None


async def claim(conn: AsyncConnection, row_id: uuid.UUID) -> WahaEventRow | None:
    """Lock a due pending event for this transaction; None when it is not due, not
    pending, or another processor holds it."""
    found = await claim_many(conn, [row_id])
    return found[0] if found else None


async def claim_many(conn: AsyncConnection, row_ids: list[uuid.UUID]) -> list[WahaEventRow]:
    """`claim` for many events in one statement: those claimable, in the order given."""
    rows = (
        (
            await conn.execute(
                sql(
                    f"SELECT {COLUMNS} FROM {TABLE} WHERE id = ANY(:ids) AND status = :pending"
                    " AND next_attempt_time <= now() FOR UPDATE SKIP LOCKED"
                ),
                {"ids": row_ids, "pending": PENDING},
            )
        )
        .mappings()
        .all()
    )
    found = {r.id: r for r in map(_row, rows)}
    return [found[i] for i in row_ids if i in found]


async def due(conn: AsyncConnection, limit: int = 100) -> list[tuple[uuid.UUID, int]]:
    """Pending events of this transaction's project whose time has come, oldest first,
    with their lanes."""
    rows = await conn.execute(
        sql(
            f"SELECT id, data->>'conversation' FROM {TABLE}"
            " WHERE status = :pending AND next_attempt_time <= now()"
            " ORDER BY next_attempt_time, create_time LIMIT :limit"
        ),
        {"pending": PENDING, "limit": limit},
    )
    return [(uuid.UUID(str(r[0])), lane_of(r[1] or "")) for r in rows]


async def update(
    conn: AsyncConnection,
    row: WahaEventRow,
    *,
    status: str,
    attempts: int | None = None,
    next_attempt_time: datetime | None = None,
    **data: Any,
) -> WahaEventRow:
    now = utcnow()
    merged = {**row.data, **{k: v for k, v in data.items()}}
    await conn.execute(
        sql(
            f"UPDATE {TABLE} SET status = :s, attempts = :a, next_attempt_time = :n,"
            " data = CAST(:data AS jsonb), version = version + 1, update_time = :now"
            " WHERE id = :id"
        ),
        {
            "s": status,
            "a": row.attempts if attempts is None else attempts,
            "n": next_attempt_time or row.next_attempt_time,
            "data": json.dumps(merged, default=str),
            "now": now,
            "id": row.id,
        },
    )
    row.status, row.data, row.update_time = status, merged, now
    row.attempts = row.attempts if attempts is None else attempts
    row.next_attempt_time = next_attempt_time or row.next_attempt_time
    row.version += 1
    return row


@dataclass(frozen=True)
class Mark:
    """A claimed event's outcome: its new status and what to add to its document."""

    row: WahaEventRow
    status: str
    data: dict[str, Any]


async def mark_many(conn: AsyncConnection, marks: list[Mark]) -> None:
    """Record processed events' outcomes (attempts + 1) in one statement; only the
    outcome travels, merged into the stored document."""
    if not marks:
        return
    outcomes = [json.dumps(m.data, default=str) for m in marks]
    await conn.execute(
        sql(
            f"UPDATE {TABLE} AS w SET status = u.s, attempts = w.attempts + 1,"
            " data = w.data || CAST(u.d AS jsonb), version = w.version + 1, update_time = :now"
            " FROM unnest(CAST(:ids AS uuid[]), CAST(:ss AS text[]), CAST(:ds AS text[]))"
            " AS u(id, s, d) WHERE w.id = u.id"
        ),
        {
            "ids": [m.row.id for m in marks],
            "ss": [m.status for m in marks],
            "ds": outcomes,
            "now": utcnow(),
        },
    )


async def page(
    conn: AsyncConnection,
    where: str,
    params: dict[str, Any],
    limit: int,
    after: tuple[datetime, uuid.UUID] | None,
) -> list[WahaEventRow]:
    """Newest first, keyset on (create_time, id)."""
    keyset = ""
    if after is not None:
        keyset = " AND (create_time, id) < (:after_time, :after_id)"
        params = {**params, "after_time": after[0], "after_id": after[1]}
    rows = (
        (
            await conn.execute(
                sql(
                    f"SELECT {COLUMNS} FROM {TABLE} WHERE ({where}){keyset}"
                    " ORDER BY create_time DESC, id DESC LIMIT :limit"
                ),
                {**params, "limit": limit},
            )
        )
        .mappings()
        .all()
    )
    return [_row(r) for r in rows]


async def count(conn: AsyncConnection, where: str, params: dict[str, Any]) -> int:
    return int(
        (
            await conn.execute(sql(f"SELECT count(*) FROM {TABLE} WHERE {where}"), params)
        ).scalar_one()
    )


async def projects_with_due_events(conn: AsyncConnection, limit: int = 1000) -> list[uuid.UUID]:
    """Projects, across tenants, with pending events whose time has come, most overdue
    first: what a restarted processor sweeps. A SECURITY DEFINER door (migration 0002)
    answers with project ids only; the table itself stays behind row-level security."""
    rows = await conn.execute(
        sql(f"SELECT * FROM {S}.projects_with_due_waha_events(:limit)"), {"limit": limit}
    )
    return [uuid.UUID(str(r[0])) for r in rows]
