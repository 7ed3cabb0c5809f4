"""BillingService: billing accounts, payment methods, subscriptions, invoices, usage meters."""

from __future__ import annotations

from typing import Any

import grpc

from identity.domain.billing import Invoice, InvoiceLine, PaymentMethod
from identity.domain.statuses import (
    BillingAccountStatus,
    InvoiceStatus,
    PaymentMethodType,
    SubscriptionStatus,
    UsageMetric,
    UsageRecordMode,
)
from identity.entrypoints import mappers
from identity.entrypoints.credential_servicer import domain_enum, required_enum
from identity.service_layer.billing import SUBSCRIPTION_FIELDS, Billing
from shared.domain import InvalidArgument, utcnow
from shared.requests import (
    caller,
    list_options,
    mask_paths,
    optional_uuid,
    parse_uuid,
    timestamp_or_none,
)
from shared.responses import page_fields
from ventros.common.v1 import types_pb2
from ventros.identity.v1 import (
    billing_pb2,
    billing_service_pb2_grpc,
)
from ventros.identity.v1 import (
    billing_service_pb2 as pb,
)

Context = grpc.aio.ServicerContext[Any, Any]

ACCOUNT_FIELDS = ("name", "billing_email")
ACCOUNT_STATUS = billing_pb2.BillingAccountStatus.DESCRIPTOR
METHOD_TYPE = billing_pb2.PaymentMethodType.DESCRIPTOR
SUBSCRIPTION_STATUS = billing_pb2.SubscriptionStatus.DESCRIPTOR
INVOICE_STATUS = billing_pb2.InvoiceStatus.DESCRIPTOR
METRIC = billing_pb2.UsageMetric.DESCRIPTOR
MODE = billing_pb2.UsageRecordMode.DESCRIPTOR
NANOS_PER_CENT = 10_000_000


def cents(money: types_pb2.Money, field: str) -> int:
    """Money as integer cents; fractions of a cent and negative amounts are refused."""
    if money.units < 0 or money.nanos < 0:
        raise InvalidArgument.field(field, "must not be negative")
    if money.nanos % NANOS_PER_CENT:
        raise InvalidArgument.field(field, "must be a whole number of cents")
    return money.units * 100 + money.nanos // NANOS_PER_CENT


def money(amount_cents: int, currency: str) -> types_pb2.Money:
    return types_pb2.Money(
        currency_code=currency,
        units=amount_cents // 100,
        nanos=(amount_cents % 100) * NANOS_PER_CENT,
    )


def payment_method(message: billing_pb2.PaymentMethod, field: str) -> PaymentMethod:
    return PaymentMethod(
        type=required_enum(PaymentMethodType, METHOD_TYPE, message.type, f"{field}.type"),
        brand=message.brand.strip(),
        last_digits=message.last_digits.strip(),
        expire_time=timestamp_or_none(message, "expire_time"),
        provider_payment_method_id=message.provider_payment_method_id.strip(),
        create_time=utcnow(),
    )


def invoice_lines(invoice: billing_pb2.Invoice) -> tuple[str, list[InvoiceLine]]:
    """The currency and lines of a new invoice; without lines, amount_due is one line."""
    currencies: set[str] = set()
    lines = []
    for index, item in enumerate(invoice.line_items):
        field = f"invoice.line_items[{index}]"
        if not item.HasField("unit_amount"):
            raise InvalidArgument.field(f"{field}.unit_amount", "is required")
        currencies.add(item.unit_amount.currency_code)
        lines.append(
            InvoiceLine(
                description=item.description,
                quantity=int(item.quantity),
                unit_amount_cents=cents(item.unit_amount, f"{field}.unit_amount"),
                metric=domain_enum(UsageMetric, METRIC, item.metric, f"{field}.metric"),
            )
        )
    if invoice.HasField("amount_due"):
        currencies.add(invoice.amount_due.currency_code)
        due = cents(invoice.amount_due, "invoice.amount_due")
        if not lines:
            lines = [InvoiceLine(description="Amount due", quantity=1, unit_amount_cents=due)]
        elif due != sum(line.amount_cents for line in lines):
            raise InvalidArgument.field("invoice.amount_due", "must equal the sum of line_items")
    elif not lines:
        raise InvalidArgument.field("invoice.amount_due", "is required")
    if len(currencies) != 1 or not next(iter(currencies)):
        raise InvalidArgument.field(
            "invoice.amount_due.currency_code", "is required, one currency for the whole invoice"
        )
    return currencies.pop(), lines


