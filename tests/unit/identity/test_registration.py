import pytest

from identity.domain.api_keys import parse_api_key
from identity.domain.events import (
    BillingAccountCreated,
    CredentialCreated,
    MemberAdded,
    ProjectCreated,
    UserRegistered,
)
from identity.domain.registration import Registration, register
from identity.domain.roles import ProjectRole
from identity.domain.statuses import BillingAccountStatus
from shared.domain import InvalidArgument
from tests.unit.identity.fakes import NOW, FakeHasher


def signed_up(**kwargs: str) -> Registration:
    return register(
        name="Ana Silva",
        email="Ana@Example.com",
        password="correct horse",
        hasher=FakeHasher(),
        now=NOW,
        **kwargs,
    )


def test_registering_creates_all_five_each_with_its_event() -> None:
    result = signed_up()
    events = [e for a in result.aggregates() for e in a.collect_events()]
    assert [type(e) for e in events] == [
        UserRegistered,
        BillingAccountCreated,
        ProjectCreated,
        MemberAdded,
        CredentialCreated,
    ]


def test_registered_ids_link_the_user_account_project_member_and_key() -> None:
    r = signed_up()
    assert r.user.default_project_id == r.project.id
    assert (r.billing_account.owner_user_id, r.project.owner_user_id) == (r.user.id, r.user.id)
    assert r.project.billing_account_id == r.billing_account.id
    assert (r.member.project_id, r.member.user_id) == (r.project.id, r.user.id)
    assert (r.api_key.project_id, r.api_key.created_by_user_id) == (r.project.id, r.user.id)


def test_the_sign_up_events_name_the_account_and_the_default_project() -> None:
    r = signed_up()
    user_event, _, project_event, *_ = [e for a in r.aggregates() for e in a.collect_events()]
    assert isinstance(user_event, UserRegistered) and isinstance(project_event, ProjectCreated)
    assert (user_event.billing_account_id, user_event.default_project_id) == (
        r.billing_account.id,
        r.project.id,
    )
    assert project_event.is_default_project and project_event.owner_name == "Ana Silva"


def test_the_project_events_belong_to_the_new_tenant() -> None:
    r = signed_up()
    for aggregate in (r.user, r.project, r.member, r.api_key):
        assert {e.project_id for e in aggregate.collect_events()} == {r.project.id}


def test_the_owner_is_admin_and_the_key_is_an_admin_key_named_default() -> None:
    r = signed_up()
    assert (r.member.role, r.api_key.role, r.api_key.name) == (
        ProjectRole.ADMIN,
        ProjectRole.ADMIN,
        "default",
    )


def test_the_plaintext_key_opens_the_new_project() -> None:
    r = signed_up()
    assert parse_api_key(r.api_key_plaintext) == (r.project.id, r.api_key.key_hash)


def test_the_default_project_is_named_after_the_user() -> None:
    assert signed_up().project.name == "Ana Silva's project"


def test_a_given_project_name_is_used() -> None:
    assert signed_up(project_name="Acme").project.name == "Acme"


def test_the_account_starts_pending_in_a_trial() -> None:
    account = signed_up().billing_account
    assert account.status == BillingAccountStatus.PENDING
    assert account.trial_end_time is not None and account.trial_end_time > NOW
    assert account.billing_email == "ana@example.com"


def test_a_very_long_name_still_gives_a_valid_project_name() -> None:
    r = register(
        name="A" * 200, email="a@example.com", password="correct horse", hasher=FakeHasher()
    )
    assert r.project.name.endswith("'s project") and len(r.project.name) == 200


def test_a_bad_password_stops_the_whole_registration() -> None:
    with pytest.raises(InvalidArgument):
        register(name="Ana", email="ana@example.com", password="short", hasher=FakeHasher())
