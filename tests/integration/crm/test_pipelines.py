"""PipelineService (pipelines, statuses, contacts' statuses and history) over a real channel."""

from __future__ import annotations

import asyncio
import itertools
import random
import uuid
from datetime import timedelta

import asyncpg
import grpc
import pytest
from google.protobuf import descriptor_pool, duration_pb2, field_mask_pb2, message_factory
from google.protobuf.message import Message

from identity.bootstrap import Identity
from identity.domain.roles import DECLARED_PERMISSIONS, ProjectRole
from shared.context import Principal
from shared.db import asyncpg_dsn
from shared.dbsetup import DatabaseUrls
from shared.grpc_errors import field_violations
from tests.integration.crm.conftest import Tenant
from ventros.common.v1 import event_pb2, types_pb2
from ventros.crm.v1 import (
    contact_pb2,
    contact_service_pb2,
    contact_service_pb2_grpc,
    events_pb2,
    pipeline_pb2,
    pipeline_service_pb2_grpc,
)
from ventros.crm.v1 import pipeline_service_pb2 as pb

pytestmark = pytest.mark.integration
Stub = pipeline_service_pb2_grpc.PipelineServiceStub
Metadata = tuple[tuple[str, str], ...]
OPEN, ACTIVE, CLOSED = (
    pipeline_pb2.PIPELINE_STATUS_TYPE_OPEN,
    pipeline_pb2.PIPELINE_STATUS_TYPE_ACTIVE,
    pipeline_pb2.PIPELINE_STATUS_TYPE_CLOSED,
)


@pytest.fixture
def pipelines(crm_channel: grpc.aio.Channel) -> Stub:
    return Stub(crm_channel)


# helpers shared with test_automation


async def new_pipeline(
    stub: Stub, tenant: Tenant, name: str = "Sales", statuses: tuple[str, ...] = ("New", "Won")
) -> pipeline_pb2.Pipeline:
    given = pipeline_pb2.Pipeline(
        name=name, statuses=[pipeline_pb2.PipelineStatus(name=s) for s in statuses]
    )
    request = pb.CreatePipelineRequest(pipeline=given)
    return (await stub.CreatePipeline(request, metadata=tenant.bearer())).pipeline


async def new_contact(channel: grpc.aio.Channel, tenant: Tenant, name: str = "Maria") -> str:
    phone = f"+55 11 9{random.randrange(10**7, 10**8)}"
    contact = contact_pb2.Contact(name=name, phone=types_pb2.PhoneNumber(raw=phone))
    stub = contact_service_pb2_grpc.ContactServiceStub(channel)
    created = await stub.CreateContact(
        contact_service_pb2.CreateContactRequest(contact=contact), metadata=tenant.bearer()
    )
    return str(created.contact.id)


async def move(
    stub: Stub, tenant: Tenant, contact_id: str, pipeline_id: str, status_id: str, reason: str = ""
) -> pb.ChangeContactPipelineStatusResponse:
    request = pb.ChangeContactPipelineStatusRequest(
        contact_id=contact_id, pipeline_id=pipeline_id, status_id=status_id, reason=reason
    )
    return await stub.ChangeContactPipelineStatus(request, metadata=tenant.bearer())


async def failure(call) -> grpc.aio.AioRpcError:  # type: ignore[no-untyped-def]
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value


def mask(*paths: str) -> field_mask_pb2.FieldMask:
    return field_mask_pb2.FieldMask(paths=list(paths))


def token_as(identity: Identity, tenant: Tenant, role: ProjectRole) -> Metadata:
    principal = Principal(
        subject=tenant.user_id,
        kind="user",
        project_id=uuid.UUID(tenant.project_id),
        role=role.value,
        permissions=DECLARED_PERMISSIONS[role],
        user_id=uuid.UUID(tenant.user_id),
    )
    return tenant.bearer(identity.issuer.issue(principal).token)


async def outbox(database: DatabaseUrls, routing_key: str, project_id: str) -> list[Message]:
    """crm's events of one kind and project, oldest first (read as the relay role may)."""
    conn = await asyncpg.connect(asyncpg_dsn(database.relay))
    try:
        rows = await conn.fetch(
            "SELECT type, payload FROM crm.outbox WHERE routing_key = $1 AND project_id = $2"
            " ORDER BY seq",
            routing_key,
            uuid.UUID(project_id),
        )
    finally:
        await conn.close()
    pool = descriptor_pool.Default()
    return [
        message_factory.GetMessageClass(pool.FindMessageTypeByName(r["type"])).FromString(
            r["payload"]
        )
        for r in rows
    ]


# pipelines


