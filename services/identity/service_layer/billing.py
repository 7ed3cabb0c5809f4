"""Billing: accounts and their payment methods, subscriptions, invoices and usage meters.

Row-level security decides what a caller sees: a billing account is visible to its
owner and from the projects it pays for; subscriptions, invoices and meters follow
their account. The payment provider is a port (identity.domain.ports.PaymentProvider).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import TypeVar

from identity.domain.billing import (
    BillingAccount,
    Invoice,
    InvoiceLine,
    PaymentMethod,
    Subscription,
    UsageMeter,
)
from identity.domain.errors import PaymentMethodRequired, TransitionNotAllowed
from identity.domain.ports import PaymentProvider
from identity.domain.statuses import (
    BillingAccountStatus,
    InvoiceStatus,
    SubscriptionStatus,
    UsageMetric,
    UsageRecordMode,
)
from identity.domain.values import Email, required_text
from identity.service_layer.credentials import check_list_request, own_project, remember_once
from identity.service_layer.unit_of_work import IdentityUnitOfWork
from shared.context import Principal
from shared.domain import (
    Aggregate,
    AlreadyExists,
    FailedPrecondition,
    InvalidArgument,
    PermissionDenied,
    check_version,
    new_id,
    utcnow,
)
from shared.repository import MAX_PAGE_SIZE, DocumentRepository, Page, Where

UnitOfWorkFactory = Callable[..., IdentityUnitOfWork]
A = TypeVar("A", bound=Aggregate)

SUBSCRIPTION_FIELDS = (
    "plan_id",
    "quantity",
    "status",
    "cancel_at_period_end",
    "current_period_start_time",
    "current_period_end_time",
)


def month_start(moment: datetime) -> datetime:
    """Usage is metered per calendar month (UTC)."""
    utc = moment.astimezone(UTC)
    return datetime(utc.year, utc.month, 1, tzinfo=UTC)


def next_month(start: datetime) -> datetime:
    return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)


def default_period_end(start: datetime) -> datetime:
    """One month after `start`, the same day clamped to the month's end."""
    first = next_month(start.replace(day=1))
    last_day = (next_month(first) - timedelta(days=1)).day
    return first.replace(day=min(start.day, last_day))


class BillingAccountClosed(FailedPrecondition):
    pass


@dataclass(frozen=True)
class Recorded:
    meter: UsageMeter
    duplicate: bool


