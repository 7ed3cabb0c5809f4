"""CredentialService, encrypted secrets: stored with AES-256-GCM, never shown except by
RevealCredential, rotated, revoked, and OAuth tokens refreshed through the provider port."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from datetime import UTC, timedelta

import grpc
import pytest
from google.protobuf import field_mask_pb2

from identity import bootstrap
from identity.domain.secrets import associated_data
from identity.domain.statuses import CredentialType
from identity.service_layer.credentials import OAUTH_PROVIDERS, RefreshedTokens
from shared.domain import utcnow
from shared.grpc_errors import field_violations
from tests.integration.identity.conftest import Tenant
from ventros.identity.v1 import (
    authorization_pb2,
    credential_pb2,
    credential_service_pb2_grpc,
)
from ventros.identity.v1 import (
    credential_service_pb2 as pb,
)

pytestmark = pytest.mark.integration
Stub = credential_service_pb2_grpc.CredentialServiceStub
WAHA = credential_pb2.CREDENTIAL_TYPE_WAHA_INSTANCE
GOOGLE_ADS = credential_pb2.CREDENTIAL_TYPE_GOOGLE_ADS
META_ADS = credential_pb2.CREDENTIAL_TYPE_META_ADS


class FakeGoogleOAuth:
    """Stands in for Google's token endpoint (an external system): answers refreshes."""

    def __init__(self) -> None:
        self.refresh_tokens: list[str] = []

    async def refresh(
        self,
        *,
        type: CredentialType,
        refresh_token: str,
        scopes: tuple[str, ...],
        metadata: dict[str, str],
    ) -> RefreshedTokens:
        self.refresh_tokens.append(refresh_token)
        n = len(self.refresh_tokens)
        return RefreshedTokens(
            access_token=f"ya29.fresh-{n}",
            expires_in=timedelta(hours=1),
            refresh_token=f"1//rotated-{n}",
        )


@pytest.fixture
def google() -> Iterator[FakeGoogleOAuth]:
    fake = FakeGoogleOAuth()
    OAUTH_PROVIDERS.register(CredentialType.GOOGLE_ADS, fake)
    yield fake
    OAUTH_PROVIDERS.unregister(CredentialType.GOOGLE_ADS)


@pytest.fixture
def secrets(channel: grpc.aio.Channel) -> Stub:
    return credential_service_pb2_grpc.CredentialServiceStub(channel)


async def failure(call) -> grpc.aio.AioRpcError:  # type: ignore[no-untyped-def]
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value


def mask(*paths: str) -> field_mask_pb2.FieldMask:
    return field_mask_pb2.FieldMask(paths=list(paths))


def oauth_secret(
    expires_in: timedelta, refresh_token: str = "1//refresh"
) -> credential_pb2.SecretValue:
    secret = credential_pb2.SecretValue(
        oauth_token=credential_pb2.OAuthTokenSecret(
            access_token="ya29.first",
            refresh_token=refresh_token,
            scopes=["ads"],
        )
    )
    secret.oauth_token.expires_in.FromTimedelta(expires_in)
    return secret


async def store(
    secrets: Stub,
    tenant: Tenant,
    *,
    type: int = WAHA,
    name: str | None = None,
    secret: credential_pb2.SecretValue | None = None,
    request_id: str = "",
    metadata: dict[str, str] | None = None,
) -> credential_pb2.Credential:
    response = await secrets.CreateCredential(
        pb.CreateCredentialRequest(
            credential=credential_pb2.Credential(
                type=type,
                name=name or f"secret {uuid.uuid4().hex[:8]}",
                metadata=metadata or {"base_url": "https://waha.example"},
            ),
            secret=secret or credential_pb2.SecretValue(token="waha-key-1234"),
            request_id=request_id,
        ),
        metadata=tenant.bearer(),
    )
    return response.credential


async def reveal(secrets: Stub, tenant: Tenant, credential_id: str) -> pb.RevealCredentialResponse:
    return await secrets.RevealCredential(
        pb.RevealCredentialRequest(credential_id=credential_id, purpose="call WAHA"),
        metadata=tenant.bearer(),
    )


async def role_key(secrets: Stub, tenant: Tenant, role: int) -> str:
    created = await secrets.CreateApiKey(
        pb.CreateApiKeyRequest(
            api_key=credential_pb2.ApiKey(name=f"r{uuid.uuid4().hex}", role=role)
        ),
        metadata=tenant.bearer(),
    )
    return created.plaintext_key


