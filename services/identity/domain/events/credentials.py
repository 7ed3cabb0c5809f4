"""Events of both credential families, API keys and encrypted secrets.

Snapshots never hold a key or a secret: ApiKey keeps only a hash, and a
Credential snapshot's ciphertext must not be put on the wire by the encoder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from identity.domain.statuses import CredentialKind, CredentialRotationReason, CredentialType
from shared.domain import DomainEvent

if TYPE_CHECKING:
    from identity.domain.credentials import CredentialLifecycle


@dataclass(frozen=True, kw_only=True)
class CredentialCreated(DomainEvent):
    routing_key: ClassVar[str] = "identity.credential.created"
    credential: CredentialLifecycle  # snapshot: an ApiKey or a Credential (secret)


@dataclass(frozen=True, kw_only=True)
class CredentialUpdated(DomainEvent):
    routing_key: ClassVar[str] = "identity.credential.updated"
    credential: CredentialLifecycle  # snapshot after the change
    changed_fields: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class CredentialRotated(DomainEvent):
    """The value was replaced; the old one stopped working at once."""

    routing_key: ClassVar[str] = "identity.credential.rotated"
    credential: CredentialLifecycle  # snapshot after the rotation
    reason: CredentialRotationReason


@dataclass(frozen=True, kw_only=True)
class CredentialRevoked(DomainEvent):
    """Final: caches holding the credential must drop it."""

    routing_key: ClassVar[str] = "identity.credential.revoked"
    kind: CredentialKind
    credential_type: CredentialType | None  # secrets only
    reason: str


@dataclass(frozen=True, kw_only=True)
class CredentialUsed(DomainEvent):
    """Recorded at most once a minute per credential, not on every call."""

    routing_key: ClassVar[str] = "identity.credential.used"
    kind: CredentialKind
    credential_type: CredentialType | None
    purpose: str


@dataclass(frozen=True, kw_only=True)
class CredentialExpired(DomainEvent):
    routing_key: ClassVar[str] = "identity.credential.expired"
    kind: CredentialKind
    credential_type: CredentialType | None
    expire_time: datetime
