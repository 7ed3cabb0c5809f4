"""Small fakes for identity's ports and builders of aggregates in a known state."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from identity.domain.billing import BillingAccount, PaymentMethod
from identity.domain.ports import PasswordHasher, SecretCipher
from identity.domain.statuses import PaymentMethodType
from identity.domain.users import User

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


class FakeHasher(PasswordHasher):
    """Reverses the password: deterministic, and obviously not the plaintext."""

    def hash(self, password: str) -> str:
        return "reversed:" + password[::-1]

    def verify(self, password_hash: str, password: str) -> bool:
        return password_hash == self.hash(password)


class CipherRejected(Exception):
    pass


class FakeCipher(SecretCipher):
    """Prepends the associated data and reverses the plaintext; decrypt checks the data."""

    def encrypt(self, plaintext: bytes, associated_data: bytes) -> bytes:
        return associated_data + plaintext[::-1]

    def decrypt(self, ciphertext: bytes, associated_data: bytes) -> bytes:
        if not ciphertext.startswith(associated_data):
            raise CipherRejected("associated data does not match")
        return ciphertext[len(associated_data) :][::-1]


def card() -> PaymentMethod:
    return PaymentMethod(type=PaymentMethodType.CARD, brand="visa", last_digits="4242")


def pending_account(trial: timedelta | None = None) -> BillingAccount:
    return BillingAccount.open(
        owner_user_id=uuid.uuid4(),
        name="Acme",
        billing_email="billing@acme.example",
        trial_end_time=NOW + trial if trial else None,
        now=NOW,
    )


def active_account() -> BillingAccount:
    account = pending_account()
    account.activate(card(), now=NOW)
    account.collect_events()
    return account


def a_user(name: str = "Ana Silva", email: str | None = None) -> User:
    user = User.register(
        name=name,
        email=email or f"{uuid.uuid4().hex[:8]}@example.com",
        password="correct horse",
        hasher=FakeHasher(),
        now=NOW,
    )
    user.collect_events()
    return user
