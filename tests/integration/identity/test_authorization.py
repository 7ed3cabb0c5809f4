"""The role → permission matrix and permission checks over a real channel."""

from __future__ import annotations

import uuid

import grpc
import pytest

from identity import bootstrap
from identity.domain.permissions import ALL_PERMISSIONS
from identity.domain.roles import ProjectRole
from shared.grpc_errors import field_violations
from tests.integration.identity.conftest import Tenant
from tests.integration.identity.test_members import AGENT, SUPERVISOR, VIEWER, issue_key, join
from ventros.identity.v1 import (
    authorization_pb2 as a,
)
from ventros.identity.v1 import (
    authorization_service_pb2 as pb,
)
from ventros.identity.v1 import (
    authorization_service_pb2_grpc,
    project_pb2,
    project_service_pb2_grpc,
    user_service_pb2_grpc,
)
from ventros.identity.v1 import (
    project_service_pb2 as project_pb,
)
from ventros.identity.v1 import (
    user_service_pb2 as user_pb,
)

pytestmark = pytest.mark.integration

Stub = authorization_service_pb2_grpc.AuthorizationServiceStub


@pytest.fixture
def authz(channel: grpc.aio.Channel) -> Stub:
    return authorization_service_pb2_grpc.AuthorizationServiceStub(channel)


async def test_list_roles_gives_every_role_most_powerful_first_with_its_permissions(
    authz: Stub, tenant: Tenant
) -> None:
    listed = await authz.ListRoles(pb.ListRolesRequest(), metadata=tenant.bearer())
    assert [r.name for r in listed.roles] == ["admin", "supervisor", "agent", "viewer"]
    assert listed.total_size == 4 and not listed.next_page_token
    admin, viewer = listed.roles[0], listed.roles[3]
    assert admin.role == a.PROJECT_ROLE_ADMIN and admin.display_name == "Admin"
    assert {p.name for p in admin.permissions} == ALL_PERMISSIONS
    assert "contact:read" in {p.name for p in viewer.permissions}
    assert not {p.name for p in viewer.permissions} & {"credential:read", "contact:delete"}


async def test_list_roles_pages_and_sorts_by_name(authz: Stub, tenant: Tenant) -> None:
    first = await authz.ListRoles(
        pb.ListRolesRequest(page_size=3, order_by="name"), metadata=tenant.bearer()
    )
    rest = await authz.ListRoles(
        pb.ListRolesRequest(page_size=3, order_by="name", page_token=first.next_page_token),
        metadata=tenant.bearer(),
    )
    assert [r.name for r in first.roles] + [r.name for r in rest.roles] == [
        "admin",
        "agent",
        "supervisor",
        "viewer",
    ]
    assert not rest.next_page_token


