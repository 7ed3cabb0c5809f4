"""Events of the Session aggregate (session id = aggregate_id)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, ClassVar

from shared.domain import DomainEvent

if TYPE_CHECKING:
    from messaging.domain.agent_sessions import AgentSessionRole
    from messaging.domain.message_parts import MessageDirection
    from messaging.domain.session_metrics import SessionMetrics
    from messaging.domain.session_states import SessionAssignmentSource, SessionEndReason
    from messaging.domain.sessions import Session


@dataclass(frozen=True, kw_only=True)
class SessionStarted(DomainEvent):
    routing_key: ClassVar[str] = "messaging.session.started"
    session: Session  # snapshot


@dataclass(frozen=True, kw_only=True)
class SessionMessageRecorded(DomainEvent):
    routing_key: ClassVar[str] = "messaging.session.message_recorded"
    session_id: uuid.UUID
    contact_id: uuid.UUID
    channel_id: uuid.UUID
    message_id: uuid.UUID | None
    direction: MessageDirection
    message_time: datetime
    metrics: SessionMetrics


@dataclass(frozen=True, kw_only=True)
class SessionAgentAssigned(DomainEvent):
    routing_key: ClassVar[str] = "messaging.session.agent_assigned"
    session_id: uuid.UUID
    contact_id: uuid.UUID
    channel_id: uuid.UUID
    agent_id: uuid.UUID
    role: AgentSessionRole
    previous_agent_id: uuid.UUID | None
    source: SessionAssignmentSource
    strategy: str
    reason: str


@dataclass(frozen=True, kw_only=True)
class SessionAgentTransferred(DomainEvent):
    routing_key: ClassVar[str] = "messaging.session.agent_transferred"
    session_id: uuid.UUID
    contact_id: uuid.UUID
    channel_id: uuid.UUID
    from_agent_id: uuid.UUID | None
    to_agent_id: uuid.UUID
    reason: str
    transfer_count: int


@dataclass(frozen=True, kw_only=True)
class SessionResolved(DomainEvent):
    routing_key: ClassVar[str] = "messaging.session.resolved"
    session_id: uuid.UUID
    contact_id: uuid.UUID
    channel_id: uuid.UUID
    pipeline_id: uuid.UUID | None
    agent_id: uuid.UUID | None
    note: str
    resolve_time: datetime


@dataclass(frozen=True, kw_only=True)
class SessionEscalated(DomainEvent):
    routing_key: ClassVar[str] = "messaging.session.escalated"
    session_id: uuid.UUID
    contact_id: uuid.UUID
    channel_id: uuid.UUID
    reason: str
    from_agent_id: uuid.UUID | None
    to_agent_id: uuid.UUID | None
    escalate_time: datetime


@dataclass(frozen=True, kw_only=True)
class SessionEnded(DomainEvent):
    routing_key: ClassVar[str] = "messaging.session.ended"
    session_id: uuid.UUID
    contact_id: uuid.UUID
    channel_id: uuid.UUID
    chat_id: uuid.UUID | None
    pipeline_id: uuid.UUID | None
    end_reason: SessionEndReason
    start_time: datetime
    end_time: datetime
    duration: timedelta
    metrics: SessionMetrics
    agent_ids: tuple[uuid.UUID, ...]
    transfer_count: int
    resolved: bool
    escalated: bool
    converted: bool
