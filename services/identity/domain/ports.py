"""What the domain needs from the outside world, as protocols adapters implement."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Protocol


class PasswordHasher(Protocol):
    """One-way password hashing (argon2 in production)."""

    def hash(self, password: str) -> str: ...

    def verify(self, password_hash: str, password: str) -> bool:
        """True when `password` matches; False (never an exception) when it does not."""
        ...


class SecretCipher(Protocol):
    """Authenticated encryption (AES-256-GCM in production, key from configuration).

    `associated_data` is bound to the ciphertext: decrypting with other data
    fails, so a ciphertext copied to another row is useless.
    """

    def encrypt(self, plaintext: bytes, associated_data: bytes) -> bytes: ...

    def decrypt(self, ciphertext: bytes, associated_data: bytes) -> bytes: ...


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware (UTC)."""
        ...


class PaymentProvider(Protocol):
    """The payment processor. The built-in adapter records calls; it never charges."""

    async def create_customer(self, *, billing_account_id: uuid.UUID, name: str, email: str) -> str:
        """Register the paying party; returns the provider's customer id."""
        ...

    async def charge(
        self,
        *,
        customer_id: str,
        amount_cents: int,
        currency: str,
        description: str,
        idempotency_key: str,
    ) -> str:
        """Collect money; returns the provider's payment id."""
        ...
