"""Sessions (and the agents' participation in them) in PostgreSQL."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import text

from messaging.domain.agent_sessions import AgentSession
from messaging.domain.agents import Agent
from messaging.domain.sessions import Session, SessionStatus
from shared.documents import from_document
from shared.repository import DocumentRepository

S = "messaging"
# A session's timeout lives in its document (seconds); expiry is measured from the
# last message's own time.
EXPIRE_AT = "last_activity_time + make_interval(secs => (data->>'timeout')::float)"


class SessionRepository(DocumentRepository[Session]):
    table, model, kind = f"{S}.sessions", Session, "session"

    def columns(self, session: Session) -> dict[str, Any]:
        return {
            "project_id": session.project_id,
            "channel_id": session.channel_id,
            "contact_id": session.contact_id,
            "chat_id": session.chat_id,
            "pipeline_id": session.pipeline_id,
            "status": session.status.value,
            "agent_id": session.current_agent_id,
            "start_time": session.start_time,
            "last_activity_time": session.last_activity_time,
            "end_time": session.end_time,
        }

    async def active_for(self, channel_id: uuid.UUID, contact_id: uuid.UUID) -> Session | None:
        return await self.find(
            "channel_id = :ch AND contact_id = :c AND status = 'active'",
            ch=channel_id,
            c=contact_id,
        )

    async def active_for_many(
        self, keys: Sequence[tuple[uuid.UUID, uuid.UUID]], *, for_update: bool = False
    ) -> list[Session]:
        """The active sessions among these (channel, contact), in one statement."""
        if not keys:
            return []
        found = await self.find_all(
            "channel_id = ANY(:chs) AND contact_id = ANY(:cs) AND status = 'active'"
            + (" FOR UPDATE" if for_update else ""),
            chs=list({k[0] for k in keys}),
            cs=list({k[1] for k in keys}),
        )
        wanted = set(keys)
        return [s for s in found if (s.channel_id, s.contact_id) in wanted]

    async def expired(self, now: datetime, limit: int = 100) -> list[uuid.UUID]:
        """Active sessions (of this transaction's project) past their inactivity window."""
        rows = await self._conn.execute(
            text(
                f"SELECT id FROM {self.table} WHERE status = :active AND {EXPIRE_AT} < :now "
                "ORDER BY last_activity_time LIMIT :limit"
            ),
            {"active": SessionStatus.ACTIVE.value, "now": now, "limit": limit},
        )
        return [uuid.UUID(str(r[0])) for r in rows]


class AgentSessionRepository(DocumentRepository[AgentSession]):
    table, model, kind = f"{S}.agent_sessions", AgentSession, "agent session"

    def columns(self, participation: AgentSession) -> dict[str, Any]:
        return {
            "project_id": participation.project_id,
            "agent_id": participation.agent_id,
            "session_id": participation.session_id,
            "role": participation.role.value,
            "left_time": participation.leave_time,
        }

    async def current(self, session_id: uuid.UUID, agent_id: uuid.UUID) -> AgentSession | None:
        return await self.find(
            "session_id = :s AND agent_id = :a AND left_time IS NULL", s=session_id, a=agent_id
        )

    async def active_in(self, session_id: uuid.UUID) -> list[AgentSession]:
        rows = (
            (
                await self._conn.execute(
                    text(
                        f"SELECT data FROM {self.table} WHERE session_id = :s"
                        " AND left_time IS NULL ORDER BY create_time"
                    ),
                    {"s": session_id},
                )
            )
            .mappings()
            .all()
        )
        return [self._load(r) for r in rows]


async def read_agent(conn: Any, agent_id: uuid.UUID) -> Agent | None:
    """An agent as stored by the agents repository (read-only here: assignment checks)."""
    row = (
        await conn.execute(text(f"SELECT data FROM {S}.agents WHERE id = :id"), {"id": agent_id})
    ).first()
    if row is None:
        return None
    data = row[0]
    return from_document(Agent, json.loads(data) if isinstance(data, str) else data)


async def projects_with_expired_sessions(
    conn: Any, at: datetime, limit: int = 1000
) -> list[uuid.UUID]:
    """Projects, across tenants, with active sessions past their window at `at` (the
    orphans whose lifecycle workflow is gone). A SECURITY DEFINER door (migration 0002)
    answers with project ids only; the table itself stays behind row-level security."""
    rows = await conn.execute(
        text(f"SELECT * FROM {S}.projects_with_expired_sessions(:at, :limit)"),
        {"at": at, "limit": limit},
    )
    return [uuid.UUID(str(r[0])) for r in rows]
