import pytest

from identity.domain.permissions import ALL_PERMISSIONS, Operation, Resource, parse_permission
from identity.domain.roles import ProjectRole, permissions_for, role_grants, role_matrix
from shared.domain import InvalidArgument


def test_admin_grants_every_permission() -> None:
    assert permissions_for(ProjectRole.ADMIN) == ALL_PERMISSIONS
    assert len(ALL_PERMISSIONS) == len(Resource) * len(Operation)


def test_viewer_only_reads_apart_from_editing_their_own_profile() -> None:
    viewer = permissions_for(ProjectRole.VIEWER)
    assert not [p for p in viewer if not p.endswith((":read", ":list")) and p != "user:update"]


def test_viewer_sees_neither_credentials_nor_billing() -> None:
    viewer = permissions_for(ProjectRole.VIEWER)
    assert not {"credential:read", "credential:list", "billing:read"} & viewer


def test_agent_can_create_contacts_and_see_the_team_but_not_manage_members() -> None:
    agent = permissions_for(ProjectRole.AGENT)
    assert "contact:create" in agent
    assert {p for p in agent if p.startswith("member:")} == {"member:read"}


def test_agent_cannot_delete_or_export_contacts() -> None:
    agent = permissions_for(ProjectRole.AGENT)
    assert not {"contact:delete", "contact:export", "session:manage"} & agent


def test_supervisor_manages_sessions_agents_and_pipelines() -> None:
    supervisor = permissions_for(ProjectRole.SUPERVISOR)
    assert {"session:manage", "agent:manage", "pipeline:manage"} <= supervisor


def test_supervisor_cannot_change_members_credentials_or_billing() -> None:
    supervisor = permissions_for(ProjectRole.SUPERVISOR)
    assert "billing:read" in supervisor
    forbidden = {
        "member:create",
        "member:update",
        "member:delete",
        "member:manage",
        "credential:create",
        "credential:manage",
        "billing:update",
        "channel:manage",
    }
    assert not forbidden & supervisor


@pytest.mark.parametrize("role", list(ProjectRole))
def test_every_role_may_ask_who_and_where_it_is(role: ProjectRole) -> None:
    assert {"user:read", "project:read"} <= permissions_for(role)


@pytest.mark.parametrize("role", list(ProjectRole))
def test_role_grants_agrees_with_the_expanded_matrix(role: ProjectRole) -> None:
    granted = permissions_for(role)
    assert {p for p in ALL_PERMISSIONS if role_grants(role, p)} == granted


def test_each_role_grants_a_subset_of_the_roles_above_it() -> None:
    sets = [
        permissions_for(role)
        for role in (ProjectRole.AGENT, ProjectRole.SUPERVISOR, ProjectRole.ADMIN)
    ]
    assert sets[0] <= sets[1] <= sets[2]


def test_matrix_lists_roles_most_powerful_first_with_concrete_permissions() -> None:
    matrix = role_matrix()
    assert [d.role for d in matrix] == list(ProjectRole)
    assert all("*" not in p for d in matrix for p in d.permissions)


def test_known_permission_parses_into_resource_and_operation() -> None:
    assert parse_permission("contact:export") == (Resource.CONTACT, Operation.EXPORT)


@pytest.mark.parametrize("raw", ["contact", "contacts:read", "contact:eat", ""])
def test_unknown_permission_is_rejected(raw: str) -> None:
    with pytest.raises(InvalidArgument):
        parse_permission(raw)


def test_a_role_covers_itself_and_the_roles_below_it() -> None:
    assert ProjectRole.SUPERVISOR.covers(ProjectRole.AGENT)
    assert ProjectRole.SUPERVISOR.covers(ProjectRole.SUPERVISOR)
    assert not ProjectRole.AGENT.covers(ProjectRole.ADMIN)
