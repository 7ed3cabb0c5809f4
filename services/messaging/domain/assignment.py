"""Automatic assignment of a session to an agent: pure strategies.

Only agents that can take the session are candidates: assignable types (human,
ai, bot — never virtual or system), active, not deleted, available or busy
(never offline; away agents are skipped too), and below their concurrent-session
limit. Ties break on the agent id, so the same inputs always pick the same agent.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence

from messaging.domain.agent_kinds import AgentStatus
from messaging.domain.agents import Agent

AUTO_ASSIGNABLE_STATUSES = frozenset({AgentStatus.AVAILABLE, AgentStatus.BUSY})
ROUND_ROBIN = "round_robin"
LEAST_ACTIVE_SESSIONS = "least_active_sessions"
LEAST_SESSIONS = "least_sessions"  # identity's name for the same strategy
MANUAL = "manual"


def _active(agent: Agent, active_counts: Mapping[uuid.UUID, int] | None) -> int:
    if active_counts is None:
        return agent.stats.active_sessions
    return active_counts.get(agent.id, 0)


def can_auto_assign(agent: Agent, active_sessions: int) -> bool:
    return (
        agent.assignable
        and agent.status in AUTO_ASSIGNABLE_STATUSES
        and agent.has_capacity(active_sessions)
    )


def _eligible(
    candidates: Sequence[Agent], active_counts: Mapping[uuid.UUID, int] | None
) -> list[Agent]:
    ordered = sorted(candidates, key=lambda a: str(a.id))
    return [a for a in ordered if can_auto_assign(a, _active(a, active_counts))]


def round_robin(
    candidates: Sequence[Agent],
    last_assigned_id: uuid.UUID | None,
    active_counts: Mapping[uuid.UUID, int] | None = None,
) -> Agent | None:
    """The next eligible agent after the last one assigned, in id order, wrapping
    around. Works when the last one is no longer eligible (or no longer a candidate)."""
    eligible = _eligible(candidates, active_counts)
    if not eligible:
        return None
    if last_assigned_id is None:
        return eligible[0]
    last = str(last_assigned_id)
    after = [a for a in eligible if str(a.id) > last]
    return after[0] if after else eligible[0]


def least_sessions(
    candidates: Sequence[Agent], active_counts: Mapping[uuid.UUID, int]
) -> Agent | None:
    """The eligible agent with the fewest active sessions (ties: lowest id)."""
    eligible = _eligible(candidates, active_counts)
    if not eligible:
        return None
    return min(eligible, key=lambda a: (active_counts.get(a.id, 0), str(a.id)))


def manual(*_: object, **__: object) -> None:
    """Manual assignment: nobody is picked automatically."""
    return None


def pick_agent(
    strategy: str,
    candidates: Sequence[Agent],
    *,
    last_assigned_id: uuid.UUID | None = None,
    active_counts: Mapping[uuid.UUID, int] | None = None,
) -> Agent | None:
    """Run the project's strategy by name (unknown names assign nobody)."""
    counts = active_counts or {a.id: a.stats.active_sessions for a in candidates}
    strategies: dict[str, Callable[[], Agent | None]] = {
        ROUND_ROBIN: lambda: round_robin(candidates, last_assigned_id, counts),
        LEAST_ACTIVE_SESSIONS: lambda: least_sessions(candidates, counts),
        LEAST_SESSIONS: lambda: least_sessions(candidates, counts),
    }
    run = strategies.get(strategy)
    return run() if run else None
