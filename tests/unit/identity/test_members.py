import uuid

import pytest

from identity.domain.errors import CannotChangeOwnRole, ProjectNeedsAnAdmin
from identity.domain.events import MemberAdded, MemberRemoved, MemberRoleChanged
from identity.domain.members import (
    ProjectMember,
    change_member_role,
    invite_member,
    remove_member,
)
from identity.domain.roles import ProjectRole
from shared.domain import AlreadyExists, NotFound
from tests.unit.identity.fakes import a_user

PROJECT = uuid.uuid4()


def member(role: ProjectRole) -> ProjectMember:
    m = ProjectMember.add(project_id=PROJECT, user=a_user(), role=role)
    m.collect_events()
    return m


def test_inviting_adds_a_member_and_records_it() -> None:
    admin = member(ProjectRole.ADMIN)
    newcomer = a_user("Bia", "bia@example.com")
    added = invite_member(
        [admin],
        project_id=PROJECT,
        user=newcomer,
        role=ProjectRole.AGENT,
        invited_by_user_id=admin.user_id,
    )
    [event] = added.collect_events()
    assert isinstance(event, MemberAdded)
    assert (event.project_id, event.user_name, event.user_email) == (
        PROJECT,
        "Bia",
        "bia@example.com",
    )
    assert (event.member.user_id, event.member.role, event.member.invited_by_user_id) == (
        newcomer.id,
        ProjectRole.AGENT,
        admin.user_id,
    )


def test_inviting_an_existing_member_already_exists() -> None:
    admin, user = member(ProjectRole.ADMIN), a_user()
    agent = ProjectMember.add(project_id=PROJECT, user=user, role=ProjectRole.AGENT)
    with pytest.raises(AlreadyExists):
        invite_member(
            [admin, agent],
            project_id=PROJECT,
            user=user,
            role=ProjectRole.VIEWER,
            invited_by_user_id=admin.user_id,
        )


def test_nobody_can_change_their_own_role() -> None:
    admin, other = member(ProjectRole.ADMIN), member(ProjectRole.ADMIN)
    with pytest.raises(CannotChangeOwnRole):
        change_member_role(
            [admin, other],
            user_id=admin.user_id,
            role=ProjectRole.VIEWER,
            acting_user_id=admin.user_id,
        )


def test_the_last_admin_cannot_be_demoted() -> None:
    admin, supervisor = member(ProjectRole.ADMIN), member(ProjectRole.SUPERVISOR)
    with pytest.raises(ProjectNeedsAnAdmin):
        change_member_role(
            [admin, supervisor],
            user_id=admin.user_id,
            role=ProjectRole.AGENT,
            acting_user_id=supervisor.user_id,
        )
    assert admin.role == ProjectRole.ADMIN


def test_an_admin_can_be_demoted_while_another_admin_remains() -> None:
    first, second = member(ProjectRole.ADMIN), member(ProjectRole.ADMIN)
    change_member_role(
        [first, second],
        user_id=second.user_id,
        role=ProjectRole.AGENT,
        acting_user_id=first.user_id,
    )
    [event] = second.collect_events()
    assert isinstance(event, MemberRoleChanged)
    assert (event.previous_role, event.role, second.version) == (
        ProjectRole.ADMIN,
        ProjectRole.AGENT,
        2,
    )


def test_changing_to_the_current_role_records_nothing() -> None:
    admin, agent = member(ProjectRole.ADMIN), member(ProjectRole.AGENT)
    change_member_role(
        [admin, agent], user_id=agent.user_id, role=ProjectRole.AGENT, acting_user_id=admin.user_id
    )
    assert agent.collect_events() == []


def test_changing_the_role_of_a_non_member_is_not_found() -> None:
    admin = member(ProjectRole.ADMIN)
    with pytest.raises(NotFound):
        change_member_role(
            [admin], user_id=uuid.uuid4(), role=ProjectRole.AGENT, acting_user_id=admin.user_id
        )


def test_the_last_admin_cannot_be_removed() -> None:
    admin, agent = member(ProjectRole.ADMIN), member(ProjectRole.AGENT)
    with pytest.raises(ProjectNeedsAnAdmin):
        remove_member([admin, agent], user_id=admin.user_id)


def test_removing_a_member_records_it() -> None:
    admin, agent = member(ProjectRole.ADMIN), member(ProjectRole.AGENT)
    key_id = uuid.uuid4()
    removed = remove_member([admin, agent], user_id=agent.user_id, revoked_api_key_ids=[key_id])
    [event] = removed.collect_events()
    assert isinstance(event, MemberRemoved)
    assert (event.user_id, event.role, event.revoked_api_key_ids) == (
        agent.user_id,
        ProjectRole.AGENT,
        (key_id,),
    )
