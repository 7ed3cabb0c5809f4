import uuid
from datetime import timedelta

import pytest

from messaging.domain import errors
from messaging.domain.events import (
    SessionAgentAssigned,
    SessionAgentTransferred,
    SessionEnded,
    SessionMessageRecorded,
    SessionStarted,
)
from messaging.domain.sessions import SessionEndReason, SessionStatus, timeout_for
from tests.unit.messaging.builders import at, session

M = timedelta(minutes=1)


@pytest.mark.parametrize(
    ("pipeline", "channel", "project", "expected"),
    [
        (10, 20, 40, 10),
        (None, 20, 40, 20),
        (None, None, 40, 40),
        (None, None, None, 30),
        (0, None, 45, 45),  # zero counts as unset
        (timedelta(hours=2), 20, None, 120),
        (None, timedelta(minutes=5), 40, 5),
    ],
)
def test_timeout_resolves_pipeline_then_channel_then_project_then_30(
    pipeline, channel, project, expected
) -> None:
    assert timeout_for(pipeline, channel, project) == expected * M


def test_start_records_snapshot_event_and_sets_last_activity_to_the_message_time() -> None:
    s = session(start=5)
    (event,) = s.collect_events()
    assert isinstance(event, SessionStarted)
    assert event.session.id == s.id and event.session.events == []
    assert s.last_activity_time == at(5) and s.version == 1


@pytest.mark.parametrize(
    ("message_minute", "accepted"),
    [(0, True), (29, True), (30, True), (30.01, False), (90, False), (-30, True), (-31, False)],
)
def test_accepts_measures_from_the_message_time(message_minute, accepted) -> None:
    assert session(timeout_minutes=30).accepts(at(message_minute)) is accepted


def test_inactivity_counts_from_the_last_messages_own_time_not_arrival() -> None:
    s = session()
    # recorded long after (arrival/now = minute 500), but the message's time is minute 20
    s.record_message("inbound", at(20), now=at(500))
    assert s.last_activity_time == at(20)
    assert s.accepts(at(50)) and not s.accepts(at(51))
    assert not s.is_expired(at(50)) and s.is_expired(at(51))


def test_message_after_the_window_must_open_a_new_session() -> None:
    s = session()
    s.record_message("inbound", at(0))
    with pytest.raises(errors.MessageOutsideSession):
        s.record_message("inbound", at(31))


def test_ended_session_records_nothing() -> None:
    s = session()
    s.end("manual_close", at(1))
    with pytest.raises(errors.SessionIsEnded):
        s.record_message("inbound", at(2))


def test_imported_history_out_of_order_keeps_last_activity_at_the_newest_time() -> None:
    s = session(start=10)
    for minute in (10, 25, 15, 5):
        s.record_message("inbound", at(minute))
    assert s.last_activity_time == at(25)
    assert s.start_time == at(5)
    assert s.metrics.message_count == 4
    assert s.metrics.first_contact_message_time == at(5)
    assert s.metrics.duration == 20 * M


def test_metrics_count_by_direction() -> None:
    s = session()
    for direction, minute in [("inbound", 0), ("inbound", 1), ("outbound", 2)]:
        s.record_message(direction, at(minute))
    m = s.metrics
    assert (m.message_count, m.inbound_message_count, m.outbound_message_count) == (3, 2, 1)


def test_first_response_is_measured_from_the_first_contact_message() -> None:
    s = session()
    s.record_message("inbound", at(0))
    s.record_message("inbound", at(3))
    s.record_message("outbound", at(10))
    m = s.metrics
    assert m.first_agent_response_time == at(10)
    assert m.first_response_delay == 10 * M


def test_average_response_time_is_a_true_mean() -> None:
    # replies after 10, 2 and 3 minutes: mean 5 (the original's (old+new)/2 gives 4.25)
    s = session()
    turns = [("inbound", 0), ("outbound", 10), ("inbound", 20), ("outbound", 22)]
    turns += [("inbound", 30), ("outbound", 33)]
    for direction, minute in turns:
        s.record_message(direction, at(minute))
    assert s.metrics.response_count == 3
    assert s.metrics.avg_response_time == 5 * M


