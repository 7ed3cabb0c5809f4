import uuid
from datetime import timedelta

import pytest

from identity.domain.billing import Subscription
from identity.domain.errors import SubscriptionIsClosed, TransitionNotAllowed
from identity.domain.events import SubscriptionCreated, SubscriptionUpdated
from identity.domain.statuses import SubscriptionStatus as Status
from shared.domain import InvalidArgument
from tests.unit.identity.fakes import NOW

MONTH = timedelta(days=30)


def started(trial: bool = False) -> Subscription:
    return Subscription.start(
        billing_account_id=uuid.uuid4(),
        plan_id="pro_monthly",
        period_start=NOW,
        period_end=NOW + MONTH,
        trial_end_time=NOW + timedelta(days=14) if trial else None,
        now=NOW,
    )


def test_a_subscription_with_a_trial_starts_trialing() -> None:
    sub = started(trial=True)
    [event] = sub.collect_events()
    assert isinstance(event, SubscriptionCreated)
    assert event.subscription.status == Status.TRIALING
    assert sub.is_active


def test_a_period_must_end_after_it_starts() -> None:
    with pytest.raises(InvalidArgument):
        Subscription.start(
            billing_account_id=uuid.uuid4(), plan_id="pro", period_start=NOW, period_end=NOW
        )


def test_status_changes_are_recorded_with_the_previous_status() -> None:
    sub = started()
    sub.collect_events()
    sub.change_status(Status.PAST_DUE)
    [event] = sub.collect_events()
    assert isinstance(event, SubscriptionUpdated)
    assert (event.previous_status, event.subscription.status, event.changed_fields) == (
        Status.ACTIVE,
        Status.PAST_DUE,
        ("status",),
    )
    assert not sub.is_active


def test_renewal_moves_the_period() -> None:
    sub = started()
    sub.renew(NOW + MONTH, NOW + 2 * MONTH)
    assert sub.current_period_end == NOW + 2 * MONTH


def test_canceling_at_period_end_keeps_it_active_until_then() -> None:
    sub = started()
    sub.cancel_at_end_of_period()
    assert sub.cancel_at_period_end and sub.is_active


def test_a_canceled_subscription_changes_no_more() -> None:
    sub = started()
    sub.cancel(now=NOW)
    with pytest.raises(TransitionNotAllowed):
        sub.change_status(Status.ACTIVE)
    with pytest.raises(SubscriptionIsClosed):
        sub.change_plan("enterprise")
