import uuid
from datetime import timedelta
from typing import Any

import pytest

from identity.domain.assignment import (
    AgentAssignment,
    AssignmentStrategy,
    ReassignmentRule,
    ReassignmentTrigger,
)
from identity.domain.errors import ArchivedProjectIsReadOnly, BillingAccountCannotCreateProject
from identity.domain.events import ProjectArchived, ProjectCreated, ProjectUpdated
from identity.domain.projects import Project
from shared.domain import InvalidArgument
from tests.unit.identity.fakes import NOW, a_user, active_account, pending_account

OWNER = a_user("Ana Silva", "ana@example.com")


def new_project(**overrides: Any) -> Project:
    fields = {
        "owner": OWNER,
        "billing_account": active_account(),
        "name": "Acme support",
        "now": NOW,
        **overrides,
    }
    return Project.create(**fields)


def test_create_records_project_created_for_its_own_tenant() -> None:
    assignment = AgentAssignment(
        enabled=True, strategy=AssignmentStrategy.ROUND_ROBIN, agent_ids=(uuid.uuid4(),)
    )
    project = new_project(agent_assignment=assignment, session_timeout_minutes=45)
    [event] = project.collect_events()
    assert isinstance(event, ProjectCreated)
    assert (event.aggregate_id, event.project_id, event.project.owner_user_id) == (
        project.id,
        project.id,
        OWNER.id,
    )
    assert (event.project.session_timeout_minutes, event.owner_email) == (45, "ana@example.com")
    assert event.project.agent_assignment.strategy == AssignmentStrategy.ROUND_ROBIN


def test_a_new_project_asks_crm_for_a_pipeline_named_in_its_language() -> None:
    [event] = new_project(language_code="pt-BR", is_default=True).collect_events()
    assert isinstance(event, ProjectCreated)
    assert (event.create_default_pipeline, event.default_pipeline_name) == (
        True,
        "Pipeline Principal",
    )
    assert event.is_default_project


def test_the_event_snapshot_does_not_follow_later_changes() -> None:
    project = new_project()
    [event] = project.collect_events()
    project.update(name="Renamed")
    assert isinstance(event, ProjectCreated) and event.project.name == "Acme support"


def test_sessions_time_out_after_30_minutes_by_default() -> None:
    assert new_project().session_timeout_minutes == 30


@pytest.mark.parametrize("minutes", [1, 1440])
def test_session_timeout_may_be_1_to_1440_minutes(minutes: int) -> None:
    assert new_project(session_timeout_minutes=minutes).session_timeout_minutes == minutes


@pytest.mark.parametrize("minutes", [0, -5, 1441])
def test_session_timeout_outside_1_to_1440_is_rejected(minutes: int) -> None:
    with pytest.raises(InvalidArgument) as caught:
        new_project(session_timeout_minutes=minutes)
    assert caught.value.violations[0].field == "session_timeout_minutes"


def test_update_rejects_a_timeout_outside_the_bounds() -> None:
    with pytest.raises(InvalidArgument):
        new_project().update(session_timeout_minutes=1441)


def test_a_project_needs_an_account_able_to_fund_it() -> None:
    with pytest.raises(BillingAccountCannotCreateProject):
        new_project(billing_account=pending_account())


def test_a_pending_account_in_its_trial_funds_a_project() -> None:
    account = pending_account(trial=timedelta(days=14))
    assert new_project(billing_account=account).billing_account_id == account.id


def test_update_records_only_the_fields_that_changed() -> None:
    project = new_project()
    project.collect_events()
    changed = project.update(name="Acme sales", description="", session_timeout_minutes=60)
    [event] = project.collect_events()
    assert changed == ("name", "session_timeout_minutes")
    assert isinstance(event, ProjectUpdated) and event.changed_fields == changed
    assert (event.project.name, event.project.session_timeout_minutes) == ("Acme sales", 60)
    assert project.version == event.aggregate_version == 2


def test_an_update_that_changes_nothing_records_nothing() -> None:
    project = new_project()
    project.collect_events()
    assert project.update(name="Acme support") == ()
    assert (project.collect_events(), project.version) == ([], 1)


def test_archiving_records_project_archived() -> None:
    project = new_project()
    project.collect_events()
    project.archive("merged into another", now=NOW)
    [event] = project.collect_events()
    assert isinstance(event, ProjectArchived) and event.reason == "merged into another"
    assert (project.active, project.archive_time) == (False, NOW)


def test_an_archived_project_rejects_updates() -> None:
    project = new_project()
    project.archive()
    with pytest.raises(ArchivedProjectIsReadOnly):
        project.update(name="Revived")


def test_an_unknown_time_zone_is_rejected() -> None:
    with pytest.raises(InvalidArgument):
        new_project(time_zone="Mars/Olympus")


def test_enabled_assignment_needs_at_least_one_agent() -> None:
    with pytest.raises(InvalidArgument):
        AgentAssignment(enabled=True, strategy=AssignmentStrategy.ROUND_ROBIN)


def test_reassignment_rules_reject_negative_max_reassignments() -> None:
    with pytest.raises(InvalidArgument):
        ReassignmentRule(trigger=ReassignmentTrigger.MANUAL, max_reassignments=-1)


def test_zero_max_reassignments_means_unlimited_and_is_allowed() -> None:
    assert ReassignmentRule(trigger=ReassignmentTrigger.MANUAL, max_reassignments=0)


def test_inactivity_rules_need_a_timeout() -> None:
    with pytest.raises(InvalidArgument):
        ReassignmentRule(trigger=ReassignmentTrigger.INACTIVITY)
