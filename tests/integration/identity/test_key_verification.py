"""Other services authenticate API keys through identity, caching the answer briefly."""

from __future__ import annotations

import uuid

import grpc
import pytest

from identity import bootstrap
from identity.domain.api_keys import parse_api_key
from shared.auth import BearerAuthenticator, IdentityKeyVerifier, service_principal
from shared.domain import Unauthenticated
from tests.integration.identity.conftest import Tenant

pytestmark = pytest.mark.integration


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def verifier(channel: grpc.aio.Channel, identity: bootstrap.Identity) -> IdentityKeyVerifier:
    token = identity.issuer.issue(service_principal("crm")).token
    return IdentityKeyVerifier(channel, token)


async def revoke(identity: bootstrap.Identity, tenant: Tenant) -> None:
    project_id, key_hash = parse_api_key(tenant.api_key)
    async with identity.unit_of_work(project_id=project_id) as uow:
        key = await uow.api_keys.by_hash(key_hash)
        assert key is not None
        key.revoke("test")
        await uow.api_keys.save(key)
        await uow.commit()


async def test_a_service_turns_an_api_key_into_its_principal(
    channel: grpc.aio.Channel, identity: bootstrap.Identity, tenant: Tenant
) -> None:
    principal = await verifier(channel, identity)(tenant.api_key)
    assert principal.project_id == uuid.UUID(tenant.project_id)
    assert principal.kind == "api_key" and principal.role == "admin"
    assert "*:*" in principal.permissions


async def test_an_unknown_key_is_unauthenticated(
    channel: grpc.aio.Channel, identity: bootstrap.Identity, tenant: Tenant
) -> None:
    with pytest.raises(Unauthenticated, match="not_found"):
        await verifier(channel, identity)(tenant.api_key[:-3] + "xyz")


async def test_a_revoked_key_stops_working_once_the_cache_entry_expires(
    channel: grpc.aio.Channel, identity: bootstrap.Identity, tenant: Tenant
) -> None:
    clock = Clock()
    authenticator = BearerAuthenticator(
        identity.verifier, verifier(channel, identity), ttl_seconds=30, clock=clock
    )
    await authenticator.authenticate(tenant.api_key)
    await revoke(identity, tenant)
    await authenticator.authenticate(tenant.api_key)  # still cached: bounded staleness
    clock.now = 31
    with pytest.raises(Unauthenticated, match="revoked"):
        await authenticator.authenticate(tenant.api_key)


async def test_a_service_token_cannot_do_anything_but_verify_keys(
    channel: grpc.aio.Channel, identity: bootstrap.Identity, tenant: Tenant
) -> None:
    from ventros.identity.v1 import auth_service_pb2, auth_service_pb2_grpc

    token = identity.issuer.issue(service_principal("crm")).token
    stub = auth_service_pb2_grpc.AuthServiceStub(channel)
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await stub.GetCurrentPrincipal(
            auth_service_pb2.GetCurrentPrincipalRequest(),
            metadata=(("authorization", f"Bearer {token}"),),
        )
    assert caught.value.code() == grpc.StatusCode.PERMISSION_DENIED
