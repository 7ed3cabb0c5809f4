"""The gRPC edge every service shares, exercised on identity over a real channel."""

from __future__ import annotations

import asyncio
import sys
import uuid
from datetime import timedelta
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from identity import bootstrap
from identity.domain.roles import DECLARED_PERMISSIONS, ProjectRole
from shared.context import Principal
from shared.tokens import TokenIssuer, generate_private_pem
from tests.integration.identity.conftest import Tenant
from ventros.identity.v1 import auth_service_pb2 as pb
from ventros.identity.v1 import auth_service_pb2_grpc

pytestmark = pytest.mark.integration


def token_for(identity: bootstrap.Identity, tenant: Tenant, role: ProjectRole) -> str:
    principal = Principal(
        subject=tenant.user_id,
        kind="user",
        project_id=uuid.UUID(tenant.project_id),
        user_id=uuid.UUID(tenant.user_id),
        role=role.value,
        permissions=DECLARED_PERMISSIONS[role],
    )
    return identity.issuer.issue(principal).token


async def call_verify(channel: grpc.aio.Channel, metadata: tuple = ()) -> pb.VerifyApiKeyResponse:  # type: ignore[type-arg]
    stub = auth_service_pb2_grpc.AuthServiceStub(channel)
    return await stub.VerifyApiKey(pb.VerifyApiKeyRequest(api_key="vk_x"), metadata=metadata)


async def status_of(call) -> grpc.StatusCode:  # type: ignore[no-untyped-def]
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value.code()


async def test_no_credential_is_unauthenticated(channel: grpc.aio.Channel) -> None:
    assert await status_of(call_verify(channel)) == grpc.StatusCode.UNAUTHENTICATED


async def test_a_malformed_authorization_header_is_unauthenticated(
    channel: grpc.aio.Channel,
) -> None:
    code = await status_of(call_verify(channel, (("authorization", "Basic abc"),)))
    assert code == grpc.StatusCode.UNAUTHENTICATED


async def test_a_token_signed_by_another_key_is_unauthenticated(
    channel: grpc.aio.Channel, tenant: Tenant
) -> None:
    forged = TokenIssuer(generate_private_pem()).issue(
        Principal(tenant.user_id, "user", uuid.UUID(tenant.project_id), "admin", frozenset({"*:*"}))
    )
    code = await status_of(call_verify(channel, tenant.bearer(forged.token)))
    assert code == grpc.StatusCode.UNAUTHENTICATED


async def test_an_expired_token_is_unauthenticated(
    channel: grpc.aio.Channel, identity: bootstrap.Identity, tenant: Tenant
) -> None:
    issuer = TokenIssuer(identity.config.token_signing_key, timedelta(seconds=-5))
    expired = issuer.issue(Principal(tenant.user_id, "user", uuid.UUID(tenant.project_id), "admin"))
    code = await status_of(call_verify(channel, tenant.bearer(expired.token)))
    assert code == grpc.StatusCode.UNAUTHENTICATED


async def test_a_role_without_the_rpcs_permission_is_permission_denied(
    channel: grpc.aio.Channel, identity: bootstrap.Identity, tenant: Tenant
) -> None:
    viewer = token_for(identity, tenant, ProjectRole.VIEWER)
    code = await status_of(call_verify(channel, tenant.bearer(viewer)))
    assert code == grpc.StatusCode.PERMISSION_DENIED


async def test_a_role_with_the_permission_passes(
    channel: grpc.aio.Channel, identity: bootstrap.Identity, tenant: Tenant
) -> None:
    admin = token_for(identity, tenant, ProjectRole.ADMIN)
    answer = await call_verify(channel, tenant.bearer(admin))
    assert answer.valid is False  # "vk_x" is no key, but the call itself was allowed


async def test_health_reports_serving(channel: grpc.aio.Channel) -> None:
    stub = health_pb2_grpc.HealthStub(channel)
    for service in ("", "ventros.identity.v1.AuthService"):
        answer = await stub.Check(health_pb2.HealthCheckRequest(service=service))
        assert answer.status == health_pb2.HealthCheckResponse.SERVING


async def test_reflection_lists_the_services(channel: grpc.aio.Channel) -> None:
    stub = reflection_pb2_grpc.ServerReflectionStub(channel)

    async def requests():  # type: ignore[no-untyped-def]
        yield reflection_pb2.ServerReflectionRequest(list_services="")

    async for answer in stub.ServerReflectionInfo(requests()):
        names = {s.name for s in answer.list_services_response.service}
        break
    assert {"ventros.identity.v1.AuthService", "grpc.health.v1.Health"} <= names


async def grpcurl(*args: str) -> tuple[int, str]:
    # The server shares this event loop, so the client must not block it.
    process = await asyncio.create_subprocess_exec(
        str(Path(sys.executable).parent / "grpcurl"),
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(process.communicate(), timeout=30)
    return process.returncode or 0, out.decode()


async def test_grpcurl_lists_and_describes_the_services_through_reflection(
    identity_address: str,
) -> None:
    code, listed = await grpcurl("-plaintext", identity_address, "list")
    assert code == 0 and "ventros.identity.v1.AuthService" in listed.split(), listed
    code, described = await grpcurl(
        "-plaintext", identity_address, "describe", "ventros.identity.v1.AuthService"
    )
    assert code == 0 and "RegisterRequest" in described, described