# create and read


async def test_a_secret_is_stored_encrypted_bound_to_its_row(
    secrets: Stub, identity: bootstrap.Identity, tenant: Tenant
) -> None:
    credential = await store(secrets, tenant)
    assert credential.state == credential_pb2.CREDENTIAL_STATE_ACTIVE
    assert credential.created_by_user_id == tenant.user_id
    assert dict(credential.metadata) == {"base_url": "https://waha.example"}
    async with identity.unit_of_work(project_id=uuid.UUID(tenant.project_id)) as uow:
        stored = await uow.credentials.get(uuid.UUID(credential.id))
    assert b"waha-key-1234" not in stored.ciphertext
    bound = associated_data(stored.project_id, stored.id)
    assert b"waha-key-1234" in identity.cipher.decrypt(stored.ciphertext, bound)
    with pytest.raises(Exception):  # noqa: B017 - any AEAD failure will do
        identity.cipher.decrypt(stored.ciphertext, associated_data(stored.project_id, uuid.uuid4()))


async def test_reading_and_listing_never_return_the_secret(secrets: Stub, tenant: Tenant) -> None:
    credential = await store(secrets, tenant)
    read = await secrets.GetCredential(
        pb.GetCredentialRequest(credential_id=credential.id), metadata=tenant.bearer()
    )
    listed = await secrets.ListCredentials(pb.ListCredentialsRequest(), metadata=tenant.bearer())
    assert read.credential == credential
    assert "waha-key-1234" not in str(read) + str(listed)


async def test_a_retried_create_returns_the_first_credential(secrets: Stub, tenant: Tenant) -> None:
    first = await store(secrets, tenant, name="retried", request_id="r-1")
    again = await store(secrets, tenant, name="retried", request_id="r-1")
    assert again.id == first.id


async def test_concurrent_retries_store_one_secret(secrets: Stub, tenant: Tenant) -> None:
    answers = await asyncio.gather(
        *(store(secrets, tenant, name="raced", request_id="race-1") for _ in range(4))
    )
    assert len({a.id for a in answers}) == 1


async def test_a_second_secret_with_the_same_name_already_exists(
    secrets: Stub, tenant: Tenant
) -> None:
    await store(secrets, tenant, name="waha main")
    error = await failure(store(secrets, tenant, name="waha main"))
    assert error.code() == grpc.StatusCode.ALREADY_EXISTS


async def test_create_names_the_missing_or_misfit_field(secrets: Stub, tenant: Tenant) -> None:
    cases = [
        (
            pb.CreateCredentialRequest(
                credential=credential_pb2.Credential(name="x"),
                secret=credential_pb2.SecretValue(token="t"),
            ),
            "credential.type",
        ),
        (
            pb.CreateCredentialRequest(credential=credential_pb2.Credential(type=WAHA, name="x")),
            "secret",
        ),
        (
            pb.CreateCredentialRequest(
                credential=credential_pb2.Credential(type=META_ADS, name="x"),
                secret=credential_pb2.SecretValue(token="t"),
            ),
            "secret.oauth_token",
        ),
        (
            pb.CreateCredentialRequest(
                credential=credential_pb2.Credential(
                    type=credential_pb2.CREDENTIAL_TYPE_BASIC_AUTH, name="x"
                ),
                secret=credential_pb2.SecretValue(token="t"),
            ),
            "secret.basic_auth",
        ),
        (
            pb.CreateCredentialRequest(
                credential=credential_pb2.Credential(type=WAHA, name=" "),
                secret=credential_pb2.SecretValue(token="t"),
            ),
            "name",
        ),
    ]
    for request, field in cases:
        error = await failure(secrets.CreateCredential(request, metadata=tenant.bearer()))
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT, field
        assert field in field_violations(error), (field, field_violations(error))


# reveal


async def test_reveal_returns_the_plaintext_and_records_the_use(
    secrets: Stub, tenant: Tenant
) -> None:
    credential = await store(secrets, tenant)
    revealed = await reveal(secrets, tenant, credential.id)
    assert revealed.secret.token == "waha-key-1234"
    assert revealed.credential.last_used_time.seconds > 0
    assert revealed.credential.version == credential.version + 1


