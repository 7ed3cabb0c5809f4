import itertools

import pytest

from messaging.domain.events import (
    MessageDelivered,
    MessageFailed,
    MessagePlayed,
    MessageRead,
    MessageSent,
)
from messaging.domain.message_parts import MessageError
from messaging.domain.message_status import ORDER, MessageStatus, advances
from tests.unit.messaging.builders import at, outbound

S = MessageStatus
ACKS = {-1: S.FAILED, 0: S.QUEUED, 1: S.SENT, 2: S.DELIVERED, 3: S.READ, 4: S.PLAYED}
FORWARD = {0: S.QUEUED, 1: S.SENT, 2: S.DELIVERED, 3: S.READ, 4: S.PLAYED}


@pytest.mark.parametrize(("first", "second"), list(itertools.product(FORWARD, FORWARD)))
def test_ack_pairs_only_move_forward(first, second) -> None:
    m = outbound()
    m.apply_ack(first, at=at(1))
    version = m.version
    changed = m.apply_ack(second, at=at(2))
    assert changed is (second > first)
    assert m.status == FORWARD[max(first, second)]
    assert m.version == version + changed


@pytest.mark.parametrize("ack", list(ACKS))
def test_each_ack_maps_to_its_status(ack) -> None:
    m = outbound(status=None)
    assert m.apply_ack(ack)
    assert m.status == ACKS[ack]


@pytest.mark.parametrize("status", [s for s in ORDER if s != S.PLAYED])
def test_failed_is_reachable_from_any_non_final_status(status) -> None:
    m = outbound(status=status)
    assert m.apply_ack(-1, error=MessageError(code="463", blocked=True))
    assert m.status == S.FAILED and m.error.code == "463"
    event = m.collect_events()[-1]
    assert isinstance(event, MessageFailed) and event.previous_status == status


@pytest.mark.parametrize("final", [S.PLAYED, S.FAILED])
@pytest.mark.parametrize("ack", list(ACKS))
def test_nothing_leaves_a_final_status(final, ack) -> None:
    m = outbound(status=final)
    assert not m.apply_ack(ack)
    assert m.status == final and m.collect_events() == []


def test_unknown_ack_changes_nothing() -> None:
    m = outbound()
    assert not m.apply_ack(7) and m.status == S.QUEUED


def test_lower_ack_after_higher_records_no_event_and_keeps_times() -> None:
    m = outbound()
    m.apply_ack(3, at=at(5))
    m.collect_events()
    assert not m.apply_ack(2, at=at(6))
    assert m.delivered_time is None and m.read_time == at(5) and m.collect_events() == []


@pytest.mark.parametrize(
    ("ack", "event_type", "time_field"),
    [
        (1, MessageSent, "sent_time"),
        (2, MessageDelivered, "delivered_time"),
        (3, MessageRead, "read_time"),
        (4, MessagePlayed, "played_time"),
    ],
)
def test_each_forward_ack_records_its_event_and_time(ack, event_type, time_field) -> None:
    m = outbound()
    m.apply_ack(ack, at=at(3))
    (event,) = m.collect_events()
    assert isinstance(event, event_type)
    assert getattr(m, time_field) == at(3)


def test_mark_sent_keeps_the_bare_provider_id() -> None:
    m = outbound()
    assert m.mark_sent("true_15550100123@c.us_3EB0C4F2A91D7B6E5F30", sent_time=at(1))
    assert m.provider_message_id == "3EB0C4F2A91D7B6E5F30"
    (event,) = m.collect_events()
    assert isinstance(event, MessageSent) and event.provider_message_id == m.provider_message_id
    assert event.message.status == S.SENT


def test_advances_table_is_strictly_monotonic() -> None:
    for i, current in enumerate(ORDER):
        for j, wanted in enumerate(ORDER):
            assert advances(current, wanted) is (j > i and current != S.PLAYED)
