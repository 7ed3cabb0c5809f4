"""Another service calls crm inside a project named per call, trusted via its signed token."""

from __future__ import annotations

import grpc
import pytest

from identity.bootstrap import Identity
from shared.auth import service_principal
from tests.integration.crm.conftest import Tenant
from ventros.crm.v1 import contact_service_pb2 as pb
from ventros.crm.v1 import contact_service_pb2_grpc

pytestmark = pytest.mark.integration


def service_metadata(identity: Identity, project_id: str, permissions: set[str]) -> tuple:  # type: ignore[type-arg]
    token = identity.issuer.issue(service_principal("messaging", frozenset(permissions))).token
    return (("authorization", f"Bearer {token}"), ("x-ventros-project-id", project_id))


async def test_a_service_finds_or_creates_a_contact_in_the_project_it_names(
    crm_channel: grpc.aio.Channel, identity: Identity, tenant: Tenant
) -> None:
    stub = contact_service_pb2_grpc.ContactServiceStub(crm_channel)
    metadata = service_metadata(identity, tenant.project_id, {"contact:create", "contact:read"})
    answer = await stub.FindOrCreateContactByPhone(
        pb.FindOrCreateContactByPhoneRequest(wid="5511944445555@c.us"), metadata=metadata
    )
    assert answer.contact.project_id == tenant.project_id


async def test_a_service_without_the_permission_is_denied(
    crm_channel: grpc.aio.Channel, identity: Identity, tenant: Tenant
) -> None:
    stub = contact_service_pb2_grpc.ContactServiceStub(crm_channel)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.FindOrCreateContactByPhone(
            pb.FindOrCreateContactByPhoneRequest(wid="5511944445556@c.us"),
            metadata=service_metadata(identity, tenant.project_id, set()),
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_a_user_cannot_name_another_project_with_the_header(
    crm_channel: grpc.aio.Channel, tenant: Tenant, other_tenant: Tenant
) -> None:
    stub = contact_service_pb2_grpc.ContactServiceStub(crm_channel)
    metadata = (*tenant.bearer(), ("x-ventros-project-id", other_tenant.project_id))
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.ListContacts(pb.ListContactsRequest(), metadata=metadata)
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_a_malformed_project_header_is_invalid_argument(
    crm_channel: grpc.aio.Channel, identity: Identity
) -> None:
    stub = contact_service_pb2_grpc.ContactServiceStub(crm_channel)
    token = identity.issuer.issue(service_principal("messaging", frozenset({"contact:read"}))).token
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.ListContacts(
            pb.ListContactsRequest(),
            metadata=(("authorization", f"Bearer {token}"), ("x-ventros-project-id", "nope")),
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
