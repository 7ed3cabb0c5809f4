import uuid
from datetime import timedelta

import pytest

from crm.domain.contact_fields import ContactInteractionDirection
from crm.domain.errors import ContactIsDeleted
from crm.domain.events import ContactInteractionRecorded
from shared.domain import InvalidArgument
from tests.unit.crm.builders import NOW, contact

T1, T2, T3 = NOW, NOW + timedelta(minutes=5), NOW + timedelta(minutes=10)


def test_the_first_interaction_sets_first_and_last() -> None:
    subject = contact()
    assert subject.record_interaction(T2, "m1")
    assert (subject.first_interaction_time, subject.last_interaction_time) == (T2, T2)
    [event] = subject.collect_events()
    assert isinstance(event, ContactInteractionRecorded)
    assert (event.interaction_time, event.first_interaction, event.message_id) == (T2, True, "m1")


def test_a_later_interaction_moves_only_the_last() -> None:
    subject = contact()
    subject.record_interaction(T1, "m1")
    subject.record_interaction(T3, "m2")
    assert (subject.first_interaction_time, subject.last_interaction_time) == (T1, T3)
    assert not subject.collect_events()[-1].first_interaction


def test_an_older_interaction_arriving_late_moves_only_the_first() -> None:
    subject = contact()
    subject.record_interaction(T3, "m3")
    subject.record_interaction(T1, "m1")
    subject.record_interaction(T2, "m2")
    assert (subject.first_interaction_time, subject.last_interaction_time) == (T1, T3)
    firsts = [e.first_interaction for e in subject.collect_events()]
    assert firsts == [True, True, False]


def test_a_repeated_message_id_changes_nothing() -> None:
    subject = contact()
    subject.record_interaction(T1, "m1")
    subject.collect_events()
    assert not subject.record_interaction(T1, "m1")
    assert not subject.record_interaction(T3, "m1")
    assert (subject.interaction_count, subject.last_interaction_time, subject.version) == (1, T1, 2)
    assert subject.collect_events() == []


def test_interactions_without_a_message_id_always_count() -> None:
    subject = contact()
    subject.record_interaction(T1)
    subject.record_interaction(T1)
    assert subject.interaction_count == 2


def test_the_event_carries_direction_channel_and_session() -> None:
    subject, channel, session = contact(), uuid.uuid4(), uuid.uuid4()
    subject.record_interaction(
        T1,
        "m1",
        direction=ContactInteractionDirection.OUTBOUND,
        channel_id=channel,
        session_id=session,
    )
    [event] = subject.collect_events()
    assert (event.direction, event.channel_id, event.session_id) == (
        ContactInteractionDirection.OUTBOUND,
        channel,
        session,
    )


def test_an_interaction_time_needs_a_time_zone() -> None:
    with pytest.raises(InvalidArgument):
        contact().record_interaction(T1.replace(tzinfo=None))


def test_a_deleted_contact_records_no_interaction() -> None:
    subject = contact()
    subject.delete()
    with pytest.raises(ContactIsDeleted):
        subject.record_interaction(T1, "m1")