async def test_a_pipeline_is_created_active_with_its_statuses_in_order(
    pipelines: Stub, tenant: Tenant
) -> None:
    given = pipeline_pb2.Pipeline(
        name=" Sales ",
        color="3b82f6",
        statuses=[
            pipeline_pb2.PipelineStatus(name="New", type=OPEN),
            pipeline_pb2.PipelineStatus(name="Talking", type=ACTIVE, color="#f59e0b"),
            pipeline_pb2.PipelineStatus(name="Won", type=CLOSED),
        ],
    )
    made = (
        await pipelines.CreatePipeline(
            pb.CreatePipelineRequest(pipeline=given), metadata=tenant.bearer()
        )
    ).pipeline
    assert (made.name, made.color, made.active, made.version) == ("Sales", "#3B82F6", True, 1)
    assert [(s.name, s.type, s.position) for s in made.statuses] == [
        ("New", OPEN, 0),
        ("Talking", ACTIVE, 1),
        ("Won", CLOSED, 2),
    ]
    assert made.statuses[1].color == "#F59E0B" and all(s.active for s in made.statuses)
    assert made.project_id == tenant.project_id


async def test_a_second_pipeline_is_placed_after_the_first(pipelines: Stub, tenant: Tenant) -> None:
    first = await new_pipeline(pipelines, tenant, "One")
    second = await new_pipeline(pipelines, tenant, "Two")
    assert (first.position, second.position) == (0, 1)


async def test_a_retried_create_with_the_same_request_id_returns_the_first_pipeline(
    pipelines: Stub, tenant: Tenant
) -> None:
    request = pb.CreatePipelineRequest(
        pipeline=pipeline_pb2.Pipeline(name="Once"), request_id="create-once"
    )
    first = await pipelines.CreatePipeline(request, metadata=tenant.bearer())
    again = await pipelines.CreatePipeline(request, metadata=tenant.bearer())
    assert first.pipeline.id == again.pipeline.id


