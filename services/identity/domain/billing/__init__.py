"""Billing: who pays (BillingAccount), on which plan (Subscription), what was
charged (Invoice) and what was used (UsageMeter)."""

from identity.domain.billing.accounts import BillingAccount
from identity.domain.billing.invoices import Invoice, InvoiceLine
from identity.domain.billing.payment_methods import PaymentMethod
from identity.domain.billing.subscriptions import Subscription
from identity.domain.billing.usage import UsageMeter

__all__ = [
    "BillingAccount",
    "Invoice",
    "InvoiceLine",
    "PaymentMethod",
    "Subscription",
    "UsageMeter",
]
