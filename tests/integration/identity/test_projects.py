"""Projects over a real channel: create another, read, list, update, archive."""

from __future__ import annotations

import uuid

import grpc
import pytest
from google.protobuf import field_mask_pb2

from identity import bootstrap
from shared.grpc_errors import field_violations
from tests.integration.identity.conftest import Tenant
from tests.integration.identity.test_members import ADMIN, SUPERVISOR, VIEWER, join
from ventros.identity.v1 import (
    auth_service_pb2 as auth_pb,
)
from ventros.identity.v1 import (
    auth_service_pb2_grpc,
    project_member_service_pb2_grpc,
    project_pb2,
    project_service_pb2_grpc,
)
from ventros.identity.v1 import (
    project_member_service_pb2 as member_pb,
)
from ventros.identity.v1 import (
    project_service_pb2 as pb,
)

pytestmark = pytest.mark.integration

Stub = project_service_pb2_grpc.ProjectServiceStub
ACTIVE, ARCHIVED = project_pb2.PROJECT_STATE_ACTIVE, project_pb2.PROJECT_STATE_ARCHIVED


@pytest.fixture
def projects(channel: grpc.aio.Channel) -> Stub:
    return project_service_pb2_grpc.ProjectServiceStub(channel)


def mask(*paths: str) -> field_mask_pb2.FieldMask:
    return field_mask_pb2.FieldMask(paths=list(paths))


async def token_for(channel: grpc.aio.Channel, who: Tenant, project_id: str) -> str:
    login = await auth_service_pb2_grpc.AuthServiceStub(channel).Login(
        auth_pb.LoginRequest(email=who.email, password=who.password, project_id=project_id)
    )
    return login.access_token.token


async def test_creating_a_project_makes_the_caller_its_owner_and_admin(
    channel: grpc.aio.Channel, projects: Stub, tenant: Tenant
) -> None:
    created = await projects.CreateProject(
        pb.CreateProjectRequest(
            project=project_pb2.Project(name="Second store", description="Branch")
        ),
        metadata=tenant.bearer(),
    )
    project = created.project
    assert (project.name, project.owner_user_id, project.state) == (
        "Second store",
        tenant.user_id,
        ACTIVE,
    )
    assert project.default_session_timeout_minutes == 30 and project.time_zone == "UTC"
    token = await token_for(channel, tenant, project.id)
    members = await project_member_service_pb2_grpc.ProjectMemberServiceStub(
        channel
    ).ListProjectMembers(member_pb.ListProjectMembersRequest(), metadata=tenant.bearer(token))
    assert [(m.user_id, m.role) for m in members.members] == [(tenant.user_id, ADMIN)]


async def test_a_new_project_is_paid_by_the_callers_billing_account(
    projects: Stub, tenant: Tenant
) -> None:
    first = await projects.GetProject(
        pb.GetProjectRequest(project_id=tenant.project_id), metadata=tenant.bearer()
    )
    created = await projects.CreateProject(
        pb.CreateProjectRequest(project=project_pb2.Project(name="Outlet")),
        metadata=tenant.bearer(),
    )
    assert created.project.billing_account_id == first.project.billing_account_id


async def test_a_retried_create_with_the_same_request_id_returns_the_first_project(
    projects: Stub, tenant: Tenant
) -> None:
    request = pb.CreateProjectRequest(
        project=project_pb2.Project(name="Once"), request_id="create-once"
    )
    first = await projects.CreateProject(request, metadata=tenant.bearer())
    again = await projects.CreateProject(request, metadata=tenant.bearer())
    assert again.project.id == first.project.id
    listed = await projects.ListProjects(
        pb.ListProjectsRequest(query="Once"), metadata=tenant.bearer()
    )
    assert [p.id for p in listed.projects] == [first.project.id]


