"""Users over a real channel: read, list, profile updates, passwords, suspension."""

from __future__ import annotations

import uuid

import asyncpg
import grpc
import pytest
from google.protobuf import field_mask_pb2, struct_pb2

from identity import bootstrap
from identity.domain.roles import GlobalRole
from shared.db import asyncpg_dsn
from shared.dbsetup import DatabaseUrls
from shared.grpc_errors import field_violations
from tests.integration.identity.conftest import Tenant
from tests.integration.identity.test_members import AGENT, VIEWER, join
from ventros.identity.v1 import (
    auth_service_pb2 as auth_pb,
)
from ventros.identity.v1 import (
    auth_service_pb2_grpc,
    events_pb2,
    user_pb2,
    user_service_pb2_grpc,
)
from ventros.identity.v1 import (
    user_service_pb2 as pb,
)

pytestmark = pytest.mark.integration

Stub = user_service_pb2_grpc.UserServiceStub
ACTIVE, SUSPENDED = user_pb2.USER_STATUS_ACTIVE, user_pb2.USER_STATUS_SUSPENDED


@pytest.fixture
def users(channel: grpc.aio.Channel) -> Stub:
    return user_service_pb2_grpc.UserServiceStub(channel)


def mask(*paths: str) -> field_mask_pb2.FieldMask:
    return field_mask_pb2.FieldMask(paths=list(paths))


async def make_platform_admin(identity: bootstrap.Identity, who: Tenant) -> None:
    async with identity.unit_of_work(tenantless=True) as uow:
        user = await uow.users.get(uuid.UUID(who.user_id))
        user.update(global_role=GlobalRole.ADMIN)
        await uow.users.save(user)
        await uow.commit()


async def log_in(channel: grpc.aio.Channel, email: str, password: str) -> auth_pb.LoginResponse:
    return await auth_service_pb2_grpc.AuthServiceStub(channel).Login(
        auth_pb.LoginRequest(email=email, password=password)
    )


async def test_a_user_reads_themselves(users: Stub, tenant: Tenant) -> None:
    got = await users.GetUser(pb.GetUserRequest(user_id=tenant.user_id), metadata=tenant.bearer())
    assert (got.user.email, got.user.status, got.user.role) == (
        tenant.email,
        ACTIVE,
        user_pb2.USER_ROLE_USER,
    )
    assert got.user.default_project_id == tenant.project_id


async def test_members_of_the_callers_project_are_visible(
    channel: grpc.aio.Channel, users: Stub, tenant: Tenant
) -> None:
    joined, _ = await join(channel, tenant, AGENT, "Ines Rocha")
    got = await users.GetUser(pb.GetUserRequest(user_id=joined.user_id), metadata=tenant.bearer())
    assert got.user.name == "Ines Rocha"


