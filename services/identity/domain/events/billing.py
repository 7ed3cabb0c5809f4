"""Events of billing. Platform-level: project_id is None, except for usage
metered in one project."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from identity.domain.statuses import (
    BillingAccountStatus,
    SubscriptionStatus,
    UsageMetric,
    UsageRecordMode,
)
from shared.domain import DomainEvent

if TYPE_CHECKING:
    from identity.domain.billing import (
        BillingAccount,
        Invoice,
        PaymentMethod,
        Subscription,
    )


@dataclass(frozen=True, kw_only=True)
class BillingAccountCreated(DomainEvent):
    routing_key: ClassVar[str] = "identity.billing_account.created"
    billing_account: BillingAccount  # snapshot


@dataclass(frozen=True, kw_only=True)
class BillingAccountUpdated(DomainEvent):
    """Name, billing email or payment methods changed."""

    routing_key: ClassVar[str] = "identity.billing_account.updated"
    billing_account: BillingAccount  # snapshot after the change
    changed_fields: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class BillingAccountActivated(DomainEvent):
    """First activation (from pending) or reactivation (from suspended)."""

    routing_key: ClassVar[str] = "identity.billing_account.activated"
    owner_user_id: uuid.UUID
    previous_status: BillingAccountStatus
    default_payment_method: PaymentMethod | None
    project_ids: tuple[uuid.UUID, ...]  # projects the account pays for, given by the service


@dataclass(frozen=True, kw_only=True)
class BillingAccountSuspended(DomainEvent):
    routing_key: ClassVar[str] = "identity.billing_account.suspended"
    owner_user_id: uuid.UUID
    reason: str
    project_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True, kw_only=True)
class BillingAccountCanceled(DomainEvent):
    routing_key: ClassVar[str] = "identity.billing_account.canceled"
    owner_user_id: uuid.UUID
    reason: str
    project_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True, kw_only=True)
class SubscriptionCreated(DomainEvent):
    routing_key: ClassVar[str] = "identity.subscription.created"
    subscription: Subscription  # snapshot


@dataclass(frozen=True, kw_only=True)
class SubscriptionUpdated(DomainEvent):
    """Status, plan, period or cancellation changed."""

    routing_key: ClassVar[str] = "identity.subscription.updated"
    subscription: Subscription  # snapshot after the change
    previous_status: SubscriptionStatus
    changed_fields: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class InvoiceCreated(DomainEvent):
    routing_key: ClassVar[str] = "identity.invoice.created"
    invoice: Invoice  # snapshot


@dataclass(frozen=True, kw_only=True)
class InvoicePaid(DomainEvent):
    routing_key: ClassVar[str] = "identity.invoice.paid"
    billing_account_id: uuid.UUID
    subscription_id: uuid.UUID | None
    currency: str
    amount_paid_cents: int


@dataclass(frozen=True, kw_only=True)
class InvoiceVoided(DomainEvent):
    routing_key: ClassVar[str] = "identity.invoice.voided"
    billing_account_id: uuid.UUID
    reason: str


@dataclass(frozen=True, kw_only=True)
class InvoiceMarkedUncollectible(DomainEvent):
    routing_key: ClassVar[str] = "identity.invoice.marked_uncollectible"
    billing_account_id: uuid.UUID
    currency: str
    amount_remaining_cents: int
    reason: str


@dataclass(frozen=True, kw_only=True)
class UsageRecorded(DomainEvent):
    routing_key: ClassVar[str] = "identity.usage.recorded"
    billing_account_id: uuid.UUID
    metric: UsageMetric
    mode: UsageRecordMode
    quantity: int  # the amount added (increment) or the new level (set)
    total_quantity: int
    included_quantity: int
    period_start: datetime
    period_end: datetime
    request_id: str  # idempotency key, normally the causing event's id
