import uuid
from datetime import timedelta
from typing import Any

import pytest

from identity.domain.errors import CredentialIsRevoked, SecretExpired
from identity.domain.events import (
    CredentialCreated,
    CredentialRotated,
    CredentialUpdated,
    CredentialUsed,
)
from identity.domain.oauth import OAuthToken
from identity.domain.secrets import Credential, associated_data
from identity.domain.statuses import CredentialKind, CredentialRotationReason, CredentialType
from shared.domain import InvalidArgument
from tests.unit.identity.fakes import NOW, CipherRejected, FakeCipher

cipher = FakeCipher()
PROJECT = uuid.uuid4()


def waha_key(**overrides: Any) -> Credential:
    fields: dict[str, Any] = {
        "project_id": PROJECT,
        "type": CredentialType.WAHA_INSTANCE,
        "name": "waha",
        "secret": b"waha-api-key",
        "cipher": cipher,
        "created_by": None,
        "now": NOW,
    }
    credential = Credential.store(**{**fields, **overrides})
    credential.collect_events()
    return credential


def oauth_token(expires_in: timedelta) -> OAuthToken:
    return OAuthToken(access_token_expire_time=NOW + expires_in, has_refresh_token=True)


def meta_cloud(expires_in: timedelta) -> Credential:
    return waha_key(type=CredentialType.META_WHATSAPP_CLOUD, oauth=oauth_token(expires_in))


def test_storing_encrypts_bound_to_the_project_and_credential() -> None:
    credential = waha_key()
    assert b"waha-api-key" not in credential.ciphertext
    ad = associated_data(PROJECT, credential.id)
    assert cipher.decrypt(credential.ciphertext, ad) == b"waha-api-key"


def test_a_ciphertext_moved_to_another_row_cannot_be_decrypted() -> None:
    victim, thief = waha_key(), waha_key()
    thief.ciphertext = victim.ciphertext
    with pytest.raises(CipherRejected):
        thief.reveal(cipher, NOW)


def test_storing_records_credential_created_without_the_secret() -> None:
    credential = Credential.store(
        project_id=PROJECT,
        type=CredentialType.BASIC_AUTH,
        name="crm",
        secret=b"u:p",
        cipher=cipher,
        created_by=None,
    )
    [event] = credential.collect_events()
    assert isinstance(event, CredentialCreated) and isinstance(event.credential, Credential)
    assert (event.credential.kind, event.credential.type) == (
        CredentialKind.SECRET,
        CredentialType.BASIC_AUTH,
    )
    assert "u:p" not in repr(event)


def test_revealing_returns_the_plaintext_and_records_the_use() -> None:
    credential = waha_key()
    assert credential.reveal(cipher, NOW, purpose="send message") == b"waha-api-key"
    [event] = credential.collect_events()
    assert isinstance(event, CredentialUsed)
    assert (event.credential_type, event.purpose) == (CredentialType.WAHA_INSTANCE, "send message")


@pytest.mark.parametrize("minutes", [30, 5, -1])
def test_an_oauth_token_needs_refresh_within_30_minutes_of_expiry(minutes: int) -> None:
    assert meta_cloud(timedelta(minutes=minutes)).needs_refresh(NOW)


def test_an_oauth_token_further_from_expiry_needs_no_refresh() -> None:
    assert not meta_cloud(timedelta(minutes=31)).needs_refresh(NOW)


def test_a_non_oauth_secret_never_needs_refresh() -> None:
    assert not waha_key().needs_refresh(NOW)


def test_oauth_types_require_oauth_tokens() -> None:
    with pytest.raises(InvalidArgument):
        waha_key(type=CredentialType.GOOGLE_ADS)


def test_other_types_refuse_oauth_tokens() -> None:
    with pytest.raises(InvalidArgument):
        waha_key(oauth=oauth_token(timedelta(hours=1)))


def test_an_empty_secret_is_rejected() -> None:
    with pytest.raises(InvalidArgument):
        waha_key(secret=b"")


def test_refreshing_an_oauth_token_replaces_the_value() -> None:
    credential = meta_cloud(timedelta(minutes=10))
    later = NOW + timedelta(minutes=5)
    credential.refresh_oauth(b"new-tokens", cipher, oauth_token(timedelta(hours=2)), now=later)
    assert credential.reveal(cipher, later) == b"new-tokens"
    assert not credential.needs_refresh(later)
    assert credential.oauth is not None and credential.oauth.last_refresh_time == later
    event = credential.collect_events()[0]
    assert isinstance(event, CredentialRotated)
    assert event.reason == CredentialRotationReason.OAUTH_REFRESH


def test_rotating_a_secret_is_a_manual_rotation() -> None:
    credential = waha_key()
    credential.rotate(b"new-waha-key", cipher, now=NOW)
    [event] = credential.collect_events()
    assert isinstance(event, CredentialRotated) and event.reason == CredentialRotationReason.MANUAL
    assert credential.reveal(cipher, NOW) == b"new-waha-key"


def test_updating_metadata_leaves_the_value_alone() -> None:
    credential = waha_key()
    before = credential.ciphertext
    assert credential.update(metadata={"base_url": "https://waha.example"}) == ("metadata",)
    [event] = credential.collect_events()
    assert isinstance(event, CredentialUpdated) and credential.ciphertext == before


def test_revoking_destroys_the_value() -> None:
    credential = waha_key()
    credential.revoke("channel deleted")
    assert credential.ciphertext == b""
    with pytest.raises(CredentialIsRevoked):
        credential.reveal(cipher, NOW)


def test_an_expired_secret_cannot_be_revealed() -> None:
    credential = waha_key(expire_time=NOW + timedelta(days=1))
    with pytest.raises(SecretExpired):
        credential.reveal(cipher, NOW + timedelta(days=1))
