"""Project members over a real channel: invite, read, list, change role, remove."""

from __future__ import annotations

import uuid

import grpc
import pytest

from identity import bootstrap
from identity.domain.api_keys import ApiKey
from identity.domain.roles import DECLARED_PERMISSIONS, ProjectRole
from identity.domain.statuses import CredentialState
from shared.context import Principal
from shared.grpc_errors import field_violations
from tests.integration.identity.conftest import Tenant, register
from ventros.identity.v1 import (
    auth_service_pb2 as auth_pb,
)
from ventros.identity.v1 import (
    auth_service_pb2_grpc,
    authorization_pb2,
    project_member_pb2,
    project_member_service_pb2_grpc,
)
from ventros.identity.v1 import (
    project_member_service_pb2 as pb,
)

pytestmark = pytest.mark.integration

ADMIN = authorization_pb2.PROJECT_ROLE_ADMIN
SUPERVISOR = authorization_pb2.PROJECT_ROLE_SUPERVISOR
AGENT = authorization_pb2.PROJECT_ROLE_AGENT
VIEWER = authorization_pb2.PROJECT_ROLE_VIEWER


async def join(
    channel: grpc.aio.Channel, owner: Tenant, role: int, name: str = "Dora Reis"
) -> tuple[Tenant, project_member_pb2.ProjectMember]:
    """A newly registered user invited into `owner`'s project with `role`, logged in there."""
    newcomer = await register(channel, name)
    invited = await project_member_service_pb2_grpc.ProjectMemberServiceStub(
        channel
    ).InviteProjectMember(
        pb.InviteProjectMemberRequest(project_id=owner.project_id, email=newcomer.email, role=role),
        metadata=owner.bearer(),
    )
    login = await auth_service_pb2_grpc.AuthServiceStub(channel).Login(
        auth_pb.LoginRequest(
            email=newcomer.email, password=newcomer.password, project_id=owner.project_id
        )
    )
    joined = Tenant(
        email=newcomer.email,
        password=newcomer.password,
        user_id=newcomer.user_id,
        project_id=owner.project_id,
        api_key="",
        token=login.access_token.token,
    )
    return joined, invited.member


def minted_token(identity: bootstrap.Identity, who: Tenant, role: ProjectRole) -> str:
    """An access token claiming `role` for `who` (as a token issued before a role change would)."""
    principal = Principal(
        subject=who.user_id,
        kind="user",
        project_id=uuid.UUID(who.project_id),
        user_id=uuid.UUID(who.user_id),
        role=role.value,
        permissions=DECLARED_PERMISSIONS[role],
    )
    return identity.issuer.issue(principal).token


async def issue_key(identity: bootstrap.Identity, who: Tenant, role: ProjectRole) -> ApiKey:
    """An API key created by `who` in their project (as CredentialService would)."""
    project, user = uuid.UUID(who.project_id), uuid.UUID(who.user_id)
    key, _ = ApiKey.issue(
        project_id=project, name=f"key {uuid.uuid4().hex[:6]}", role=role, created_by=user
    )
    async with identity.unit_of_work(project_id=project, user_id=user) as uow:
        await uow.api_keys.add(key)
        await uow.commit()
    return key


async def stored_key(identity: bootstrap.Identity, who: Tenant, key_id: uuid.UUID) -> ApiKey:
    async with identity.unit_of_work(project_id=uuid.UUID(who.project_id)) as uow:
        return await uow.api_keys.get(key_id)


@pytest.fixture
def members(channel: grpc.aio.Channel) -> project_member_service_pb2_grpc.ProjectMemberServiceStub:
    return project_member_service_pb2_grpc.ProjectMemberServiceStub(channel)


Stub = project_member_service_pb2_grpc.ProjectMemberServiceStub


async def test_inviting_a_registered_user_by_email_adds_them_with_the_role(
    channel: grpc.aio.Channel, members: Stub, tenant: Tenant
) -> None:
    newcomer = await register(channel, "Eva Prado")
    response = await members.InviteProjectMember(
        pb.InviteProjectMemberRequest(
            project_id=tenant.project_id, email=newcomer.email.upper(), role=AGENT
        ),
        metadata=tenant.bearer(),
    )
    member = response.member
    assert (member.user_id, member.role, member.project_id) == (
        newcomer.user_id,
        AGENT,
        tenant.project_id,
    )
    assert (member.user_name, member.user_email) == ("Eva Prado", newcomer.email)
    assert member.invited_by_user_id == tenant.user_id and member.version == 1


