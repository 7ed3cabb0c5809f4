import hashlib
import re
import uuid
from datetime import timedelta

import pytest

from identity.domain.api_keys import ApiKey, parse_api_key
from identity.domain.errors import (
    ApiKeyExpired,
    ApiKeyRevoked,
    CredentialIsRevoked,
    InvalidApiKey,
)
from identity.domain.events import (
    CredentialCreated,
    CredentialExpired,
    CredentialRevoked,
    CredentialRotated,
    CredentialUpdated,
    CredentialUsed,
)
from identity.domain.roles import ProjectRole
from identity.domain.statuses import CredentialKind, CredentialState
from shared.domain import InvalidArgument
from tests.unit.identity.fakes import NOW

PROJECT = uuid.uuid4()
CREATOR = uuid.uuid4()


def issued(expire_in: timedelta | None = None) -> tuple[ApiKey, str]:
    key, plaintext = ApiKey.issue(
        project_id=PROJECT,
        name="Zapier",
        role=ProjectRole.AGENT,
        created_by=CREATOR,
        expire_time=NOW + expire_in if expire_in else None,
        now=NOW,
    )
    key.collect_events()
    return key, plaintext


def test_plaintext_carries_the_project_and_a_43_character_secret() -> None:
    _, plaintext = issued()
    assert re.fullmatch(rf"vk_{PROJECT.hex}_[A-Za-z0-9_-]{{43}}", plaintext)


def test_plaintext_parses_back_to_the_project_and_the_stored_hash() -> None:
    key, plaintext = issued()
    assert parse_api_key(plaintext) == (PROJECT, key.key_hash)


def test_only_a_sha256_hash_and_a_short_prefix_are_kept() -> None:
    key, plaintext = issued()
    assert key.key_hash == hashlib.sha256(plaintext.encode()).hexdigest()
    assert plaintext.startswith(key.key_prefix) and len(key.key_prefix) < len(plaintext) - 30


def test_two_keys_never_share_a_secret() -> None:
    assert issued()[1] != issued()[1]


def test_a_bearer_prefix_is_tolerated() -> None:
    _, plaintext = issued()
    assert parse_api_key(f"Bearer {plaintext}")[0] == PROJECT


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "dev-admin-key",
        "vk_nothex_" + "a" * 43,
        f"vk_{uuid.uuid4().hex}_short",
        f"sk_{uuid.uuid4().hex}_{'a' * 43}",
        f"vk_{uuid.uuid4().hex}_{'a' * 42}!",
    ],
)
def test_malformed_keys_are_invalid(raw: str) -> None:
    with pytest.raises(InvalidApiKey):
        parse_api_key(raw)


def test_issuing_records_credential_created() -> None:
    key, _ = ApiKey.issue(
        project_id=PROJECT, name="Zapier", role=ProjectRole.AGENT, created_by=CREATOR, now=NOW
    )
    [event] = key.collect_events()
    assert isinstance(event, CredentialCreated) and isinstance(event.credential, ApiKey)
    assert (event.credential.role, event.credential.created_by_user_id, event.project_id) == (
        ProjectRole.AGENT,
        CREATOR,
        PROJECT,
    )
    assert event.credential.kind == CredentialKind.API_KEY


def test_an_expire_time_in_the_past_is_rejected() -> None:
    with pytest.raises(InvalidArgument):
        issued(expire_in=-timedelta(seconds=1))


def test_a_live_key_is_usable() -> None:
    key, _ = issued(expire_in=timedelta(days=1))
    key.check_usable(NOW + timedelta(hours=23))


def test_a_revoked_key_is_rejected() -> None:
    key, _ = issued()
    key.revoke("leaked", now=NOW)
    with pytest.raises(ApiKeyRevoked):
        key.check_usable(NOW)
    [event] = key.collect_events()
    assert isinstance(event, CredentialRevoked) and event.reason == "leaked"


def test_a_key_past_its_expire_time_is_rejected() -> None:
    key, _ = issued(expire_in=timedelta(days=1))
    with pytest.raises(ApiKeyExpired):
        key.check_usable(NOW + timedelta(days=1))


def test_a_revoked_key_cannot_be_revoked_again() -> None:
    key, _ = issued()
    key.revoke()
    with pytest.raises(CredentialIsRevoked):
        key.revoke()


def test_uses_are_recorded_at_most_once_a_minute() -> None:
    key, _ = issued()
    recorded = [key.record_use(NOW + timedelta(seconds=s)) for s in (0, 10, 59)]
    assert recorded == [True, False, False]
    assert [type(e) for e in key.collect_events()] == [CredentialUsed]
    assert key.last_used_time == NOW


def test_a_use_a_minute_later_is_recorded_again() -> None:
    key, _ = issued()
    key.record_use(NOW)
    assert key.record_use(NOW + timedelta(minutes=1))
    assert len(key.collect_events()) == 2


def test_rotating_replaces_the_secret_and_keeps_the_key() -> None:
    key, old = issued()
    new = key.rotate(now=NOW)
    assert parse_api_key(new) == (PROJECT, key.key_hash)
    assert parse_api_key(old)[1] != key.key_hash
    [event] = key.collect_events()
    assert isinstance(event, CredentialRotated) and key.rotate_time == NOW


def test_rotating_an_expired_key_makes_it_usable_again() -> None:
    key, _ = issued(expire_in=timedelta(days=1))
    later = NOW + timedelta(days=2)
    key.expire(later)
    key.rotate(now=later)
    assert (key.state, key.expire_time) == (CredentialState.ACTIVE, None)
    key.check_usable(later)


def test_a_revoked_key_cannot_be_rotated() -> None:
    key, _ = issued()
    key.revoke()
    with pytest.raises(CredentialIsRevoked):
        key.rotate()


def test_expiring_marks_a_due_key_once() -> None:
    key, _ = issued(expire_in=timedelta(days=1))
    due = NOW + timedelta(days=1)
    assert not key.expire(due - timedelta(seconds=1))
    assert key.expire(due) and not key.expire(due)
    [event] = key.collect_events()
    assert isinstance(event, CredentialExpired) and key.state == CredentialState.EXPIRED


def test_a_key_above_its_owners_new_role_is_lowered_to_it() -> None:
    key, _ = issued()
    assert key.limit_role(ProjectRole.VIEWER)
    assert key.role == ProjectRole.VIEWER
    [event] = key.collect_events()
    assert isinstance(event, CredentialUpdated) and event.changed_fields == ("role",)


def test_a_key_within_the_new_role_is_left_alone() -> None:
    key, _ = issued()
    assert not key.limit_role(ProjectRole.SUPERVISOR)
    assert key.collect_events() == []


def test_a_revoked_key_cannot_be_updated() -> None:
    key, _ = issued()
    key.revoke()
    with pytest.raises(CredentialIsRevoked):
        key.update(name="renamed")