class Billing:
    CREATE_ACCOUNT = "CreateBillingAccount"
    CREATE_SUBSCRIPTION = "CreateSubscription"
    CREATE_INVOICE = "CreateInvoice"
    RECORD_USAGE = "RecordUsage"

    def __init__(self, uow: UnitOfWorkFactory, payments: PaymentProvider) -> None:
        self._uow, self._payments = uow, payments

    def _scope(self, actor: Principal, project_id: uuid.UUID | None = None) -> IdentityUnitOfWork:
        return self._uow(project_id=own_project(actor, project_id), user_id=actor.user_id)

    # -- billing accounts ------------------------------------------------------------------

    async def create_account(
        self,
        actor: Principal,
        *,
        name: str,
        billing_email: str,
        owner_user_id: uuid.UUID | None = None,
        request_id: str = "",
    ) -> BillingAccount:
        if actor.user_id is None:
            raise PermissionDenied("only a user can own a billing account")
        if owner_user_id is not None and owner_user_id != actor.user_id:
            raise PermissionDenied("a billing account is owned by the user who creates it")
        project = own_project(actor)
        # Validate before the provider hears of it.
        name, email = required_text(name, "name"), Email(billing_email, "billing_email")
        async with self._scope(actor) as uow:
            existing = await uow.idempotency.seen(project, self.CREATE_ACCOUNT, request_id)
            if existing is not None:
                return await uow.billing_accounts.get(existing)
            account_id = new_id()
            customer = await self._payments.create_customer(
                billing_account_id=account_id, name=name, email=email
            )
            account = BillingAccount.open(
                id=account_id,
                owner_user_id=actor.user_id,
                name=name,
                billing_email=email,
                provider_customer_id=customer,
            )
            await uow.billing_accounts.add(account)
            if await remember_once(uow, project, self.CREATE_ACCOUNT, request_id, account.id):
                await uow.commit()
                return account
        return await self._created(
            actor, self.CREATE_ACCOUNT, request_id, lambda uow: uow.billing_accounts
        )

    async def get_account(self, actor: Principal, account_id: uuid.UUID) -> BillingAccount:
        async with self._scope(actor) as uow:
            return await uow.billing_accounts.get(account_id)

    async def list_accounts(
        self,
        actor: Principal,
        *,
        page_size: int,
        page_token: str,
        filter: str = "",
        order_by: str = "",
        owner_user_id: uuid.UUID | None = None,
        status: BillingAccountStatus | None = None,
    ) -> Page[BillingAccount]:
        check_list_request(filter, order_by)
        where = Where().equal("owner_user_id", owner_user_id).equal("status", _value(status))
        async with self._scope(actor) as uow:
            return await uow.billing_accounts.page(where.sql, where.params, page_size, page_token)

    async def update_account(
        self,
        actor: Principal,
        account_id: uuid.UUID,
        *,
        version: int,
        name: str | None = None,
        billing_email: str | None = None,
    ) -> BillingAccount:
        async with self._scope(actor) as uow:
            account = await self._account(uow, account_id, version)
            account.update(name=name, billing_email=billing_email)
            return await self._save_account(uow, account)

    async def add_payment_method(
        self,
        actor: Principal,
        account_id: uuid.UUID,
        method: PaymentMethod,
        *,
        make_default: bool,
        version: int,
    ) -> BillingAccount:
        async with self._scope(actor) as uow:
            account = await self._account(uow, account_id, version)
            self._check_open(account)
            account.add_payment_method(method, default=make_default)
            return await self._save_account(uow, account)

    async def remove_payment_method(
        self, actor: Principal, account_id: uuid.UUID, method_id: uuid.UUID, *, version: int
    ) -> BillingAccount:
        async with self._scope(actor) as uow:
            account = await self._account(uow, account_id, version)
            account.remove_payment_method(method_id)
            return await self._save_account(uow, account)

    async def activate_account(
        self,
        actor: Principal,
        account_id: uuid.UUID,
        method: PaymentMethod | None,
        *,
        version: int,
    ) -> BillingAccount:
        async with self._scope(actor) as uow:
            account = await self._account(uow, account_id, version)
            projects = await self._funded_projects(uow, account_id)
            if method is None:
                if account.status != BillingAccountStatus.PENDING:
                    raise TransitionNotAllowed(
                        "billing account", account.status.value, BillingAccountStatus.ACTIVE.value
                    )
                method = account.default_payment_method or next(iter(account.payment_methods), None)
                if method is None:
                    raise PaymentMethodRequired(
                        f"billing account {account_id} has no payment method: give one to activate"
                    )
                # The domain activates *with* a method, which becomes the only default; to
                # activate with one already on file, take it off and hand it back.
                account.remove_payment_method(method.id)
            account.activate(method, project_ids=projects)
            return await self._save_account(uow, account)

    async def suspend_account(
        self, actor: Principal, account_id: uuid.UUID, *, reason: str, version: int
    ) -> BillingAccount:
        async with self._scope(actor) as uow:
            account = await self._account(uow, account_id, version)
            account.suspend(reason, project_ids=await self._funded_projects(uow, account_id))
            return await self._save_account(uow, account)

    async def reactivate_account(
        self, actor: Principal, account_id: uuid.UUID, *, version: int
    ) -> BillingAccount:
        async with self._scope(actor) as uow:
            account = await self._account(uow, account_id, version)
            account.reactivate(project_ids=await self._funded_projects(uow, account_id))
            return await self._save_account(uow, account)

    async def cancel_account(
        self, actor: Principal, account_id: uuid.UUID, *, reason: str, version: int
    ) -> BillingAccount:
        async with self._scope(actor) as uow:
            account = await self._account(uow, account_id, version)
            account.cancel(
                reason or "canceled by the owner",
                project_ids=await self._funded_projects(uow, account_id),
            )
            return await self._save_account(uow, account)

    @staticmethod
    async def _account(
        uow: IdentityUnitOfWork, account_id: uuid.UUID, version: int
    ) -> BillingAccount:
        account = await uow.billing_accounts.get(account_id, for_update=True)
        check_version("billing account", account_id, version, account.version)
        return account

    @staticmethod
    async def _save_account(uow: IdentityUnitOfWork, account: BillingAccount) -> BillingAccount:
        await uow.billing_accounts.save(account)
        await uow.commit()
        return account

    @staticmethod
    def _check_open(account: BillingAccount) -> None:
        if account.status == BillingAccountStatus.CANCELED:
            raise BillingAccountClosed(f"billing account {account.id} is canceled")

    @staticmethod
    async def _funded_projects(uow: IdentityUnitOfWork, account_id: uuid.UUID) -> list[uuid.UUID]:
        """The projects (visible to the caller) that the account pays for, for the events."""
        found: list[uuid.UUID] = []
        token = ""
        while True:
            page = await uow.projects.page(
                "billing_account_id = :account", {"account": account_id}, MAX_PAGE_SIZE, token
            )
            found.extend(p.id for p in page.items)
            token = page.next_page_token
            if not token:
                return found

    async def _created(
        self,
        actor: Principal,
        operation: str,
        request_id: str,
        repository: Callable[[IdentityUnitOfWork], DocumentRepository[A]],
    ) -> A:
        """After losing a race with a concurrent retry: the resource that retry made."""
        project = own_project(actor)
        async with self._scope(actor) as uow:
            existing = await uow.idempotency.seen(project, operation, request_id)
            assert existing is not None
            return await repository(uow).get(existing)

    # -- subscriptions ---------------------------------------------------------------------

    async def create_subscription(
        self,
        actor: Principal,
        *,
        billing_account_id: uuid.UUID,
        plan_id: str,
        quantity: int,
        period_start: datetime | None = None,
        period_end: datetime | None = None,
        trial_end_time: datetime | None = None,
        provider_subscription_id: str = "",
        request_id: str = "",
    ) -> Subscription:
        project = own_project(actor)
        start = period_start or utcnow()
        end = period_end or default_period_end(start)
        async with self._scope(actor) as uow:
            existing = await uow.idempotency.seen(project, self.CREATE_SUBSCRIPTION, request_id)
            if existing is not None:
                return await uow.subscriptions.get(existing)
            account = await uow.billing_accounts.get(billing_account_id)
            self._check_open(account)
            subscription = Subscription.start(
                billing_account_id=account.id,
                plan_id=plan_id,
                quantity=quantity or 1,
                period_start=start,
                period_end=end,
                trial_end_time=trial_end_time,
                provider_subscription_id=provider_subscription_id,
            )
            await uow.subscriptions.add(subscription)
            if await remember_once(
                uow, project, self.CREATE_SUBSCRIPTION, request_id, subscription.id
            ):
                await uow.commit()
                return subscription
        return await self._created(
            actor, self.CREATE_SUBSCRIPTION, request_id, lambda uow: uow.subscriptions
        )

    async def get_subscription(self, actor: Principal, subscription_id: uuid.UUID) -> Subscription:
        async with self._scope(actor) as uow:
            return await uow.subscriptions.get(subscription_id)

    async def list_subscriptions(
        self,
        actor: Principal,
        *,
        page_size: int,
        page_token: str,
        filter: str = "",
        order_by: str = "",
        billing_account_id: uuid.UUID | None = None,
        status: SubscriptionStatus | None = None,
    ) -> Page[Subscription]:
        check_list_request(filter, order_by)
        where = (
            Where().equal("billing_account_id", billing_account_id).equal("status", _value(status))
        )
        async with self._scope(actor) as uow:
            return await uow.subscriptions.page(where.sql, where.params, page_size, page_token)

    async def update_subscription(
        self,
        actor: Principal,
        subscription_id: uuid.UUID,
        *,
        version: int,
        plan_id: str | None = None,
        quantity: int | None = None,
        status: SubscriptionStatus | None = None,
        cancel_at_period_end: bool | None = None,
        period_start: datetime | None = None,
        period_end: datetime | None = None,
    ) -> Subscription:
        """Fields left None are kept."""
        async with self._scope(actor) as uow:
            sub = await self._subscription(uow, subscription_id, version)
            if plan_id is not None or quantity is not None:
                sub.change_plan(
                    plan_id if plan_id is not None else sub.plan_id,
                    quantity if quantity is not None else sub.quantity,
                )
            if period_start is not None or period_end is not None:
                sub.renew(
                    period_start or sub.current_period_start, period_end or sub.current_period_end
                )
            if status is not None:
                sub.change_status(status)
            if cancel_at_period_end is True:
                sub.cancel_at_end_of_period()
            elif cancel_at_period_end is False and sub.cancel_at_period_end:
                raise FailedPrecondition(
                    f"subscription {subscription_id}: a scheduled cancellation cannot be withdrawn"
                )
            return await self._save_subscription(uow, sub)

    async def cancel_subscription(
        self, actor: Principal, subscription_id: uuid.UUID, *, at_period_end: bool, version: int
    ) -> Subscription:
        async with self._scope(actor) as uow:
            sub = await self._subscription(uow, subscription_id, version)
            if at_period_end:
                sub.cancel_at_end_of_period()
            else:
                sub.cancel()
            return await self._save_subscription(uow, sub)

    @staticmethod
    async def _subscription(
        uow: IdentityUnitOfWork, subscription_id: uuid.UUID, version: int
    ) -> Subscription:
        sub = await uow.subscriptions.get(subscription_id, for_update=True)
        check_version("subscription", subscription_id, version, sub.version)
        return sub

    @staticmethod
    async def _save_subscription(uow: IdentityUnitOfWork, sub: Subscription) -> Subscription:
        await uow.subscriptions.save(sub)
        await uow.commit()
        return sub

    # -- invoices --------------------------------------------------------------------------

    async def create_invoice(
        self,
        actor: Principal,
        *,
        billing_account_id: uuid.UUID,
        currency: str,
        lines: list[InvoiceLine],
        subscription_id: uuid.UUID | None = None,
        due_time: datetime | None = None,
        status: InvoiceStatus | None = None,
        request_id: str = "",
    ) -> Invoice:
        if status not in (None, InvoiceStatus.DRAFT, InvoiceStatus.OPEN):
            raise InvalidArgument.field("invoice.status", "a new invoice is draft or open")
        project = own_project(actor)
        async with self._scope(actor) as uow:
            existing = await uow.idempotency.seen(project, self.CREATE_INVOICE, request_id)
            if existing is not None:
                return await uow.invoices.get(existing)
            account = await uow.billing_accounts.get(billing_account_id)
            if subscription_id is not None:
                sub = await uow.subscriptions.find("id = :id", id=subscription_id)
                if sub is None or sub.billing_account_id != account.id:
                    raise InvalidArgument.field(
                        "invoice.subscription_id", "is not a subscription of this billing account"
                    )
            invoice = Invoice.draft(
                billing_account_id=account.id,
                currency=currency,
                lines=lines,
                subscription_id=subscription_id,
                due_time=due_time,
            )
            if status == InvoiceStatus.OPEN:
                invoice.finalize()
            await uow.invoices.add(invoice)
            if await remember_once(uow, project, self.CREATE_INVOICE, request_id, invoice.id):
                await uow.commit()
                return invoice
        return await self._created(actor, self.CREATE_INVOICE, request_id, lambda uow: uow.invoices)

    async def get_invoice(self, actor: Principal, invoice_id: uuid.UUID) -> Invoice:
        async with self._scope(actor) as uow:
            return await uow.invoices.get(invoice_id)

    async def list_invoices(
        self,
        actor: Principal,
        *,
        page_size: int,
        page_token: str,
        filter: str = "",
        order_by: str = "",
        billing_account_id: uuid.UUID | None = None,
        subscription_id: uuid.UUID | None = None,
        status: InvoiceStatus | None = None,
        overdue: bool = False,
    ) -> Page[Invoice]:
        check_list_request(filter, order_by)
        where = (
            Where()
            .equal("billing_account_id", billing_account_id)
            .equal("data->>'subscription_id'", str(subscription_id) if subscription_id else None)
            .equal("status", _value(status))
        )
        if overdue:
            where.add(
                "status NOT IN ('paid', 'void') AND data->>'due_time' IS NOT NULL "
                "AND (data->>'due_time')::timestamptz < :now",
                now=utcnow(),
            )
        async with self._scope(actor) as uow:
            return await uow.invoices.page(where.sql, where.params, page_size, page_token)

    async def mark_invoice_paid(
        self,
        actor: Principal,
        invoice_id: uuid.UUID,
        *,
        version: int,
        amount_paid_cents: int | None = None,
        currency: str = "",
        paid_time: datetime | None = None,
    ) -> Invoice:
        """Records a payment of the whole remaining amount (a draft is finalised first)."""
        moment = paid_time or utcnow()
        if moment > utcnow() + timedelta(minutes=5):
            raise InvalidArgument.field("paid_time", "must not be in the future")
        async with self._scope(actor) as uow:
            invoice = await self._invoice(uow, invoice_id, version)
            if currency and currency != invoice.currency:
                raise InvalidArgument.field(
                    "amount_paid.currency_code", f"must be the invoice's {invoice.currency}"
                )
            remaining = invoice.amount_remaining_cents
            if amount_paid_cents is not None and amount_paid_cents != remaining:
                raise InvalidArgument.field(
                    "amount_paid", "must be the amount remaining (no partial payments)"
                )
            if invoice.status == InvoiceStatus.DRAFT:
                invoice.finalize()
            invoice.pay(now=moment)
            return await self._save_invoice(uow, invoice)

    async def void_invoice(
        self, actor: Principal, invoice_id: uuid.UUID, *, reason: str, version: int
    ) -> Invoice:
        async with self._scope(actor) as uow:
            invoice = await self._invoice(uow, invoice_id, version)
            invoice.void(reason)
            return await self._save_invoice(uow, invoice)

    async def mark_invoice_uncollectible(
        self, actor: Principal, invoice_id: uuid.UUID, *, reason: str, version: int
    ) -> Invoice:
        async with self._scope(actor) as uow:
            invoice = await self._invoice(uow, invoice_id, version)
            invoice.mark_uncollectible(reason)
            return await self._save_invoice(uow, invoice)

    @staticmethod
    async def _invoice(uow: IdentityUnitOfWork, invoice_id: uuid.UUID, version: int) -> Invoice:
        invoice = await uow.invoices.get(invoice_id, for_update=True)
        check_version("invoice", invoice_id, version, invoice.version)
        return invoice

    @staticmethod
    async def _save_invoice(uow: IdentityUnitOfWork, invoice: Invoice) -> Invoice:
        await uow.invoices.save(invoice)
        await uow.commit()
        return invoice

    # -- usage -----------------------------------------------------------------------------

    async def get_meter(self, actor: Principal, meter_id: uuid.UUID) -> UsageMeter:
        async with self._scope(actor) as uow:
            return await uow.usage_meters.get(meter_id)

    async def list_meters(
        self,
        actor: Principal,
        *,
        page_size: int,
        page_token: str,
        filter: str = "",
        order_by: str = "",
        billing_account_id: uuid.UUID | None = None,
        project_id: uuid.UUID | None = None,
        metric: UsageMetric | None = None,
        period_time: datetime | None = None,
    ) -> Page[UsageMeter]:
        """Meters whose period contains `period_time` (now by default)."""
        check_list_request(filter, order_by)
        where = (
            Where(
                "period_start <= :at AND (data->>'period_end')::timestamptz > :at",
                at=period_time or utcnow(),
            )
            .equal("billing_account_id", billing_account_id)
            .equal("project_id", project_id)
            .equal("metric", _value(metric))
        )
        async with self._scope(actor) as uow:
            return await uow.usage_meters.page(where.sql, where.params, page_size, page_token)

    async def record_usage(
        self,
        actor: Principal,
        *,
        metric: UsageMetric,
        quantity: int,
        mode: UsageRecordMode = UsageRecordMode.INCREMENT,
        project_id: uuid.UUID | None = None,
        occur_time: datetime | None = None,
        request_id: str = "",
    ) -> Recorded:
        """Add to (or set) the meter of the calendar month containing occur_time, opening it
        when missing. A request_id seen before changes nothing (duplicate=True)."""
        project = own_project(actor, project_id)
        moment = occur_time or utcnow()
        async with self._scope(actor, project) as uow:
            duplicate = await self._recorded_before(uow, project, request_id)
            if duplicate is not None:
                return Recorded(duplicate, True)
            account_id = (await uow.projects.get(project)).billing_account_id
            start = month_start(moment)
            meter = await self._meter_for_update(uow, account_id, project, metric, start)
            created = meter is None
            if meter is None:
                meter = UsageMeter.open(
                    billing_account_id=account_id,
                    metric=metric,
                    period_start=start,
                    period_end=next_month(start),
                    project_id=project,
                    now=moment,
                )
            else:  # a concurrent duplicate may have committed while we waited for the lock
                duplicate = await self._recorded_before(uow, project, request_id)
                if duplicate is not None:
                    return Recorded(duplicate, True)
            _apply(meter, mode, quantity, request_id, moment)
            if created:
                try:
                    await uow.usage_meters.add(meter)
                except AlreadyExists:  # opened concurrently: record on that one
                    meter = await self._meter_for_update(uow, account_id, project, metric, start)
                    assert meter is not None
                    duplicate = await self._recorded_before(uow, project, request_id)
                    if duplicate is not None:
                        return Recorded(duplicate, True)
                    _apply(meter, mode, quantity, request_id, moment)
                    await uow.usage_meters.save(meter)
            else:
                await uow.usage_meters.save(meter)
            if await remember_once(uow, project, self.RECORD_USAGE, request_id, meter.id):
                await uow.commit()
                return Recorded(meter, False)
        async with self._scope(actor, project) as uow:  # a concurrent duplicate won
            duplicate = await self._recorded_before(uow, project, request_id)
            assert duplicate is not None
            return Recorded(duplicate, True)

    async def _recorded_before(
        self, uow: IdentityUnitOfWork, project: uuid.UUID, request_id: str
    ) -> UsageMeter | None:
        seen = await uow.idempotency.seen(project, self.RECORD_USAGE, request_id)
        return await uow.usage_meters.get(seen) if seen is not None else None

    @staticmethod
    async def _meter_for_update(
        uow: IdentityUnitOfWork,
        account_id: uuid.UUID,
        project: uuid.UUID,
        metric: UsageMetric,
        start: datetime,
    ) -> UsageMeter | None:
        return await uow.usage_meters.find(
            "billing_account_id = :account AND project_id = :project AND metric = :metric "
            "AND period_start = :start FOR UPDATE",
            account=account_id,
            project=project,
            metric=metric.value,
            start=start,
        )


def _apply(
    meter: UsageMeter, mode: UsageRecordMode, quantity: int, request_id: str, moment: datetime
) -> None:
    if mode == UsageRecordMode.SET:
        meter.set_level(quantity, request_id=request_id, now=moment)
    else:
        meter.increment(quantity, request_id=request_id, now=moment)


def _value(member: Enum | None) -> object | None:
    return member.value if member is not None else None
