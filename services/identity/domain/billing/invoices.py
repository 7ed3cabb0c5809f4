"""Invoice: a bill for a billing account; amounts are integer cents in one currency."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from identity.domain.base import VersionedAggregate, check_transition
from identity.domain.events import (
    InvoiceCreated,
    InvoiceMarkedUncollectible,
    InvoicePaid,
    InvoiceVoided,
)
from identity.domain.statuses import InvoiceStatus as Status
from identity.domain.statuses import UsageMetric
from identity.domain.values import optional_text, required_text
from shared.domain import InvalidArgument, new_id, utcnow

# draft -> open -> paid | uncollectible | void; as with the provider, an
# uncollectible invoice may still be paid or voided. paid and void are final.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.OPEN, Status.VOID}),
    Status.OPEN: frozenset({Status.PAID, Status.UNCOLLECTIBLE, Status.VOID}),
    Status.UNCOLLECTIBLE: frozenset({Status.PAID, Status.VOID}),
    Status.PAID: frozenset(),
    Status.VOID: frozenset(),
}
_CURRENCY = re.compile(r"[A-Z]{3}")
MAX_REASON_LENGTH = 500


def check_currency(code: str) -> str:
    if not _CURRENCY.fullmatch(code):
        raise InvalidArgument.field("currency", "must be an ISO 4217 code such as BRL")
    return code


@dataclass(frozen=True, kw_only=True)
class InvoiceLine:
    description: str
    quantity: int
    unit_amount_cents: int
    metric: UsageMetric | None = None

    def __post_init__(self) -> None:
        required_text(self.description, "line_items.description")
        if self.quantity < 1:
            raise InvalidArgument.field("line_items.quantity", "must be at least 1")
        if self.unit_amount_cents < 0:
            raise InvalidArgument.field("line_items.unit_amount", "must not be negative")

    @property
    def amount_cents(self) -> int:
        return self.quantity * self.unit_amount_cents


@dataclass(eq=False, kw_only=True)
class Invoice(VersionedAggregate):
    billing_account_id: uuid.UUID
    currency: str
    status: Status = Status.DRAFT
    lines: list[InvoiceLine] = field(default_factory=list)
    subscription_id: uuid.UUID | None = None
    number: str = ""
    amount_paid_cents: int = 0
    due_time: datetime | None = None
    paid_time: datetime | None = None
    void_time: datetime | None = None
    provider_invoice_id: str = ""

    @classmethod
    def draft(
        cls,
        *,
        billing_account_id: uuid.UUID,
        currency: str,
        lines: list[InvoiceLine] | None = None,
        subscription_id: uuid.UUID | None = None,
        due_time: datetime | None = None,
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> Invoice:
        moment = now or utcnow()
        invoice = cls(
            id=id or new_id(),
            billing_account_id=billing_account_id,
            currency=check_currency(currency),
            lines=list(lines or []),
            subscription_id=subscription_id,
            due_time=due_time,
            create_time=moment,
            update_time=moment,
        )
        invoice.record(InvoiceCreated(**invoice._envelope(moment), invoice=invoice.snapshot()))
        return invoice

    @property
    def amount_due_cents(self) -> int:
        return sum(line.amount_cents for line in self.lines)

    @property
    def amount_remaining_cents(self) -> int:
        return self.amount_due_cents - self.amount_paid_cents

    def finalize(self, *, now: datetime | None = None) -> None:
        """draft -> open: the amounts are fixed and payment is awaited. (The contract
        has no event for it; invoice.paid/voided/... carry the outcome.)"""
        self._move(Status.OPEN, now)

    def pay(self, *, now: datetime | None = None) -> None:
        moment = self._move(Status.PAID, now)
        self.amount_paid_cents, self.paid_time = self.amount_due_cents, moment
        self.record(
            InvoicePaid(
                **self._envelope(moment),
                billing_account_id=self.billing_account_id,
                subscription_id=self.subscription_id,
                currency=self.currency,
                amount_paid_cents=self.amount_paid_cents,
            )
        )

    def mark_uncollectible(self, reason: str = "", *, now: datetime | None = None) -> None:
        moment = self._move(Status.UNCOLLECTIBLE, now)
        self.record(
            InvoiceMarkedUncollectible(
                **self._envelope(moment),
                billing_account_id=self.billing_account_id,
                currency=self.currency,
                amount_remaining_cents=self.amount_remaining_cents,
                reason=optional_text(reason, "reason", MAX_REASON_LENGTH),
            )
        )

    def void(self, reason: str = "", *, now: datetime | None = None) -> None:
        self.void_time = moment = self._move(Status.VOID, now)
        self.record(
            InvoiceVoided(
                **self._envelope(moment),
                billing_account_id=self.billing_account_id,
                reason=optional_text(reason, "reason", MAX_REASON_LENGTH),
            )
        )

    def _move(self, target: Status, now: datetime | None) -> datetime:
        check_transition("invoice", TRANSITIONS, self.status, target)
        self.status = target
        return self._touch(now)
