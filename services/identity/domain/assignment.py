"""How messaging assigns agents to a project's new sessions (a value of Project)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from shared.domain import InvalidArgument

DEFAULT_MAX_REASSIGNMENTS = 3


class AssignmentStrategy(StrEnum):
    ROUND_ROBIN = "round_robin"
    LEAST_SESSIONS = "least_sessions"
    MANUAL = "manual"


class ReassignmentTrigger(StrEnum):
    INACTIVITY = "inactivity"
    MANUAL = "manual"
    NO_RESPONSE = "no_response"
    WORKLOAD_BALANCE = "workload_balance"


_TIMED_TRIGGERS = frozenset({ReassignmentTrigger.INACTIVITY, ReassignmentTrigger.NO_RESPONSE})


@dataclass(frozen=True, kw_only=True)
class ReassignmentRule:
    """When a session moves to another agent; max_reassignments 0 means unlimited."""

    trigger: ReassignmentTrigger
    enabled: bool = True
    inactivity_timeout_minutes: int = 0
    max_reassignments: int = DEFAULT_MAX_REASSIGNMENTS
    notify_previous_agent: bool = True
    only_during_business_hours: bool = False

    def __post_init__(self) -> None:
        if self.max_reassignments < 0:
            raise InvalidArgument.field(
                "agent_assignment.reassignment_rules.max_reassignments", "must be >= 0"
            )
        if self.trigger in _TIMED_TRIGGERS and self.inactivity_timeout_minutes <= 0:
            raise InvalidArgument.field(
                "agent_assignment.reassignment_rules.inactivity_timeout_minutes",
                f"must be > 0 for the {self.trigger.value} trigger",
            )


@dataclass(frozen=True, kw_only=True)
class AgentAssignment:
    """Auto-assignment happens only when enabled, agents exist and strategy is not manual."""

    enabled: bool = False
    strategy: AssignmentStrategy = AssignmentStrategy.MANUAL
    agent_ids: tuple[uuid.UUID, ...] = ()
    only_human_agents: bool = False
    require_at_least_one_agent: bool = True
    reassignment_rules: tuple[ReassignmentRule, ...] = ()

    def __post_init__(self) -> None:
        if len(set(self.agent_ids)) != len(self.agent_ids):
            raise InvalidArgument.field("agent_assignment.agent_ids", "must not repeat an agent")
        if self.enabled and self.require_at_least_one_agent and not self.agent_ids:
            raise InvalidArgument.field(
                "agent_assignment.agent_ids", "needs at least one agent when enabled"
            )

    @property
    def assigns_automatically(self) -> bool:
        return self.enabled and bool(self.agent_ids) and self.strategy != AssignmentStrategy.MANUAL