def invoice_message(invoice: Invoice) -> billing_pb2.Invoice:
    message = mappers.invoice(invoice)
    for item, line in zip(message.line_items, invoice.lines, strict=True):
        item.unit_amount.CopyFrom(money(line.unit_amount_cents, invoice.currency))
    return message


class BillingServicer(billing_service_pb2_grpc.BillingServiceServicer):
    def __init__(self, billing: Billing) -> None:
        self._billing = billing

    # billing accounts

    async def CreateBillingAccount(
        self, request: pb.CreateBillingAccountRequest, context: Context
    ) -> pb.CreateBillingAccountResponse:
        account = request.billing_account
        created = await self._billing.create_account(
            caller(),
            name=account.name,
            billing_email=account.billing_email,
            owner_user_id=optional_uuid(account.owner_user_id, "billing_account.owner_user_id"),
            request_id=request.request_id,
        )
        return pb.CreateBillingAccountResponse(billing_account=mappers.billing_account(created))

    async def GetBillingAccount(
        self, request: pb.GetBillingAccountRequest, context: Context
    ) -> pb.GetBillingAccountResponse:
        account = await self._billing.get_account(
            caller(), parse_uuid(request.billing_account_id, "billing_account_id")
        )
        return pb.GetBillingAccountResponse(billing_account=mappers.billing_account(account))

    async def ListBillingAccounts(
        self, request: pb.ListBillingAccountsRequest, context: Context
    ) -> pb.ListBillingAccountsResponse:
        page = await self._billing.list_accounts(
            caller(),
            **list_options(request),
            owner_user_id=optional_uuid(request.owner_user_id, "owner_user_id"),
            status=domain_enum(BillingAccountStatus, ACCOUNT_STATUS, request.status, "status"),
        )
        return pb.ListBillingAccountsResponse(
            **page_fields("billing_accounts", page, mappers.billing_account)
        )

    async def UpdateBillingAccount(
        self, request: pb.UpdateBillingAccountRequest, context: Context
    ) -> pb.UpdateBillingAccountResponse:
        account = request.billing_account
        paths = mask_paths(request.update_mask, ACCOUNT_FIELDS)
        changes = {path: getattr(account, path) for path in paths}
        updated = await self._billing.update_account(
            caller(),
            parse_uuid(account.id, "billing_account.id"),
            version=account.version,
            **changes,
        )
        return pb.UpdateBillingAccountResponse(billing_account=mappers.billing_account(updated))

    async def AddPaymentMethod(
        self, request: pb.AddPaymentMethodRequest, context: Context
    ) -> pb.AddPaymentMethodResponse:
        account_id = parse_uuid(request.billing_account_id, "billing_account_id")
        if not request.HasField("payment_method"):
            raise InvalidArgument.field("payment_method", "is required")
        account = await self._billing.add_payment_method(
            caller(),
            account_id,
            payment_method(request.payment_method, "payment_method"),
            make_default=request.make_default,
            version=request.version,
        )
        return pb.AddPaymentMethodResponse(billing_account=mappers.billing_account(account))

    async def RemovePaymentMethod(
        self, request: pb.RemovePaymentMethodRequest, context: Context
    ) -> pb.RemovePaymentMethodResponse:
        account = await self._billing.remove_payment_method(
            caller(),
            parse_uuid(request.billing_account_id, "billing_account_id"),
            parse_uuid(request.payment_method_id, "payment_method_id"),
            version=request.version,
        )
        return pb.RemovePaymentMethodResponse(billing_account=mappers.billing_account(account))

    async def ActivateBillingAccount(
        self, request: pb.ActivateBillingAccountRequest, context: Context
    ) -> pb.ActivateBillingAccountResponse:
        account_id = parse_uuid(request.billing_account_id, "billing_account_id")
        method = (
            payment_method(request.payment_method, "payment_method")
            if request.HasField("payment_method")
            else None
        )
        account = await self._billing.activate_account(
            caller(), account_id, method, version=request.version
        )
        return pb.ActivateBillingAccountResponse(billing_account=mappers.billing_account(account))

    async def SuspendBillingAccount(
        self, request: pb.SuspendBillingAccountRequest, context: Context
    ) -> pb.SuspendBillingAccountResponse:
        account = await self._billing.suspend_account(
            caller(),
            parse_uuid(request.billing_account_id, "billing_account_id"),
            reason=request.reason,
            version=request.version,
        )
        return pb.SuspendBillingAccountResponse(billing_account=mappers.billing_account(account))

    async def ReactivateBillingAccount(
        self, request: pb.ReactivateBillingAccountRequest, context: Context
    ) -> pb.ReactivateBillingAccountResponse:
        account = await self._billing.reactivate_account(
            caller(),
            parse_uuid(request.billing_account_id, "billing_account_id"),
            version=request.version,
        )
        return pb.ReactivateBillingAccountResponse(billing_account=mappers.billing_account(account))

    async def CancelBillingAccount(
        self, request: pb.CancelBillingAccountRequest, context: Context
    ) -> pb.CancelBillingAccountResponse:
        account = await self._billing.cancel_account(
            caller(),
            parse_uuid(request.billing_account_id, "billing_account_id"),
            reason=request.reason,
            version=request.version,
        )
        return pb.CancelBillingAccountResponse(billing_account=mappers.billing_account(account))

    # subscriptions

    async def CreateSubscription(
        self, request: pb.CreateSubscriptionRequest, context: Context
    ) -> pb.CreateSubscriptionResponse:
        sub = request.subscription
        created = await self._billing.create_subscription(
            caller(),
            billing_account_id=parse_uuid(
                sub.billing_account_id, "subscription.billing_account_id"
            ),
            plan_id=sub.plan_id,
            quantity=sub.quantity,
            period_start=timestamp_or_none(sub, "current_period_start_time"),
            period_end=timestamp_or_none(sub, "current_period_end_time"),
            trial_end_time=timestamp_or_none(sub, "trial_end_time"),
            provider_subscription_id=sub.provider_subscription_id,
            request_id=request.request_id,
        )
        return pb.CreateSubscriptionResponse(subscription=mappers.subscription(created))

    async def GetSubscription(
        self, request: pb.GetSubscriptionRequest, context: Context
    ) -> pb.GetSubscriptionResponse:
        sub = await self._billing.get_subscription(
            caller(), parse_uuid(request.subscription_id, "subscription_id")
        )
        return pb.GetSubscriptionResponse(subscription=mappers.subscription(sub))

    async def ListSubscriptions(
        self, request: pb.ListSubscriptionsRequest, context: Context
    ) -> pb.ListSubscriptionsResponse:
        page = await self._billing.list_subscriptions(
            caller(),
            **list_options(request),
            billing_account_id=optional_uuid(request.billing_account_id, "billing_account_id"),
            status=domain_enum(SubscriptionStatus, SUBSCRIPTION_STATUS, request.status, "status"),
        )
        return pb.ListSubscriptionsResponse(
            **page_fields("subscriptions", page, mappers.subscription)
        )

    async def UpdateSubscription(
        self, request: pb.UpdateSubscriptionRequest, context: Context
    ) -> pb.UpdateSubscriptionResponse:
        sub = request.subscription
        paths = mask_paths(request.update_mask, SUBSCRIPTION_FIELDS)
        changes: dict[str, Any] = {}
        if "plan_id" in paths:
            changes["plan_id"] = sub.plan_id
        if "quantity" in paths:
            changes["quantity"] = sub.quantity
        if "status" in paths:
            changes["status"] = required_enum(
                SubscriptionStatus, SUBSCRIPTION_STATUS, sub.status, "subscription.status"
            )
        if "cancel_at_period_end" in paths:
            changes["cancel_at_period_end"] = sub.cancel_at_period_end
        for path, name in (
            ("current_period_start_time", "period_start"),
            ("current_period_end_time", "period_end"),
        ):
            if path in paths:
                value = timestamp_or_none(sub, path)
                if value is None:
                    raise InvalidArgument.field(f"subscription.{path}", "is required")
                changes[name] = value
        updated = await self._billing.update_subscription(
            caller(), parse_uuid(sub.id, "subscription.id"), version=sub.version, **changes
        )
        return pb.UpdateSubscriptionResponse(subscription=mappers.subscription(updated))

    async def CancelSubscription(
        self, request: pb.CancelSubscriptionRequest, context: Context
    ) -> pb.CancelSubscriptionResponse:
        sub = await self._billing.cancel_subscription(
            caller(),
            parse_uuid(request.subscription_id, "subscription_id"),
            at_period_end=request.at_period_end,
            version=request.version,
        )
        return pb.CancelSubscriptionResponse(subscription=mappers.subscription(sub))

    # invoices

    async def CreateInvoice(
        self, request: pb.CreateInvoiceRequest, context: Context
    ) -> pb.CreateInvoiceResponse:
        invoice = request.invoice
        account_id = parse_uuid(invoice.billing_account_id, "invoice.billing_account_id")
        currency, lines = invoice_lines(invoice)
        created = await self._billing.create_invoice(
            caller(),
            billing_account_id=account_id,
            currency=currency,
            lines=lines,
            subscription_id=optional_uuid(invoice.subscription_id, "invoice.subscription_id"),
            due_time=timestamp_or_none(invoice, "due_time"),
            status=domain_enum(InvoiceStatus, INVOICE_STATUS, invoice.status, "invoice.status"),
            request_id=request.request_id,
        )
        return pb.CreateInvoiceResponse(invoice=invoice_message(created))

    async def GetInvoice(
        self, request: pb.GetInvoiceRequest, context: Context
    ) -> pb.GetInvoiceResponse:
        invoice = await self._billing.get_invoice(
            caller(), parse_uuid(request.invoice_id, "invoice_id")
        )
        return pb.GetInvoiceResponse(invoice=invoice_message(invoice))

    async def ListInvoices(
        self, request: pb.ListInvoicesRequest, context: Context
    ) -> pb.ListInvoicesResponse:
        page = await self._billing.list_invoices(
            caller(),
            **list_options(request),
            billing_account_id=optional_uuid(request.billing_account_id, "billing_account_id"),
            subscription_id=optional_uuid(request.subscription_id, "subscription_id"),
            status=domain_enum(InvoiceStatus, INVOICE_STATUS, request.status, "status"),
            overdue=request.overdue,
        )
        return pb.ListInvoicesResponse(**page_fields("invoices", page, invoice_message))

    async def MarkInvoicePaid(
        self, request: pb.MarkInvoicePaidRequest, context: Context
    ) -> pb.MarkInvoicePaidResponse:
        invoice_id = parse_uuid(request.invoice_id, "invoice_id")
        paid = request.HasField("amount_paid")
        invoice = await self._billing.mark_invoice_paid(
            caller(),
            invoice_id,
            version=request.version,
            amount_paid_cents=cents(request.amount_paid, "amount_paid") if paid else None,
            currency=request.amount_paid.currency_code if paid else "",
            paid_time=timestamp_or_none(request, "paid_time"),
        )
        return pb.MarkInvoicePaidResponse(invoice=invoice_message(invoice))

    async def VoidInvoice(
        self, request: pb.VoidInvoiceRequest, context: Context
    ) -> pb.VoidInvoiceResponse:
        invoice = await self._billing.void_invoice(
            caller(),
            parse_uuid(request.invoice_id, "invoice_id"),
            reason=request.reason,
            version=request.version,
        )
        return pb.VoidInvoiceResponse(invoice=invoice_message(invoice))

    async def MarkInvoiceUncollectible(
        self, request: pb.MarkInvoiceUncollectibleRequest, context: Context
    ) -> pb.MarkInvoiceUncollectibleResponse:
        invoice = await self._billing.mark_invoice_uncollectible(
            caller(),
            parse_uuid(request.invoice_id, "invoice_id"),
            reason=request.reason,
            version=request.version,
        )
        return pb.MarkInvoiceUncollectibleResponse(invoice=invoice_message(invoice))

    # usage

    async def GetUsageMeter(
        self, request: pb.GetUsageMeterRequest, context: Context
    ) -> pb.GetUsageMeterResponse:
        meter = await self._billing.get_meter(
            caller(), parse_uuid(request.usage_meter_id, "usage_meter_id")
        )
        return pb.GetUsageMeterResponse(usage_meter=mappers.usage_meter(meter))

    async def ListUsageMeters(
        self, request: pb.ListUsageMetersRequest, context: Context
    ) -> pb.ListUsageMetersResponse:
        page = await self._billing.list_meters(
            caller(),
            **list_options(request),
            billing_account_id=optional_uuid(request.billing_account_id, "billing_account_id"),
            project_id=optional_uuid(request.project_id, "project_id"),
            metric=domain_enum(UsageMetric, METRIC, request.metric, "metric"),
            period_time=timestamp_or_none(request, "period_time"),
        )
        return pb.ListUsageMetersResponse(**page_fields("usage_meters", page, mappers.usage_meter))

    async def RecordUsage(
        self, request: pb.RecordUsageRequest, context: Context
    ) -> pb.RecordUsageResponse:
        recorded = await self._billing.record_usage(
            caller(),
            project_id=optional_uuid(request.project_id, "project_id"),
            metric=required_enum(UsageMetric, METRIC, request.metric, "metric"),
            mode=domain_enum(UsageRecordMode, MODE, request.mode, "mode")
            or UsageRecordMode.INCREMENT,
            quantity=request.quantity,
            occur_time=timestamp_or_none(request, "occur_time"),
            request_id=request.request_id,
        )
        return pb.RecordUsageResponse(
            usage_meter=mappers.usage_meter(recorded.meter), duplicate=recorded.duplicate
        )
