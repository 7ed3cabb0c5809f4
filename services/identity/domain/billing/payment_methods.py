"""PaymentMethod: display data and the provider's reference (never a card number)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime

from identity.domain.statuses import PaymentMethodType
from shared.domain import InvalidArgument, NotFound, new_id


@dataclass(frozen=True, kw_only=True)
class PaymentMethod:
    type: PaymentMethodType
    id: uuid.UUID = field(default_factory=new_id)
    brand: str = ""
    last_digits: str = ""
    expire_time: datetime | None = None
    is_default: bool = False
    provider_payment_method_id: str = ""
    create_time: datetime | None = None

    def __post_init__(self) -> None:
        if self.last_digits and not (self.last_digits.isdigit() and len(self.last_digits) <= 4):
            raise InvalidArgument.field("payment_method.last_digits", "must be up to 4 digits")


def make_default(methods: list[PaymentMethod], method_id: uuid.UUID) -> list[PaymentMethod]:
    """The same methods with `method_id` as the one and only default."""
    return [replace(m, is_default=m.id == method_id) for m in methods]


def with_method(
    methods: list[PaymentMethod], method: PaymentMethod, *, default: bool
) -> list[PaymentMethod]:
    """`methods` plus `method`, which becomes the only default if asked or if it is the first."""
    added = [*methods, method]
    return make_default(added, method.id) if default or not methods else added


def without_method(methods: list[PaymentMethod], method_id: uuid.UUID) -> list[PaymentMethod]:
    """`methods` minus one; if the default went, the first remaining one takes over."""
    kept = [m for m in methods if m.id != method_id]
    if len(kept) == len(methods):
        raise NotFound("payment method", method_id)
    if kept and not any(m.is_default for m in kept):
        return make_default(kept, kept[0].id)
    return kept
