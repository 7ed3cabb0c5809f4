"""The project's assignment policy as messaging keeps it: when it assigns, and whom."""

from __future__ import annotations

import uuid

import pytest

from messaging.domain.agents import AgentType
from messaging.domain.assignment import pick_agent
from messaging.domain.assignment_policy import AssignmentPolicy
from tests.unit.messaging.builders import agent

ONE = (uuid.UUID(int=1),)


@pytest.mark.parametrize(
    ("policy", "assigns"),
    [
        (AssignmentPolicy(enabled=True, strategy="round_robin", agent_ids=ONE), True),
        (AssignmentPolicy(enabled=True, strategy="least_sessions", agent_ids=ONE), True),
        (AssignmentPolicy(enabled=False, strategy="round_robin", agent_ids=ONE), False),
        (AssignmentPolicy(enabled=True, strategy="manual", agent_ids=ONE), False),
        (AssignmentPolicy(enabled=True, strategy="round_robin"), False),
        (AssignmentPolicy(enabled=True, strategy="", agent_ids=ONE), False),
        (AssignmentPolicy(enabled=True, strategy="lottery", agent_ids=ONE), False),
    ],
    ids=["round-robin", "least-sessions", "disabled", "manual", "no-agents", "unset", "unknown"],
)
def test_a_policy_assigns_only_when_enabled_with_agents_and_a_real_strategy(
    policy: AssignmentPolicy, assigns: bool
) -> None:
    assert policy.assigns_automatically is assigns


def test_only_the_named_agents_are_candidates_and_only_humans_when_asked() -> None:
    human, bot, stranger = agent(1), agent(2, type=AgentType.BOT), agent(3)
    named = (human.id, bot.id)
    anyone = AssignmentPolicy(agent_ids=named)
    assert (anyone.admits(human), anyone.admits(bot), anyone.admits(stranger)) == (
        True,
        True,
        False,
    )
    humans_only = AssignmentPolicy(agent_ids=named, only_human_agents=True)
    assert (humans_only.admits(human), humans_only.admits(bot)) == (True, False)


def test_identitys_least_sessions_is_the_least_active_sessions_strategy() -> None:
    agents = [agent(1), agent(2)]
    counts = {agents[0].id: 3, agents[1].id: 1}
    assert pick_agent("least_sessions", agents, active_counts=counts) is agents[1]
