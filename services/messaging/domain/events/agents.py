"""Events of the Agent aggregate (agent id = aggregate_id)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from shared.domain import DomainEvent

if TYPE_CHECKING:
    from messaging.domain.agents import Agent, AgentStatus


@dataclass(frozen=True, kw_only=True)
class AgentCreated(DomainEvent):
    routing_key: ClassVar[str] = "messaging.agent.created"
    agent: Agent  # snapshot


@dataclass(frozen=True, kw_only=True)
class AgentUpdated(DomainEvent):
    routing_key: ClassVar[str] = "messaging.agent.updated"
    agent: Agent  # snapshot after the change
    changed_fields: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class AgentDeleted(DomainEvent):
    routing_key: ClassVar[str] = "messaging.agent.deleted"
    agent_id: uuid.UUID
    user_id: uuid.UUID | None
    delete_time: datetime


@dataclass(frozen=True, kw_only=True)
class AgentStatusChanged(DomainEvent):
    routing_key: ClassVar[str] = "messaging.agent.status_changed"
    agent_id: uuid.UUID
    previous_status: AgentStatus
    status: AgentStatus
    change_time: datetime
