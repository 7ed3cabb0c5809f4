"""messaging.project_settings: what messaging keeps of each project from identity's
events (session timeout, agent assignment). One row per project, id = project id."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from messaging.domain.assignment_policy import NO_POLICY, AssignmentPolicy

TABLE = "messaging.project_settings"


async def store(
    conn: AsyncConnection,
    project_id: uuid.UUID,
    version: int,
    settings: dict[str, Any],
    at: datetime,
) -> bool:
    """Keep the project's settings at `version`; an older or repeated version (events
    redelivered or out of order) changes nothing. True when the row changed."""
    result = await conn.execute(
        text(
            f"INSERT INTO {TABLE} AS s (id, project_id, data, version, create_time, update_time)"
            " VALUES (:p, :p, CAST(:d AS jsonb), :v, :t, :t)"
            " ON CONFLICT (id) DO UPDATE SET data = excluded.data, version = excluded.version,"
            " update_time = excluded.update_time WHERE s.version < excluded.version"
        ),
        {"p": project_id, "d": json.dumps(settings), "v": version, "t": at},
    )
    return bool(result.rowcount)


async def assignment_policy(conn: AsyncConnection, project_id: uuid.UUID) -> AssignmentPolicy:
    row = (
        await conn.execute(
            text(f"SELECT data->'agent_assignment' FROM {TABLE} WHERE id = :p"), {"p": project_id}
        )
    ).first()
    raw = row[0] if row else None
    if isinstance(raw, str):
        raw = json.loads(raw)
    if not isinstance(raw, dict):
        return NO_POLICY
    return AssignmentPolicy(
        enabled=bool(raw.get("enabled")),
        strategy=str(raw.get("strategy") or ""),
        agent_ids=tuple(uuid.UUID(str(a)) for a in raw.get("agent_ids") or ()),
        only_human_agents=bool(raw.get("only_human_agents")),
    )


async def session_timeout_minutes(conn: AsyncConnection, project_id: uuid.UUID) -> int | None:
    """The project's default session inactivity timeout, when identity announced one."""
    value = (
        await conn.execute(
            text(f"SELECT data->'default_session_timeout_minutes' FROM {TABLE} WHERE id = :p"),
            {"p": project_id},
        )
    ).scalar()
    if isinstance(value, str):
        value = json.loads(value)
    return value if isinstance(value, int) and value > 0 else None
