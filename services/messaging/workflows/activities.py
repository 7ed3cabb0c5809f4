"""Session lifecycle activities: re-read a session's window, end it, end orphans."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from temporalio import activity

from messaging.service_layer.sessions import Sessions


@dataclass
class SessionRef:
    session_id: str
    project_id: str


@dataclass
class EndCheck:
    session_id: str
    project_id: str
    now: str  # the workflow's clock (ISO 8601): deterministic, and skipped in tests


@dataclass
class OrphanSweep:
    project_ids: list[str]  # empty: every project with expired active sessions
    now: str


class SessionActivities:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    @activity.defn(name="messaging.session_expire_time")
    async def expire_time(self, ref: SessionRef) -> str | None:
        """When the session's inactivity window closes (ISO 8601); None once ended."""
        found = await self._sessions.expire_time(
            uuid.UUID(ref.project_id), uuid.UUID(ref.session_id)
        )
        return found.isoformat() if found else None

    @activity.defn(name="messaging.end_inactive_session")
    async def end_inactive(self, check: EndCheck) -> bool:
        return await self._sessions.end_if_inactive(
            uuid.UUID(check.project_id),
            uuid.UUID(check.session_id),
            datetime.fromisoformat(check.now),
        )

    @activity.defn(name="messaging.end_orphaned_sessions")
    async def end_orphans(self, sweep: OrphanSweep) -> int:
        return await self._sessions.end_orphans(
            [uuid.UUID(p) for p in sweep.project_ids], datetime.fromisoformat(sweep.now)
        )

    def all(self) -> list[Callable[..., Any]]:
        return [self.expire_time, self.end_inactive, self.end_orphans]
