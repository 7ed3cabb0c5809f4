"""BillingAccount: the paying party, which funds projects while in good standing."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from identity.domain import events
from identity.domain.base import VersionedAggregate, check_transition
from identity.domain.billing.payment_methods import PaymentMethod, with_method, without_method
from identity.domain.errors import (
    BillingAccountCannotCreateProject,
    PaymentMethodRequired,
    TransitionNotAllowed,
)
from identity.domain.statuses import BillingAccountStatus as Status
from identity.domain.values import Email, optional_text, required_text
from shared.domain import new_id, utcnow

TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.PENDING: frozenset({Status.ACTIVE, Status.CANCELED}),
    Status.ACTIVE: frozenset({Status.SUSPENDED, Status.CANCELED}),
    Status.SUSPENDED: frozenset({Status.ACTIVE, Status.CANCELED}),
    Status.CANCELED: frozenset(),
}
MAX_REASON_LENGTH = 500


@dataclass(eq=False, kw_only=True)
class BillingAccount(VersionedAggregate):
    owner_user_id: uuid.UUID
    name: str
    billing_email: Email
    status: Status = Status.PENDING
    payment_methods: list[PaymentMethod] = field(default_factory=list)
    provider_customer_id: str = ""
    trial_end_time: datetime | None = None
    suspension_reason: str = ""
    activate_time: datetime | None = None
    suspend_time: datetime | None = None
    cancel_time: datetime | None = None

    @classmethod
    def open(
        cls,
        *,
        owner_user_id: uuid.UUID,
        name: str,
        billing_email: str,
        trial_end_time: datetime | None = None,
        provider_customer_id: str = "",
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> BillingAccount:
        moment = now or utcnow()
        account = cls(
            id=id or new_id(),
            owner_user_id=owner_user_id,
            name=required_text(name, "name"),
            billing_email=Email(billing_email, "billing_email"),
            trial_end_time=trial_end_time,
            provider_customer_id=provider_customer_id,
            create_time=moment,
            update_time=moment,
        )
        account.record(
            events.BillingAccountCreated(
                **account._envelope(moment), billing_account=account.snapshot()
            )
        )
        return account

    def can_create_project(self, now: datetime) -> bool:
        """Active, or pending within its trial."""
        in_trial = self.trial_end_time is not None and now < self.trial_end_time
        return self.status == Status.ACTIVE or (self.status == Status.PENDING and in_trial)

    def check_can_create_project(self, now: datetime) -> None:
        if not self.can_create_project(now):
            raise BillingAccountCannotCreateProject(
                f"billing account {self.id} is {self.status.value} and cannot fund a new project"
            )

    @property
    def default_payment_method(self) -> PaymentMethod | None:
        return next((m for m in self.payment_methods if m.is_default), None)

    def update(
        self,
        *,
        name: str | None = None,
        billing_email: str | None = None,
        now: datetime | None = None,
    ) -> tuple[str, ...]:
        wanted = {
            "name": None if name is None else required_text(name, "name"),
            "billing_email": None
            if billing_email is None
            else Email(billing_email, "billing_email"),
        }
        changed = tuple(k for k, v in wanted.items() if v is not None and v != getattr(self, k))
        for key in changed:
            setattr(self, key, wanted[key])
        return self._updated(changed, now)

    def add_payment_method(
        self, method: PaymentMethod, *, default: bool = False, now: datetime | None = None
    ) -> None:
        """The first method, or one added with default=True, becomes the only default."""
        self.payment_methods = with_method(self.payment_methods, method, default=default)
        self._updated(("payment_methods",), now)

    def remove_payment_method(self, method_id: uuid.UUID, *, now: datetime | None = None) -> None:
        """An active account keeps at least one method."""
        kept = without_method(self.payment_methods, method_id)
        if not kept and self.status == Status.ACTIVE:
            raise PaymentMethodRequired(f"active billing account {self.id} needs a method")
        self.payment_methods = kept
        self._updated(("payment_methods",), now)

    def activate(
        self,
        payment_method: PaymentMethod,
        *,
        project_ids: Iterable[uuid.UUID] = (),
        now: datetime | None = None,
    ) -> None:
        """pending -> active; the method becomes the only default."""
        self._check_move(Status.ACTIVE, source=Status.PENDING)
        self.payment_methods = with_method(self.payment_methods, payment_method, default=True)
        self._activated(project_ids, now)

    def reactivate(
        self, *, project_ids: Iterable[uuid.UUID] = (), now: datetime | None = None
    ) -> None:
        """suspended -> active, with a payment method already on file."""
        self._check_move(Status.ACTIVE, source=Status.SUSPENDED)
        if not self.payment_methods:
            raise PaymentMethodRequired(f"billing account {self.id} has no payment method")
        self._activated(project_ids, now)

    def suspend(
        self, reason: str, *, project_ids: Iterable[uuid.UUID] = (), now: datetime | None = None
    ) -> None:
        self._check_move(Status.SUSPENDED)
        self.suspend_time = self._stop(Status.SUSPENDED, reason, project_ids, now)

    def cancel(
        self,
        reason: str = "canceled by the owner",
        *,
        project_ids: Iterable[uuid.UUID] = (),
        now: datetime | None = None,
    ) -> None:
        self._check_move(Status.CANCELED)
        self.cancel_time = self._stop(Status.CANCELED, reason, project_ids, now)

    def _check_move(self, target: Status, source: Status | None = None) -> None:
        check_transition("billing account", TRANSITIONS, self.status, target)
        if source is not None and self.status != source:  # e.g. reactivate, not activate
            raise TransitionNotAllowed("billing account", self.status.value, target.value)

    def _activated(self, project_ids: Iterable[uuid.UUID], now: datetime | None) -> None:
        previous, moment = self.status, self._touch(now)
        self.status, self.suspension_reason, self.suspend_time = Status.ACTIVE, "", None
        self.activate_time = self.activate_time or moment
        self.record(
            events.BillingAccountActivated(
                **self._envelope(moment),
                owner_user_id=self.owner_user_id,
                previous_status=previous,
                default_payment_method=self.default_payment_method,
                project_ids=tuple(project_ids),
            )
        )

    def _stop(
        self, status: Status, reason: str, project_ids: Iterable[uuid.UUID], now: datetime | None
    ) -> datetime:
        self.suspension_reason = optional_text(reason, "reason", MAX_REASON_LENGTH)
        self.status, moment = status, self._touch(now)
        stopped = (
            events.BillingAccountCanceled
            if status == Status.CANCELED
            else events.BillingAccountSuspended
        )
        self.record(
            stopped(
                **self._envelope(moment),
                owner_user_id=self.owner_user_id,
                reason=self.suspension_reason,
                project_ids=tuple(project_ids),
            )
        )
        return moment

    def _updated(self, changed: tuple[str, ...], now: datetime | None) -> tuple[str, ...]:
        if changed:
            moment = self._touch(now)
            self.record(
                events.BillingAccountUpdated(
                    **self._envelope(moment),
                    billing_account=self.snapshot(),
                    changed_fields=changed,
                )
            )
        return changed