async def test_a_user_of_another_tenant_is_not_found(
    users: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await users.GetUser(
            pb.GetUserRequest(user_id=tenant.user_id), metadata=other_tenant.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    assert tenant.email not in (caught.value.details() or "")


async def test_get_user_with_a_malformed_id_is_invalid_argument(
    users: Stub, tenant: Tenant
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await users.GetUser(pb.GetUserRequest(user_id="42"), metadata=tenant.bearer())
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "user_id" in field_violations(caught.value)


async def test_list_users_returns_the_members_of_the_callers_project_only(
    channel: grpc.aio.Channel, users: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    joined, _ = await join(channel, tenant, VIEWER)
    listed = await users.ListUsers(pb.ListUsersRequest(), metadata=tenant.bearer())
    assert {u.id for u in listed.users} == {tenant.user_id, joined.user_id}
    assert listed.total_size == 2


async def test_list_users_searches_filters_and_pages(
    channel: grpc.aio.Channel, users: Stub, tenant: Tenant
) -> None:
    await join(channel, tenant, AGENT, "Joana_Lima")
    await join(channel, tenant, AGENT, "Kaue Santos")
    found = await users.ListUsers(pb.ListUsersRequest(query="joana_"), metadata=tenant.bearer())
    assert [u.name for u in found.users] == ["Joana_Lima"]
    assert not (
        await users.ListUsers(pb.ListUsersRequest(query="%"), metadata=tenant.bearer())
    ).users
    suspended = await users.ListUsers(
        pb.ListUsersRequest(status=SUSPENDED), metadata=tenant.bearer()
    )
    assert not suspended.users
    first = await users.ListUsers(pb.ListUsersRequest(page_size=2), metadata=tenant.bearer())
    rest = await users.ListUsers(
        pb.ListUsersRequest(page_size=2, page_token=first.next_page_token), metadata=tenant.bearer()
    )
    assert (len(first.users), len(rest.users), first.total_size) == (2, 1, 3)


@pytest.mark.parametrize(
    ("request_fields", "field"),
    [
        ({"filter": 'name = "x"'}, "filter"),
        ({"order_by": "name"}, "order_by"),
        ({"page_token": "garbage!"}, "page_token"),
        ({"project_id": "nope"}, "project_id"),
        ({"page_size": -1}, "page_size"),
    ],
)
async def test_list_users_rejects_what_it_cannot_honour(
    users: Stub, tenant: Tenant, request_fields: dict[str, object], field: str
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await users.ListUsers(pb.ListUsersRequest(**request_fields), metadata=tenant.bearer())  # type: ignore[arg-type]
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in field_violations(caught.value)


async def test_listing_the_users_of_another_tenants_project_is_not_found(
    users: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await users.ListUsers(
            pb.ListUsersRequest(project_id=tenant.project_id), metadata=other_tenant.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND


async def test_a_user_updates_their_own_name_and_settings(users: Stub, tenant: Tenant) -> None:
    settings = struct_pb2.Struct()
    settings.update({"theme": "dark", "language": "pt-BR"})
    updated = await users.UpdateUser(
        pb.UpdateUserRequest(
            user=user_pb2.User(
                id=tenant.user_id, name="Ana S. Souza", settings=settings, version=1
            ),
            update_mask=mask("name", "settings"),
        ),
        metadata=tenant.bearer(),
    )
    assert updated.user.name == "Ana S. Souza" and updated.user.version == 2
    assert dict(updated.user.settings) == {"theme": "dark", "language": "pt-BR"}
    got = await users.GetUser(pb.GetUserRequest(user_id=tenant.user_id), metadata=tenant.bearer())
    assert got.user.name == "Ana S. Souza"


@pytest.mark.parametrize(
    ("user", "paths", "field"),
    [
        ({"name": "x"}, (), "update_mask"),
        ({"name": "x"}, ("email",), "update_mask.paths"),
        ({"name": "   "}, ("name",), "user.name"),
        ({"default_project_id": "nope"}, ("default_project_id",), "user.default_project_id"),
        (
            {"default_project_id": str(uuid.uuid4())},
            ("default_project_id",),
            "user.default_project_id",
        ),
    ],
)
async def test_a_bad_update_is_invalid_argument_naming_the_field(
    users: Stub, tenant: Tenant, user: dict[str, str], paths: tuple[str, ...], field: str
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await users.UpdateUser(
            pb.UpdateUserRequest(
                user=user_pb2.User(id=tenant.user_id, **user), update_mask=mask(*paths)
            ),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in field_violations(caught.value)


async def test_updating_with_a_stale_version_is_aborted(users: Stub, tenant: Tenant) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await users.UpdateUser(
            pb.UpdateUserRequest(
                user=user_pb2.User(id=tenant.user_id, name="X", version=7), update_mask=mask("name")
            ),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.ABORTED


async def test_changing_the_platform_role_needs_a_platform_admin(
    users: Stub, tenant: Tenant
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await users.UpdateUser(
            pb.UpdateUserRequest(
                user=user_pb2.User(id=tenant.user_id, role=user_pb2.USER_ROLE_ADMIN),
                update_mask=mask("role"),
            ),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_a_viewer_cannot_update_users(
    channel: grpc.aio.Channel, users: Stub, tenant: Tenant
) -> None:
    viewer, _ = await join(channel, tenant, VIEWER)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await users.UpdateUser(
            pb.UpdateUserRequest(
                user=user_pb2.User(id=tenant.user_id, name="Hacked"), update_mask=mask("name")
            ),
            metadata=viewer.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_another_tenant_cannot_update_a_user(
    users: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await users.UpdateUser(
            pb.UpdateUserRequest(
                user=user_pb2.User(id=tenant.user_id, name="Hacked"), update_mask=mask("name")
            ),
            metadata=other_tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND


async def test_a_password_change_needs_the_current_password_and_then_the_new_one_logs_in(
    channel: grpc.aio.Channel, users: Stub, tenant: Tenant
) -> None:
    changed = await users.ChangePassword(
        pb.ChangePasswordRequest(
            user_id=tenant.user_id,
            current_password=tenant.password,
            new_password="a brand new secret",
        ),
        metadata=tenant.bearer(),
    )
    assert changed.user.password_change_time.seconds > 0 and changed.user.version == 2
    assert (await log_in(channel, tenant.email, "a brand new secret")).user.id == tenant.user_id
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await log_in(channel, tenant.email, tenant.password)
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED


@pytest.mark.parametrize(
    ("current", "new", "field"),
    [
        ("wrong password", "a brand new secret", "current_password"),
        ("", "a brand new secret", "current_password"),
        (None, "short", "new_password"),
        (None, "", "new_password"),
    ],
)
async def test_a_bad_password_change_is_invalid_argument_naming_the_field(
    users: Stub, tenant: Tenant, current: str | None, new: str, field: str
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await users.ChangePassword(
            pb.ChangePasswordRequest(
                user_id=tenant.user_id,
                current_password=tenant.password if current is None else current,
                new_password=new,
            ),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in field_violations(caught.value)


async def test_changing_someone_elses_password_is_permission_denied(
    channel: grpc.aio.Channel, users: Stub, tenant: Tenant
) -> None:
    member, _ = await join(channel, tenant, AGENT)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await users.ChangePassword(
            pb.ChangePasswordRequest(
                user_id=member.user_id,
                current_password=member.password,
                new_password="taken over!!",
            ),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_a_platform_admin_resets_another_users_password(
    channel: grpc.aio.Channel, identity: bootstrap.Identity, users: Stub, tenant: Tenant
) -> None:
    member, _ = await join(channel, tenant, AGENT)
    await make_platform_admin(identity, tenant)
    await users.ChangePassword(
        pb.ChangePasswordRequest(user_id=member.user_id, new_password="reset by the admin"),
        metadata=tenant.bearer(),
    )
    assert (await log_in(channel, member.email, "reset by the admin")).user.id == member.user_id


async def test_a_suspended_member_cannot_log_in_until_reactivated(
    channel: grpc.aio.Channel, users: Stub, tenant: Tenant
) -> None:
    member, _ = await join(channel, tenant, AGENT)
    suspended = await users.SuspendUser(
        pb.SuspendUserRequest(user_id=member.user_id, reason="left the company", version=1),
        metadata=tenant.bearer(),
    )
    assert (suspended.user.status, suspended.user.suspension_reason) == (
        SUSPENDED,
        "left the company",
    )
    assert suspended.user.suspend_time.seconds > 0
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await log_in(channel, member.email, member.password)
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
    reactivated = await users.ReactivateUser(
        pb.ReactivateUserRequest(user_id=member.user_id, version=suspended.user.version),
        metadata=tenant.bearer(),
    )
    assert reactivated.user.status == ACTIVE and not reactivated.user.suspension_reason
    assert (await log_in(channel, member.email, member.password)).user.id == member.user_id


async def test_a_suspension_is_published_as_a_platform_event_naming_the_project(
    channel: grpc.aio.Channel, database: DatabaseUrls, users: Stub, tenant: Tenant
) -> None:
    member, _ = await join(channel, tenant, AGENT)
    await users.SuspendUser(pb.SuspendUserRequest(user_id=member.user_id), metadata=tenant.bearer())
    conn = await asyncpg.connect(asyncpg_dsn(database.relay))  # the one cross-tenant reader
    try:
        row = await conn.fetchrow(
            f"SELECT project_id, payload FROM {bootstrap.SCHEMA}.outbox "
            "WHERE routing_key = 'identity.user.suspended' ORDER BY seq DESC LIMIT 1"
        )
    finally:
        await conn.close()
    assert row is not None and row["project_id"] is None
    event = events_pb2.UserSuspended.FromString(row["payload"])
    assert event.metadata.aggregate_id == member.user_id
    assert list(event.project_ids) == [tenant.project_id]


async def test_nobody_suspends_themselves(users: Stub, tenant: Tenant) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await users.SuspendUser(
            pb.SuspendUserRequest(user_id=tenant.user_id), metadata=tenant.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_suspending_with_a_stale_version_is_aborted(
    channel: grpc.aio.Channel, users: Stub, tenant: Tenant
) -> None:
    member, _ = await join(channel, tenant, AGENT)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await users.SuspendUser(
            pb.SuspendUserRequest(user_id=member.user_id, version=9), metadata=tenant.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.ABORTED


async def test_reactivating_an_active_user_is_failed_precondition(
    channel: grpc.aio.Channel, users: Stub, tenant: Tenant
) -> None:
    member, _ = await join(channel, tenant, AGENT)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await users.ReactivateUser(
            pb.ReactivateUserRequest(user_id=member.user_id), metadata=tenant.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_suspension_needs_user_manage(
    channel: grpc.aio.Channel, users: Stub, tenant: Tenant
) -> None:
    viewer, _ = await join(channel, tenant, VIEWER)
    for call, request in (
        (users.SuspendUser, pb.SuspendUserRequest(user_id=tenant.user_id)),
        (users.ReactivateUser, pb.ReactivateUserRequest(user_id=tenant.user_id)),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await call(request, metadata=viewer.bearer())  # type: ignore[operator]
        assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_another_tenant_cannot_suspend_or_reactivate_a_user(
    users: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    for call, request in (
        (users.SuspendUser, pb.SuspendUserRequest(user_id=tenant.user_id)),
        (users.ReactivateUser, pb.ReactivateUserRequest(user_id=tenant.user_id)),
        (
            users.ChangePassword,
            pb.ChangePasswordRequest(user_id=tenant.user_id, new_password="whatever123"),
        ),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await call(request, metadata=other_tenant.bearer())  # type: ignore[operator]
        assert caught.value.code() == grpc.StatusCode.NOT_FOUND


async def test_a_platform_admin_sees_users_of_every_project(
    identity: bootstrap.Identity, users: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    await make_platform_admin(identity, tenant)
    got = await users.GetUser(
        pb.GetUserRequest(user_id=other_tenant.user_id), metadata=tenant.bearer()
    )
    assert got.user.email == other_tenant.email
    listed = await users.ListUsers(
        pb.ListUsersRequest(query=other_tenant.email), metadata=tenant.bearer()
    )
    assert [u.id for u in listed.users] == [other_tenant.user_id]
