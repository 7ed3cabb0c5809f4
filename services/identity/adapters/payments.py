"""The built-in payment provider: it records what was asked of it and never charges.

Ventros runs without a payment processor until one is configured; this adapter
answers the PaymentProvider port with locally generated ids (prefixed `local_`
so they cannot be mistaken for a real provider's) and keeps a log of the calls.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from shared.domain import utcnow

log = logging.getLogger(__name__)
MAX_RECORDS = 1_000  # the log is for inspection, not storage


@dataclass(frozen=True)
class ProviderCall:
    operation: str  # "create_customer" | "charge"
    provider_id: str
    details: dict[str, object]
    time: datetime = field(default_factory=utcnow)


class RecordingPaymentProvider:
    """PaymentProvider that records calls; `charge` returns a payment id but moves no money."""

    def __init__(self) -> None:
        self.calls: list[ProviderCall] = []
        self._charges: dict[str, str] = {}  # idempotency key -> payment id

    async def create_customer(self, *, billing_account_id: uuid.UUID, name: str, email: str) -> str:
        customer_id = f"local_cus_{billing_account_id.hex}"
        self._record("create_customer", customer_id, billing_account_id=str(billing_account_id))
        return customer_id

    async def charge(
        self,
        *,
        customer_id: str,
        amount_cents: int,
        currency: str,
        description: str,
        idempotency_key: str,
    ) -> str:
        if idempotency_key and idempotency_key in self._charges:
            return self._charges[idempotency_key]
        payment_id = f"local_pay_{uuid.uuid4().hex}"
        if idempotency_key:
            self._charges[idempotency_key] = payment_id
            while len(self._charges) > MAX_RECORDS:
                del self._charges[next(iter(self._charges))]
        self._record(
            "charge",
            payment_id,
            customer_id=customer_id,
            amount_cents=amount_cents,
            currency=currency,
            description=description,
            charged=False,
        )
        return payment_id

    def _record(self, operation: str, provider_id: str, **details: object) -> None:
        self.calls.append(ProviderCall(operation, provider_id, details))
        del self.calls[:-MAX_RECORDS]
        log.info(
            "payment provider call recorded (nothing charged)",
            extra={"fields": {"operation": operation, "provider_id": provider_id}},
        )
