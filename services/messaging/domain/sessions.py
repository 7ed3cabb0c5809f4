"""The Session aggregate: one contact's conversation window on one channel.

Inactivity is measured from the last message's OWN time (not when we received
it), so imported history splits into the same sessions live traffic would have.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from messaging.domain import errors
from messaging.domain.base import VersionedAggregate
from messaging.domain.events import SessionMessageRecorded, SessionStarted
from messaging.domain.message_parts import MessageDirection
from messaging.domain.session_agents import SessionAgentsMixin
from messaging.domain.session_metrics import SessionMetrics, timeout_for
from messaging.domain.session_states import (
    SessionAssignmentSource,
    SessionEndReason,
    SessionSentiment,
    SessionStatus,
)
from shared.domain import new_id, utcnow

__all__ = [
    "Session",
    "SessionAssignmentSource",
    "SessionEndReason",
    "SessionSentiment",
    "SessionStatus",
    "timeout_for",
]


@dataclass(eq=False, kw_only=True)
class Session(SessionAgentsMixin, VersionedAggregate):
    contact_id: uuid.UUID
    channel_id: uuid.UUID
    chat_id: uuid.UUID | None = None
    pipeline_id: uuid.UUID | None = None
    status: SessionStatus = SessionStatus.ACTIVE
    end_reason: SessionEndReason | None = None
    start_time: datetime
    end_time: datetime | None = None
    last_activity_time: datetime
    timeout: timedelta
    metrics: SessionMetrics = field(default_factory=SessionMetrics)
    current_agent_id: uuid.UUID | None = None
    agent_ids: tuple[uuid.UUID, ...] = ()
    transfer_count: int = 0
    resolved: bool = False
    resolve_time: datetime | None = None
    escalated: bool = False
    escalate_time: datetime | None = None
    escalation_reason: str = ""
    converted: bool = False
    summary: str = ""
    sentiment: SessionSentiment | None = None
    sentiment_score: float = 0.0
    topics: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()
    close_note: str = ""

    @classmethod
    def start(
        cls,
        *,
        project_id: uuid.UUID,
        contact_id: uuid.UUID,
        channel_id: uuid.UUID,
        start_time: datetime,
        timeout: timedelta | None = None,
        chat_id: uuid.UUID | None = None,
        pipeline_id: uuid.UUID | None = None,
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> Session:
        """A session opened by a message at `start_time` (that message's own time).
        Record the message itself with `record_message`."""
        moment = now or utcnow()
        session = cls(
            id=id or new_id(),
            project_id=project_id,
            contact_id=contact_id,
            channel_id=channel_id,
            chat_id=chat_id,
            pipeline_id=pipeline_id,
            start_time=start_time,
            last_activity_time=start_time,
            timeout=timeout or timeout_for(None, None, None),
            create_time=moment,
            update_time=moment,
        )
        session.record(SessionStarted(**session._envelope(moment), session=session.snapshot()))
        return session

    @property
    def is_active(self) -> bool:
        return self.status == SessionStatus.ACTIVE

    @property
    def expire_time(self) -> datetime:
        return self.last_activity_time + self.timeout

    def is_expired(self, now: datetime) -> bool:
        """Whether the inactivity window has passed (the session should be ended)."""
        return now > self.expire_time

    def accepts(self, message_time: datetime) -> bool:
        """Whether a message at `message_time` belongs here. A message after
        last activity + timeout opens a new session; so does one from before
        the start by more than the timeout (late history of an older conversation)."""
        return self.is_active and (
            self.start_time - self.timeout <= message_time <= self.expire_time
        )

    def record_message(
        self,
        direction: MessageDirection | str,
        message_time: datetime,
        agent_id: uuid.UUID | None = None,
        *,
        message_id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> SessionMetrics:
        """Count a message; returns the metrics after it. Outbound messages by an
        agent add that agent to the ones that took part."""
        direction, moment = self._count(direction, message_time, agent_id, now)
        self.record(
            SessionMessageRecorded(
                **self._envelope(moment),
                session_id=self.id,
                contact_id=self.contact_id,
                channel_id=self.channel_id,
                message_id=message_id,
                direction=direction,
                message_time=message_time,
                metrics=self.metrics,
            )
        )
        return self.metrics

    def record_history(
        self,
        messages: Iterable[tuple[MessageDirection | str, datetime]],
        *,
        now: datetime | None = None,
    ) -> SessionMetrics:
        """Count imported messages (direction, own time) at once: the metrics
        `record_message` would give, without its event per message (history is not
        replayed to consumers message by message)."""
        for direction, message_time in messages:
            self._count(direction, message_time, None, now)
        return self.metrics

    def _count(
        self,
        direction: MessageDirection | str,
        message_time: datetime,
        agent_id: uuid.UUID | None,
        now: datetime | None,
    ) -> tuple[MessageDirection, datetime]:
        if not self.is_active:
            raise errors.SessionIsEnded(f"session {self.id} has ended")
        if not self.accepts(message_time):
            raise errors.MessageOutsideSession(
                f"a message at {message_time.isoformat()} is outside session {self.id}"
            )
        direction = MessageDirection(direction)
        latest = self.last_activity_time if self.metrics.message_count else None
        moment = self._touch(now)
        self.start_time = min(self.start_time, message_time)
        self.last_activity_time = max(self.last_activity_time, message_time)
        metrics = self.metrics.recorded(direction, message_time, latest)
        self.metrics = metrics.with_duration(self.last_activity_time - self.start_time)
        if direction == MessageDirection.OUTBOUND and agent_id and agent_id not in self.agent_ids:
            self.agent_ids = (*self.agent_ids, agent_id)
        return direction, moment
