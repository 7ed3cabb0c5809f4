"""messaging.pipeline_timeouts: each crm pipeline's session timeout, as crm last announced
it. Versions only move forward; a deleted pipeline keeps a tombstone no late event revives."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

TABLE = "messaging.pipeline_timeouts"
TOMBSTONE = 2**63 - 1  # the version a deletion leaves: newer than any announcement


async def keep(
    conn: AsyncConnection,
    project_id: uuid.UUID,
    pipeline_id: uuid.UUID,
    version: int,
    session_timeout: timedelta | None,
    *,
    deleted: bool = False,
) -> bool:
    """True when the row changed (an older or repeated announcement changes nothing)."""
    result = await conn.execute(
        text(
            f"INSERT INTO {TABLE} AS t (pipeline_id, project_id, session_timeout, version, deleted)"
            " VALUES (:id, :p, :timeout, :v, :deleted)"
            " ON CONFLICT (pipeline_id) DO UPDATE SET session_timeout = excluded.session_timeout,"
            " version = excluded.version, deleted = excluded.deleted"
            " WHERE t.version < excluded.version"
        ),
        {
            "id": pipeline_id,
            "p": project_id,
            "timeout": session_timeout,
            "v": TOMBSTONE if deleted else version,
            "deleted": deleted,
        },
    )
    return bool(result.rowcount)


async def session_timeout_of(
    conn: AsyncConnection, pipeline_id: uuid.UUID | None
) -> timedelta | None:
    if pipeline_id is None:
        return None
    value = (
        await conn.execute(
            text(f"SELECT session_timeout FROM {TABLE} WHERE pipeline_id = :id AND NOT deleted"),
            {"id": pipeline_id},
        )
    ).scalar()
    return value if isinstance(value, timedelta) and value > timedelta(0) else None
