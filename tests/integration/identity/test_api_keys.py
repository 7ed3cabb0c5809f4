"""CredentialService, API keys: created, read, listed, changed, rotated and revoked over a
real channel on real PostgreSQL."""

from __future__ import annotations

import asyncio
import uuid

import grpc
import pytest
from google.protobuf import field_mask_pb2

from identity import bootstrap
from shared.context import Principal
from shared.grpc_errors import field_violations
from tests.integration.identity.conftest import Tenant, register
from ventros.identity.v1 import (
    auth_service_pb2 as auth_pb,
)
from ventros.identity.v1 import (
    auth_service_pb2_grpc,
    authorization_pb2,
    credential_pb2,
    credential_service_pb2_grpc,
)
from ventros.identity.v1 import (
    credential_service_pb2 as pb,
)

pytestmark = pytest.mark.integration

ADMIN, SUPERVISOR, AGENT, VIEWER = (
    authorization_pb2.PROJECT_ROLE_ADMIN,
    authorization_pb2.PROJECT_ROLE_SUPERVISOR,
    authorization_pb2.PROJECT_ROLE_AGENT,
    authorization_pb2.PROJECT_ROLE_VIEWER,
)


@pytest.fixture
def keys(channel: grpc.aio.Channel) -> credential_service_pb2_grpc.CredentialServiceStub:
    return credential_service_pb2_grpc.CredentialServiceStub(channel)


@pytest.fixture
def auth(channel: grpc.aio.Channel) -> auth_service_pb2_grpc.AuthServiceStub:
    return auth_service_pb2_grpc.AuthServiceStub(channel)


async def failure(call) -> grpc.aio.AioRpcError:  # type: ignore[no-untyped-def]
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value


async def create_key(
    keys: credential_service_pb2_grpc.CredentialServiceStub,
    tenant: Tenant,
    name: str | None = None,
    role: int = AGENT,
    request_id: str = "",
) -> pb.CreateApiKeyResponse:
    return await keys.CreateApiKey(
        pb.CreateApiKeyRequest(
            api_key=credential_pb2.ApiKey(name=name or f"key {uuid.uuid4().hex[:8]}", role=role),
            request_id=request_id,
        ),
        metadata=tenant.bearer(),
    )


def mask(*paths: str) -> field_mask_pb2.FieldMask:
    return field_mask_pb2.FieldMask(paths=list(paths))


# create


