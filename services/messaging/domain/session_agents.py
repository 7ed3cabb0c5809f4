"""Who works a session, and how it finishes: assign, transfer, resolve, escalate, end."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from messaging.domain import errors
from messaging.domain.agent_sessions import AgentSessionRole
from messaging.domain.events import (
    SessionAgentAssigned,
    SessionAgentTransferred,
    SessionEnded,
    SessionEscalated,
    SessionResolved,
)
from messaging.domain.session_states import SessionAssignmentSource, SessionEndReason, SessionStatus

if TYPE_CHECKING:
    from messaging.domain.base import VersionedAggregate as _Aggregate
    from messaging.domain.session_metrics import SessionMetrics
else:
    _Aggregate = object


class SessionAgentsMixin(_Aggregate):
    """Agent and outcome methods of Session (a mixin: `self` is the Session)."""

    if TYPE_CHECKING:  # the Session fields these methods use (declared in Session)
        contact_id: uuid.UUID
        channel_id: uuid.UUID
        chat_id: uuid.UUID | None
        pipeline_id: uuid.UUID | None
        status: SessionStatus
        end_reason: SessionEndReason | None
        start_time: datetime
        end_time: datetime | None
        last_activity_time: datetime
        metrics: SessionMetrics
        current_agent_id: uuid.UUID | None
        agent_ids: tuple[uuid.UUID, ...]
        transfer_count: int
        resolved: bool
        resolve_time: datetime | None
        escalated: bool
        escalate_time: datetime | None
        escalation_reason: str
        converted: bool
        close_note: str

        @property
        def is_active(self) -> bool: ...

    def _ids(self, moment: datetime) -> dict[str, Any]:
        envelope = self._envelope(moment)
        return {
            **envelope,
            "session_id": self.id,
            "contact_id": self.contact_id,
            "channel_id": self.channel_id,
        }

    def _check_active(self) -> None:
        if not self.is_active:
            raise errors.SessionIsEnded(f"session {self.id} has ended")

    def assign_agent(
        self,
        agent_id: uuid.UUID,
        *,
        role: AgentSessionRole | str = AgentSessionRole.PRIMARY,
        source: SessionAssignmentSource | str = SessionAssignmentSource.MANUAL,
        strategy: str = "",
        reason: str = "",
        now: datetime | None = None,
    ) -> bool:
        """Add an agent; a primary replaces the current one (a reassignment, which
        counts as a transfer). Returns False when the agent already holds that place."""
        self._check_active()
        role = AgentSessionRole(role)
        primary = role == AgentSessionRole.PRIMARY
        previous = self.current_agent_id
        if (primary and previous == agent_id) or (not primary and agent_id in self.agent_ids):
            return False
        moment = self._touch(now)
        if primary:
            if previous is not None:
                self.transfer_count += 1
            self.current_agent_id = agent_id
        if agent_id not in self.agent_ids:
            self.agent_ids = (*self.agent_ids, agent_id)
        self.record(
            SessionAgentAssigned(
                **self._ids(moment),
                agent_id=agent_id,
                role=role,
                previous_agent_id=previous if primary else None,
                source=SessionAssignmentSource(source),
                strategy=strategy,
                reason=reason,
            )
        )
        return True

    def transfer(
        self, to_agent_id: uuid.UUID, *, reason: str = "", now: datetime | None = None
    ) -> bool:
        """Hand the session to another primary agent."""
        self._check_active()
        if to_agent_id == self.current_agent_id:
            return False
        moment = self._touch(now)
        previous, self.current_agent_id = self.current_agent_id, to_agent_id
        self.transfer_count += previous is not None
        if to_agent_id not in self.agent_ids:
            self.agent_ids = (*self.agent_ids, to_agent_id)
        self.record(
            SessionAgentTransferred(
                **self._ids(moment),
                from_agent_id=previous,
                to_agent_id=to_agent_id,
                reason=reason,
                transfer_count=self.transfer_count,
            )
        )
        return True

    def resolve(
        self,
        *,
        note: str = "",
        agent_id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> bool:
        if self.resolved:
            return False
        moment = self._touch(now)
        self.resolved, self.resolve_time = True, moment
        self.record(
            SessionResolved(
                **self._ids(moment),
                pipeline_id=self.pipeline_id,
                agent_id=agent_id or self.current_agent_id,
                note=note,
                resolve_time=moment,
            )
        )
        return True

    def escalate(
        self,
        reason: str,
        *,
        to_agent_id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> bool:
        self._check_active()
        if self.escalated:
            return False
        moment = self._touch(now)
        self.escalated, self.escalate_time, self.escalation_reason = True, moment, reason
        self.record(
            SessionEscalated(
                **self._ids(moment),
                reason=reason,
                from_agent_id=self.current_agent_id,
                to_agent_id=to_agent_id,
                escalate_time=moment,
            )
        )
        return True

    def mark_converted(self, *, now: datetime | None = None) -> bool:
        if self.converted:
            return False
        self._touch(now)
        self.converted = True
        return True

    def end(
        self,
        reason: SessionEndReason | str,
        at: datetime | None = None,
        *,
        note: str = "",
        now: datetime | None = None,
    ) -> bool:
        """End the session; returns False when it already ended. An inactivity
        timeout ends it at its last activity (the conversation's real end);
        other reasons at `at` (default: now)."""
        if not self.is_active:
            return False
        reason = SessionEndReason(reason)
        moment = self._touch(now)
        if at is None:
            timed_out = reason == SessionEndReason.INACTIVITY_TIMEOUT
            at = self.last_activity_time if timed_out else moment
        self.status, self.end_reason, self.end_time = SessionStatus.ENDED, reason, at
        self.close_note = note or self.close_note
        duration = max(at - self.start_time, timedelta(0))
        self.metrics = self.metrics.with_duration(duration)
        self.record(
            SessionEnded(
                **self._ids(moment),
                chat_id=self.chat_id,
                pipeline_id=self.pipeline_id,
                end_reason=reason,
                start_time=self.start_time,
                end_time=at,
                duration=duration,
                metrics=self.metrics,
                agent_ids=self.agent_ids,
                transfer_count=self.transfer_count,
                resolved=self.resolved,
                escalated=self.escalated,
                converted=self.converted,
            )
        )
        return True
