"""A project's agent-assignment policy, as messaging keeps it from identity's events."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from messaging.domain.agent_kinds import AgentType
from messaging.domain.agents import Agent
from messaging.domain.assignment import LEAST_ACTIVE_SESSIONS, LEAST_SESSIONS, MANUAL, ROUND_ROBIN

STRATEGIES = frozenset({ROUND_ROBIN, LEAST_ACTIVE_SESSIONS, LEAST_SESSIONS, MANUAL})


@dataclass(frozen=True, kw_only=True)
class AssignmentPolicy:
    """Identity's AgentAssignmentConfig: new sessions are assigned automatically only
    when it is enabled, names candidate agents and its strategy is not manual."""

    enabled: bool = False
    strategy: str = MANUAL
    agent_ids: tuple[uuid.UUID, ...] = ()
    only_human_agents: bool = False

    @property
    def assigns_automatically(self) -> bool:
        return (
            self.enabled
            and bool(self.agent_ids)
            and self.strategy in STRATEGIES
            and self.strategy != MANUAL
        )

    def admits(self, agent: Agent) -> bool:
        """Whether the agent is one of the policy's candidates (eligibility aside)."""
        if agent.id not in self.agent_ids:
            return False
        return agent.type == AgentType.HUMAN or not self.only_human_agents


NO_POLICY = AssignmentPolicy()
