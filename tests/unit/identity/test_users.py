import uuid
from datetime import timedelta

import pytest

from identity.domain.errors import (
    IncorrectPassword,
    OldPasswordMismatch,
    SuspendedUserCannotLogIn,
    UserAlreadySuspended,
    UserNotSuspended,
)
from identity.domain.events import (
    UserPasswordChanged,
    UserReactivated,
    UserRegistered,
    UserSuspended,
    UserUpdated,
)
from identity.domain.roles import GlobalRole
from identity.domain.statuses import UserStatus
from identity.domain.users import User
from shared.domain import InvalidArgument
from tests.unit.identity.fakes import NOW, FakeHasher

hasher = FakeHasher()
LATER = NOW + timedelta(hours=1)


def registered() -> User:
    user = User.register(
        name="Ana", email="Ana@Example.com", password="correct horse", hasher=hasher, now=NOW
    )
    user.collect_events()
    return user


def test_register_stores_only_the_hash_from_the_port() -> None:
    user = registered()
    assert user.password_hash == hasher.hash("correct horse")
    assert "correct horse" not in user.password_hash


def test_register_records_user_registered_with_normalised_email() -> None:
    project_id = uuid.uuid4()
    user = User.register(
        name="Ana",
        email="Ana@Example.com",
        password="correct horse",
        hasher=hasher,
        default_project_id=project_id,
        now=NOW,
    )
    [event] = user.collect_events()
    assert isinstance(event, UserRegistered)
    assert (event.aggregate_id, event.user.email, event.default_project_id) == (
        user.id,
        "ana@example.com",
        project_id,
    )
    assert event.project_id == project_id
    assert (user.status, user.global_role, user.version) == (UserStatus.ACTIVE, GlobalRole.USER, 1)


def test_register_rejects_a_password_outside_the_policy() -> None:
    with pytest.raises(InvalidArgument):
        User.register(name="Ana", email="ana@example.com", password="short", hasher=hasher)


def test_the_right_password_verifies() -> None:
    registered().verify_password("correct horse", hasher)


def test_a_wrong_password_is_incorrect() -> None:
    with pytest.raises(IncorrectPassword):
        registered().verify_password("wrong horse", hasher)


def test_a_suspended_user_cannot_log_in() -> None:
    user = registered()
    user.suspend("chargeback", now=LATER)
    with pytest.raises(SuspendedUserCannotLogIn):
        user.verify_password("correct horse", hasher)


def test_a_wrong_password_does_not_reveal_a_suspension() -> None:
    user = registered()
    user.suspend(now=LATER)
    with pytest.raises(IncorrectPassword):
        user.verify_password("wrong horse", hasher)


def test_changing_password_needs_the_old_one() -> None:
    user = registered()
    with pytest.raises(OldPasswordMismatch) as caught:
        user.change_password("not the old one", "new password!", hasher)
    assert caught.value.violations[0].field == "old_password"
    assert user.password_hash == hasher.hash("correct horse")


def test_changing_password_replaces_the_hash_and_records_it() -> None:
    user = registered()
    user.change_password("correct horse", "battery staple", hasher, now=LATER)
    user.verify_password("battery staple", hasher)
    [event] = user.collect_events()
    assert isinstance(event, UserPasswordChanged) and not event.reset_by_admin
    assert (user.password_change_time, user.version, event.aggregate_version) == (LATER, 2, 2)


def test_the_new_password_must_meet_the_policy() -> None:
    with pytest.raises(InvalidArgument) as caught:
        registered().change_password("correct horse", "short", hasher)
    assert caught.value.violations[0].field == "new_password"


def test_a_reset_sets_the_password_without_the_old_one() -> None:
    user = registered()
    user.reset_password("battery staple", hasher, now=LATER)
    user.verify_password("battery staple", hasher)
    [event] = user.collect_events()
    assert isinstance(event, UserPasswordChanged) and event.reset_by_admin


def test_suspending_records_the_reason_and_the_users_projects() -> None:
    user, project = registered(), uuid.uuid4()
    user.suspend("chargeback", project_ids=[project], now=LATER)
    [event] = user.collect_events()
    assert isinstance(event, UserSuspended)
    assert (event.reason, event.project_ids) == ("chargeback", (project,))
    assert (user.status, user.suspend_time) == (UserStatus.SUSPENDED, LATER)


def test_a_reactivated_user_can_log_in_again() -> None:
    user = registered()
    user.suspend("chargeback")
    user.collect_events()
    user.reactivate()
    user.verify_password("correct horse", hasher)
    assert [type(e) for e in user.collect_events()] == [UserReactivated]
    assert user.suspension_reason == ""


def test_an_active_user_cannot_be_reactivated() -> None:
    with pytest.raises(UserNotSuspended):
        registered().reactivate()


def test_a_profile_update_records_a_snapshot_and_the_changed_fields() -> None:
    user = registered()
    assert user.update(name="Ana Maria", settings={"theme": "dark"}) == ("name", "settings")
    [event] = user.collect_events()
    assert isinstance(event, UserUpdated)
    assert (event.user.name, event.changed_fields) == ("Ana Maria", ("name", "settings"))


def test_a_suspended_user_cannot_be_suspended_again() -> None:
    user = registered()
    user.suspend()
    with pytest.raises(UserAlreadySuspended):
        user.suspend()
