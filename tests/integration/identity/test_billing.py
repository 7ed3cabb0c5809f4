"""BillingService over a real channel: accounts and payment methods, subscriptions,
invoices and usage meters, with the built-in (recording, never charging) payment provider."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import grpc
import pytest
from google.protobuf import field_mask_pb2, timestamp_pb2

from shared.grpc_errors import field_violations
from tests.integration.identity.conftest import Tenant
from ventros.common.v1 import types_pb2
from ventros.identity.v1 import (
    authorization_pb2,
    billing_pb2,
    billing_service_pb2_grpc,
    credential_pb2,
    credential_service_pb2,
    credential_service_pb2_grpc,
)
from ventros.identity.v1 import (
    billing_service_pb2 as pb,
)

pytestmark = pytest.mark.integration
Stub = billing_service_pb2_grpc.BillingServiceStub
PENDING, ACTIVE, SUSPENDED, CANCELED = (
    billing_pb2.BILLING_ACCOUNT_STATUS_PENDING,
    billing_pb2.BILLING_ACCOUNT_STATUS_ACTIVE,
    billing_pb2.BILLING_ACCOUNT_STATUS_SUSPENDED,
    billing_pb2.BILLING_ACCOUNT_STATUS_CANCELED,
)
CARD = billing_pb2.PAYMENT_METHOD_TYPE_CARD
PIX = billing_pb2.PAYMENT_METHOD_TYPE_PIX
MESSAGES_SENT = billing_pb2.USAGE_METRIC_MESSAGES_SENT
CONTACTS = billing_pb2.USAGE_METRIC_CONTACTS


@pytest.fixture
def billing(channel: grpc.aio.Channel) -> Stub:
    return billing_service_pb2_grpc.BillingServiceStub(channel)


async def failure(call) -> grpc.aio.AioRpcError:  # type: ignore[no-untyped-def]
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value


def mask(*paths: str) -> field_mask_pb2.FieldMask:
    return field_mask_pb2.FieldMask(paths=list(paths))


def brl(amount: str) -> types_pb2.Money:
    units, _, fraction = amount.partition(".")
    cents = int((fraction or "0").ljust(2, "0"))
    return types_pb2.Money(currency_code="BRL", units=int(units), nanos=cents * 10_000_000)


def card(last_digits: str = "4242") -> billing_pb2.PaymentMethod:
    return billing_pb2.PaymentMethod(type=CARD, brand="visa", last_digits=last_digits)


async def new_account(
    billing: Stub, tenant: Tenant, name: str = "Acme Ltda", request_id: str = ""
) -> billing_pb2.BillingAccount:
    response = await billing.CreateBillingAccount(
        pb.CreateBillingAccountRequest(
            billing_account=billing_pb2.BillingAccount(
                name=name, billing_email="Billing@Acme.example"
            ),
            request_id=request_id,
        ),
        metadata=tenant.bearer(),
    )
    return response.billing_account


async def active_account(billing: Stub, tenant: Tenant) -> billing_pb2.BillingAccount:
    account = await new_account(billing, tenant)
    response = await billing.ActivateBillingAccount(
        pb.ActivateBillingAccountRequest(billing_account_id=account.id, payment_method=card()),
        metadata=tenant.bearer(),
    )
    return response.billing_account


async def role_key(channel: grpc.aio.Channel, tenant: Tenant, role: int) -> str:
    stub = credential_service_pb2_grpc.CredentialServiceStub(channel)
    created = await stub.CreateApiKey(
        credential_service_pb2.CreateApiKeyRequest(
            api_key=credential_pb2.ApiKey(name=f"r{uuid.uuid4().hex}", role=role)
        ),
        metadata=tenant.bearer(),
    )
    return created.plaintext_key


async def subscribe(
    billing: Stub, tenant: Tenant, account_id: str, **fields: object
) -> billing_pb2.Subscription:
    response = await billing.CreateSubscription(
        pb.CreateSubscriptionRequest(
            subscription=billing_pb2.Subscription(
                billing_account_id=account_id,
                plan_id="pro_monthly",
                **fields,  # type: ignore[arg-type]
            )
        ),
        metadata=tenant.bearer(),
    )
    return response.subscription


async def invoice_of(
    billing: Stub, tenant: Tenant, account_id: str, **fields: object
) -> billing_pb2.Invoice:
    response = await billing.CreateInvoice(
        pb.CreateInvoiceRequest(
            invoice=billing_pb2.Invoice(
                billing_account_id=account_id,
                **fields,  # type: ignore[arg-type]
            )
        ),
        metadata=tenant.bearer(),
    )
    return response.invoice


async def record(
    billing: Stub,
    tenant: Tenant,
    quantity: int = 1,
    metric: int = MESSAGES_SENT,
    request_id: str = "",
    mode: int = billing_pb2.USAGE_RECORD_MODE_UNSPECIFIED,
) -> pb.RecordUsageResponse:
    return await billing.RecordUsage(
        pb.RecordUsageRequest(
            project_id=tenant.project_id,
            metric=metric,
            quantity=quantity,
            mode=mode,
            request_id=request_id or uuid.uuid4().hex,
        ),
        metadata=tenant.bearer(),
    )


def stamp(moment: datetime) -> timestamp_pb2.Timestamp:
    value = timestamp_pb2.Timestamp()
    value.FromDatetime(moment)
    return value


# billing accounts


async def test_creating_an_account_makes_a_pending_one_owned_by_the_caller(
    billing: Stub, tenant: Tenant
) -> None:
    account = await new_account(billing, tenant)
    assert account.status == PENDING and not account.can_create_project
    assert account.owner_user_id == tenant.user_id
    assert account.billing_email == "billing@acme.example"
    assert account.provider_customer_id.startswith("local_cus_")
    read = await billing.GetBillingAccount(
        pb.GetBillingAccountRequest(billing_account_id=account.id), metadata=tenant.bearer()
    )
    assert read.billing_account.id == account.id


async def test_a_retried_account_create_returns_the_first_account(
    billing: Stub, tenant: Tenant
) -> None:
    first = await new_account(billing, tenant, request_id="acct-1")
    again = await new_account(billing, tenant, request_id="acct-1")
    assert again.id == first.id


async def test_an_account_needs_a_name_and_a_valid_billing_email(
    billing: Stub, tenant: Tenant
) -> None:
    for account, field in (
        (billing_pb2.BillingAccount(name="", billing_email="a@b.example"), "name"),
        (billing_pb2.BillingAccount(name="Acme", billing_email="nope"), "billing_email"),
    ):
        error = await failure(
            billing.CreateBillingAccount(
                pb.CreateBillingAccountRequest(billing_account=account), metadata=tenant.bearer()
            )
        )
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert field in field_violations(error)


async def test_an_account_cannot_be_created_for_someone_else(
    billing: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    account = billing_pb2.BillingAccount(
        name="Acme", billing_email="a@b.example", owner_user_id=other_tenant.user_id
    )
    error = await failure(
        billing.CreateBillingAccount(
            pb.CreateBillingAccountRequest(billing_account=account), metadata=tenant.bearer()
        )
    )
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_listing_shows_the_callers_accounts_filtered_by_status(
    billing: Stub, tenant: Tenant
) -> None:
    pending = await new_account(billing, tenant)
    active = await active_account(billing, tenant)
    everything = await billing.ListBillingAccounts(
        pb.ListBillingAccountsRequest(owner_user_id=tenant.user_id), metadata=tenant.bearer()
    )
    assert everything.total_size == 3  # and the one registration opened
    only_active = await billing.ListBillingAccounts(
        pb.ListBillingAccountsRequest(status=ACTIVE), metadata=tenant.bearer()
    )
    assert [a.id for a in only_active.billing_accounts] == [active.id]
    assert pending.id in {a.id for a in everything.billing_accounts}


async def test_updating_an_account_changes_the_masked_fields_and_checks_the_version(
    billing: Stub, tenant: Tenant
) -> None:
    account = await new_account(billing, tenant)
    change = billing_pb2.BillingAccount(
        id=account.id,
        name="Acme S.A.",
        billing_email="ignored@acme.example",
        version=account.version,
    )
    updated = (
        await billing.UpdateBillingAccount(
            pb.UpdateBillingAccountRequest(billing_account=change, update_mask=mask("name")),
            metadata=tenant.bearer(),
        )
    ).billing_account
    assert (updated.name, updated.billing_email) == ("Acme S.A.", "billing@acme.example")
    stale = await failure(
        billing.UpdateBillingAccount(
            pb.UpdateBillingAccountRequest(billing_account=change, update_mask=mask("name")),
            metadata=tenant.bearer(),
        )
    )
    assert stale.code() == grpc.StatusCode.ABORTED


async def test_payment_methods_keep_exactly_one_default(billing: Stub, tenant: Tenant) -> None:
    account = await new_account(billing, tenant)
    first = (
        await billing.AddPaymentMethod(
            pb.AddPaymentMethodRequest(billing_account_id=account.id, payment_method=card("1111")),
            metadata=tenant.bearer(),
        )
    ).billing_account
    assert [m.is_default for m in first.payment_methods] == [True]
    second = (
        await billing.AddPaymentMethod(
            pb.AddPaymentMethodRequest(
                billing_account_id=account.id,
                make_default=True,
                version=first.version,
                payment_method=billing_pb2.PaymentMethod(type=PIX),
            ),
            metadata=tenant.bearer(),
        )
    ).billing_account
    assert [(m.type, m.is_default) for m in second.payment_methods] == [(CARD, False), (PIX, True)]
    removed = (
        await billing.RemovePaymentMethod(
            pb.RemovePaymentMethodRequest(
                billing_account_id=account.id, payment_method_id=second.payment_methods[1].id
            ),
            metadata=tenant.bearer(),
        )
    ).billing_account
    assert [(m.last_digits, m.is_default) for m in removed.payment_methods] == [("1111", True)]


async def test_a_payment_method_needs_a_type_and_at_most_four_digits(
    billing: Stub, tenant: Tenant
) -> None:
    account = await new_account(billing, tenant)
    for method, field in (
        (billing_pb2.PaymentMethod(brand="visa"), "payment_method.type"),
        (card("4242424242424242"), "payment_method.last_digits"),
    ):
        error = await failure(
            billing.AddPaymentMethod(
                pb.AddPaymentMethodRequest(billing_account_id=account.id, payment_method=method),
                metadata=tenant.bearer(),
            )
        )
        assert field in field_violations(error)


async def test_removing_an_unknown_payment_method_is_not_found(
    billing: Stub, tenant: Tenant
) -> None:
    account = await new_account(billing, tenant)
    error = await failure(
        billing.RemovePaymentMethod(
            pb.RemovePaymentMethodRequest(
                billing_account_id=account.id, payment_method_id=str(uuid.uuid4())
            ),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_activating_with_a_method_lets_the_account_fund_projects(
    billing: Stub, tenant: Tenant
) -> None:
    account = await active_account(billing, tenant)
    assert account.status == ACTIVE and account.can_create_project
    assert account.activate_time.seconds > 0
    assert [m.is_default for m in account.payment_methods] == [True]
    again = await failure(
        billing.ActivateBillingAccount(
            pb.ActivateBillingAccountRequest(billing_account_id=account.id, payment_method=card()),
            metadata=tenant.bearer(),
        )
    )
    assert again.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_activating_without_a_method_uses_the_one_on_file(
    billing: Stub, tenant: Tenant
) -> None:
    account = await new_account(billing, tenant)
    no_method = await failure(
        billing.ActivateBillingAccount(
            pb.ActivateBillingAccountRequest(billing_account_id=account.id),
            metadata=tenant.bearer(),
        )
    )
    assert no_method.code() == grpc.StatusCode.FAILED_PRECONDITION
    await billing.AddPaymentMethod(
        pb.AddPaymentMethodRequest(billing_account_id=account.id, payment_method=card("9999")),
        metadata=tenant.bearer(),
    )
    active = (
        await billing.ActivateBillingAccount(
            pb.ActivateBillingAccountRequest(billing_account_id=account.id),
            metadata=tenant.bearer(),
        )
    ).billing_account
    assert active.status == ACTIVE
    assert [(m.last_digits, m.is_default) for m in active.payment_methods] == [("9999", True)]


async def test_an_account_is_suspended_reactivated_and_finally_canceled(
    billing: Stub, tenant: Tenant
) -> None:
    account = await active_account(billing, tenant)
    last = await failure(
        billing.RemovePaymentMethod(
            pb.RemovePaymentMethodRequest(
                billing_account_id=account.id, payment_method_id=account.payment_methods[0].id
            ),
            metadata=tenant.bearer(),
        )
    )
    assert last.code() == grpc.StatusCode.FAILED_PRECONDITION
    suspended = (
        await billing.SuspendBillingAccount(
            pb.SuspendBillingAccountRequest(
                billing_account_id=account.id, reason="card declined", version=account.version
            ),
            metadata=tenant.bearer(),
        )
    ).billing_account
    assert (suspended.status, suspended.suspension_reason) == (SUSPENDED, "card declined")
    assert not suspended.can_create_project
    reactivated = (
        await billing.ReactivateBillingAccount(
            pb.ReactivateBillingAccountRequest(billing_account_id=account.id),
            metadata=tenant.bearer(),
        )
    ).billing_account
    assert reactivated.status == ACTIVE and reactivated.suspension_reason == ""
    canceled = (
        await billing.CancelBillingAccount(
            pb.CancelBillingAccountRequest(billing_account_id=account.id, reason="closing"),
            metadata=tenant.bearer(),
        )
    ).billing_account
    assert canceled.status == CANCELED and canceled.cancel_time.seconds > 0
    for call in (
        billing.ReactivateBillingAccount(
            pb.ReactivateBillingAccountRequest(billing_account_id=account.id),
            metadata=tenant.bearer(),
        ),
        billing.SuspendBillingAccount(
            pb.SuspendBillingAccountRequest(billing_account_id=account.id),
            metadata=tenant.bearer(),
        ),
    ):
        assert (await failure(call)).code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_account_transitions_with_a_stale_version_are_aborted(
    billing: Stub, tenant: Tenant
) -> None:
    account = await active_account(billing, tenant)
    stale = account.version - 1
    for call in (
        billing.SuspendBillingAccount(
            pb.SuspendBillingAccountRequest(billing_account_id=account.id, version=stale),
            metadata=tenant.bearer(),
        ),
        billing.CancelBillingAccount(
            pb.CancelBillingAccountRequest(billing_account_id=account.id, version=stale),
            metadata=tenant.bearer(),
        ),
        billing.AddPaymentMethod(
            pb.AddPaymentMethodRequest(
                billing_account_id=account.id,
                payment_method=card(),
                version=stale,
            ),
            metadata=tenant.bearer(),
        ),
    ):
        assert (await failure(call)).code() == grpc.StatusCode.ABORTED


async def test_supervisors_read_billing_but_only_admins_change_it(
    channel: grpc.aio.Channel, billing: Stub, tenant: Tenant
) -> None:
    account = await new_account(billing, tenant)
    supervisor = tenant.bearer(
        await role_key(channel, tenant, authorization_pb2.PROJECT_ROLE_SUPERVISOR)
    )
    agent = tenant.bearer(await role_key(channel, tenant, authorization_pb2.PROJECT_ROLE_AGENT))
    read = await billing.GetBillingAccount(
        pb.GetBillingAccountRequest(billing_account_id=account.id), metadata=supervisor
    )
    assert read.billing_account.id == account.id
    for call in (
        billing.ActivateBillingAccount(
            pb.ActivateBillingAccountRequest(billing_account_id=account.id, payment_method=card()),
            metadata=supervisor,
        ),
        billing.CreateBillingAccount(
            pb.CreateBillingAccountRequest(
                billing_account=billing_pb2.BillingAccount(name="x", billing_email="x@y.example")
            ),
            metadata=supervisor,
        ),
        billing.RecordUsage(
            pb.RecordUsageRequest(metric=MESSAGES_SENT, quantity=1), metadata=supervisor
        ),
        billing.GetBillingAccount(
            pb.GetBillingAccountRequest(billing_account_id=account.id), metadata=agent
        ),
    ):
        assert (await failure(call)).code() == grpc.StatusCode.PERMISSION_DENIED


# subscriptions


async def test_a_subscription_starts_active_for_a_month_or_trialing(
    billing: Stub, tenant: Tenant
) -> None:
    account = await active_account(billing, tenant)
    active = await subscribe(billing, tenant, account.id, quantity=3)
    assert active.status == billing_pb2.SUBSCRIPTION_STATUS_ACTIVE and active.quantity == 3
    period = (
        active.current_period_end_time.ToDatetime() - active.current_period_start_time.ToDatetime()
    )
    assert timedelta(days=28) <= period <= timedelta(days=31)
    trial_end = stamp(datetime.now(UTC) + timedelta(days=7))
    trialing = await subscribe(billing, tenant, account.id, trial_end_time=trial_end)
    assert trialing.status == billing_pb2.SUBSCRIPTION_STATUS_TRIALING
    assert trialing.quantity == 1
    read = await billing.GetSubscription(
        pb.GetSubscriptionRequest(subscription_id=active.id), metadata=tenant.bearer()
    )
    assert read.subscription == active
    listed = await billing.ListSubscriptions(
        pb.ListSubscriptionsRequest(
            billing_account_id=account.id, status=billing_pb2.SUBSCRIPTION_STATUS_TRIALING
        ),
        metadata=tenant.bearer(),
    )
    assert [s.id for s in listed.subscriptions] == [trialing.id]


async def test_a_retried_subscribe_returns_the_first_subscription(
    billing: Stub, tenant: Tenant
) -> None:
    account = await active_account(billing, tenant)
    request = pb.CreateSubscriptionRequest(
        subscription=billing_pb2.Subscription(billing_account_id=account.id, plan_id="pro"),
        request_id="sub-1",
    )
    first = await billing.CreateSubscription(request, metadata=tenant.bearer())
    again = await billing.CreateSubscription(request, metadata=tenant.bearer())
    assert again.subscription.id == first.subscription.id


async def test_a_subscription_needs_a_plan_and_an_account_of_the_caller(
    billing: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    account = await active_account(billing, tenant)
    no_plan = await failure(
        billing.CreateSubscription(
            pb.CreateSubscriptionRequest(
                subscription=billing_pb2.Subscription(billing_account_id=account.id)
            ),
            metadata=tenant.bearer(),
        )
    )
    assert "plan_id" in field_violations(no_plan)
    malformed = await failure(subscribe(billing, tenant, "not-a-uuid"))
    assert "subscription.billing_account_id" in field_violations(malformed)
    foreign = await failure(subscribe(billing, other_tenant, account.id))
    assert foreign.code() == grpc.StatusCode.NOT_FOUND


async def test_updating_a_subscription_changes_the_masked_fields(
    billing: Stub, tenant: Tenant
) -> None:
    account = await active_account(billing, tenant)
    sub = await subscribe(billing, tenant, account.id)
    change = billing_pb2.Subscription(
        id=sub.id,
        plan_id="business_monthly",
        quantity=10,
        status=billing_pb2.SUBSCRIPTION_STATUS_PAST_DUE,
        version=sub.version,
    )
    updated = (
        await billing.UpdateSubscription(
            pb.UpdateSubscriptionRequest(
                subscription=change, update_mask=mask("plan_id", "quantity", "status")
            ),
            metadata=tenant.bearer(),
        )
    ).subscription
    assert (updated.plan_id, updated.quantity) == ("business_monthly", 10)
    assert updated.status == billing_pb2.SUBSCRIPTION_STATUS_PAST_DUE
    stale = await failure(
        billing.UpdateSubscription(
            pb.UpdateSubscriptionRequest(subscription=change, update_mask=mask("quantity")),
            metadata=tenant.bearer(),
        )
    )
    assert stale.code() == grpc.StatusCode.ABORTED
    unknown = await failure(
        billing.UpdateSubscription(
            pb.UpdateSubscriptionRequest(
                subscription=change, update_mask=mask("billing_account_id")
            ),
            metadata=tenant.bearer(),
        )
    )
    assert unknown.code() == grpc.StatusCode.INVALID_ARGUMENT


async def test_canceling_at_period_end_then_now_and_canceled_is_final(
    billing: Stub, tenant: Tenant
) -> None:
    account = await active_account(billing, tenant)
    sub = await subscribe(billing, tenant, account.id)
    scheduled = (
        await billing.CancelSubscription(
            pb.CancelSubscriptionRequest(subscription_id=sub.id, at_period_end=True),
            metadata=tenant.bearer(),
        )
    ).subscription
    assert scheduled.cancel_at_period_end
    assert scheduled.status == billing_pb2.SUBSCRIPTION_STATUS_ACTIVE
    now = (
        await billing.CancelSubscription(
            pb.CancelSubscriptionRequest(subscription_id=sub.id, version=scheduled.version),
            metadata=tenant.bearer(),
        )
    ).subscription
    assert now.status == billing_pb2.SUBSCRIPTION_STATUS_CANCELED and now.cancel_time.seconds
    closed = await failure(
        billing.UpdateSubscription(
            pb.UpdateSubscriptionRequest(
                subscription=billing_pb2.Subscription(id=sub.id, plan_id="other"),
                update_mask=mask("plan_id"),
            ),
            metadata=tenant.bearer(),
        )
    )
    assert closed.code() == grpc.StatusCode.FAILED_PRECONDITION


# invoices


async def test_an_invoice_totals_its_lines(billing: Stub, tenant: Tenant) -> None:
    account = await active_account(billing, tenant)
    invoice = await invoice_of(
        billing,
        tenant,
        account.id,
        line_items=[
            billing_pb2.InvoiceLineItem(
                description="Pro plan", quantity=1, unit_amount=brl("199.90")
            ),
            billing_pb2.InvoiceLineItem(
                description="Extra messages",
                quantity=3,
                unit_amount=brl("0.05"),
                metric=MESSAGES_SENT,
            ),
        ],
    )
    assert invoice.status == billing_pb2.INVOICE_STATUS_DRAFT
    assert (invoice.amount_due.units, invoice.amount_due.nanos) == (200, 50_000_000)
    assert invoice.amount_remaining == invoice.amount_due
    assert invoice.line_items[1].unit_amount == brl("0.05")
    assert invoice.line_items[1].amount == brl("0.15")
    read = await billing.GetInvoice(
        pb.GetInvoiceRequest(invoice_id=invoice.id), metadata=tenant.bearer()
    )
    assert read.invoice == invoice


async def test_an_invoice_from_the_amount_alone_and_its_validation(
    billing: Stub, tenant: Tenant
) -> None:
    account = await active_account(billing, tenant)
    invoice = await invoice_of(
        billing, tenant, account.id, amount_due=brl("49.00"), status=billing_pb2.INVOICE_STATUS_OPEN
    )
    assert invoice.status == billing_pb2.INVOICE_STATUS_OPEN
    assert invoice.amount_due == brl("49.00") and len(invoice.line_items) == 1
    fraction = types_pb2.Money(currency_code="BRL", units=1, nanos=1)
    for fields, field in (
        ({}, "invoice.amount_due"),
        ({"amount_due": fraction}, "invoice.amount_due"),
        ({"amount_due": types_pb2.Money(units=5)}, "invoice.amount_due.currency_code"),
        (
            {
                "amount_due": brl("10"),
                "line_items": [
                    billing_pb2.InvoiceLineItem(description="x", quantity=1, unit_amount=brl("9"))
                ],
            },
            "invoice.amount_due",
        ),
        ({"amount_due": brl("1"), "status": billing_pb2.INVOICE_STATUS_PAID}, "invoice.status"),
    ):
        error = await failure(invoice_of(billing, tenant, account.id, **fields))
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT, fields
        assert field in field_violations(error), (fields, field_violations(error))


async def test_marking_an_invoice_paid_records_the_whole_amount(
    billing: Stub, tenant: Tenant
) -> None:
    account = await active_account(billing, tenant)
    invoice = await invoice_of(billing, tenant, account.id, amount_due=brl("99.90"))
    partial = await failure(
        billing.MarkInvoicePaid(
            pb.MarkInvoicePaidRequest(invoice_id=invoice.id, amount_paid=brl("10")),
            metadata=tenant.bearer(),
        )
    )
    assert "amount_paid" in field_violations(partial)
    paid = (
        await billing.MarkInvoicePaid(
            pb.MarkInvoicePaidRequest(invoice_id=invoice.id, version=invoice.version),
            metadata=tenant.bearer(),
        )
    ).invoice
    assert paid.status == billing_pb2.INVOICE_STATUS_PAID and paid.paid_time.seconds
    assert paid.amount_paid == brl("99.90") and paid.amount_remaining == brl("0")
    for call in (
        billing.MarkInvoicePaid(
            pb.MarkInvoicePaidRequest(invoice_id=invoice.id), metadata=tenant.bearer()
        ),
        billing.VoidInvoice(pb.VoidInvoiceRequest(invoice_id=invoice.id), metadata=tenant.bearer()),
    ):
        assert (await failure(call)).code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_an_open_invoice_can_be_written_off_and_then_voided(
    billing: Stub, tenant: Tenant
) -> None:
    account = await active_account(billing, tenant)
    draft = await invoice_of(billing, tenant, account.id, amount_due=brl("5"))
    not_open = await failure(
        billing.MarkInvoiceUncollectible(
            pb.MarkInvoiceUncollectibleRequest(invoice_id=draft.id), metadata=tenant.bearer()
        )
    )
    assert not_open.code() == grpc.StatusCode.FAILED_PRECONDITION
    invoice = await invoice_of(
        billing, tenant, account.id, amount_due=brl("5"), status=billing_pb2.INVOICE_STATUS_OPEN
    )
    stale = await failure(
        billing.MarkInvoiceUncollectible(
            pb.MarkInvoiceUncollectibleRequest(invoice_id=invoice.id, version=invoice.version + 1),
            metadata=tenant.bearer(),
        )
    )
    assert stale.code() == grpc.StatusCode.ABORTED
    written_off = (
        await billing.MarkInvoiceUncollectible(
            pb.MarkInvoiceUncollectibleRequest(invoice_id=invoice.id, reason="customer vanished"),
            metadata=tenant.bearer(),
        )
    ).invoice
    assert written_off.status == billing_pb2.INVOICE_STATUS_UNCOLLECTIBLE
    voided = (
        await billing.VoidInvoice(
            pb.VoidInvoiceRequest(invoice_id=invoice.id, reason="duplicate"),
            metadata=tenant.bearer(),
        )
    ).invoice
    assert voided.status == billing_pb2.INVOICE_STATUS_VOID and voided.void_time.seconds


async def test_listing_invoices_by_account_status_and_overdue(
    billing: Stub, tenant: Tenant
) -> None:
    account = await active_account(billing, tenant)
    past_due = await invoice_of(
        billing,
        tenant,
        account.id,
        amount_due=brl("1"),
        status=billing_pb2.INVOICE_STATUS_OPEN,
        due_time=stamp(datetime.now(UTC) - timedelta(days=3)),
    )
    await invoice_of(
        billing,
        tenant,
        account.id,
        amount_due=brl("2"),
        due_time=stamp(datetime.now(UTC) + timedelta(days=3)),
    )
    everything = await billing.ListInvoices(
        pb.ListInvoicesRequest(billing_account_id=account.id), metadata=tenant.bearer()
    )
    assert everything.total_size == 2
    overdue = await billing.ListInvoices(
        pb.ListInvoicesRequest(billing_account_id=account.id, overdue=True),
        metadata=tenant.bearer(),
    )
    assert [i.id for i in overdue.invoices] == [past_due.id]
    drafts = await billing.ListInvoices(
        pb.ListInvoicesRequest(
            billing_account_id=account.id, status=billing_pb2.INVOICE_STATUS_DRAFT
        ),
        metadata=tenant.bearer(),
    )
    assert past_due.id not in {i.id for i in drafts.invoices} and drafts.total_size == 1


# usage


async def test_recording_usage_opens_the_months_meter_and_adds_to_it(
    billing: Stub, tenant: Tenant
) -> None:
    first = await record(billing, tenant, 3)
    second = await record(billing, tenant, 2)
    meter = second.usage_meter
    assert meter.id == first.usage_meter.id and meter.quantity == 5
    assert not second.duplicate and meter.project_id == tenant.project_id
    start = meter.period_start_time.ToDatetime(tzinfo=UTC)
    assert (start.day, start.hour) == (1, 0) and start <= datetime.now(UTC)
    assert meter.period_end_time.ToDatetime(tzinfo=UTC) > datetime.now(UTC)
    read = await billing.GetUsageMeter(
        pb.GetUsageMeterRequest(usage_meter_id=meter.id), metadata=tenant.bearer()
    )
    assert read.usage_meter.quantity == 5


async def test_usage_with_a_request_id_seen_before_changes_nothing(
    billing: Stub, tenant: Tenant
) -> None:
    event_id = str(uuid.uuid4())
    first = await record(billing, tenant, 4, request_id=event_id)
    again = await record(billing, tenant, 4, request_id=event_id)
    assert again.duplicate and again.usage_meter.quantity == first.usage_meter.quantity == 4
    assert again.usage_meter.version == first.usage_meter.version


async def test_concurrent_records_count_once_each_and_duplicates_not_at_all(
    billing: Stub, tenant: Tenant
) -> None:
    metric = billing_pb2.USAGE_METRIC_AI_TOKENS  # a meter nobody has opened yet
    distinct = await asyncio.gather(*(record(billing, tenant, 10, metric=metric) for _ in range(4)))
    assert len({r.usage_meter.id for r in distinct}) == 1
    event_id = str(uuid.uuid4())
    repeated = await asyncio.gather(
        *(record(billing, tenant, 5, metric=metric, request_id=event_id) for _ in range(4))
    )
    assert sorted(r.duplicate for r in repeated) == [False, True, True, True]
    meter = (
        await billing.GetUsageMeter(
            pb.GetUsageMeterRequest(usage_meter_id=distinct[0].usage_meter.id),
            metadata=tenant.bearer(),
        )
    ).usage_meter
    assert meter.quantity == 45


async def test_a_gauge_is_set_to_the_current_level(billing: Stub, tenant: Tenant) -> None:
    set_mode = billing_pb2.USAGE_RECORD_MODE_SET
    await record(billing, tenant, 120, metric=CONTACTS, mode=set_mode)
    level = await record(billing, tenant, 80, metric=CONTACTS, mode=set_mode)
    assert level.usage_meter.quantity == 80
    listed = await billing.ListUsageMeters(
        pb.ListUsageMetersRequest(metric=CONTACTS), metadata=tenant.bearer()
    )
    assert [(m.metric, m.quantity) for m in listed.usage_meters] == [(CONTACTS, 80)]
    last_year = await billing.ListUsageMeters(
        pb.ListUsageMetersRequest(period_time=stamp(datetime.now(UTC) - timedelta(days=400))),
        metadata=tenant.bearer(),
    )
    assert list(last_year.usage_meters) == []


async def test_usage_needs_a_metric_and_a_positive_increment(billing: Stub, tenant: Tenant) -> None:
    no_metric = await failure(
        billing.RecordUsage(pb.RecordUsageRequest(quantity=1), metadata=tenant.bearer())
    )
    assert "metric" in field_violations(no_metric)
    nothing = await failure(record(billing, tenant, 0))
    assert "quantity" in field_violations(nothing)


async def test_usage_is_recorded_only_in_the_callers_project(
    billing: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    error = await failure(
        billing.RecordUsage(
            pb.RecordUsageRequest(project_id=tenant.project_id, metric=MESSAGES_SENT, quantity=1),
            metadata=other_tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


# tenant isolation


async def test_another_tenant_can_neither_see_nor_change_the_billing(
    billing: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    account = await active_account(billing, tenant)
    sub = await subscribe(billing, tenant, account.id)
    invoice = await invoice_of(billing, tenant, account.id, amount_due=brl("1"))
    meter = (await record(billing, tenant, 1)).usage_meter
    theirs = other_tenant.bearer()
    for call in (
        billing.GetBillingAccount(
            pb.GetBillingAccountRequest(billing_account_id=account.id), metadata=theirs
        ),
        billing.UpdateBillingAccount(
            pb.UpdateBillingAccountRequest(
                billing_account=billing_pb2.BillingAccount(id=account.id, name="mine"),
                update_mask=mask("name"),
            ),
            metadata=theirs,
        ),
        billing.SuspendBillingAccount(
            pb.SuspendBillingAccountRequest(billing_account_id=account.id), metadata=theirs
        ),
        billing.AddPaymentMethod(
            pb.AddPaymentMethodRequest(billing_account_id=account.id, payment_method=card()),
            metadata=theirs,
        ),
        billing.GetSubscription(pb.GetSubscriptionRequest(subscription_id=sub.id), metadata=theirs),
        billing.CancelSubscription(
            pb.CancelSubscriptionRequest(subscription_id=sub.id), metadata=theirs
        ),
        billing.GetInvoice(pb.GetInvoiceRequest(invoice_id=invoice.id), metadata=theirs),
        billing.VoidInvoice(pb.VoidInvoiceRequest(invoice_id=invoice.id), metadata=theirs),
        billing.CreateInvoice(
            pb.CreateInvoiceRequest(
                invoice=billing_pb2.Invoice(billing_account_id=account.id, amount_due=brl("1"))
            ),
            metadata=theirs,
        ),
        billing.GetUsageMeter(pb.GetUsageMeterRequest(usage_meter_id=meter.id), metadata=theirs),
    ):
        assert (await failure(call)).code() == grpc.StatusCode.NOT_FOUND
    lists = [
        [
            a.id
            for a in (
                await billing.ListBillingAccounts(pb.ListBillingAccountsRequest(), metadata=theirs)
            ).billing_accounts
        ],
        [
            s.id
            for s in (
                await billing.ListSubscriptions(
                    pb.ListSubscriptionsRequest(billing_account_id=account.id), metadata=theirs
                )
            ).subscriptions
        ],
        [
            i.id
            for i in (
                await billing.ListInvoices(pb.ListInvoicesRequest(), metadata=theirs)
            ).invoices
        ],
        [
            m.id
            for m in (
                await billing.ListUsageMeters(pb.ListUsageMetersRequest(), metadata=theirs)
            ).usage_meters
        ],
    ]
    seen = {x for ids in lists for x in ids}
    assert not seen & {account.id, sub.id, invoice.id, meter.id}
    still = await billing.GetBillingAccount(
        pb.GetBillingAccountRequest(billing_account_id=account.id), metadata=tenant.bearer()
    )
    assert still.billing_account.name == "Acme Ltda"