@pytest.mark.parametrize(
    ("request_fields", "field"),
    [
        ({"page_token": "not-ours"}, "page_token"),
        ({"order_by": "power"}, "order_by"),
        ({"filter": "x"}, "filter"),
    ],
)
async def test_list_roles_rejects_what_it_cannot_honour(
    authz: Stub, tenant: Tenant, request_fields: dict[str, str], field: str
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await authz.ListRoles(pb.ListRolesRequest(**request_fields), metadata=tenant.bearer())
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in field_violations(caught.value)


async def test_get_role_reads_one_role(authz: Stub, tenant: Tenant) -> None:
    got = await authz.GetRole(pb.GetRoleRequest(role_name="supervisor"), metadata=tenant.bearer())
    assert got.role.role == a.PROJECT_ROLE_SUPERVISOR and got.role.description
    names = {p.name for p in got.role.permissions}
    assert "analytics:export" in names and "member:create" not in names
    contact = next(p for p in got.role.permissions if p.name == "contact:delete")
    assert (contact.resource, contact.operation) == (
        a.PERMISSION_RESOURCE_CONTACT,
        a.PERMISSION_OPERATION_DELETE,
    )


async def test_an_unknown_role_is_not_found_and_a_missing_name_is_invalid(
    authz: Stub, tenant: Tenant
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await authz.GetRole(pb.GetRoleRequest(role_name="overlord"), metadata=tenant.bearer())
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await authz.GetRole(pb.GetRoleRequest(), metadata=tenant.bearer())
    assert "role_name" in field_violations(caught.value)


async def test_list_permissions_covers_every_resource_and_operation_and_filters(
    authz: Stub, tenant: Tenant
) -> None:
    everything = await authz.ListPermissions(pb.ListPermissionsRequest(), metadata=tenant.bearer())
    assert everything.total_size == len(ALL_PERMISSIONS) and len(everything.permissions) == 100
    contact = await authz.ListPermissions(
        pb.ListPermissionsRequest(resource=a.PERMISSION_RESOURCE_CONTACT), metadata=tenant.bearer()
    )
    assert {p.name for p in contact.permissions} == {
        f"contact:{op}"
        for op in ("create", "read", "update", "delete", "list", "export", "import", "manage")
    }
    agent = await authz.ListPermissions(
        pb.ListPermissionsRequest(
            role=a.PROJECT_ROLE_AGENT, resource=a.PERMISSION_RESOURCE_CONTACT
        ),
        metadata=tenant.bearer(),
    )
    assert {p.name for p in agent.permissions} == {
        "contact:create",
        "contact:read",
        "contact:update",
        "contact:list",
    }
    assert all(p.description for p in agent.permissions)


async def test_list_permissions_pages_through_all_of_them(authz: Stub, tenant: Tenant) -> None:
    seen: list[str] = []
    token = ""
    while True:
        page = await authz.ListPermissions(
            pb.ListPermissionsRequest(page_size=50, page_token=token), metadata=tenant.bearer()
        )
        seen += [p.name for p in page.permissions]
        token = page.next_page_token
        if not token:
            break
    assert seen == sorted(ALL_PERMISSIONS)


async def test_check_permission_answers_for_the_caller(authz: Stub, tenant: Tenant) -> None:
    answer = await authz.CheckPermission(
        pb.CheckPermissionRequest(permission="webhook:delete"), metadata=tenant.bearer()
    )
    assert (answer.allowed, answer.role, answer.denial_reason) == (
        True,
        a.PROJECT_ROLE_ADMIN,
        a.PERMISSION_DENIAL_REASON_UNSPECIFIED,
    )


async def test_check_permission_for_a_member_uses_their_current_role(
    channel: grpc.aio.Channel, authz: Stub, tenant: Tenant
) -> None:
    viewer, _ = await join(channel, tenant, VIEWER)
    denied = await authz.CheckPermission(
        pb.CheckPermissionRequest(permission="contact:delete", user_id=viewer.user_id),
        metadata=tenant.bearer(),
    )
    assert (denied.allowed, denied.role, denied.denial_reason) == (
        False,
        a.PROJECT_ROLE_VIEWER,
        a.PERMISSION_DENIAL_REASON_ROLE_LACKS_PERMISSION,
    )
    mine = await authz.CheckPermission(
        pb.CheckPermissionRequest(permission="contact:list"), metadata=viewer.bearer()
    )
    assert mine.allowed and mine.role == a.PROJECT_ROLE_VIEWER


async def test_check_permission_for_an_api_key(
    channel: grpc.aio.Channel, identity: bootstrap.Identity, authz: Stub, tenant: Tenant
) -> None:
    supervisor, _ = await join(channel, tenant, SUPERVISOR)
    key = await issue_key(identity, supervisor, ProjectRole.SUPERVISOR)
    answer = await authz.CheckPermission(
        pb.CheckPermissionRequest(permission="broadcast:manage", api_key_id=str(key.id)),
        metadata=tenant.bearer(),
    )
    assert answer.allowed and answer.role == a.PROJECT_ROLE_SUPERVISOR
    itself = await authz.CheckPermission(
        pb.CheckPermissionRequest(permission="credential:read"),
        metadata=tenant.bearer(tenant.api_key),
    )
    assert itself.allowed and itself.role == a.PROJECT_ROLE_ADMIN


@pytest.mark.parametrize(
    ("permission", "reason"),
    [
        ("contact:explode", a.PERMISSION_DENIAL_REASON_UNKNOWN_PERMISSION),
        ("galaxy:read", a.PERMISSION_DENIAL_REASON_UNKNOWN_PERMISSION),
        ("contact:*", a.PERMISSION_DENIAL_REASON_UNKNOWN_PERMISSION),
    ],
)
async def test_an_unknown_permission_is_denied_as_unknown(
    authz: Stub, tenant: Tenant, permission: str, reason: int
) -> None:
    answer = await authz.CheckPermission(
        pb.CheckPermissionRequest(permission=permission), metadata=tenant.bearer()
    )
    assert (answer.allowed, answer.denial_reason) == (False, reason)


@pytest.mark.parametrize(
    ("request_fields", "field"),
    [
        ({}, "permission"),
        ({"permission": "contact:read", "user_id": "u"}, "user_id"),
        ({"permission": "contact:read", "project_id": "p"}, "project_id"),
        (
            {
                "permission": "contact:read",
                "user_id": str(uuid.uuid4()),
                "api_key_id": str(uuid.uuid4()),
            },
            "api_key_id",
        ),
    ],
)
async def test_a_bad_check_is_invalid_argument_naming_the_field(
    authz: Stub, tenant: Tenant, request_fields: dict[str, str], field: str
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await authz.CheckPermission(
            pb.CheckPermissionRequest(**request_fields), metadata=tenant.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in field_violations(caught.value)


async def test_a_user_outside_the_project_is_not_a_member(
    authz: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    answer = await authz.CheckPermission(
        pb.CheckPermissionRequest(permission="contact:read", user_id=other_tenant.user_id),
        metadata=tenant.bearer(),
    )
    assert (answer.allowed, answer.role, answer.denial_reason) == (
        False,
        a.PROJECT_ROLE_UNSPECIFIED,
        a.PERMISSION_DENIAL_REASON_NOT_A_MEMBER,
    )


async def test_another_tenants_project_cannot_be_inspected(
    authz: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await authz.CheckPermission(
            pb.CheckPermissionRequest(
                project_id=tenant.project_id, permission="contact:read", user_id=tenant.user_id
            ),
            metadata=other_tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    mine = await authz.CheckPermission(
        pb.CheckPermissionRequest(project_id=tenant.project_id, permission="contact:read"),
        metadata=other_tenant.bearer(),
    )
    assert (mine.allowed, mine.denial_reason) == (False, a.PERMISSION_DENIAL_REASON_NOT_A_MEMBER)


async def test_a_user_checks_their_role_in_another_project_of_theirs(
    channel: grpc.aio.Channel, authz: Stub, tenant: Tenant
) -> None:
    created = await project_service_pb2_grpc.ProjectServiceStub(channel).CreateProject(
        project_pb.CreateProjectRequest(project=project_pb2.Project(name="Second")),
        metadata=tenant.bearer(),
    )
    answer = await authz.CheckPermission(
        pb.CheckPermissionRequest(project_id=created.project.id, permission="member:create"),
        metadata=tenant.bearer(),
    )
    assert answer.allowed and answer.role == a.PROJECT_ROLE_ADMIN


async def test_a_suspended_member_is_denied_as_suspended(
    channel: grpc.aio.Channel, authz: Stub, tenant: Tenant
) -> None:
    agent, _ = await join(channel, tenant, AGENT)
    await user_service_pb2_grpc.UserServiceStub(channel).SuspendUser(
        user_pb.SuspendUserRequest(user_id=agent.user_id), metadata=tenant.bearer()
    )
    answer = await authz.CheckPermission(
        pb.CheckPermissionRequest(permission="contact:read", user_id=agent.user_id),
        metadata=tenant.bearer(),
    )
    assert (answer.allowed, answer.role, answer.denial_reason) == (
        False,
        a.PROJECT_ROLE_AGENT,
        a.PERMISSION_DENIAL_REASON_PRINCIPAL_SUSPENDED,
    )


async def test_in_an_archived_project_everything_is_denied_as_archived(
    channel: grpc.aio.Channel, authz: Stub, tenant: Tenant
) -> None:
    await project_service_pb2_grpc.ProjectServiceStub(channel).ArchiveProject(
        project_pb.ArchiveProjectRequest(project_id=tenant.project_id), metadata=tenant.bearer()
    )
    answer = await authz.CheckPermission(
        pb.CheckPermissionRequest(permission="contact:read"), metadata=tenant.bearer()
    )
    assert (answer.allowed, answer.denial_reason) == (
        False,
        a.PERMISSION_DENIAL_REASON_PROJECT_ARCHIVED,
    )


async def test_an_agent_may_check_permissions_and_read_the_roles(
    channel: grpc.aio.Channel, authz: Stub, tenant: Tenant
) -> None:
    agent, _ = await join(channel, tenant, AGENT)
    answer = await authz.CheckPermission(
        pb.CheckPermissionRequest(permission="contact:read"), metadata=agent.bearer()
    )
    assert answer.allowed
    roles = await authz.ListRoles(pb.ListRolesRequest(), metadata=agent.bearer())
    assert roles.total_size == 4
