import uuid
from datetime import timedelta

import pytest

from crm.domain.errors import DuplicateStatusName, PipelineIsDeleted, StatusHasContacts
from crm.domain.events import (
    PipelineCreated,
    PipelineDeleted,
    PipelineStatusAdded,
    PipelineStatusesReordered,
    PipelineStatusRemoved,
    PipelineStatusUpdated,
    PipelineUpdated,
)
from crm.domain.lead_qualification import LeadQualificationConfig
from crm.domain.pipeline_statuses import NewStatus, PipelineStatusType
from crm.domain.pipelines import Pipeline
from shared.domain import InvalidArgument, NotFound
from tests.unit.crm.builders import LATER, NOW, PROJECT, pipeline


def names(p: Pipeline) -> list[str]:
    return [s.name for s in p.statuses]


def test_a_pipeline_is_created_with_its_statuses_in_order() -> None:
    made = Pipeline.create(
        project_id=PROJECT,
        name="Sales",
        color="3b82f6",
        statuses=[NewStatus(name="New"), NewStatus(name="Won", type="closed")],
        now=NOW,
    )
    [event] = made.collect_events()
    assert isinstance(event, PipelineCreated)
    assert [(s.name, s.position, s.type) for s in event.pipeline.statuses] == [
        ("New", 0, PipelineStatusType.OPEN),
        ("Won", 1, PipelineStatusType.CLOSED),
    ]
    assert (made.color, made.active, made.statuses[0].pipeline_id) == ("#3B82F6", True, made.id)


def test_the_default_pipeline_speaks_the_projects_language() -> None:
    made = Pipeline.create_default(
        project_id=PROJECT, name="Pipeline Principal", language_code="pt-BR"
    )
    assert names(made) == ["Novo", "Em andamento", "Ganho", "Perdido"]
    assert [s.type.value for s in made.statuses] == ["open", "active", "closed", "closed"]


@pytest.mark.parametrize(
    ("field", "fields"),
    [
        ("color", {"color": "blue"}),
        ("session_timeout", {"session_timeout": 0}),
        ("session_timeout", {"session_timeout": timedelta(minutes=1441)}),
        ("position", {"position": -1}),
        ("name", {"name": ""}),
        ("lead_qualification.min_score", {"lead_qualification": {"min_score": 11}}),
        (
            "lead_qualification.questions",
            {
                "lead_qualification": {
                    "questions": [
                        {"key": f"q{i}", "label": "L", "description": "D"} for i in range(6)
                    ]
                }
            },
        ),
        (
            "lead_qualification.questions[0].weight",
            {
                "lead_qualification": {
                    "questions": [{"key": "q", "label": "L", "description": "D", "weight": 0}]
                }
            },
        ),
    ],
)
def test_invalid_pipeline_fields_are_rejected(field, fields) -> None:
    with pytest.raises(InvalidArgument) as caught:
        Pipeline.create(project_id=PROJECT, **{"name": "Sales", **fields})
    assert caught.value.violations[0].field == field


def test_a_session_timeout_given_as_a_number_is_minutes() -> None:
    made = pipeline(session_timeout=1440)
    assert made.session_timeout == timedelta(days=1)


def test_updating_records_the_changed_fields() -> None:
    made = pipeline()
    config = LeadQualificationConfig.of(
        True, [{"key": "ticket_size", "label": "Ticket", "description": "How big?", "weight": 10}]
    )
    assert made.update(
        {"active": False, "lead_qualification": config, "name": "Sales"}, now=LATER
    ) == ("active", "lead_qualification")
    [event] = made.collect_events()
    assert isinstance(event, PipelineUpdated) and event.pipeline.version == 2


def test_statuses_are_not_changed_through_update() -> None:
    with pytest.raises(InvalidArgument):
        pipeline().update({"statuses": []}, ["statuses"])


def test_adding_a_status_inserts_it_and_shifts_the_later_ones() -> None:
    made = pipeline("New", "Won")
    added = made.add_status(NewStatus(name="Qualified", type="active"), position=1, now=LATER)
    assert names(made) == ["New", "Qualified", "Won"]
    assert [s.position for s in made.statuses] == [0, 1, 2]
    [event] = made.collect_events()
    assert isinstance(event, PipelineStatusAdded) and event.status.id == added.id
    assert made.version == 2