@pytest.mark.parametrize(
    ("project", "field"),
    [
        ({"name": ""}, "project.name"),
        (
            {"name": "X", "default_session_timeout_minutes": 1441},
            "project.default_session_timeout_minutes",
        ),
        ({"name": "X", "time_zone": "Mars/Olympus"}, "project.time_zone"),
        ({"name": "X", "billing_account_id": "nope"}, "project.billing_account_id"),
    ],
)
async def test_a_bad_project_is_invalid_argument_naming_the_field(
    projects: Stub, tenant: Tenant, project: dict[str, object], field: str
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.CreateProject(
            pb.CreateProjectRequest(project=project_pb2.Project(**project)),
            metadata=tenant.bearer(),  # type: ignore[arg-type]
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in field_violations(caught.value)


async def test_a_supervisor_cannot_create_projects(
    channel: grpc.aio.Channel, projects: Stub, tenant: Tenant
) -> None:
    supervisor, _ = await join(channel, tenant, SUPERVISOR)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.CreateProject(
            pb.CreateProjectRequest(project=project_pb2.Project(name="Mine")),
            metadata=supervisor.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_a_canceled_billing_account_cannot_fund_a_new_project(
    identity: bootstrap.Identity, projects: Stub, tenant: Tenant
) -> None:
    async with identity.unit_of_work(project_id=uuid.UUID(tenant.project_id)) as uow:
        project = await uow.projects.get(uuid.UUID(tenant.project_id))
        account = await uow.billing_accounts.get(project.billing_account_id)
        account.cancel(project_ids=[project.id])
        await uow.billing_accounts.save(account)
        await uow.scope_to(None)  # billing events are platform-level
        await uow.commit()
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.CreateProject(
            pb.CreateProjectRequest(project=project_pb2.Project(name="Unfunded")),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_nobody_creates_a_project_on_another_tenants_billing_account(
    projects: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    theirs = await projects.GetProject(
        pb.GetProjectRequest(project_id=tenant.project_id), metadata=tenant.bearer()
    )
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.CreateProject(
            pb.CreateProjectRequest(
                project=project_pb2.Project(
                    name="Free ride", billing_account_id=theirs.project.billing_account_id
                )
            ),
            metadata=other_tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND


async def test_get_reads_the_callers_project(projects: Stub, tenant: Tenant) -> None:
    got = await projects.GetProject(
        pb.GetProjectRequest(project_id=tenant.project_id), metadata=tenant.bearer()
    )
    assert (got.project.id, got.project.owner_user_id, got.project.version) == (
        tenant.project_id,
        tenant.user_id,
        1,
    )


async def test_another_tenants_project_is_not_found_and_a_bad_id_is_invalid(
    projects: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.GetProject(
            pb.GetProjectRequest(project_id=tenant.project_id), metadata=other_tenant.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.GetProject(pb.GetProjectRequest(project_id="p1"), metadata=tenant.bearer())
    assert "project_id" in field_violations(caught.value)


async def test_an_api_key_reads_only_its_own_project(projects: Stub, tenant: Tenant) -> None:
    other = await projects.CreateProject(
        pb.CreateProjectRequest(project=project_pb2.Project(name="Elsewhere")),
        metadata=tenant.bearer(),
    )
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.GetProject(
            pb.GetProjectRequest(project_id=other.project.id),
            metadata=tenant.bearer(tenant.api_key),
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    listed = await projects.ListProjects(
        pb.ListProjectsRequest(), metadata=tenant.bearer(tenant.api_key)
    )
    assert [p.id for p in listed.projects] == [tenant.project_id]


async def test_list_returns_the_callers_projects_only(
    projects: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    created = await projects.CreateProject(
        pb.CreateProjectRequest(project=project_pb2.Project(name="Kiosk")), metadata=tenant.bearer()
    )
    listed = await projects.ListProjects(pb.ListProjectsRequest(), metadata=tenant.bearer())
    assert {p.id for p in listed.projects} == {tenant.project_id, created.project.id}
    assert other_tenant.project_id not in {p.id for p in listed.projects}
    theirs = await projects.ListProjects(pb.ListProjectsRequest(), metadata=other_tenant.bearer())
    assert [p.id for p in theirs.projects] == [other_tenant.project_id]


async def test_list_pages_and_rejects_unsupported_ordering(projects: Stub, tenant: Tenant) -> None:
    for name in ("A", "B"):
        await projects.CreateProject(
            pb.CreateProjectRequest(project=project_pb2.Project(name=name)),
            metadata=tenant.bearer(),
        )
    first = await projects.ListProjects(
        pb.ListProjectsRequest(page_size=2), metadata=tenant.bearer()
    )
    rest = await projects.ListProjects(
        pb.ListProjectsRequest(page_size=2, page_token=first.next_page_token),
        metadata=tenant.bearer(),
    )
    assert (len(first.projects), len(rest.projects), first.total_size) == (2, 1, 3)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.ListProjects(
            pb.ListProjectsRequest(order_by="name"), metadata=tenant.bearer()
        )
    assert "order_by" in field_violations(caught.value)


async def test_updating_session_timeout_and_agent_assignment(
    projects: Stub, tenant: Tenant
) -> None:
    agent_ids = [str(uuid.uuid4()), str(uuid.uuid4())]
    assignment = project_pb2.AgentAssignmentConfig(
        enabled=True,
        strategy=project_pb2.ASSIGNMENT_STRATEGY_ROUND_ROBIN,
        agent_ids=agent_ids,
        require_at_least_one_agent=True,
        reassignment_rules=[
            project_pb2.ReassignmentRule(
                enabled=True,
                trigger=project_pb2.REASSIGNMENT_TRIGGER_NO_RESPONSE,
                inactivity_timeout_minutes=10,
                max_reassignments=2,
            )
        ],
    )
    updated = await projects.UpdateProject(
        pb.UpdateProjectRequest(
            project=project_pb2.Project(
                id=tenant.project_id,
                name="Renamed",
                default_session_timeout_minutes=90,
                agent_assignment=assignment,
                time_zone="America/Sao_Paulo",
                version=1,
            ),
            update_mask=mask(
                "name", "default_session_timeout_minutes", "agent_assignment", "time_zone"
            ),
        ),
        metadata=tenant.bearer(),
    )
    project = updated.project
    assert (project.name, project.default_session_timeout_minutes, project.version) == (
        "Renamed",
        90,
        2,
    )
    assert project.time_zone == "America/Sao_Paulo"
    assert list(project.agent_assignment.agent_ids) == agent_ids
    assert project.agent_assignment.strategy == project_pb2.ASSIGNMENT_STRATEGY_ROUND_ROBIN
    assert project.agent_assignment.reassignment_rules[0].max_reassignments == 2
    got = await projects.GetProject(
        pb.GetProjectRequest(project_id=tenant.project_id), metadata=tenant.bearer()
    )
    assert got.project == project


@pytest.mark.parametrize(
    ("project", "paths", "field"),
    [
        (
            {"default_session_timeout_minutes": 0},
            ("default_session_timeout_minutes",),
            "project.default_session_timeout_minutes",
        ),
        (
            {"default_session_timeout_minutes": 1441},
            ("default_session_timeout_minutes",),
            "project.default_session_timeout_minutes",
        ),
        (
            {
                "agent_assignment": project_pb2.AgentAssignmentConfig(
                    enabled=True, require_at_least_one_agent=True
                )
            },
            ("agent_assignment",),
            "project.agent_assignment.agent_ids",
        ),
        (
            {"agent_assignment": project_pb2.AgentAssignmentConfig(agent_ids=["x"])},
            ("agent_assignment",),
            "project.agent_assignment.agent_ids[0]",
        ),
        (
            {
                "agent_assignment": project_pb2.AgentAssignmentConfig(
                    reassignment_rules=[
                        project_pb2.ReassignmentRule(
                            trigger=project_pb2.REASSIGNMENT_TRIGGER_INACTIVITY
                        )
                    ]
                )
            },
            ("agent_assignment",),
            "project.agent_assignment.reassignment_rules.inactivity_timeout_minutes",
        ),
        ({"name": " "}, ("name",), "project.name"),
        ({"name": "x"}, ("owner_user_id",), "update_mask.paths"),
        ({"name": "x"}, (), "update_mask"),
    ],
)
async def test_a_bad_update_is_invalid_argument_naming_the_field(
    projects: Stub, tenant: Tenant, project: dict[str, object], paths: tuple[str, ...], field: str
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.UpdateProject(
            pb.UpdateProjectRequest(
                project=project_pb2.Project(id=tenant.project_id, **project),
                update_mask=mask(*paths),  # type: ignore[arg-type]
            ),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field in field_violations(caught.value)


async def test_updating_with_a_stale_version_is_aborted(projects: Stub, tenant: Tenant) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.UpdateProject(
            pb.UpdateProjectRequest(
                project=project_pb2.Project(id=tenant.project_id, name="Late", version=3),
                update_mask=mask("name"),
            ),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.ABORTED


async def test_a_viewer_cannot_update_or_archive_the_project(
    channel: grpc.aio.Channel, projects: Stub, tenant: Tenant
) -> None:
    viewer, _ = await join(channel, tenant, VIEWER)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.UpdateProject(
            pb.UpdateProjectRequest(
                project=project_pb2.Project(id=tenant.project_id, name="Mine"),
                update_mask=mask("name"),
            ),
            metadata=viewer.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.ArchiveProject(
            pb.ArchiveProjectRequest(project_id=tenant.project_id), metadata=viewer.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_another_tenant_cannot_update_or_archive_a_project(
    projects: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.UpdateProject(
            pb.UpdateProjectRequest(
                project=project_pb2.Project(id=tenant.project_id, name="Mine"),
                update_mask=mask("name"),
            ),
            metadata=other_tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.ArchiveProject(
            pb.ArchiveProjectRequest(project_id=tenant.project_id), metadata=other_tenant.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND
    got = await projects.GetProject(
        pb.GetProjectRequest(project_id=tenant.project_id), metadata=tenant.bearer()
    )
    assert (got.project.state, got.project.version) == (ACTIVE, 1)


async def test_a_project_is_changed_only_with_a_credential_for_it(
    projects: Stub, tenant: Tenant
) -> None:
    other = await projects.CreateProject(
        pb.CreateProjectRequest(project=project_pb2.Project(name="Other")), metadata=tenant.bearer()
    )
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.ArchiveProject(
            pb.ArchiveProjectRequest(project_id=other.project.id), metadata=tenant.bearer()
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_an_archived_project_is_read_only_and_its_api_keys_stop_working(
    channel: grpc.aio.Channel, projects: Stub, tenant: Tenant
) -> None:
    archived = await projects.ArchiveProject(
        pb.ArchiveProjectRequest(project_id=tenant.project_id, reason="closed", version=1),
        metadata=tenant.bearer(),
    )
    assert archived.project.state == ARCHIVED and archived.project.archive_time.seconds > 0
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.UpdateProject(
            pb.UpdateProjectRequest(
                project=project_pb2.Project(id=tenant.project_id, name="Again"),
                update_mask=mask("name"),
            ),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    verdict = await auth_service_pb2_grpc.AuthServiceStub(channel).VerifyApiKey(
        auth_pb.VerifyApiKeyRequest(api_key=tenant.api_key), metadata=tenant.bearer()
    )
    assert not verdict.valid
    assert verdict.rejection_reason == auth_pb.API_KEY_REJECTION_REASON_PROJECT_ARCHIVED
    listed = await projects.ListProjects(
        pb.ListProjectsRequest(state=ARCHIVED), metadata=tenant.bearer()
    )
    assert [p.id for p in listed.projects] == [tenant.project_id]
    assert not (
        await projects.ListProjects(pb.ListProjectsRequest(), metadata=tenant.bearer())
    ).projects


async def test_archiving_with_a_stale_version_is_aborted(projects: Stub, tenant: Tenant) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await projects.ArchiveProject(
            pb.ArchiveProjectRequest(project_id=tenant.project_id, version=2),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.ABORTED