async def test_basic_auth_and_json_secrets_round_trip(secrets: Stub, tenant: Tenant) -> None:
    basic = await store(
        secrets,
        tenant,
        type=credential_pb2.CREDENTIAL_TYPE_BASIC_AUTH,
        secret=credential_pb2.SecretValue(
            basic_auth=credential_pb2.BasicAuthSecret(username="ana", password="p@ss")
        ),
    )
    document = credential_pb2.SecretValue()
    document.json.update({"client_email": "svc@example.iam", "key": "-----BEGIN"})
    structured = await store(
        secrets, tenant, type=credential_pb2.CREDENTIAL_TYPE_API_KEY, secret=document
    )
    assert (await reveal(secrets, tenant, basic.id)).secret.basic_auth.password == "p@ss"
    revealed = (await reveal(secrets, tenant, structured.id)).secret
    assert revealed.json["client_email"] == "svc@example.iam"


async def test_only_an_admin_may_reveal_or_read_secrets(secrets: Stub, tenant: Tenant) -> None:
    credential = await store(secrets, tenant)
    for role in (authorization_pb2.PROJECT_ROLE_SUPERVISOR, authorization_pb2.PROJECT_ROLE_AGENT):
        key = await role_key(secrets, tenant, role)
        for call in (
            secrets.RevealCredential(
                pb.RevealCredentialRequest(credential_id=credential.id), metadata=tenant.bearer(key)
            ),
            secrets.GetCredential(
                pb.GetCredentialRequest(credential_id=credential.id), metadata=tenant.bearer(key)
            ),
        ):
            assert (await failure(call)).code() == grpc.StatusCode.PERMISSION_DENIED