def test_status_names_are_unique_ignoring_case() -> None:
    made = pipeline("New", "Won")
    with pytest.raises(DuplicateStatusName):
        made.add_status(NewStatus(name="WON"))
    assert made.version == 1 and made.collect_events() == []


def test_renaming_a_status_onto_another_name_is_rejected() -> None:
    made = pipeline("New", "Won")
    with pytest.raises(DuplicateStatusName):
        made.update_status(made.statuses[0].id, {"name": "won"})


def test_renaming_a_status_to_its_own_name_in_other_case_is_allowed() -> None:
    made = pipeline("New", "Won")
    assert made.update_status(made.statuses[0].id, {"name": "NEW"}) == ("name",)


def test_updating_a_status_records_it() -> None:
    made = pipeline("New", "Won")
    won = made.statuses[1]
    assert made.update_status(won.id, {"type": "closed", "color": "#10b981"}) == ("type", "color")
    [event] = made.collect_events()
    assert isinstance(event, PipelineStatusUpdated) and event.status.color == "#10B981"


def test_a_status_position_changes_only_by_reordering() -> None:
    made = pipeline("New", "Won")
    with pytest.raises(InvalidArgument):
        made.update_status(made.statuses[0].id, {"position": 1}, ["position"])


def test_an_unknown_status_is_not_found() -> None:
    with pytest.raises(NotFound):
        pipeline().update_status(uuid.uuid4(), {"name": "x"})


def test_removing_an_empty_status_needs_no_replacement() -> None:
    made = pipeline("New", "Lost", "Won")
    lost = made.statuses[1]
    made.remove_status(lost.id, contacts_in_status=0)
    assert names(made) == ["New", "Won"] and [s.position for s in made.statuses] == [0, 1]
    [event] = made.collect_events()
    assert isinstance(event, PipelineStatusRemoved)
    assert (event.status_id, event.status_name, event.replacement_status_id) == (
        lost.id,
        "Lost",
        None,
    )


def test_removing_a_status_with_contacts_needs_a_replacement() -> None:
    made = pipeline("New", "Won")
    with pytest.raises(StatusHasContacts):
        made.remove_status(made.statuses[0].id, contacts_in_status=3)


def test_contacts_of_a_removed_status_move_to_the_replacement() -> None:
    made = pipeline("New", "Won")
    new, won = made.statuses
    made.remove_status(new.id, contacts_in_status=3, replacement_status_id=won.id)
    assert made.collect_events()[0].replacement_status_id == won.id


@pytest.mark.parametrize("replacement", ["self", "unknown"])
def test_the_replacement_must_be_another_status_of_the_pipeline(replacement) -> None:
    made = pipeline("New", "Won")
    target = made.statuses[0].id if replacement == "self" else uuid.uuid4()
    with pytest.raises((InvalidArgument, NotFound)):
        made.remove_status(made.statuses[0].id, contacts_in_status=1, replacement_status_id=target)


def test_reordering_takes_a_permutation_of_the_statuses() -> None:
    made = pipeline("New", "Qualified", "Won")
    new, qualified, won = (s.id for s in made.statuses)
    assert made.reorder_statuses([won, new, qualified])
    assert names(made) == ["Won", "New", "Qualified"]
    [event] = made.collect_events()
    assert isinstance(event, PipelineStatusesReordered)
    assert event.status_ids == (won, new, qualified)


def test_reordering_to_the_same_order_records_nothing() -> None:
    made = pipeline("New", "Won")
    assert not made.reorder_statuses([s.id for s in made.statuses])
    assert made.collect_events() == []


@pytest.mark.parametrize("pick", ["missing", "duplicate", "foreign"])
def test_a_reorder_that_is_not_a_permutation_is_rejected(pick) -> None:
    made = pipeline("New", "Won")
    new, won = (s.id for s in made.statuses)
    ids = {"missing": [new], "duplicate": [new, new], "foreign": [new, uuid.uuid4()]}[pick]
    with pytest.raises(InvalidArgument) as caught:
        made.reorder_statuses(ids)
    assert caught.value.violations[0].field == "status_ids"
    assert [s.id for s in made.statuses] == [new, won]


def test_a_deleted_pipeline_is_read_only() -> None:
    made = pipeline()
    made.delete()
    assert isinstance(made.collect_events()[0], PipelineDeleted)
    with pytest.raises(PipelineIsDeleted):
        made.add_status(NewStatus(name="Later"))