def test_response_time_counts_from_the_first_unanswered_message_of_the_turn() -> None:
    s = session()
    for direction, minute in [("inbound", 0), ("inbound", 4), ("outbound", 6), ("outbound", 7)]:
        s.record_message(direction, at(minute))
    assert s.metrics.response_count == 1
    assert s.metrics.avg_response_time == 6 * M


def test_wait_time_is_from_our_message_to_the_contacts_reply() -> None:
    s = session()
    for direction, minute in [("outbound", 0), ("inbound", 4), ("outbound", 5), ("inbound", 11)]:
        s.record_message(direction, at(minute))
    assert s.metrics.wait_count == 2
    assert s.metrics.avg_wait_time == 5 * M
    assert s.metrics.first_response_delay == 1 * M  # contact at 4, reply at 5


def test_no_responses_means_no_average() -> None:
    s = session()
    s.record_message("inbound", at(0))
    assert s.metrics.avg_response_time is None and s.metrics.first_agent_response_time is None


def test_record_message_emits_event_with_the_metrics_and_bumps_version() -> None:
    s = session()
    s.collect_events()
    message_id = uuid.uuid4()
    s.record_message("inbound", at(1), message_id=message_id)
    (event,) = s.collect_events()
    assert isinstance(event, SessionMessageRecorded)
    assert event.message_id == message_id and event.metrics.message_count == 1
    assert event.aggregate_version == s.version == 2


def test_outbound_by_an_agent_adds_it_to_the_agents_that_took_part() -> None:
    s = session()
    agent_id = uuid.uuid4()
    s.record_message("outbound", at(1), agent_id)
    s.record_message("outbound", at(2), agent_id)
    assert s.agent_ids == (agent_id,)


def test_assign_then_reassign_counts_a_transfer() -> None:
    s = session()
    a, b = uuid.uuid4(), uuid.uuid4()
    assert s.assign_agent(a, source="automatic", strategy="round_robin")
    assert not s.assign_agent(a)
    assert s.assign_agent(b)
    events = [e for e in s.collect_events() if isinstance(e, SessionAgentAssigned)]
    assert [e.previous_agent_id for e in events] == [None, a]
    assert s.current_agent_id == b and s.transfer_count == 1 and s.agent_ids == (a, b)


def test_transfer_moves_the_primary_and_counts() -> None:
    s = session()
    a, b = uuid.uuid4(), uuid.uuid4()
    s.assign_agent(a)
    s.transfer(b, reason="language")
    event = s.collect_events()[-1]
    assert isinstance(event, SessionAgentTransferred)
    assert (event.from_agent_id, event.to_agent_id, event.transfer_count) == (a, b, 1)


def test_support_role_does_not_replace_the_primary() -> None:
    s = session()
    a, b = uuid.uuid4(), uuid.uuid4()
    s.assign_agent(a)
    s.assign_agent(b, role="support")
    assert s.current_agent_id == a and s.transfer_count == 0


@pytest.mark.parametrize("reason", list(SessionEndReason))
def test_end_with_each_reason(reason) -> None:
    s = session()
    s.record_message("inbound", at(10))
    assert s.end(reason, at(12) if reason != "inactivity_timeout" else None, now=at(60))
    event = s.collect_events()[-1]
    assert isinstance(event, SessionEnded) and event.end_reason == reason
    assert s.status == SessionStatus.ENDED
    expected_end = at(10) if reason == "inactivity_timeout" else at(12)
    assert s.end_time == expected_end and event.duration == expected_end - at(0)
    assert not s.end(reason)


def test_resolve_and_escalate_once() -> None:
    s = session()
    assert s.resolve(note="done") and not s.resolve()
    assert s.escalate("angry") and not s.escalate("again")
    assert s.resolved and s.escalated and s.escalation_reason == "angry"
