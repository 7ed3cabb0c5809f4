import uuid

import pytest

from identity.domain.billing import Invoice, InvoiceLine
from identity.domain.errors import TransitionNotAllowed
from identity.domain.events import (
    InvoiceCreated,
    InvoiceMarkedUncollectible,
    InvoicePaid,
    InvoiceVoided,
)
from identity.domain.statuses import InvoiceStatus as Status
from identity.domain.statuses import UsageMetric
from shared.domain import InvalidArgument
from tests.unit.identity.fakes import NOW


def draft() -> Invoice:
    return Invoice.draft(
        billing_account_id=uuid.uuid4(),
        currency="BRL",
        lines=[
            InvoiceLine(description="Pro plan", quantity=1, unit_amount_cents=9900),
            InvoiceLine(
                description="Messages",
                quantity=1000,
                unit_amount_cents=2,
                metric=UsageMetric.MESSAGES_SENT,
            ),
        ],
        now=NOW,
    )


def test_a_draft_totals_its_lines_in_cents() -> None:
    invoice = draft()
    [event] = invoice.collect_events()
    assert isinstance(event, InvoiceCreated)
    assert event.invoice.amount_due_cents == invoice.amount_due_cents == 11900


def test_an_open_invoice_can_be_paid_in_full() -> None:
    invoice = draft()
    invoice.collect_events()
    invoice.finalize()
    invoice.pay(now=NOW)
    [event] = invoice.collect_events()
    assert isinstance(event, InvoicePaid) and event.amount_paid_cents == 11900
    assert (invoice.status, invoice.amount_remaining_cents, invoice.paid_time) == (
        Status.PAID,
        0,
        NOW,
    )


def test_giving_up_on_an_open_invoice_records_what_was_not_collected() -> None:
    invoice = draft()
    invoice.finalize()
    invoice.collect_events()
    invoice.mark_uncollectible("customer unreachable")
    [event] = invoice.collect_events()
    assert isinstance(event, InvoiceMarkedUncollectible)
    assert (event.amount_remaining_cents, event.reason) == (11900, "customer unreachable")


def test_an_uncollectible_invoice_may_still_be_paid() -> None:
    invoice = draft()
    invoice.finalize()
    invoice.mark_uncollectible()
    invoice.pay()
    assert invoice.status == Status.PAID


def test_a_draft_cannot_be_paid() -> None:
    with pytest.raises(TransitionNotAllowed):
        draft().pay()


def test_a_paid_invoice_cannot_be_voided() -> None:
    invoice = draft()
    invoice.finalize()
    invoice.pay()
    with pytest.raises(TransitionNotAllowed):
        invoice.void()


def test_a_void_invoice_is_final() -> None:
    invoice = draft()
    invoice.collect_events()
    invoice.void("duplicate", now=NOW)
    [event] = invoice.collect_events()
    assert isinstance(event, InvoiceVoided) and event.reason == "duplicate"
    assert invoice.void_time == NOW
    with pytest.raises(TransitionNotAllowed):
        invoice.finalize()


def test_a_line_needs_a_positive_quantity_and_no_negative_price() -> None:
    with pytest.raises(InvalidArgument):
        InvoiceLine(description="x", quantity=0, unit_amount_cents=1)
    with pytest.raises(InvalidArgument):
        InvoiceLine(description="x", quantity=1, unit_amount_cents=-1)


def test_currency_must_be_an_iso_code() -> None:
    with pytest.raises(InvalidArgument):
        Invoice.draft(billing_account_id=uuid.uuid4(), currency="reais")