async def test_creating_a_key_returns_its_plaintext_once_and_stores_only_metadata(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    created = await create_key(keys, tenant, "Zapier integration", AGENT)
    assert created.plaintext_key.startswith(created.api_key.key_prefix)
    assert created.api_key.role == AGENT
    assert created.api_key.state == credential_pb2.CREDENTIAL_STATE_ACTIVE
    assert created.api_key.user_id == tenant.user_id
    assert created.api_key.project_id == tenant.project_id
    read = await keys.GetApiKey(
        pb.GetApiKeyRequest(api_key_id=created.api_key.id), metadata=tenant.bearer()
    )
    assert read.api_key == created.api_key
    assert created.plaintext_key not in str(read)


async def test_a_key_without_a_role_gets_the_callers_role(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    created = await create_key(keys, tenant, role=authorization_pb2.PROJECT_ROLE_UNSPECIFIED)
    assert created.api_key.role == ADMIN


async def test_a_retried_create_returns_the_same_key_without_its_plaintext(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    first = await create_key(keys, tenant, "retried", request_id="req-1")
    again = await create_key(keys, tenant, "retried", request_id="req-1")
    assert again.api_key.id == first.api_key.id
    assert first.plaintext_key and again.plaintext_key == ""


async def test_concurrent_retries_create_one_key(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    answers = await asyncio.gather(
        *(create_key(keys, tenant, "raced", request_id="race-1") for _ in range(4))
    )
    assert len({a.api_key.id for a in answers}) == 1
    assert sum(bool(a.plaintext_key) for a in answers) == 1


async def test_a_key_without_a_name_is_invalid_argument_naming_the_field(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    error = await failure(create_key(keys, tenant, name="   "))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "name" in field_violations(error)


async def test_a_key_expiring_in_the_past_is_invalid_argument(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    key = credential_pb2.ApiKey(name="old")
    key.expire_time.FromSeconds(1_000)
    error = await failure(
        keys.CreateApiKey(pb.CreateApiKeyRequest(api_key=key), metadata=tenant.bearer())
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "expire_time" in field_violations(error)


async def test_a_second_active_key_with_the_same_name_already_exists(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    await create_key(keys, tenant, "twin")
    error = await failure(create_key(keys, tenant, "twin"))
    assert error.code() == grpc.StatusCode.ALREADY_EXISTS


async def test_a_caller_cannot_create_a_key_above_its_own_role(
    keys: credential_service_pb2_grpc.CredentialServiceStub,
    identity: bootstrap.Identity,
    tenant: Tenant,
) -> None:
    # A supervisor that was granted credential:create still cannot mint an admin key.
    supervisor = identity.issuer.issue(
        Principal(
            subject=tenant.user_id,
            kind="user",
            project_id=uuid.UUID(tenant.project_id),
            user_id=uuid.UUID(tenant.user_id),
            role="supervisor",
            permissions=frozenset({"credential:create"}),
        )
    ).token
    request = pb.CreateApiKeyRequest(api_key=credential_pb2.ApiKey(name="escalate", role=ADMIN))
    error = await failure(keys.CreateApiKey(request, metadata=tenant.bearer(supervisor)))
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED
    lower = pb.CreateApiKeyRequest(api_key=credential_pb2.ApiKey(name="fine", role=AGENT))
    created = await keys.CreateApiKey(lower, metadata=tenant.bearer(supervisor))
    assert created.api_key.role == AGENT


async def test_a_weaker_role_cannot_manage_keys(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    agent = (await create_key(keys, tenant, role=AGENT)).plaintext_key
    for call in (
        keys.CreateApiKey(
            pb.CreateApiKeyRequest(api_key=credential_pb2.ApiKey(name="x")),
            metadata=tenant.bearer(agent),
        ),
        keys.ListApiKeys(pb.ListApiKeysRequest(), metadata=tenant.bearer(agent)),
    ):
        assert (await failure(call)).code() == grpc.StatusCode.PERMISSION_DENIED


async def test_creating_a_key_in_another_project_is_not_found(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant, other_tenant: Tenant
) -> None:
    request = pb.CreateApiKeyRequest(
        api_key=credential_pb2.ApiKey(name="intruder", project_id=other_tenant.project_id)
    )
    error = await failure(keys.CreateApiKey(request, metadata=tenant.bearer()))
    assert error.code() == grpc.StatusCode.NOT_FOUND


# read and list


async def test_an_unknown_key_is_not_found_and_a_malformed_id_is_invalid(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    missing = await failure(
        keys.GetApiKey(pb.GetApiKeyRequest(api_key_id=str(uuid.uuid4())), metadata=tenant.bearer())
    )
    assert missing.code() == grpc.StatusCode.NOT_FOUND
    malformed = await failure(
        keys.GetApiKey(pb.GetApiKeyRequest(api_key_id="nope"), metadata=tenant.bearer())
    )
    assert malformed.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "api_key_id" in field_violations(malformed)


async def test_listing_pages_through_the_projects_keys_newest_first(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    made = [(await create_key(keys, tenant)).api_key.id for _ in range(2)]
    first = await keys.ListApiKeys(pb.ListApiKeysRequest(page_size=2), metadata=tenant.bearer())
    assert [k.id for k in first.api_keys] == made[::-1]
    assert first.total_size == 3  # with the "default" key from registration
    rest = await keys.ListApiKeys(
        pb.ListApiKeysRequest(page_size=2, page_token=first.next_page_token),
        metadata=tenant.bearer(),
    )
    assert [k.name for k in rest.api_keys] == ["default"] and rest.next_page_token == ""


async def test_listing_filters_by_role_and_state(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    agent = (await create_key(keys, tenant, role=AGENT)).api_key
    viewer = (await create_key(keys, tenant, role=VIEWER)).api_key
    await keys.RevokeApiKey(pb.RevokeApiKeyRequest(api_key_id=viewer.id), metadata=tenant.bearer())
    agents = await keys.ListApiKeys(pb.ListApiKeysRequest(role=AGENT), metadata=tenant.bearer())
    assert [k.id for k in agents.api_keys] == [agent.id]
    revoked = await keys.ListApiKeys(
        pb.ListApiKeysRequest(state=credential_pb2.CREDENTIAL_STATE_REVOKED),
        metadata=tenant.bearer(),
    )
    assert [k.id for k in revoked.api_keys] == [viewer.id]
    mine = await keys.ListApiKeys(
        pb.ListApiKeysRequest(user_id=tenant.user_id, state=credential_pb2.CREDENTIAL_STATE_ACTIVE),
        metadata=tenant.bearer(),
    )
    assert {k.id for k in mine.api_keys} >= {agent.id} and viewer.id not in {
        k.id for k in mine.api_keys
    }


async def test_listing_refuses_filter_expressions_and_unsupported_order(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    bad_filter = await failure(
        keys.ListApiKeys(pb.ListApiKeysRequest(filter='name = "x"'), metadata=tenant.bearer())
    )
    assert "filter" in field_violations(bad_filter)
    bad_order = await failure(
        keys.ListApiKeys(pb.ListApiKeysRequest(order_by="name"), metadata=tenant.bearer())
    )
    assert bad_order.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "order_by" in field_violations(bad_order)


# update, rotate, revoke


async def test_updating_changes_only_the_masked_fields(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    key = (await create_key(keys, tenant, "before", role=AGENT)).api_key
    change = credential_pb2.ApiKey(
        id=key.id, name="after", description="for the CRM sync", role=VIEWER, version=key.version
    )
    updated = await keys.UpdateApiKey(
        pb.UpdateApiKeyRequest(api_key=change, update_mask=mask("name", "description")),
        metadata=tenant.bearer(),
    )
    assert (updated.api_key.name, updated.api_key.description) == ("after", "for the CRM sync")
    assert updated.api_key.role == AGENT
    assert updated.api_key.version == key.version + 1


async def test_updating_with_a_stale_version_is_aborted(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    key = (await create_key(keys, tenant)).api_key
    change = credential_pb2.ApiKey(id=key.id, name="renamed", version=key.version)
    await keys.UpdateApiKey(
        pb.UpdateApiKeyRequest(api_key=change, update_mask=mask("name")), metadata=tenant.bearer()
    )
    change.name = "renamed again"
    error = await failure(
        keys.UpdateApiKey(
            pb.UpdateApiKeyRequest(api_key=change, update_mask=mask("name")),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.ABORTED


async def test_updating_needs_a_mask_of_known_fields(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    key = (await create_key(keys, tenant)).api_key
    for paths in ((), ("key_hash",)):
        error = await failure(
            keys.UpdateApiKey(
                pb.UpdateApiKeyRequest(
                    api_key=credential_pb2.ApiKey(id=key.id), update_mask=mask(*paths)
                ),
                metadata=tenant.bearer(),
            )
        )
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert any(f.startswith("update_mask") for f in field_violations(error))


async def test_rotating_returns_a_new_key_and_the_old_one_stops_working(
    keys: credential_service_pb2_grpc.CredentialServiceStub,
    auth: auth_service_pb2_grpc.AuthServiceStub,
    tenant: Tenant,
) -> None:
    created = await create_key(keys, tenant)
    rotated = await keys.RotateApiKey(
        pb.RotateApiKeyRequest(api_key_id=created.api_key.id, version=created.api_key.version),
        metadata=tenant.bearer(),
    )
    assert rotated.plaintext_key and rotated.plaintext_key != created.plaintext_key
    assert rotated.api_key.rotate_time.seconds > 0
    old = await failure(
        auth.ExchangeToken(auth_pb.ExchangeTokenRequest(api_key=created.plaintext_key))
    )
    assert old.code() == grpc.StatusCode.UNAUTHENTICATED
    new = await auth.ExchangeToken(auth_pb.ExchangeTokenRequest(api_key=rotated.plaintext_key))
    assert new.principal.api_key_id == created.api_key.id


async def test_rotating_with_a_stale_version_is_aborted(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    key = (await create_key(keys, tenant)).api_key
    error = await failure(
        keys.RotateApiKey(
            pb.RotateApiKeyRequest(api_key_id=key.id, version=key.version + 5),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.ABORTED


async def test_revoking_is_final(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    key = (await create_key(keys, tenant)).api_key
    revoked = await keys.RevokeApiKey(
        pb.RevokeApiKeyRequest(api_key_id=key.id, reason="leaked", version=key.version),
        metadata=tenant.bearer(),
    )
    assert revoked.api_key.state == credential_pb2.CREDENTIAL_STATE_REVOKED
    assert revoked.api_key.revoke_reason == "leaked"
    for call in (
        keys.RevokeApiKey(pb.RevokeApiKeyRequest(api_key_id=key.id), metadata=tenant.bearer()),
        keys.RotateApiKey(pb.RotateApiKeyRequest(api_key_id=key.id), metadata=tenant.bearer()),
    ):
        assert (await failure(call)).code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_revoking_with_a_stale_version_is_aborted(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant
) -> None:
    key = (await create_key(keys, tenant)).api_key
    error = await failure(
        keys.RevokeApiKey(
            pb.RevokeApiKeyRequest(api_key_id=key.id, version=key.version + 1),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.ABORTED


# tenant isolation


async def test_another_tenant_can_neither_see_nor_touch_the_keys(
    keys: credential_service_pb2_grpc.CredentialServiceStub, tenant: Tenant, other_tenant: Tenant
) -> None:
    key = (await create_key(keys, tenant)).api_key
    theirs = other_tenant.bearer()
    for call in (
        keys.GetApiKey(pb.GetApiKeyRequest(api_key_id=key.id), metadata=theirs),
        keys.UpdateApiKey(
            pb.UpdateApiKeyRequest(
                api_key=credential_pb2.ApiKey(id=key.id, name="mine now"),
                update_mask=mask("name"),
            ),
            metadata=theirs,
        ),
        keys.RotateApiKey(pb.RotateApiKeyRequest(api_key_id=key.id), metadata=theirs),
        keys.RevokeApiKey(pb.RevokeApiKeyRequest(api_key_id=key.id), metadata=theirs),
        keys.ListApiKeys(pb.ListApiKeysRequest(project_id=tenant.project_id), metadata=theirs),
    ):
        error = await failure(call)
        assert error.code() == grpc.StatusCode.NOT_FOUND
    listed = await keys.ListApiKeys(pb.ListApiKeysRequest(), metadata=theirs)
    assert key.id not in {k.id for k in listed.api_keys}
    still = await keys.GetApiKey(pb.GetApiKeyRequest(api_key_id=key.id), metadata=tenant.bearer())
    assert still.api_key.state == credential_pb2.CREDENTIAL_STATE_ACTIVE


# the whole flow


async def agent_key_of(
    channel: grpc.aio.Channel,
    keys: credential_service_pb2_grpc.CredentialServiceStub,
    auth: auth_service_pb2_grpc.AuthServiceStub,
) -> tuple[Tenant, tuple[tuple[str, str], ...], pb.CreateApiKeyResponse]:
    """register → ExchangeToken → CreateApiKey(agent) with the exchanged token."""
    owner = await register(channel, "Flávia Rocha")
    token = await auth.ExchangeToken(auth_pb.ExchangeTokenRequest(api_key=owner.api_key))
    admin = owner.bearer(token.access_token.token)
    created = await keys.CreateApiKey(
        pb.CreateApiKeyRequest(api_key=credential_pb2.ApiKey(name="agent bot", role=AGENT)),
        metadata=admin,
    )
    return owner, admin, created


async def rejected(
    auth: auth_service_pb2_grpc.AuthServiceStub, owner: Tenant, key: str
) -> tuple[grpc.StatusCode, grpc.StatusCode]:
    """How ExchangeToken and a direct bearer use answer `key`."""
    at_exchange = await failure(auth.ExchangeToken(auth_pb.ExchangeTokenRequest(api_key=key)))
    as_bearer = await failure(
        auth.GetCurrentPrincipal(auth_pb.GetCurrentPrincipalRequest(), metadata=owner.bearer(key))
    )
    return at_exchange.code(), as_bearer.code()


async def test_a_revoked_agent_key_is_rejected_at_exchange_and_as_a_bearer_credential(
    channel: grpc.aio.Channel,
    keys: credential_service_pb2_grpc.CredentialServiceStub,
    auth: auth_service_pb2_grpc.AuthServiceStub,
) -> None:
    owner, admin, created = await agent_key_of(channel, keys, auth)
    exchanged = await auth.ExchangeToken(
        auth_pb.ExchangeTokenRequest(api_key=created.plaintext_key)
    )
    me = await auth.GetCurrentPrincipal(
        auth_pb.GetCurrentPrincipalRequest(),
        metadata=owner.bearer(exchanged.access_token.token),
    )
    assert me.principal.api_key_id == created.api_key.id
    assert me.principal.role == AGENT and "credential:read" not in me.principal.permissions
    direct = await auth.GetCurrentPrincipal(  # identity caches nothing for its own key checks
        auth_pb.GetCurrentPrincipalRequest(), metadata=owner.bearer(created.plaintext_key)
    )
    assert direct.principal.api_key_id == created.api_key.id

    await keys.RevokeApiKey(
        pb.RevokeApiKeyRequest(api_key_id=created.api_key.id, reason="bot retired"),
        metadata=admin,
    )
    unauthenticated = grpc.StatusCode.UNAUTHENTICATED
    assert await rejected(auth, owner, created.plaintext_key) == (unauthenticated, unauthenticated)
