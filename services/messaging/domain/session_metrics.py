"""Session metrics and timeout resolution: pure functions of message times.

Response time: from the first unanswered contact message of a turn to our next
message. Wait time: from the first unanswered message of ours to the contact's
next message. Averages are true means (total / count) — the original averaged
a running value with each new one ((old + new) / 2), which weighs the last
reply as much as all before it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta

from messaging.domain.message_parts import MessageDirection

DEFAULT_SESSION_TIMEOUT = timedelta(minutes=30)


def timeout_for(
    pipeline_minutes: int | timedelta | None,
    channel_minutes: int | timedelta | None,
    project_minutes: int | timedelta | None,
) -> timedelta:
    """The inactivity timeout in force: the first set of pipeline → channel → project,
    else 30 minutes. Ints are minutes; 0 and negatives count as unset."""
    for value in (pipeline_minutes, channel_minutes, project_minutes):
        span = timedelta(minutes=value) if isinstance(value, int) else value
        if span is not None and span > timedelta(0):
            return span
    return DEFAULT_SESSION_TIMEOUT


def _mean(total: timedelta, count: int) -> timedelta | None:
    return total / count if count else None


@dataclass(frozen=True, kw_only=True)
class SessionMetrics:
    message_count: int = 0
    inbound_message_count: int = 0
    outbound_message_count: int = 0
    first_contact_message_time: datetime | None = None
    first_agent_response_time: datetime | None = None
    last_contact_message_time: datetime | None = None
    last_agent_message_time: datetime | None = None
    first_response_delay: timedelta | None = None
    duration: timedelta | None = None
    # Accumulators behind the averages (not in the contract's SessionMetrics).
    response_time_total: timedelta = timedelta(0)
    response_count: int = 0
    wait_time_total: timedelta = timedelta(0)
    wait_count: int = 0
    unanswered_contact_since: datetime | None = None
    unanswered_agent_since: datetime | None = None

    @property
    def avg_response_time(self) -> timedelta | None:
        return _mean(self.response_time_total, self.response_count)

    @property
    def avg_wait_time(self) -> timedelta | None:
        return _mean(self.wait_time_total, self.wait_count)

    def with_duration(self, duration: timedelta) -> SessionMetrics:
        return dataclasses.replace(self, duration=duration)

    def recorded(
        self, direction: MessageDirection | str, message_time: datetime, latest: datetime | None
    ) -> SessionMetrics:
        """These metrics after one more message. `latest` is the newest message time
        seen before it: a message older than that (late history) is counted and may
        move the first-times back, but does not take part in turn timing."""
        inbound = MessageDirection(direction) == MessageDirection.INBOUND
        m = dataclasses.replace(
            self,
            message_count=self.message_count + 1,
            inbound_message_count=self.inbound_message_count + inbound,
            outbound_message_count=self.outbound_message_count + (not inbound),
        )
        in_order = latest is None or message_time >= latest
        if inbound:
            return m._contact_message(message_time, in_order)
        return m._agent_message(message_time, in_order)

    def _contact_message(self, at: datetime, in_order: bool) -> SessionMetrics:
        first = self.first_contact_message_time
        changes: dict[str, object] = {
            "first_contact_message_time": at if first is None else min(first, at),
            "last_contact_message_time": _later(self.last_contact_message_time, at),
        }
        if in_order:
            if self.unanswered_agent_since is not None:
                changes["wait_time_total"] = self.wait_time_total + (
                    at - self.unanswered_agent_since
                )
                changes["wait_count"] = self.wait_count + 1
                changes["unanswered_agent_since"] = None
            if self.unanswered_contact_since is None:
                changes["unanswered_contact_since"] = at
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def _agent_message(self, at: datetime, in_order: bool) -> SessionMetrics:
        changes: dict[str, object] = {
            "last_agent_message_time": _later(self.last_agent_message_time, at),
        }
        if in_order:
            pending = self.unanswered_contact_since
            if pending is not None:
                changes["response_time_total"] = self.response_time_total + (at - pending)
                changes["response_count"] = self.response_count + 1
                changes["unanswered_contact_since"] = None
                if self.first_agent_response_time is None:
                    changes["first_agent_response_time"] = at
                    first_contact = self.first_contact_message_time or pending
                    changes["first_response_delay"] = at - first_contact
            if pending is not None or self.unanswered_agent_since is None:
                changes["unanswered_agent_since"] = at  # we now wait for the contact
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def _later(current: datetime | None, at: datetime) -> datetime:
    return at if current is None else max(current, at)
