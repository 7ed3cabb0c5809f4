"""Keep what messaging needs of a project (session timeout, agent assignment) from
identity's project events: contexts never read each other's tables."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from messaging.adapters import project_settings
from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from shared.domain import utcnow

UowFactory = Callable[..., MessagingUnitOfWork]


@dataclass(frozen=True, kw_only=True)
class ProjectSettingsChanged:
    """A project's snapshot at `version` (identity.project.created / .updated)."""

    project_id: uuid.UUID
    version: int
    default_session_timeout_minutes: int = 0
    assignment_enabled: bool = False
    assignment_strategy: str = ""
    assignment_agent_ids: tuple[uuid.UUID, ...] = ()
    only_human_agents: bool = False

    def document(self) -> dict[str, Any]:
        kept: dict[str, Any] = {
            "agent_assignment": {
                "enabled": self.assignment_enabled,
                "strategy": self.assignment_strategy,
                "agent_ids": [str(a) for a in self.assignment_agent_ids],
                "only_human_agents": self.only_human_agents,
            },
        }
        if self.default_session_timeout_minutes > 0:
            kept["default_session_timeout_minutes"] = self.default_session_timeout_minutes
        return kept


class ProjectSettings:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    async def keep(self, change: ProjectSettingsChanged) -> bool:
        """Store the snapshot unless a newer one is already kept. True when stored."""
        async with self._uow(project_id=change.project_id) as uow:
            stored = await project_settings.store(
                uow.connection, change.project_id, change.version, change.document(), utcnow()
            )
            await uow.commit()
            return stored