async def test_inviting_by_user_id_works_and_the_invitee_can_log_in_to_the_project(
    channel: grpc.aio.Channel, members: Stub, tenant: Tenant
) -> None:
    newcomer = await register(channel)
    await members.InviteProjectMember(
        pb.InviteProjectMemberRequest(user_id=newcomer.user_id, role=VIEWER),
        metadata=tenant.bearer(),
    )
    login = await auth_service_pb2_grpc.AuthServiceStub(channel).Login(
        auth_pb.LoginRequest(
            email=newcomer.email, password=newcomer.password, project_id=tenant.project_id
        )
    )
    assert login.principal.role == VIEWER


async def test_inviting_an_unknown_email_is_not_found(members: Stub, tenant: Tenant) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.InviteProjectMember(
            pb.InviteProjectMemberRequest(email="nobody-here@example.com", role=AGENT),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND


async def test_inviting_an_existing_member_is_already_exists(
    channel: grpc.aio.Channel, members: Stub, tenant: Tenant
) -> None:
    joined, _ = await join(channel, tenant, AGENT)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.InviteProjectMember(
            pb.InviteProjectMemberRequest(user_id=joined.user_id, role=VIEWER),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.ALREADY_EXISTS


@pytest.mark.parametrize(
    ("request_fields", "field"),
    [
        ({"role": AGENT}, "user_id"),
        ({"role": AGENT, "email": "a@example.com", "user_id": str(uuid.uuid4())}, "user_id"),
        ({"email": "a@example.com"}, "role"),
        ({"email": "not an email", "role": AGENT}, "email"),
        ({"user_id": "nope", "role": AGENT}, "user_id"),
    ],
)
async def test_an_invitation_must_name_one_user_and_a_role(
    members: Stub, tenant: Tenant, request_fields: dict[str, object], field: str
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.InviteProjectMember(
            pb.InviteProjectMemberRequest(**request_fields),
            metadata=tenant.bearer(),  # type: ignore[arg-type]
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in field_violations(caught.value)


async def test_a_retried_invitation_with_the_same_request_id_returns_the_first_membership(
    channel: grpc.aio.Channel, members: Stub, tenant: Tenant
) -> None:
    newcomer = await register(channel)
    request = pb.InviteProjectMemberRequest(email=newcomer.email, role=AGENT, request_id="invite-1")
    first = await members.InviteProjectMember(request, metadata=tenant.bearer())
    again = await members.InviteProjectMember(request, metadata=tenant.bearer())
    assert again.member.id == first.member.id


async def test_a_supervisor_cannot_invite(
    channel: grpc.aio.Channel, members: Stub, tenant: Tenant
) -> None:
    supervisor, _ = await join(channel, tenant, SUPERVISOR)
    newcomer = await register(channel)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.InviteProjectMember(
            pb.InviteProjectMemberRequest(email=newcomer.email, role=VIEWER),
            metadata=supervisor.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_nobody_invites_into_another_tenants_project(
    channel: grpc.aio.Channel, members: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    newcomer = await register(channel)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.InviteProjectMember(
            pb.InviteProjectMemberRequest(
                project_id=tenant.project_id, email=newcomer.email, role=ADMIN
            ),
            metadata=other_tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND


async def test_get_reads_a_membership_with_the_users_name(
    channel: grpc.aio.Channel, members: Stub, tenant: Tenant
) -> None:
    joined, member = await join(channel, tenant, AGENT, "Fabio Melo")
    got = await members.GetProjectMember(
        pb.GetProjectMemberRequest(project_id=tenant.project_id, member_id=member.id),
        metadata=tenant.bearer(),
    )
    assert (got.member.user_id, got.member.user_name, got.member.role) == (
        joined.user_id,
        "Fabio Melo",
        AGENT,
    )


async def test_another_tenant_cannot_read_a_membership_or_list_the_roster(
    channel: grpc.aio.Channel, members: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    _, member = await join(channel, tenant, AGENT)
    for call, request in (
        (
            members.GetProjectMember,
            pb.GetProjectMemberRequest(project_id=tenant.project_id, member_id=member.id),
        ),
        (members.GetProjectMember, pb.GetProjectMemberRequest(member_id=member.id)),
        (members.ListProjectMembers, pb.ListProjectMembersRequest(project_id=tenant.project_id)),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await call(request, metadata=other_tenant.bearer())  # type: ignore[operator]
        assert caught.value.code() == grpc.StatusCode.NOT_FOUND


async def test_get_with_a_malformed_id_is_invalid_argument(members: Stub, tenant: Tenant) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.GetProjectMember(
            pb.GetProjectMemberRequest(member_id="x"), metadata=tenant.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "member_id" in field_violations(caught.value)


async def test_list_shows_the_roster_filtered_by_role_and_text_and_pages(
    channel: grpc.aio.Channel, members: Stub, tenant: Tenant
) -> None:
    await join(channel, tenant, AGENT, "Gil Nunes")
    await join(channel, tenant, AGENT, "Helena Cruz")
    everyone = await members.ListProjectMembers(
        pb.ListProjectMembersRequest(), metadata=tenant.bearer()
    )
    assert everyone.total_size == 3 and {m.role for m in everyone.members} == {ADMIN, AGENT}
    agents = await members.ListProjectMembers(
        pb.ListProjectMembersRequest(role=AGENT), metadata=tenant.bearer()
    )
    assert {m.user_name for m in agents.members} == {"Gil Nunes", "Helena Cruz"}
    found = await members.ListProjectMembers(
        pb.ListProjectMembersRequest(query="helena"), metadata=tenant.bearer()
    )
    assert [m.user_name for m in found.members] == ["Helena Cruz"]
    first = await members.ListProjectMembers(
        pb.ListProjectMembersRequest(page_size=2), metadata=tenant.bearer()
    )
    rest = await members.ListProjectMembers(
        pb.ListProjectMembersRequest(page_size=2, page_token=first.next_page_token),
        metadata=tenant.bearer(),
    )
    assert len(first.members) == 2 and len(rest.members) == 1 and not rest.next_page_token
    assert {m.id for m in first.members} | {m.id for m in rest.members} == {
        m.id for m in everyone.members
    }


async def test_list_rejects_filters_it_does_not_support(members: Stub, tenant: Tenant) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.ListProjectMembers(
            pb.ListProjectMembersRequest(filter='role = "admin"'), metadata=tenant.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "filter" in field_violations(caught.value)


async def test_changing_a_role_bumps_the_version_and_the_new_role_applies_at_log_in(
    channel: grpc.aio.Channel, members: Stub, tenant: Tenant
) -> None:
    joined, member = await join(channel, tenant, VIEWER)
    changed = await members.ChangeProjectMemberRole(
        pb.ChangeProjectMemberRoleRequest(
            member_id=member.id, role=SUPERVISOR, version=member.version
        ),
        metadata=tenant.bearer(),
    )
    assert (changed.member.role, changed.member.version) == (SUPERVISOR, member.version + 1)
    login = await auth_service_pb2_grpc.AuthServiceStub(channel).Login(
        auth_pb.LoginRequest(
            email=joined.email, password=joined.password, project_id=tenant.project_id
        )
    )
    assert login.principal.role == SUPERVISOR


async def test_changing_a_role_with_a_stale_version_is_aborted(
    channel: grpc.aio.Channel, members: Stub, tenant: Tenant
) -> None:
    _, member = await join(channel, tenant, VIEWER)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.ChangeProjectMemberRole(
            pb.ChangeProjectMemberRoleRequest(
                member_id=member.id, role=AGENT, version=member.version + 5
            ),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.ABORTED


async def test_nobody_changes_their_own_role(members: Stub, tenant: Tenant) -> None:
    mine = await members.ListProjectMembers(
        pb.ListProjectMembersRequest(user_id=tenant.user_id), metadata=tenant.bearer()
    )
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.ChangeProjectMemberRole(
            pb.ChangeProjectMemberRoleRequest(member_id=mine.members[0].id, role=VIEWER),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_the_last_admin_cannot_be_demoted(
    channel: grpc.aio.Channel, identity: bootstrap.Identity, members: Stub, tenant: Tenant
) -> None:
    # A token still claiming admin for a member who is no longer one.
    former, _ = await join(channel, tenant, VIEWER)
    stale_admin = minted_token(identity, former, ProjectRole.ADMIN)
    owner = await members.ListProjectMembers(
        pb.ListProjectMembersRequest(role=ADMIN), metadata=tenant.bearer()
    )
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.ChangeProjectMemberRole(
            pb.ChangeProjectMemberRoleRequest(member_id=owner.members[0].id, role=AGENT),
            metadata=former.bearer(stale_admin),
        )
    assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_a_role_change_needs_a_role_and_an_existing_member(
    members: Stub, tenant: Tenant
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.ChangeProjectMemberRole(
            pb.ChangeProjectMemberRoleRequest(member_id=str(uuid.uuid4())), metadata=tenant.bearer()
        )
    assert "role" in field_violations(caught.value)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.ChangeProjectMemberRole(
            pb.ChangeProjectMemberRoleRequest(member_id=str(uuid.uuid4()), role=AGENT),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND


async def test_demoting_a_member_lowers_their_api_keys_to_the_new_role(
    channel: grpc.aio.Channel, identity: bootstrap.Identity, members: Stub, tenant: Tenant
) -> None:
    joined, member = await join(channel, tenant, SUPERVISOR)
    key = await issue_key(identity, joined, ProjectRole.SUPERVISOR)
    await members.ChangeProjectMemberRole(
        pb.ChangeProjectMemberRoleRequest(member_id=member.id, role=AGENT), metadata=tenant.bearer()
    )
    assert (await stored_key(identity, joined, key.id)).role == ProjectRole.AGENT


async def test_another_tenant_cannot_change_a_role(
    channel: grpc.aio.Channel, members: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    _, member = await join(channel, tenant, VIEWER)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.ChangeProjectMemberRole(
            pb.ChangeProjectMemberRoleRequest(
                project_id=tenant.project_id, member_id=member.id, role=ADMIN
            ),
            metadata=other_tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND


async def test_removing_a_member_deletes_the_membership_and_revokes_their_keys(
    channel: grpc.aio.Channel, identity: bootstrap.Identity, members: Stub, tenant: Tenant
) -> None:
    joined, member = await join(channel, tenant, AGENT)
    key = await issue_key(identity, joined, ProjectRole.AGENT)
    removed = await members.RemoveProjectMember(
        pb.RemoveProjectMemberRequest(member_id=member.id, version=member.version),
        metadata=tenant.bearer(),
    )
    assert removed.member.id == member.id
    listed = await members.ListProjectMembers(
        pb.ListProjectMembersRequest(), metadata=tenant.bearer()
    )
    assert joined.user_id not in {m.user_id for m in listed.members}
    assert (await stored_key(identity, joined, key.id)).state == CredentialState.REVOKED
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await auth_service_pb2_grpc.AuthServiceStub(channel).Login(
            auth_pb.LoginRequest(
                email=joined.email, password=joined.password, project_id=tenant.project_id
            )
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_the_last_admin_cannot_be_removed(members: Stub, tenant: Tenant) -> None:
    mine = await members.ListProjectMembers(
        pb.ListProjectMembersRequest(user_id=tenant.user_id), metadata=tenant.bearer()
    )
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.RemoveProjectMember(
            pb.RemoveProjectMemberRequest(member_id=mine.members[0].id), metadata=tenant.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_removing_with_a_stale_version_is_aborted(
    channel: grpc.aio.Channel, members: Stub, tenant: Tenant
) -> None:
    _, member = await join(channel, tenant, AGENT)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.RemoveProjectMember(
            pb.RemoveProjectMemberRequest(member_id=member.id, version=99), metadata=tenant.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.ABORTED


async def test_an_agent_cannot_remove_members_and_another_tenant_cannot_see_them(
    channel: grpc.aio.Channel, members: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    agent, member = await join(channel, tenant, AGENT)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.RemoveProjectMember(
            pb.RemoveProjectMemberRequest(member_id=member.id), metadata=agent.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await members.RemoveProjectMember(
            pb.RemoveProjectMemberRequest(member_id=member.id), metadata=other_tenant.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
