import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest

from identity.domain.billing import BillingAccount
from identity.domain.errors import PaymentMethodRequired, TransitionNotAllowed
from identity.domain.events import (
    BillingAccountActivated,
    BillingAccountCanceled,
    BillingAccountCreated,
    BillingAccountSuspended,
    BillingAccountUpdated,
)
from identity.domain.statuses import BillingAccountStatus as Status
from tests.unit.identity.fakes import NOW, active_account, card, pending_account


def suspended_account() -> BillingAccount:
    account = active_account()
    account.suspend("card declined", now=NOW)
    account.collect_events()
    return account


def canceled_account() -> BillingAccount:
    account = active_account()
    account.cancel(now=NOW)
    return account


def test_a_new_account_is_pending_and_recorded() -> None:
    account = pending_account()
    [event] = account.collect_events()
    assert isinstance(event, BillingAccountCreated)
    assert event.billing_account.billing_email == "billing@acme.example"
    assert account.status == Status.PENDING


def test_activating_a_pending_account_with_a_card() -> None:
    account = pending_account()
    account.collect_events()
    method = card()
    account.activate(method, now=NOW)
    [event] = account.collect_events()
    assert isinstance(event, BillingAccountActivated)
    assert (event.previous_status, event.default_payment_method) == (
        Status.PENDING,
        replace(method, is_default=True),
    )
    assert (account.status, account.activate_time) == (Status.ACTIVE, NOW)


def test_reactivation_needs_a_payment_method_on_file() -> None:
    account = active_account()
    account.suspend("declined")
    account.remove_payment_method(account.payment_methods[0].id)
    with pytest.raises(PaymentMethodRequired):
        account.reactivate()


def test_an_active_account_keeps_at_least_one_payment_method() -> None:
    account = active_account()
    with pytest.raises(PaymentMethodRequired):
        account.remove_payment_method(account.payment_methods[0].id)


def test_a_payment_method_added_as_default_becomes_the_only_default() -> None:
    account = active_account()
    second = card()
    account.add_payment_method(second, default=True)
    assert [m.is_default for m in account.payment_methods] == [False, True]
    assert account.default_payment_method is not None
    assert account.default_payment_method.id == second.id
    [event] = account.collect_events()
    assert isinstance(event, BillingAccountUpdated)
    assert event.changed_fields == ("payment_methods",)


def test_removing_the_default_method_promotes_another() -> None:
    account = active_account()
    first = account.payment_methods[0]
    account.add_payment_method(card(), default=False)
    account.remove_payment_method(first.id)
    assert [m.is_default for m in account.payment_methods] == [True]


def test_renaming_records_the_changed_fields_only() -> None:
    account = active_account()
    assert account.update(name="Acme Ltd", billing_email="billing@acme.example") == ("name",)
    [event] = account.collect_events()
    assert isinstance(event, BillingAccountUpdated)
    assert event.billing_account.name == "Acme Ltd"


def test_suspending_an_active_account_records_the_reason() -> None:
    account = active_account()
    project = uuid.uuid4()
    account.suspend("card declined", project_ids=[project], now=NOW)
    [event] = account.collect_events()
    assert isinstance(event, BillingAccountSuspended)
    assert (event.reason, event.project_ids, event.owner_user_id) == (
        "card declined",
        (project,),
        account.owner_user_id,
    )
    assert (account.status, account.suspend_time) == (Status.SUSPENDED, NOW)


def test_a_suspended_account_can_be_reactivated_with_its_method() -> None:
    account = suspended_account()
    account.reactivate()
    [event] = account.collect_events()
    assert isinstance(event, BillingAccountActivated)
    assert event.previous_status == Status.SUSPENDED
    assert (account.status, account.suspension_reason) == (Status.ACTIVE, "")


def test_canceling_is_final_and_recorded() -> None:
    account = active_account()
    account.cancel(now=NOW)
    [event] = account.collect_events()
    assert isinstance(event, BillingAccountCanceled)
    assert (account.status, account.cancel_time) == (Status.CANCELED, NOW)


@pytest.mark.parametrize(
    ("build", "move"),
    [
        (pending_account, lambda a: a.suspend("x")),
        (pending_account, lambda a: a.reactivate()),
        (canceled_account, lambda a: a.activate(card())),
        (canceled_account, lambda a: a.reactivate()),
        (canceled_account, lambda a: a.suspend("x")),
        (canceled_account, lambda a: a.cancel()),
        (suspended_account, lambda a: a.suspend("again")),
        (suspended_account, lambda a: a.activate(card())),
        (active_account, lambda a: a.activate(card())),
    ],
)
def test_illegal_moves_are_rejected(
    build: Callable[[], BillingAccount], move: Callable[[BillingAccount], None]
) -> None:
    account = build()
    before = account.status
    with pytest.raises(TransitionNotAllowed):
        move(account)
    assert account.status == before


def test_an_active_account_can_create_projects() -> None:
    assert active_account().can_create_project(NOW)


def test_a_pending_account_can_create_projects_only_during_its_trial() -> None:
    account = pending_account(trial=timedelta(days=14))
    assert account.can_create_project(NOW + timedelta(days=13))
    assert not account.can_create_project(NOW + timedelta(days=14))


def test_a_pending_account_without_trial_cannot_create_projects() -> None:
    assert not pending_account().can_create_project(NOW)


def test_a_suspended_account_cannot_create_projects() -> None:
    assert not suspended_account().can_create_project(NOW)