async def test_a_pipeline_without_a_name_is_invalid_argument_naming_the_field(
    pipelines: Stub, tenant: Tenant
) -> None:
    error = await failure(
        pipelines.CreatePipeline(
            pb.CreatePipelineRequest(pipeline=pipeline_pb2.Pipeline(description="x")),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "pipeline.name" in field_violations(error)


async def test_a_bad_status_colour_names_the_status_by_its_index(
    pipelines: Stub, tenant: Tenant
) -> None:
    given = pipeline_pb2.Pipeline(
        name="P",
        statuses=[
            pipeline_pb2.PipelineStatus(name="A"),
            pipeline_pb2.PipelineStatus(name="B", color="blue"),
        ],
    )
    error = await failure(
        pipelines.CreatePipeline(pb.CreatePipelineRequest(pipeline=given), metadata=tenant.bearer())
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "pipeline.statuses[1].color" in field_violations(error)


async def test_a_session_timeout_out_of_range_is_invalid_argument_naming_the_field(
    pipelines: Stub, tenant: Tenant
) -> None:
    given = pipeline_pb2.Pipeline(name="P", session_timeout=duration_pb2.Duration(seconds=5))
    error = await failure(
        pipelines.CreatePipeline(pb.CreatePipelineRequest(pipeline=given), metadata=tenant.bearer())
    )
    assert "pipeline.session_timeout" in field_violations(error)


async def test_status_names_repeated_ignoring_case_are_already_exists(
    pipelines: Stub, tenant: Tenant
) -> None:
    error = await failure(new_pipeline(pipelines, tenant, statuses=("New", "new")))
    assert error.code() == grpc.StatusCode.ALREADY_EXISTS


async def test_get_returns_the_pipeline_with_its_statuses(pipelines: Stub, tenant: Tenant) -> None:
    made = await new_pipeline(pipelines, tenant)
    got = await pipelines.GetPipeline(
        pb.GetPipelineRequest(pipeline_id=made.id), metadata=tenant.bearer()
    )
    assert got.pipeline == made


async def test_get_of_an_unknown_pipeline_is_not_found(pipelines: Stub, tenant: Tenant) -> None:
    error = await failure(
        pipelines.GetPipeline(
            pb.GetPipelineRequest(pipeline_id=str(uuid.uuid4())), metadata=tenant.bearer()
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_get_with_a_malformed_id_is_invalid_argument_naming_the_field(
    pipelines: Stub, tenant: Tenant
) -> None:
    error = await failure(
        pipelines.GetPipeline(pb.GetPipelineRequest(pipeline_id="nope"), metadata=tenant.bearer())
    )
    assert "pipeline_id" in field_violations(error)


async def test_pipelines_are_listed_by_position_and_paged(pipelines: Stub, tenant: Tenant) -> None:
    for name in ("A", "B", "C"):
        await new_pipeline(pipelines, tenant, name)
    first = await pipelines.ListPipelines(
        pb.ListPipelinesRequest(page_size=2), metadata=tenant.bearer()
    )
    second = await pipelines.ListPipelines(
        pb.ListPipelinesRequest(page_size=2, page_token=first.next_page_token),
        metadata=tenant.bearer(),
    )
    assert [p.name for p in [*first.pipelines, *second.pipelines]] == ["A", "B", "C"]
    assert second.total_size == 3 and not second.next_page_token


async def test_the_list_filters_by_name_activity_and_deletion(
    pipelines: Stub, tenant: Tenant
) -> None:
    sales = await new_pipeline(pipelines, tenant, "Big Sales")
    await new_pipeline(pipelines, tenant, "Support")
    paused = await new_pipeline(pipelines, tenant, "Small sales")
    await pipelines.UpdatePipeline(
        pb.UpdatePipelineRequest(
            pipeline=pipeline_pb2.Pipeline(id=paused.id, active=False), update_mask=mask("active")
        ),
        metadata=tenant.bearer(),
    )
    await pipelines.DeletePipeline(
        pb.DeletePipelineRequest(pipeline_id=sales.id), metadata=tenant.bearer()
    )

    async def names(**filters: object) -> list[str]:
        listed = await pipelines.ListPipelines(
            pb.ListPipelinesRequest(order_by="name", **filters), metadata=tenant.bearer()
        )
        return [p.name for p in listed.pipelines]

    assert await names(name="SALES") == ["Small sales"]
    assert await names(name="sales", show_deleted=True) == ["Big Sales", "Small sales"]
    assert await names(active_only=True) == ["Support"]


async def test_a_filter_expression_is_invalid_argument(pipelines: Stub, tenant: Tenant) -> None:
    error = await failure(
        pipelines.ListPipelines(
            pb.ListPipelinesRequest(filter="name = 'x'"), metadata=tenant.bearer()
        )
    )
    assert "filter" in field_violations(error)


async def test_an_unknown_sort_is_invalid_argument(pipelines: Stub, tenant: Tenant) -> None:
    error = await failure(
        pipelines.ListPipelines(pb.ListPipelinesRequest(order_by="color"), metadata=tenant.bearer())
    )
    assert "order_by" in field_violations(error)


async def test_update_applies_only_the_masked_fields(pipelines: Stub, tenant: Tenant) -> None:
    made = await new_pipeline(pipelines, tenant)
    change = pipeline_pb2.Pipeline(
        id=made.id,
        name="Renamed",
        description="ignored",
        session_timeout=duration_pb2.Duration(seconds=3600),
        lead_qualification=pipeline_pb2.LeadQualificationConfig(
            enabled=True,
            questions=[
                pipeline_pb2.LeadQualificationQuestion(
                    key="ticket_size", label="Ticket", description="How big?", weight=3
                )
            ],
        ),
    )
    updated = (
        await pipelines.UpdatePipeline(
            pb.UpdatePipelineRequest(
                pipeline=change, update_mask=mask("name", "session_timeout", "lead_qualification")
            ),
            metadata=tenant.bearer(),
        )
    ).pipeline
    assert (updated.name, updated.description, updated.version) == ("Renamed", "", 2)
    assert updated.session_timeout.ToTimedelta() == timedelta(hours=1)
    assert updated.lead_qualification.min_score == 5
    assert updated.lead_qualification.questions[0].weight == 3


async def test_update_with_a_stale_version_is_aborted_and_changes_nothing(
    pipelines: Stub, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant)
    await pipelines.UpdatePipeline(
        pb.UpdatePipelineRequest(
            pipeline=pipeline_pb2.Pipeline(id=made.id, name="First"), update_mask=mask("name")
        ),
        metadata=tenant.bearer(),
    )
    error = await failure(
        pipelines.UpdatePipeline(
            pb.UpdatePipelineRequest(
                pipeline=pipeline_pb2.Pipeline(id=made.id, name="Late", version=made.version),
                update_mask=mask("name"),
            ),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.ABORTED
    got = await pipelines.GetPipeline(
        pb.GetPipelineRequest(pipeline_id=made.id), metadata=tenant.bearer()
    )
    assert got.pipeline.name == "First"


async def test_statuses_cannot_be_changed_through_update(pipelines: Stub, tenant: Tenant) -> None:
    made = await new_pipeline(pipelines, tenant)
    error = await failure(
        pipelines.UpdatePipeline(
            pb.UpdatePipelineRequest(
                pipeline=pipeline_pb2.Pipeline(id=made.id), update_mask=mask("statuses")
            ),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "update_mask.paths" in field_violations(error)


async def test_update_of_an_unknown_pipeline_is_not_found(pipelines: Stub, tenant: Tenant) -> None:
    error = await failure(
        pipelines.UpdatePipeline(
            pb.UpdatePipelineRequest(
                pipeline=pipeline_pb2.Pipeline(id=str(uuid.uuid4()), name="x"),
                update_mask=mask("name"),
            ),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_delete_soft_deletes_and_a_deleted_pipeline_cannot_change(
    pipelines: Stub, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant)
    gone = await pipelines.DeletePipeline(
        pb.DeletePipelineRequest(pipeline_id=made.id, version=made.version),
        metadata=tenant.bearer(),
    )
    assert gone.pipeline.HasField("delete_time")
    error = await failure(
        pipelines.AddPipelineStatus(
            pb.AddPipelineStatusRequest(
                pipeline_id=made.id, status=pipeline_pb2.PipelineStatus(name="Late")
            ),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_delete_with_a_stale_version_is_aborted(pipelines: Stub, tenant: Tenant) -> None:
    made = await new_pipeline(pipelines, tenant)
    error = await failure(
        pipelines.DeletePipeline(
            pb.DeletePipelineRequest(pipeline_id=made.id, version=made.version + 1),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.ABORTED


async def test_deleting_a_pipeline_closes_the_stays_of_its_contacts(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant)
    contact = await new_contact(crm_channel, tenant)
    await move(pipelines, tenant, contact, made.id, made.statuses[0].id)
    await pipelines.DeletePipeline(
        pb.DeletePipelineRequest(pipeline_id=made.id), metadata=tenant.bearer()
    )
    history = await pipelines.ListContactPipelineHistory(
        pb.ListContactPipelineHistoryRequest(contact_id=contact), metadata=tenant.bearer()
    )
    assert [e.HasField("exit_time") for e in history.contact_pipeline_history_entries] == [True]
    statuses = await pipelines.ListContactPipelineStatuses(
        pb.ListContactPipelineStatusesRequest(contact_id=contact), metadata=tenant.bearer()
    )
    assert not statuses.contact_pipeline_statuses


async def test_a_viewer_cannot_create_a_pipeline_but_can_read_them(
    pipelines: Stub, tenant: Tenant, identity: Identity
) -> None:
    made = await new_pipeline(pipelines, tenant)
    viewer = token_as(identity, tenant, ProjectRole.VIEWER)
    error = await failure(
        pipelines.CreatePipeline(
            pb.CreatePipelineRequest(pipeline=pipeline_pb2.Pipeline(name="No")), metadata=viewer
        )
    )
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    got = await pipelines.GetPipeline(pb.GetPipelineRequest(pipeline_id=made.id), metadata=viewer)
    assert got.pipeline.id == made.id


async def test_another_tenant_cannot_read_change_or_delete_a_pipeline(
    pipelines: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant)
    theirs = other_tenant.bearer()
    calls = [
        pipelines.GetPipeline(pb.GetPipelineRequest(pipeline_id=made.id), metadata=theirs),
        pipelines.UpdatePipeline(
            pb.UpdatePipelineRequest(
                pipeline=pipeline_pb2.Pipeline(id=made.id, name="Mine"), update_mask=mask("name")
            ),
            metadata=theirs,
        ),
        pipelines.DeletePipeline(pb.DeletePipelineRequest(pipeline_id=made.id), metadata=theirs),
        pipelines.AddPipelineStatus(
            pb.AddPipelineStatusRequest(
                pipeline_id=made.id, status=pipeline_pb2.PipelineStatus(name="X")
            ),
            metadata=theirs,
        ),
        pipelines.ReorderPipelineStatuses(
            pb.ReorderPipelineStatusesRequest(
                pipeline_id=made.id, status_ids=[s.id for s in made.statuses]
            ),
            metadata=theirs,
        ),
        pipelines.UpdatePipelineStatus(
            pb.UpdatePipelineStatusRequest(
                status=pipeline_pb2.PipelineStatus(
                    id=made.statuses[0].id, pipeline_id=made.id, name="Mine"
                ),
                update_mask=mask("name"),
            ),
            metadata=theirs,
        ),
        pipelines.RemovePipelineStatus(
            pb.RemovePipelineStatusRequest(pipeline_id=made.id, status_id=made.statuses[0].id),
            metadata=theirs,
        ),
    ]
    for call in calls:
        assert (await failure(call)).code() == grpc.StatusCode.NOT_FOUND
    listed = await pipelines.ListPipelines(pb.ListPipelinesRequest(), metadata=theirs)
    assert made.id not in {p.id for p in listed.pipelines}


# statuses


async def test_a_status_added_at_a_position_shifts_the_later_ones(
    pipelines: Stub, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant, statuses=("New", "Won"))
    answer = await pipelines.AddPipelineStatus(
        pb.AddPipelineStatusRequest(
            pipeline_id=made.id,
            status=pipeline_pb2.PipelineStatus(name="Talking", type=ACTIVE, position=1),
            version=made.version,
        ),
        metadata=tenant.bearer(),
    )
    assert (answer.status.name, answer.status.position, answer.status.active) == (
        "Talking",
        1,
        True,
    )
    assert [s.name for s in answer.pipeline.statuses] == ["New", "Talking", "Won"]
    assert answer.pipeline.version == made.version + 1


async def test_a_status_added_beyond_the_end_is_appended(pipelines: Stub, tenant: Tenant) -> None:
    made = await new_pipeline(pipelines, tenant, statuses=("New", "Won"))
    answer = await pipelines.AddPipelineStatus(
        pb.AddPipelineStatusRequest(
            pipeline_id=made.id, status=pipeline_pb2.PipelineStatus(name="Lost", position=99)
        ),
        metadata=tenant.bearer(),
    )
    assert [s.name for s in answer.pipeline.statuses] == ["New", "Won", "Lost"]
    assert answer.status.position == 2


async def test_adding_a_status_with_a_taken_name_is_already_exists(
    pipelines: Stub, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant, statuses=("New",))
    error = await failure(
        pipelines.AddPipelineStatus(
            pb.AddPipelineStatusRequest(
                pipeline_id=made.id, status=pipeline_pb2.PipelineStatus(name=" NEW ")
            ),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.ALREADY_EXISTS


async def test_adding_a_status_without_a_name_names_the_field(
    pipelines: Stub, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant)
    error = await failure(
        pipelines.AddPipelineStatus(
            pb.AddPipelineStatusRequest(pipeline_id=made.id, status=pipeline_pb2.PipelineStatus()),
            metadata=tenant.bearer(),
        )
    )
    assert "status.name" in field_violations(error)


async def test_adding_a_status_with_a_stale_version_is_aborted(
    pipelines: Stub, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant)
    error = await failure(
        pipelines.AddPipelineStatus(
            pb.AddPipelineStatusRequest(
                pipeline_id=made.id,
                status=pipeline_pb2.PipelineStatus(name="Late"),
                version=made.version + 3,
            ),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.ABORTED


async def test_adding_a_status_to_an_unknown_pipeline_is_not_found(
    pipelines: Stub, tenant: Tenant
) -> None:
    error = await failure(
        pipelines.AddPipelineStatus(
            pb.AddPipelineStatusRequest(
                pipeline_id=str(uuid.uuid4()), status=pipeline_pb2.PipelineStatus(name="X")
            ),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_a_status_update_changes_the_masked_fields(pipelines: Stub, tenant: Tenant) -> None:
    made = await new_pipeline(pipelines, tenant)
    target = made.statuses[1]
    change = pipeline_pb2.PipelineStatus(
        id=target.id, pipeline_id=made.id, name="Closed won", type=CLOSED, color="#00ff00"
    )
    answer = await pipelines.UpdatePipelineStatus(
        pb.UpdatePipelineStatusRequest(
            status=change, update_mask=mask("name", "type"), version=made.version
        ),
        metadata=tenant.bearer(),
    )
    assert (answer.status.name, answer.status.type, answer.status.color) == (
        "Closed won",
        CLOSED,
        "",
    )
    assert answer.pipeline.version == made.version + 1


async def test_a_status_update_with_a_stale_version_is_aborted(
    pipelines: Stub, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant)
    change = pipeline_pb2.PipelineStatus(id=made.statuses[0].id, pipeline_id=made.id, name="X")
    error = await failure(
        pipelines.UpdatePipelineStatus(
            pb.UpdatePipelineStatusRequest(
                status=change, update_mask=mask("name"), version=made.version + 1
            ),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.ABORTED


async def test_updating_an_unknown_status_is_not_found(pipelines: Stub, tenant: Tenant) -> None:
    made = await new_pipeline(pipelines, tenant)
    change = pipeline_pb2.PipelineStatus(id=str(uuid.uuid4()), pipeline_id=made.id, name="X")
    error = await failure(
        pipelines.UpdatePipelineStatus(
            pb.UpdatePipelineStatusRequest(status=change, update_mask=mask("name")),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_a_status_update_without_a_type_names_the_field(
    pipelines: Stub, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant)
    change = pipeline_pb2.PipelineStatus(id=made.statuses[0].id, pipeline_id=made.id)
    error = await failure(
        pipelines.UpdatePipelineStatus(
            pb.UpdatePipelineStatusRequest(status=change, update_mask=mask("type")),
            metadata=tenant.bearer(),
        )
    )
    assert "status.type" in field_violations(error)


async def test_an_empty_status_is_removed_and_the_rest_renumbered(
    pipelines: Stub, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant, statuses=("New", "Doing", "Won"))
    answer = await pipelines.RemovePipelineStatus(
        pb.RemovePipelineStatusRequest(
            pipeline_id=made.id, status_id=made.statuses[1].id, version=made.version
        ),
        metadata=tenant.bearer(),
    )
    assert [(s.name, s.position) for s in answer.pipeline.statuses] == [("New", 0), ("Won", 1)]


async def test_a_status_with_contacts_is_not_removed_without_a_replacement(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant)
    contact = await new_contact(crm_channel, tenant)
    await move(pipelines, tenant, contact, made.id, made.statuses[0].id)
    error = await failure(
        pipelines.RemovePipelineStatus(
            pb.RemovePipelineStatusRequest(pipeline_id=made.id, status_id=made.statuses[0].id),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_removing_a_status_moves_its_contacts_to_the_replacement(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant, statuses=("New", "Doing", "Won"))
    new, doing = made.statuses[0], made.statuses[1]
    contacts = [await new_contact(crm_channel, tenant, f"C{i}") for i in range(3)]
    for contact in contacts:
        await move(pipelines, tenant, contact, made.id, new.id)
    await pipelines.RemovePipelineStatus(
        pb.RemovePipelineStatusRequest(
            pipeline_id=made.id, status_id=new.id, replacement_status_id=doing.id
        ),
        metadata=tenant.bearer(),
    )
    for contact in contacts:
        got = await pipelines.GetContactPipelineStatus(
            pb.GetContactPipelineStatusRequest(contact_id=contact, pipeline_id=made.id),
            metadata=tenant.bearer(),
        )
        assert got.contact_pipeline_status.status_id == doing.id
    history = await pipelines.ListContactPipelineHistory(
        pb.ListContactPipelineHistoryRequest(contact_id=contacts[0]), metadata=tenant.bearer()
    )
    assert [e.status_name for e in history.contact_pipeline_history_entries] == ["Doing", "New"]


async def test_a_replacement_must_be_another_status(pipelines: Stub, tenant: Tenant) -> None:
    made = await new_pipeline(pipelines, tenant)
    status = made.statuses[0].id
    error = await failure(
        pipelines.RemovePipelineStatus(
            pb.RemovePipelineStatusRequest(
                pipeline_id=made.id, status_id=status, replacement_status_id=status
            ),
            metadata=tenant.bearer(),
        )
    )
    assert "replacement_status_id" in field_violations(error)


async def test_removing_an_unknown_status_is_not_found(pipelines: Stub, tenant: Tenant) -> None:
    made = await new_pipeline(pipelines, tenant)
    error = await failure(
        pipelines.RemovePipelineStatus(
            pb.RemovePipelineStatusRequest(pipeline_id=made.id, status_id=str(uuid.uuid4())),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_removing_with_a_stale_version_is_aborted(pipelines: Stub, tenant: Tenant) -> None:
    made = await new_pipeline(pipelines, tenant)
    error = await failure(
        pipelines.RemovePipelineStatus(
            pb.RemovePipelineStatusRequest(
                pipeline_id=made.id, status_id=made.statuses[0].id, version=made.version + 1
            ),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.ABORTED


async def test_statuses_are_reordered(pipelines: Stub, tenant: Tenant) -> None:
    made = await new_pipeline(pipelines, tenant, statuses=("A", "B", "C"))
    ids = [s.id for s in made.statuses]
    answer = await pipelines.ReorderPipelineStatuses(
        pb.ReorderPipelineStatusesRequest(
            pipeline_id=made.id, status_ids=[ids[2], ids[0], ids[1]], version=made.version
        ),
        metadata=tenant.bearer(),
    )
    assert [(s.name, s.position) for s in answer.pipeline.statuses] == [
        ("C", 0),
        ("A", 1),
        ("B", 2),
    ]


async def test_a_reorder_that_misses_a_status_is_invalid_argument(
    pipelines: Stub, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant, statuses=("A", "B"))
    error = await failure(
        pipelines.ReorderPipelineStatuses(
            pb.ReorderPipelineStatusesRequest(
                pipeline_id=made.id, status_ids=[made.statuses[0].id]
            ),
            metadata=tenant.bearer(),
        )
    )
    assert "status_ids" in field_violations(error)


async def test_a_reorder_with_a_stale_version_is_aborted(pipelines: Stub, tenant: Tenant) -> None:
    made = await new_pipeline(pipelines, tenant, statuses=("A", "B"))
    error = await failure(
        pipelines.ReorderPipelineStatuses(
            pb.ReorderPipelineStatusesRequest(
                pipeline_id=made.id,
                status_ids=[made.statuses[1].id, made.statuses[0].id],
                version=made.version + 1,
            ),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.ABORTED


# contacts in pipelines


async def test_a_contact_enters_a_pipeline_with_the_caller_as_who_moved_it(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant)
    contact = await new_contact(crm_channel, tenant)
    answer = await move(pipelines, tenant, contact, made.id, made.statuses[0].id, "inbound lead")
    place = answer.contact_pipeline_status
    assert (answer.changed, answer.previous_status_id) == (True, "")
    assert (place.status_name, place.status_type, place.reason) == ("New", OPEN, "inbound lead")
    assert (place.changed_by.type, place.changed_by.id) == (
        event_pb2.ACTOR_TYPE_USER,
        tenant.user_id,
    )


async def test_each_stay_records_its_duration_in_the_history(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant, statuses=("New", "Doing", "Won"))
    contact = await new_contact(crm_channel, tenant)
    for status in made.statuses:
        await move(pipelines, tenant, contact, made.id, status.id)
        await asyncio.sleep(0.05)
    entries = (
        await pipelines.ListContactPipelineHistory(
            pb.ListContactPipelineHistoryRequest(contact_id=contact, order_by="enter_time"),
            metadata=tenant.bearer(),
        )
    ).contact_pipeline_history_entries
    assert [e.status_name for e in entries] == ["New", "Doing", "Won"]
    for stay, following in itertools.pairwise(entries):
        assert stay.exit_time == following.enter_time
        spent = stay.exit_time.ToDatetime() - stay.enter_time.ToDatetime()
        assert stay.duration.ToTimedelta() == spent >= timedelta(milliseconds=50)
    assert not entries[-1].HasField("exit_time") and not entries[-1].HasField("duration")


async def test_the_status_change_event_carries_the_time_spent_before(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant, database: DatabaseUrls
) -> None:
    made = await new_pipeline(pipelines, tenant)
    contact = await new_contact(crm_channel, tenant)
    await move(pipelines, tenant, contact, made.id, made.statuses[0].id)
    await move(pipelines, tenant, contact, made.id, made.statuses[1].id)
    events = await outbox(database, "crm.contact.pipeline_status_changed", tenant.project_id)
    entered, moved = [e for e in events if e.contact_id == contact]
    assert isinstance(moved, events_pb2.ContactPipelineStatusChanged)
    assert not entered.HasField("previous_status_duration")
    assert (moved.previous_status_name, moved.new_status_name) == ("New", "Won")
    assert moved.previous_status_duration.ToTimedelta() > timedelta(0)


async def test_moving_to_the_current_status_changes_nothing(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant, database: DatabaseUrls
) -> None:
    made = await new_pipeline(pipelines, tenant)
    contact = await new_contact(crm_channel, tenant)
    first = await move(pipelines, tenant, contact, made.id, made.statuses[0].id)
    again = await move(pipelines, tenant, contact, made.id, made.statuses[0].id)
    assert (again.changed, again.previous_status_id) == (False, made.statuses[0].id)
    assert again.contact_pipeline_status == first.contact_pipeline_status
    events = await outbox(database, "crm.contact.pipeline_status_changed", tenant.project_id)
    assert len([e for e in events if e.contact_id == contact]) == 1
    history = await pipelines.ListContactPipelineHistory(
        pb.ListContactPipelineHistoryRequest(contact_id=contact), metadata=tenant.bearer()
    )
    assert len(history.contact_pipeline_history_entries) == 1


async def test_concurrent_moves_leave_one_current_status_per_pipeline(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant, statuses=("A", "B", "C"))
    contact = await new_contact(crm_channel, tenant)
    await asyncio.gather(
        *(move(pipelines, tenant, contact, made.id, made.statuses[i % 3].id) for i in range(9))
    )
    listed = await pipelines.ListContactPipelineStatuses(
        pb.ListContactPipelineStatusesRequest(contact_id=contact), metadata=tenant.bearer()
    )
    assert len(listed.contact_pipeline_statuses) == 1
    history = (
        await pipelines.ListContactPipelineHistory(
            pb.ListContactPipelineHistoryRequest(contact_id=contact), metadata=tenant.bearer()
        )
    ).contact_pipeline_history_entries
    assert [e.HasField("exit_time") for e in history].count(False) == 1
    assert history[0].status_id == listed.contact_pipeline_statuses[0].status_id


async def test_an_empty_status_takes_the_contact_out_of_the_pipeline(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant)
    contact = await new_contact(crm_channel, tenant)
    await move(pipelines, tenant, contact, made.id, made.statuses[0].id)
    left = await move(pipelines, tenant, contact, made.id, "")
    assert (left.changed, left.previous_status_id) == (True, made.statuses[0].id)
    assert not left.HasField("contact_pipeline_status")
    error = await failure(
        pipelines.GetContactPipelineStatus(
            pb.GetContactPipelineStatusRequest(contact_id=contact, pipeline_id=made.id),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND
    back = await move(pipelines, tenant, contact, made.id, made.statuses[1].id)
    assert (back.changed, back.previous_status_id) == (True, "")


async def test_an_inactive_status_cannot_be_entered(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant)
    closed = made.statuses[1]
    await pipelines.UpdatePipelineStatus(
        pb.UpdatePipelineStatusRequest(
            status=pipeline_pb2.PipelineStatus(id=closed.id, pipeline_id=made.id, active=False),
            update_mask=mask("active"),
        ),
        metadata=tenant.bearer(),
    )
    contact = await new_contact(crm_channel, tenant)
    error = await failure(move(pipelines, tenant, contact, made.id, closed.id))
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_a_move_to_an_unknown_status_or_contact_is_not_found(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant)
    other = await new_pipeline(pipelines, tenant, "Other")
    contact = await new_contact(crm_channel, tenant)
    foreign_status = failure(move(pipelines, tenant, contact, made.id, other.statuses[0].id))
    assert (await foreign_status).code() == grpc.StatusCode.NOT_FOUND
    nobody = failure(move(pipelines, tenant, str(uuid.uuid4()), made.id, made.statuses[0].id))
    assert (await nobody).code() == grpc.StatusCode.NOT_FOUND
    nowhere = failure(move(pipelines, tenant, contact, str(uuid.uuid4()), made.statuses[0].id))
    assert (await nowhere).code() == grpc.StatusCode.NOT_FOUND


async def test_a_move_with_a_malformed_status_id_names_the_field(
    pipelines: Stub, tenant: Tenant
) -> None:
    error = await failure(move(pipelines, tenant, str(uuid.uuid4()), str(uuid.uuid4()), "x"))
    assert "status_id" in field_violations(error)


async def test_a_viewer_cannot_move_a_contact_but_an_agent_can(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant, identity: Identity
) -> None:
    made = await new_pipeline(pipelines, tenant)
    contact = await new_contact(crm_channel, tenant)
    request = pb.ChangeContactPipelineStatusRequest(
        contact_id=contact, pipeline_id=made.id, status_id=made.statuses[0].id
    )
    viewer = token_as(identity, tenant, ProjectRole.VIEWER)
    error = await failure(pipelines.ChangeContactPipelineStatus(request, metadata=viewer))
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    agent = token_as(identity, tenant, ProjectRole.AGENT)
    answer = await pipelines.ChangeContactPipelineStatus(request, metadata=agent)
    assert answer.changed


async def test_a_contact_outside_a_pipeline_has_no_status_there(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant)
    contact = await new_contact(crm_channel, tenant)
    error = await failure(
        pipelines.GetContactPipelineStatus(
            pb.GetContactPipelineStatusRequest(contact_id=contact, pipeline_id=made.id),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_a_contacts_statuses_are_listed_across_pipelines_by_pipeline_position(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    first = await new_pipeline(pipelines, tenant, "First")
    second = await new_pipeline(pipelines, tenant, "Second")
    contact = await new_contact(crm_channel, tenant)
    await move(pipelines, tenant, contact, first.id, first.statuses[1].id)
    await move(pipelines, tenant, contact, second.id, second.statuses[0].id)

    async def pipeline_ids(order_by: str) -> list[str]:
        listed = await pipelines.ListContactPipelineStatuses(
            pb.ListContactPipelineStatusesRequest(contact_id=contact, order_by=order_by),
            metadata=tenant.bearer(),
        )
        return [s.pipeline_id for s in listed.contact_pipeline_statuses]

    assert await pipeline_ids("") == [second.id, first.id]  # last entered first
    assert await pipeline_ids("pipeline.position") == [first.id, second.id]
    page = await pipelines.ListContactPipelineStatuses(
        pb.ListContactPipelineStatusesRequest(
            contact_id=contact, order_by="pipeline.position", page_size=1
        ),
        metadata=tenant.bearer(),
    )
    rest = await pipelines.ListContactPipelineStatuses(
        pb.ListContactPipelineStatusesRequest(
            contact_id=contact,
            order_by="pipeline.position",
            page_size=1,
            page_token=page.next_page_token,
        ),
        metadata=tenant.bearer(),
    )
    assert [s.pipeline_id for s in rest.contact_pipeline_statuses] == [second.id]
    assert rest.total_size == 2


async def test_contact_status_lists_refuse_filter_expressions_and_unknown_sorts(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    contact = await new_contact(crm_channel, tenant)
    statuses = await failure(
        pipelines.ListContactPipelineStatuses(
            pb.ListContactPipelineStatusesRequest(contact_id=contact, order_by="status_name"),
            metadata=tenant.bearer(),
        )
    )
    assert "order_by" in field_violations(statuses)
    history = await failure(
        pipelines.ListContactPipelineHistory(
            pb.ListContactPipelineHistoryRequest(contact_id=contact, filter="x"),
            metadata=tenant.bearer(),
        )
    )
    assert "filter" in field_violations(history)
    malformed = await failure(
        pipelines.ListContactPipelineHistory(
            pb.ListContactPipelineHistoryRequest(contact_id="me"), metadata=tenant.bearer()
        )
    )
    assert "contact_id" in field_violations(malformed)


async def test_the_history_filters_by_pipeline_and_time_and_pages(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    first = await new_pipeline(pipelines, tenant, "First", ("A", "B", "C"))
    second = await new_pipeline(pipelines, tenant, "Second")
    contact = await new_contact(crm_channel, tenant)
    for status in first.statuses:
        await move(pipelines, tenant, contact, first.id, status.id)
    placed = await move(pipelines, tenant, contact, second.id, second.statuses[0].id)
    only_first = pb.ListContactPipelineHistoryRequest(
        contact_id=contact, pipeline_id=first.id, page_size=2
    )
    page = await pipelines.ListContactPipelineHistory(only_first, metadata=tenant.bearer())
    only_first.page_token = page.next_page_token
    rest = await pipelines.ListContactPipelineHistory(only_first, metadata=tenant.bearer())
    names = [
        e.status_name
        for e in [*page.contact_pipeline_history_entries, *rest.contact_pipeline_history_entries]
    ]
    assert names == ["C", "B", "A"] and rest.total_size == 3
    since = pb.ListContactPipelineHistoryRequest(contact_id=contact)
    since.enter_time_after.CopyFrom(placed.contact_pipeline_status.enter_time)
    recent = await pipelines.ListContactPipelineHistory(since, metadata=tenant.bearer())
    assert [e.pipeline_id for e in recent.contact_pipeline_history_entries] == [second.id]


async def test_another_tenant_cannot_move_or_read_a_contacts_statuses(
    pipelines: Stub, crm_channel: grpc.aio.Channel, tenant: Tenant, other_tenant: Tenant
) -> None:
    made = await new_pipeline(pipelines, tenant)
    contact = await new_contact(crm_channel, tenant)
    await move(pipelines, tenant, contact, made.id, made.statuses[0].id)
    theirs = other_tenant.bearer()
    calls = [
        pipelines.ChangeContactPipelineStatus(
            pb.ChangeContactPipelineStatusRequest(
                contact_id=contact, pipeline_id=made.id, status_id=made.statuses[1].id
            ),
            metadata=theirs,
        ),
        pipelines.GetContactPipelineStatus(
            pb.GetContactPipelineStatusRequest(contact_id=contact, pipeline_id=made.id),
            metadata=theirs,
        ),
        pipelines.ListContactPipelineStatuses(
            pb.ListContactPipelineStatusesRequest(contact_id=contact), metadata=theirs
        ),
        pipelines.ListContactPipelineHistory(
            pb.ListContactPipelineHistoryRequest(contact_id=contact), metadata=theirs
        ),
    ]
    for call in calls:
        assert (await failure(call)).code() == grpc.StatusCode.NOT_FOUND