async def test_an_unknown_secret_is_not_found(secrets: Stub, tenant: Tenant) -> None:
    error = await failure(
        secrets.GetCredential(
            pb.GetCredentialRequest(credential_id=str(uuid.uuid4())), metadata=tenant.bearer()
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


# list


async def test_listing_filters_by_type_state_and_refresh_need(
    secrets: Stub, tenant: Tenant
) -> None:
    waha = await store(secrets, tenant)
    soon = await store(secrets, tenant, type=GOOGLE_ADS, secret=oauth_secret(timedelta(minutes=10)))
    later = await store(secrets, tenant, type=GOOGLE_ADS, secret=oauth_secret(timedelta(hours=5)))
    google = await secrets.ListCredentials(
        pb.ListCredentialsRequest(type=GOOGLE_ADS), metadata=tenant.bearer()
    )
    assert [c.id for c in google.credentials] == [later.id, soon.id]
    assert all(c.requires_oauth for c in google.credentials)
    due = await secrets.ListCredentials(
        pb.ListCredentialsRequest(needs_refresh=True), metadata=tenant.bearer()
    )
    assert [c.id for c in due.credentials] == [soon.id] and due.credentials[0].oauth.needs_refresh
    await secrets.RevokeCredential(
        pb.RevokeCredentialRequest(credential_id=waha.id), metadata=tenant.bearer()
    )
    revoked = await secrets.ListCredentials(
        pb.ListCredentialsRequest(state=credential_pb2.CREDENTIAL_STATE_REVOKED),
        metadata=tenant.bearer(),
    )
    assert [c.id for c in revoked.credentials] == [waha.id]
    bad = await failure(
        secrets.ListCredentials(
            pb.ListCredentialsRequest(filter="type = waha"), metadata=tenant.bearer()
        )
    )
    assert "filter" in field_violations(bad)


# update, rotate, revoke


async def test_updating_changes_the_masked_metadata_only(secrets: Stub, tenant: Tenant) -> None:
    credential = await store(secrets, tenant, name="waha old")
    change = credential_pb2.Credential(
        id=credential.id,
        name="waha new",
        description="ignored",
        version=credential.version,
        metadata={"base_url": "https://waha2.example", "session": "main"},
    )
    updated = (
        await secrets.UpdateCredential(
            pb.UpdateCredentialRequest(credential=change, update_mask=mask("name", "metadata")),
            metadata=tenant.bearer(),
        )
    ).credential
    assert updated.name == "waha new" and updated.description == ""
    assert dict(updated.metadata) == {"base_url": "https://waha2.example", "session": "main"}
    assert (await reveal(secrets, tenant, credential.id)).secret.token == "waha-key-1234"


async def test_updating_with_a_stale_version_is_aborted(secrets: Stub, tenant: Tenant) -> None:
    credential = await store(secrets, tenant)
    change = credential_pb2.Credential(id=credential.id, name="x", version=credential.version + 1)
    error = await failure(
        secrets.UpdateCredential(
            pb.UpdateCredentialRequest(credential=change, update_mask=mask("name")),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.ABORTED


async def test_updating_refuses_the_secret_value_in_the_mask(secrets: Stub, tenant: Tenant) -> None:
    credential = await store(secrets, tenant)
    error = await failure(
        secrets.UpdateCredential(
            pb.UpdateCredentialRequest(
                credential=credential_pb2.Credential(id=credential.id),
                update_mask=mask("ciphertext"),
            ),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT


async def test_rotating_replaces_the_value(secrets: Stub, tenant: Tenant) -> None:
    credential = await store(secrets, tenant)
    rotated = (
        await secrets.RotateCredential(
            pb.RotateCredentialRequest(
                credential_id=credential.id,
                secret=credential_pb2.SecretValue(token="waha-key-5678"),
                version=credential.version,
            ),
            metadata=tenant.bearer(),
        )
    ).credential
    assert rotated.rotate_time.seconds > 0
    assert (await reveal(secrets, tenant, credential.id)).secret.token == "waha-key-5678"


async def test_rotating_checks_version_and_value_kind(secrets: Stub, tenant: Tenant) -> None:
    credential = await store(secrets, tenant)
    stale = await failure(
        secrets.RotateCredential(
            pb.RotateCredentialRequest(
                credential_id=credential.id,
                secret=credential_pb2.SecretValue(token="n"),
                version=credential.version + 1,
            ),
            metadata=tenant.bearer(),
        )
    )
    assert stale.code() == grpc.StatusCode.ABORTED
    misfit = await failure(
        secrets.RotateCredential(
            pb.RotateCredentialRequest(
                credential_id=credential.id, secret=oauth_secret(timedelta(hours=1))
            ),
            metadata=tenant.bearer(),
        )
    )
    assert "secret.oauth_token" in field_violations(misfit)


async def test_a_revoked_secret_is_destroyed_and_cannot_be_revealed(
    secrets: Stub, identity: bootstrap.Identity, tenant: Tenant
) -> None:
    credential = await store(secrets, tenant)
    revoked = (
        await secrets.RevokeCredential(
            pb.RevokeCredentialRequest(
                credential_id=credential.id, reason="rotated out", version=credential.version
            ),
            metadata=tenant.bearer(),
        )
    ).credential
    assert revoked.state == credential_pb2.CREDENTIAL_STATE_REVOKED
    async with identity.unit_of_work(project_id=uuid.UUID(tenant.project_id)) as uow:
        assert (await uow.credentials.get(uuid.UUID(credential.id))).ciphertext == b""
    error = await failure(reveal(secrets, tenant, credential.id))
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_revoking_with_a_stale_version_is_aborted(secrets: Stub, tenant: Tenant) -> None:
    credential = await store(secrets, tenant)
    error = await failure(
        secrets.RevokeCredential(
            pb.RevokeCredentialRequest(credential_id=credential.id, version=credential.version + 1),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.ABORTED


# OAuth refresh


async def test_refresh_without_a_configured_provider_is_failed_precondition(
    secrets: Stub, tenant: Tenant
) -> None:
    credential = await store(
        secrets, tenant, type=META_ADS, secret=oauth_secret(timedelta(minutes=5))
    )
    error = await failure(
        secrets.RefreshOAuthToken(
            pb.RefreshOAuthTokenRequest(credential_id=credential.id), metadata=tenant.bearer()
        )
    )
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert error.details() == "no OAuth provider configured for meta_ads"


async def test_a_token_close_to_expiry_is_refreshed_through_the_provider(
    secrets: Stub, tenant: Tenant, google: FakeGoogleOAuth
) -> None:
    credential = await store(
        secrets, tenant, type=GOOGLE_ADS, secret=oauth_secret(timedelta(minutes=10))
    )
    answer = await secrets.RefreshOAuthToken(
        pb.RefreshOAuthTokenRequest(credential_id=credential.id), metadata=tenant.bearer()
    )
    assert answer.refreshed and google.refresh_tokens == ["1//refresh"]
    expiry = answer.credential.oauth.access_token_expire_time.ToDatetime(tzinfo=UTC)
    assert expiry - utcnow() > timedelta(minutes=55)
    assert not answer.credential.oauth.needs_refresh
    assert answer.credential.oauth.last_refresh_time.seconds > 0
    tokens = (await reveal(secrets, tenant, credential.id)).secret.oauth_token
    assert (tokens.access_token, tokens.refresh_token) == ("ya29.fresh-1", "1//rotated-1")
    assert tokens.scopes == ["ads"]


async def test_a_fresh_token_is_refreshed_only_when_forced(
    secrets: Stub, tenant: Tenant, google: FakeGoogleOAuth
) -> None:
    credential = await store(
        secrets, tenant, type=GOOGLE_ADS, secret=oauth_secret(timedelta(hours=2))
    )
    lazy = await secrets.RefreshOAuthToken(
        pb.RefreshOAuthTokenRequest(credential_id=credential.id), metadata=tenant.bearer()
    )
    assert not lazy.refreshed and google.refresh_tokens == []
    forced = await secrets.RefreshOAuthToken(
        pb.RefreshOAuthTokenRequest(credential_id=credential.id, force=True),
        metadata=tenant.bearer(),
    )
    assert forced.refreshed and google.refresh_tokens == ["1//refresh"]


async def test_reveal_refreshes_a_token_close_to_expiry_first(
    secrets: Stub, tenant: Tenant, google: FakeGoogleOAuth
) -> None:
    credential = await store(
        secrets, tenant, type=GOOGLE_ADS, secret=oauth_secret(timedelta(minutes=1))
    )
    revealed = await reveal(secrets, tenant, credential.id)
    assert revealed.secret.oauth_token.access_token == "ya29.fresh-1"
    assert revealed.secret.oauth_token.expires_in.ToTimedelta() > timedelta(minutes=55)


async def test_refreshing_a_non_oauth_secret_is_failed_precondition(
    secrets: Stub, tenant: Tenant
) -> None:
    credential = await store(secrets, tenant)
    error = await failure(
        secrets.RefreshOAuthToken(
            pb.RefreshOAuthTokenRequest(credential_id=credential.id, force=True),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION


# tenant isolation


async def test_another_tenant_can_neither_see_nor_use_the_secrets(
    secrets: Stub, tenant: Tenant, other_tenant: Tenant, google: FakeGoogleOAuth
) -> None:
    credential = await store(
        secrets, tenant, type=GOOGLE_ADS, secret=oauth_secret(timedelta(minutes=5))
    )
    theirs = other_tenant.bearer()
    for call in (
        secrets.GetCredential(
            pb.GetCredentialRequest(credential_id=credential.id), metadata=theirs
        ),
        secrets.RevealCredential(
            pb.RevealCredentialRequest(credential_id=credential.id), metadata=theirs
        ),
        secrets.UpdateCredential(
            pb.UpdateCredentialRequest(
                credential=credential_pb2.Credential(id=credential.id, name="stolen"),
                update_mask=mask("name"),
            ),
            metadata=theirs,
        ),
        secrets.RotateCredential(
            pb.RotateCredentialRequest(
                credential_id=credential.id,
                secret=oauth_secret(timedelta(hours=1)),
            ),
            metadata=theirs,
        ),
        secrets.RevokeCredential(
            pb.RevokeCredentialRequest(credential_id=credential.id), metadata=theirs
        ),
        secrets.RefreshOAuthToken(
            pb.RefreshOAuthTokenRequest(credential_id=credential.id, force=True), metadata=theirs
        ),
        secrets.ListCredentials(
            pb.ListCredentialsRequest(project_id=tenant.project_id), metadata=theirs
        ),
    ):
        assert (await failure(call)).code() == grpc.StatusCode.NOT_FOUND
    listed = await secrets.ListCredentials(pb.ListCredentialsRequest(), metadata=theirs)
    assert credential.id not in {c.id for c in listed.credentials}
    assert google.refresh_tokens == []
    assert (await reveal(secrets, tenant, credential.id)).credential.state == (
        credential_pb2.CREDENTIAL_STATE_ACTIVE
    )
