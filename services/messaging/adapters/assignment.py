"""What automatic assignment reads and writes: candidates, their load, the cursor."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from messaging.domain.agents import Agent
from shared.documents import from_document

S = "messaging"


async def lock_cursor(conn: AsyncConnection, project_id: uuid.UUID) -> uuid.UUID | None:
    """Lock the project's assignment cursor until the transaction ends and return the
    last agent round robin picked. Concurrent session starts of one project queue
    here, so each sees the previous one's pick and the agents' load after it."""
    row = (
        await conn.execute(
            text(
                f"INSERT INTO {S}.assignment_cursors AS c (project_id) VALUES (:p)"
                " ON CONFLICT (project_id) DO UPDATE SET project_id = c.project_id"
                " RETURNING c.last_agent_id"
            ),
            {"p": project_id},
        )
    ).one()
    return uuid.UUID(str(row[0])) if row[0] else None


async def advance_cursor(conn: AsyncConnection, project_id: uuid.UUID, agent_id: uuid.UUID) -> None:
    await conn.execute(
        text(
            f"UPDATE {S}.assignment_cursors SET last_agent_id = :a, update_time = now()"
            " WHERE project_id = :p"
        ),
        {"a": agent_id, "p": project_id},
    )


async def agents(conn: AsyncConnection, agent_ids: Sequence[uuid.UUID]) -> list[Agent]:
    """The named agents that still exist (deleted ones are left out)."""
    if not agent_ids:
        return []
    rows = await conn.execute(
        text(f"SELECT data FROM {S}.agents WHERE id = ANY(:ids) AND delete_time IS NULL"),
        {"ids": list(agent_ids)},
    )
    return [
        from_document(Agent, r[0] if isinstance(r[0], dict) else json.loads(r[0])) for r in rows
    ]


async def active_sessions(
    conn: AsyncConnection, agent_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, int]:
    """Active sessions each agent is the primary of."""
    if not agent_ids:
        return {}
    rows = await conn.execute(
        text(
            f"SELECT agent_id, count(*) FROM {S}.sessions"
            " WHERE status = 'active' AND agent_id = ANY(:ids) GROUP BY agent_id"
        ),
        {"ids": list(agent_ids)},
    )
    return {uuid.UUID(str(r[0])): int(r[1]) for r in rows}
