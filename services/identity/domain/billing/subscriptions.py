"""Subscription: a billing account's plan, mirroring the payment provider's state."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from identity.domain.base import VersionedAggregate, check_transition
from identity.domain.errors import SubscriptionIsClosed
from identity.domain.events import SubscriptionCreated, SubscriptionUpdated
from identity.domain.statuses import SubscriptionStatus as Status
from identity.domain.values import required_text
from shared.domain import InvalidArgument, new_id, utcnow

# The provider drives most moves; canceled and incomplete_expired are final.
_RUNNING = frozenset(
    {Status.TRIALING, Status.ACTIVE, Status.PAST_DUE, Status.UNPAID, Status.PAUSED}
)
_FINAL = frozenset({Status.CANCELED, Status.INCOMPLETE_EXPIRED})
TRANSITIONS: dict[Status, frozenset[Status]] = {
    **{status: (_RUNNING | {Status.CANCELED}) - {status} for status in _RUNNING},
    Status.INCOMPLETE: frozenset(
        {Status.ACTIVE, Status.TRIALING, Status.INCOMPLETE_EXPIRED, Status.CANCELED}
    ),
    Status.CANCELED: frozenset(),
    Status.INCOMPLETE_EXPIRED: frozenset(),
}


def check_period(start: datetime, end: datetime) -> None:
    if end <= start:
        raise InvalidArgument.field("current_period_end_time", "must be after the period start")


@dataclass(eq=False, kw_only=True)
class Subscription(VersionedAggregate):
    billing_account_id: uuid.UUID
    plan_id: str
    status: Status
    current_period_start: datetime
    current_period_end: datetime
    quantity: int = 1
    provider_subscription_id: str = ""
    trial_start_time: datetime | None = None
    trial_end_time: datetime | None = None
    cancel_at_period_end: bool = False
    cancel_time: datetime | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    @classmethod
    def start(
        cls,
        *,
        billing_account_id: uuid.UUID,
        plan_id: str,
        period_start: datetime,
        period_end: datetime,
        trial_end_time: datetime | None = None,
        quantity: int = 1,
        provider_subscription_id: str = "",
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> Subscription:
        """Trialing when a trial end is given, else active."""
        moment = now or utcnow()
        check_period(period_start, period_end)
        sub = cls(
            id=id or new_id(),
            billing_account_id=billing_account_id,
            plan_id=required_text(plan_id, "plan_id"),
            quantity=_quantity(quantity),
            status=Status.TRIALING if trial_end_time else Status.ACTIVE,
            current_period_start=period_start,
            current_period_end=period_end,
            trial_start_time=moment if trial_end_time else None,
            trial_end_time=trial_end_time,
            provider_subscription_id=provider_subscription_id,
            create_time=moment,
            update_time=moment,
        )
        sub.record(SubscriptionCreated(**sub._envelope(moment), subscription=sub.snapshot()))
        return sub

    @property
    def is_active(self) -> bool:
        return self.status in (Status.ACTIVE, Status.TRIALING)

    def change_status(self, status: Status, *, now: datetime | None = None) -> None:
        """As reported by the payment provider."""
        if status == self.status:
            return
        check_transition("subscription", TRANSITIONS, self.status, status)
        self._changed(now, status=status)

    def change_plan(self, plan_id: str, quantity: int = 1, *, now: datetime | None = None) -> None:
        self._changed(now, plan_id=required_text(plan_id, "plan_id"), quantity=_quantity(quantity))

    def renew(
        self, period_start: datetime, period_end: datetime, *, now: datetime | None = None
    ) -> None:
        check_period(period_start, period_end)
        self._changed(now, current_period_start=period_start, current_period_end=period_end)

    def cancel_at_end_of_period(self, *, now: datetime | None = None) -> None:
        self._changed(now, cancel_at_period_end=True)

    def cancel(self, *, now: datetime | None = None) -> None:
        """Immediately."""
        check_transition("subscription", TRANSITIONS, self.status, Status.CANCELED)
        self._changed(now, status=Status.CANCELED, cancel_time=now or utcnow())

    def _changed(self, now: datetime | None, **changes: object) -> None:
        """Apply the changes that differ; records SubscriptionUpdated if any did."""
        if self.status in _FINAL:
            raise SubscriptionIsClosed(f"subscription {self.id} is {self.status.value}")
        previous = self.status
        changed, moment = self._apply_changes(changes, now)
        if moment is None:
            return
        self.record(
            SubscriptionUpdated(
                **self._envelope(moment),
                subscription=self.snapshot(),
                previous_status=previous,
                changed_fields=changed,
            )
        )


def _quantity(quantity: int) -> int:
    if quantity < 1:
        raise InvalidArgument.field("quantity", "must be at least 1")
    return quantity
