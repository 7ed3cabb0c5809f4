"""The Agent aggregate: who (or what) speaks for the project in sessions."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from messaging.domain import errors
from messaging.domain.agent_kinds import (
    ASSIGNABLE_TYPES,
    AgentPermission,
    AgentStats,
    AgentStatus,
    AgentSystemKind,
    AgentType,
    VirtualAgentInfo,
)
from messaging.domain.base import VersionedAggregate
from messaging.domain.events import AgentCreated, AgentDeleted, AgentStatusChanged, AgentUpdated
from shared.domain import InvalidArgument, new_id, utcnow

__all__ = ["Agent", "AgentPermission", "AgentStats", "AgentStatus", "AgentSystemKind", "AgentType"]

SETTABLE_FIELDS = frozenset(
    {"name", "email", "active", "max_concurrent_sessions", "skills", "languages", "permissions"}
    | {"virtual_info", "config"}
)


def system_agent_id(project_id: uuid.UUID, kind: AgentSystemKind | str) -> uuid.UUID:
    """System agents are fixed: one per project and kind, with a derived id."""
    return uuid.uuid5(project_id, f"system-agent:{AgentSystemKind(kind).value}")


@dataclass(eq=False, kw_only=True)
class Agent(VersionedAggregate):
    type: AgentType
    system_kind: AgentSystemKind | None = None
    user_id: uuid.UUID | None = None
    name: str
    email: str = ""
    status: AgentStatus = AgentStatus.OFFLINE
    active: bool = True
    max_concurrent_sessions: int = 0  # 0 = no limit
    skills: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    permissions: frozenset[AgentPermission] = frozenset()
    virtual_info: VirtualAgentInfo | None = None
    config: dict[str, Any] = field(default_factory=dict)
    stats: AgentStats = field(default_factory=AgentStats)
    last_activity_time: datetime | None = None
    delete_time: datetime | None = None

    @classmethod
    def create(
        cls,
        *,
        project_id: uuid.UUID,
        type: AgentType | str,
        name: str,
        user_id: uuid.UUID | None = None,
        system_kind: AgentSystemKind | str | None = None,
        id: uuid.UUID | None = None,
        now: datetime | None = None,
        **settings: Any,
    ) -> Agent:
        """A new agent (offline). Humans need a user; system agents a kind."""
        kind = AgentType(type)
        if kind == AgentType.HUMAN and user_id is None:
            raise InvalidArgument.field("user_id", "a human agent is linked to a user")
        if (kind == AgentType.SYSTEM) != (system_kind is not None):
            raise InvalidArgument.field("system_kind", "is set for system agents, and only them")
        unknown = set(settings) - SETTABLE_FIELDS
        if unknown:
            raise TypeError(f"Agent.create got unknown fields {sorted(unknown)}")
        values = _validated({"name": name, **settings})
        sys_kind = AgentSystemKind(system_kind) if system_kind else None
        moment = now or utcnow()
        agent = cls(
            id=id or (system_agent_id(project_id, sys_kind) if sys_kind else new_id()),
            project_id=project_id,
            type=kind,
            system_kind=sys_kind,
            user_id=user_id,
            create_time=moment,
            update_time=moment,
            **values,
        )
        agent.record(AgentCreated(**agent._envelope(moment), agent=agent.snapshot()))
        return agent

    @property
    def assignable(self) -> bool:
        """Whether sessions may ever be assigned to it (not virtual, not system)."""
        return self.type in ASSIGNABLE_TYPES and self.active and self.delete_time is None

    def has_capacity(self, active_sessions: int) -> bool:
        return not self.max_concurrent_sessions or active_sessions < self.max_concurrent_sessions

    def _check_editable(self) -> None:
        if self.delete_time is not None:
            raise errors.AgentIsDeleted(f"agent {self.id} is deleted")
        if self.type == AgentType.SYSTEM:
            raise errors.SystemAgentIsFixed(f"system agent {self.system_kind} is fixed")

    def update(self, changes: Mapping[str, Any], *, now: datetime | None = None) -> tuple[str, ...]:
        self._check_editable()
        unknown = set(changes) - SETTABLE_FIELDS
        if unknown:
            raise InvalidArgument.field(sorted(unknown)[0], "is not a settable field")
        wanted = _validated(dict(changes))
        changed, moment = self._apply_changes(dict(sorted(wanted.items())), now)
        if moment is not None:
            self.record(
                AgentUpdated(
                    **self._envelope(moment), agent=self.snapshot(), changed_fields=changed
                )
            )
        return changed

    def set_status(self, status: AgentStatus | str, *, now: datetime | None = None) -> bool:
        wanted = AgentStatus(status)
        if self.delete_time is not None:
            raise errors.AgentIsDeleted(f"agent {self.id} is deleted")
        if wanted == self.status:
            return False
        moment = self._touch(now)
        previous, self.status, self.last_activity_time = self.status, wanted, moment
        self.record(
            AgentStatusChanged(
                **self._envelope(moment),
                agent_id=self.id,
                previous_status=previous,
                status=wanted,
                change_time=moment,
            )
        )
        return True

    def delete(self, *, now: datetime | None = None) -> None:
        self._check_editable()
        moment = self._touch(now)
        self.delete_time, self.active = moment, False
        self.record(
            AgentDeleted(
                **self._envelope(moment), agent_id=self.id, user_id=self.user_id, delete_time=moment
            )
        )

    def record_session_handled(
        self, response_time: timedelta | None = None, *, now: datetime | None = None
    ) -> None:
        """A session it was primary on ended; virtual agents keep no stats."""
        if self.type == AgentType.VIRTUAL:
            return
        self.stats = self.stats.session_handled(response_time)
        self.update_time = now or utcnow()

    def record_message_sent(self, *, now: datetime | None = None) -> None:
        if self.type == AgentType.VIRTUAL:
            return
        moment = now or utcnow()
        self.stats = dataclasses.replace(self.stats, messages_sent=self.stats.messages_sent + 1)
        self.last_activity_time = self.update_time = moment


def _validated(values: dict[str, Any]) -> dict[str, Any]:
    if "name" in values:
        values["name"] = str(values["name"]).strip()
        if not values["name"]:
            raise InvalidArgument.field("name", "is required")
    if "max_concurrent_sessions" in values and values["max_concurrent_sessions"] < 0:
        raise InvalidArgument.field("max_concurrent_sessions", "must be 0 (no limit) or more")
    for key in ("skills", "languages"):
        if key in values:
            values[key] = tuple(
                dict.fromkeys(str(v).strip() for v in values[key] if str(v).strip())
            )
    if "permissions" in values:
        values["permissions"] = frozenset(AgentPermission(p) for p in values["permissions"])
    return values
