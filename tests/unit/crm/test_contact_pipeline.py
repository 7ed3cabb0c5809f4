import uuid
from datetime import timedelta

import pytest

from crm.domain.contact_pipeline import ContactPipelineStatus
from crm.domain.errors import PipelineIsInactive, PipelineStatusIsInactive
from crm.domain.events import ContactPipelineStatusChanged
from crm.domain.pipeline_statuses import PipelineStatusType
from crm.domain.values import Actor, ActorType
from shared.domain import InvalidArgument, NotFound
from tests.unit.crm.builders import NOW, PROJECT, pipeline

CONTACT = uuid.uuid4()
AGENT = Actor(ActorType.AGENT, "a1")


def setup():
    sales = pipeline("New", "Qualified", "Won")
    place = ContactPipelineStatus.start(
        project_id=PROJECT, contact_id=CONTACT, pipeline_id=sales.id, now=NOW
    )
    return sales, place, [s.id for s in sales.statuses]


def test_entering_a_pipeline_records_no_previous_status() -> None:
    sales, place, (new, _, _) = setup()
    assert place.change_status(sales, new, reason="inbound lead", changed_by=AGENT, now=NOW)
    [event] = place.collect_events()
    assert isinstance(event, ContactPipelineStatusChanged)
    assert (event.aggregate_id, event.contact_id, event.pipeline_name) == (
        CONTACT,
        CONTACT,
        "Sales",
    )
    assert (event.previous_status_id, event.new_status_id, event.new_status_name) == (
        None,
        new,
        "New",
    )
    assert (event.previous_status_duration, event.reason) == (None, "inbound lead")
    assert (place.status_name, place.enter_time, place.changed_by) == ("New", NOW, AGENT)


def test_moving_closes_the_previous_stay_with_its_duration() -> None:
    sales, place, (new, qualified, _) = setup()
    place.change_status(sales, new, now=NOW)
    place.change_status(sales, qualified, now=NOW + timedelta(hours=5))
    first, second = place.history
    assert (first.exit_time, first.duration) == (NOW + timedelta(hours=5), timedelta(hours=5))
    assert (second.status_name, second.exit_time, second.duration) == ("Qualified", None, None)
    event = place.collect_events()[-1]
    assert (event.previous_status_name, event.new_status_name, event.previous_status_duration) == (
        "New",
        "Qualified",
        timedelta(hours=5),
    )


def test_history_keeps_every_stay_in_order() -> None:
    sales, place, (new, qualified, won) = setup()
    for hours, status in enumerate([new, qualified, new, won]):
        place.change_status(sales, status, now=NOW + timedelta(hours=hours))
    assert [h.status_name for h in place.history] == ["New", "Qualified", "New", "Won"]
    assert [h.duration for h in place.history] == [timedelta(hours=1)] * 3 + [None]
    assert place.current_stay is place.history[-1]


def test_moving_to_the_current_status_is_a_no_op() -> None:
    sales, place, (new, _, _) = setup()
    place.change_status(sales, new, now=NOW)
    place.collect_events()
    assert not place.change_status(sales, new, now=NOW + timedelta(hours=1))
    assert place.collect_events() == [] and len(place.history) == 1


def test_leaving_the_pipeline_closes_the_stay() -> None:
    sales, place, (new, _, _) = setup()
    place.change_status(sales, new, now=NOW)
    place.change_status(sales, None, now=NOW + timedelta(minutes=30))
    event = place.collect_events()[-1]
    assert (event.new_status_id, event.new_status_type, event.previous_status_duration) == (
        None,
        None,
        timedelta(minutes=30),
    )
    assert (place.status_id, place.current_stay) == (None, None)


def test_the_new_status_type_is_reported() -> None:
    sales, place, (_, _, won) = setup()
    sales.update_status(won, {"type": "closed"})
    place.change_status(sales, won)
    assert place.collect_events()[-1].new_status_type is PipelineStatusType.CLOSED


def test_an_inactive_pipeline_accepts_no_moves() -> None:
    sales, place, (new, _, _) = setup()
    sales.update({"active": False})
    with pytest.raises(PipelineIsInactive):
        place.change_status(sales, new)


def test_an_inactive_status_cannot_be_entered() -> None:
    sales, place, (new, _, _) = setup()
    sales.update_status(new, {"active": False})
    with pytest.raises(PipelineStatusIsInactive):
        place.change_status(sales, new)


def test_a_status_of_another_pipeline_is_not_found() -> None:
    sales, place, _ = setup()
    with pytest.raises(NotFound):
        place.change_status(sales, uuid.uuid4())


def test_the_pipeline_must_be_this_places_pipeline() -> None:
    _, place, _ = setup()
    other = pipeline("Elsewhere")
    with pytest.raises(InvalidArgument):
        place.change_status(other, other.statuses[0].id)
