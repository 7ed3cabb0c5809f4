import uuid
from datetime import timedelta

import pytest

from messaging.domain import errors
from messaging.domain.agent_sessions import AgentSession
from messaging.domain.agents import Agent, AgentStatus, AgentType, system_agent_id
from messaging.domain.assignment import least_sessions, manual, pick_agent, round_robin
from messaging.domain.events import AgentCreated, AgentStatusChanged
from shared.domain import InvalidArgument
from tests.unit.messaging.builders import PROJECT, agent

S = AgentStatus


def test_new_agents_start_offline_and_record_created() -> None:
    a = Agent.create(project_id=PROJECT, type="ai", name="Bot")
    assert a.status == S.OFFLINE
    assert isinstance(a.collect_events()[0], AgentCreated)


@pytest.mark.parametrize(
    ("type", "kw"),
    [("human", {}), ("system", {}), ("bot", {"system_kind": "broadcast"})],
)
def test_agent_kind_rules(type, kw) -> None:
    with pytest.raises(InvalidArgument):
        Agent.create(project_id=PROJECT, type=type, name="x", **kw)


@pytest.mark.parametrize(
    ("type", "assignable"),
    [("human", True), ("ai", True), ("bot", True), ("virtual", False), ("system", False)],
)
def test_assignable_types(type, assignable) -> None:
    kw = {"system_kind": "sequence"} if type == "system" else {}
    user = uuid.uuid4() if type == "human" else None
    a = Agent.create(project_id=PROJECT, type=type, name="x", user_id=user, **kw)
    assert a.assignable is assignable


def test_system_agents_are_fixed_with_derived_ids() -> None:
    a = Agent.create(project_id=PROJECT, type="system", name="Broadcast", system_kind="broadcast")
    assert a.id == system_agent_id(PROJECT, "broadcast")
    with pytest.raises(errors.SystemAgentIsFixed):
        a.update({"name": "x"})
    with pytest.raises(errors.SystemAgentIsFixed):
        a.delete()


def test_status_change_records_event_once() -> None:
    a = agent(1, status=S.OFFLINE)
    a.collect_events()
    assert a.set_status("available") and not a.set_status("available")
    (event,) = a.collect_events()
    assert isinstance(event, AgentStatusChanged) and event.previous_status == S.OFFLINE


def test_average_response_time_is_a_true_mean() -> None:
    a = agent(1)
    for minutes in (10, 2, 3):
        a.record_session_handled(timedelta(minutes=minutes))
    a.record_session_handled(None)
    assert a.stats.sessions_handled == 4
    assert a.stats.avg_response_time == timedelta(minutes=5)


def test_virtual_agents_keep_no_stats() -> None:
    a = agent(1, type=AgentType.VIRTUAL)
    a.record_session_handled(timedelta(minutes=1))
    assert a.stats.sessions_handled == 0


def test_agent_session_join_leave() -> None:
    s = AgentSession.join(project_id=PROJECT, session_id=uuid.uuid4(), agent_id=uuid.uuid4())
    assert s.active and s.role == "primary"
    assert s.leave() and not s.leave() and not s.active


# assignment


def test_round_robin_picks_the_next_after_the_last_and_wraps() -> None:
    agents = [agent(3), agent(1), agent(2)]
    picks = [round_robin(agents, uuid.UUID(int=n)).id.int for n in (1, 2, 3)]
    assert picks == [2, 3, 1]
    assert round_robin(agents, None).id.int == 1


def test_round_robin_skips_ineligible_and_handles_a_vanished_last() -> None:
    agents = [agent(1), agent(2, status=S.OFFLINE), agent(3)]
    assert round_robin(agents, uuid.UUID(int=1)).id.int == 3
    assert round_robin(agents, uuid.UUID(int=2)).id.int == 3  # last one is offline now
    assert round_robin(agents, uuid.UUID(int=99)).id.int == 1  # past the end wraps


@pytest.mark.parametrize(
    "excluded",
    [
        agent(9, status=S.OFFLINE),
        agent(9, status=S.AWAY),
        agent(9, type=AgentType.VIRTUAL),
        agent(9, max_concurrent_sessions=2),  # full: 2 active below
        agent(9, active=False),
    ],
    ids=["offline", "away", "virtual", "full", "inactive"],
)
def test_never_auto_assigned(excluded) -> None:
    counts = {excluded.id: 2}
    assert round_robin([excluded], None, counts) is None
    assert least_sessions([excluded], counts) is None


def test_system_agents_are_never_auto_assigned() -> None:
    a = Agent.create(project_id=PROJECT, type="system", name="T", system_kind="trigger")
    a.status = S.AVAILABLE
    assert round_robin([a], None, {}) is None


def test_capacity_zero_means_unlimited_and_below_limit_is_fine() -> None:
    a = agent(1, max_concurrent_sessions=3)
    b = agent(2)
    assert least_sessions([a], {a.id: 2}) is a
    assert least_sessions([b], {b.id: 500}) is b


def test_least_sessions_picks_fewest_then_lowest_id() -> None:
    agents = [agent(3), agent(2), agent(1, status=S.BUSY)]
    counts = {uuid.UUID(int=1): 2, uuid.UUID(int=2): 1, uuid.UUID(int=3): 1}
    assert least_sessions(agents, counts).id.int == 2
    counts[uuid.UUID(int=1)] = 0
    assert least_sessions(agents, counts).id.int == 1


def test_pick_agent_by_strategy_name() -> None:
    agents = [agent(1), agent(2)]
    counts = {agents[0].id: 5, agents[1].id: 0}
    assert pick_agent("least_active_sessions", agents, active_counts=counts) is agents[1]
    assert pick_agent("round_robin", agents, last_assigned_id=agents[0].id) is agents[1]
    assert pick_agent("manual", agents) is None and manual(agents) is None
