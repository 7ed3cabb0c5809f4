"""Register, log in, exchange an API key for a token, verify keys — over a real channel."""

from __future__ import annotations

import grpc
import pytest

from shared.grpc_errors import field_violations
from tests.integration.identity.conftest import Tenant
from ventros.identity.v1 import auth_service_pb2 as pb
from ventros.identity.v1 import auth_service_pb2_grpc

pytestmark = pytest.mark.integration


@pytest.fixture
def auth(channel: grpc.aio.Channel) -> auth_service_pb2_grpc.AuthServiceStub:
    return auth_service_pb2_grpc.AuthServiceStub(channel)


async def test_register_creates_user_project_membership_billing_and_a_key_shown_once(
    auth: auth_service_pb2_grpc.AuthServiceStub,
) -> None:
    response = await auth.Register(
        pb.RegisterRequest(
            name="Carla Dias", email="Carla.Dias@Example.com", password="s3cret-enough"
        )
    )
    assert response.user.email == "carla.dias@example.com"
    assert response.project.owner_user_id == response.user.id
    assert response.member.role == 1  # PROJECT_ROLE_ADMIN
    assert response.billing_account.owner_user_id == response.user.id
    assert response.plaintext_api_key.startswith("vk_")
    assert response.api_key.key_prefix and response.plaintext_api_key.startswith(
        response.api_key.key_prefix
    )
    assert response.access_token.token.count(".") == 2


async def test_registering_an_email_twice_is_already_exists(
    auth: auth_service_pb2_grpc.AuthServiceStub, tenant: Tenant
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await auth.Register(
            pb.RegisterRequest(name="X", email=tenant.email.upper(), password="whatever123")
        )
    assert caught.value.code() == grpc.StatusCode.ALREADY_EXISTS


async def test_a_bad_email_is_invalid_argument_naming_the_field(
    auth: auth_service_pb2_grpc.AuthServiceStub,
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await auth.Register(
            pb.RegisterRequest(name="X", email="not-an-email", password="whatever123")
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "email" in field_violations(caught.value)


async def test_log_in_returns_a_token_for_the_default_project(
    auth: auth_service_pb2_grpc.AuthServiceStub, tenant: Tenant
) -> None:
    response = await auth.Login(pb.LoginRequest(email=tenant.email, password=tenant.password))
    assert response.principal.project_id == tenant.project_id
    assert [m.project_id for m in response.memberships] == [tenant.project_id]


async def test_a_wrong_password_and_an_unknown_email_get_the_same_answer(
    auth: auth_service_pb2_grpc.AuthServiceStub, tenant: Tenant
) -> None:
    answers = []
    for email, password in (
        (tenant.email, "wrong-password"),
        ("nobody@example.com", "whatever123"),
    ):
        with pytest.raises(grpc.aio.AioRpcError) as caught:
            await auth.Login(pb.LoginRequest(email=email, password=password))
        answers.append((caught.value.code(), caught.value.details()))
    assert answers[0] == answers[1]
    assert answers[0][0] == grpc.StatusCode.UNAUTHENTICATED


async def test_an_api_key_exchanges_for_a_token_that_works_as_a_credential(
    auth: auth_service_pb2_grpc.AuthServiceStub, tenant: Tenant
) -> None:
    exchanged = await auth.ExchangeToken(pb.ExchangeTokenRequest(api_key=tenant.api_key))
    assert exchanged.principal.project_id == tenant.project_id
    me = await auth.GetCurrentPrincipal(
        pb.GetCurrentPrincipalRequest(), metadata=tenant.bearer(exchanged.access_token.token)
    )
    assert me.principal.api_key_id and me.project.id == tenant.project_id


async def test_an_api_key_works_directly_as_a_bearer_credential(
    auth: auth_service_pb2_grpc.AuthServiceStub, tenant: Tenant
) -> None:
    me = await auth.GetCurrentPrincipal(
        pb.GetCurrentPrincipalRequest(), metadata=tenant.bearer(tenant.api_key)
    )
    assert me.project.id == tenant.project_id


async def test_a_forged_key_naming_another_project_is_rejected(
    auth: auth_service_pb2_grpc.AuthServiceStub, tenant: Tenant, other_tenant: Tenant
) -> None:
    # Take tenant's secret but claim other_tenant's project in the key's prefix.
    secret = tenant.api_key.rsplit("_", 1)[1]
    forged = f"vk_{other_tenant.project_id.replace('-', '')}_{secret}"
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await auth.ExchangeToken(pb.ExchangeTokenRequest(api_key=forged))
    assert caught.value.code() == grpc.StatusCode.UNAUTHENTICATED


async def test_verify_api_key_reports_an_unknown_key_as_invalid(
    auth: auth_service_pb2_grpc.AuthServiceStub, tenant: Tenant
) -> None:
    answer = await auth.VerifyApiKey(
        pb.VerifyApiKeyRequest(api_key=tenant.api_key[:-4] + "AAAA"), metadata=tenant.bearer()
    )
    assert not answer.valid and answer.rejection_reason == pb.API_KEY_REJECTION_REASON_NOT_FOUND
