"""AgentSession: one agent's participation in one session (role, joined, left)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from messaging.domain.base import VersionedAggregate
from shared.domain import new_id, utcnow


class AgentSessionRole(StrEnum):
    PRIMARY = "primary"
    SUPPORT = "support"
    OBSERVER = "observer"
    HANDOFF = "handoff"
    AI_ASSISTANT = "ai_assistant"
    BOT = "bot"


@dataclass(eq=False, kw_only=True)
class AgentSession(VersionedAggregate):
    """A participation record; the session's events (agent_assigned, agent_transferred)
    announce it, so it records none of its own."""

    session_id: uuid.UUID
    agent_id: uuid.UUID
    role: AgentSessionRole = AgentSessionRole.PRIMARY
    join_time: datetime
    leave_time: datetime | None = None

    @classmethod
    def join(
        cls,
        *,
        project_id: uuid.UUID,
        session_id: uuid.UUID,
        agent_id: uuid.UUID,
        role: AgentSessionRole | str = AgentSessionRole.PRIMARY,
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> AgentSession:
        moment = now or utcnow()
        return cls(
            id=id or new_id(),
            project_id=project_id,
            session_id=session_id,
            agent_id=agent_id,
            role=AgentSessionRole(role),
            join_time=moment,
            create_time=moment,
            update_time=moment,
        )

    @property
    def active(self) -> bool:
        return self.leave_time is None

    def leave(self, *, now: datetime | None = None) -> bool:
        if not self.active:
            return False
        self.leave_time = self._touch(now)
        return True

    def change_role(self, role: AgentSessionRole | str, *, now: datetime | None = None) -> bool:
        wanted = AgentSessionRole(role)
        if wanted == self.role or not self.active:
            return False
        self._touch(now)
        self.role = wanted
        return True
