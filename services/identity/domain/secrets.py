"""Encrypted secrets a project's integrations use (WAHA, Meta, Google, webhooks).

The value is encrypted by the SecretCipher port with associated data = project
id + credential id, so a ciphertext copied to another row (or tenant) cannot be
decrypted there. The domain sees only bytes; the service serialises the value.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime

from identity.domain.credentials import CredentialLifecycle, check_expire_time
from identity.domain.errors import SecretExpired
from identity.domain.events import CredentialCreated
from identity.domain.oauth import OAuthToken, check_oauth_fits
from identity.domain.ports import SecretCipher
from identity.domain.statuses import CredentialKind, CredentialRotationReason, CredentialType
from identity.domain.values import optional_text, required_text
from shared.domain import InvalidArgument, new_id, utcnow

MAX_DESCRIPTION_LENGTH = 500


def associated_data(project_id: uuid.UUID, credential_id: uuid.UUID) -> bytes:
    return project_id.bytes + credential_id.bytes


@dataclass(eq=False, kw_only=True)
class Credential(CredentialLifecycle):
    kind = CredentialKind.SECRET

    type: CredentialType
    ciphertext: bytes = field(repr=False)
    metadata: dict[str, str] = field(default_factory=dict)  # non-secret settings
    oauth: OAuthToken | None = None

    @classmethod
    def store(
        cls,
        *,
        project_id: uuid.UUID,
        type: CredentialType,
        name: str,
        secret: bytes,
        cipher: SecretCipher,
        created_by: uuid.UUID | None,
        oauth: OAuthToken | None = None,
        description: str = "",
        metadata: dict[str, str] | None = None,
        expire_time: datetime | None = None,
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> Credential:
        moment, credential_id = now or utcnow(), id or new_id()
        credential = cls(
            id=credential_id,
            project_id=project_id,
            type=type,
            name=required_text(name, "name"),
            description=optional_text(description, "description", MAX_DESCRIPTION_LENGTH),
            ciphertext=cipher.encrypt(
                _non_empty(secret), associated_data(project_id, credential_id)
            ),
            metadata=dict(metadata or {}),
            oauth=check_oauth_fits(type, oauth),
            expire_time=check_expire_time(expire_time, moment),
            created_by_user_id=created_by,
            create_time=moment,
            update_time=moment,
        )
        credential.record(
            CredentialCreated(**credential._envelope(moment), credential=credential.snapshot())
        )
        return credential

    @property
    def credential_type(self) -> CredentialType:
        return self.type

    def reveal(self, cipher: SecretCipher, now: datetime, purpose: str = "") -> bytes:
        """The plaintext, for a service that must use it; records the use."""
        self._check_not_revoked()
        if self.is_expired(now):
            raise SecretExpired(f"credential {self.id} has expired")
        plaintext = cipher.decrypt(self.ciphertext, associated_data(self.project_id, self.id))
        self.record_use(now, purpose)
        return plaintext

    def needs_refresh(self, now: datetime) -> bool:
        """True for an OAuth token expiring within 30 minutes (or already expired)."""
        return self.oauth is not None and self.oauth.needs_refresh(now)

    def update(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        metadata: dict[str, str] | None = None,
        expire_time: datetime | None = None,
        now: datetime | None = None,
    ) -> tuple[str, ...]:
        """Change metadata (None = keep); the value changes only by rotation."""
        moment = now or utcnow()
        return self._apply_update(
            {
                "name": None if name is None else required_text(name, "name"),
                "description": None
                if description is None
                else optional_text(description, "description", MAX_DESCRIPTION_LENGTH),
                "metadata": None if metadata is None else dict(metadata),
                "expire_time": check_expire_time(expire_time, moment),
            },
            moment,
        )

    def rotate(
        self,
        secret: bytes,
        cipher: SecretCipher,
        *,
        oauth: OAuthToken | None = None,
        expire_time: datetime | None = None,
        now: datetime | None = None,
    ) -> None:
        """Replace the value, e.g. a new WAHA key or tokens from a new consent."""
        self._replace(secret, cipher, oauth, expire_time, CredentialRotationReason.MANUAL, now)

    def refresh_oauth(
        self, secret: bytes, cipher: SecretCipher, oauth: OAuthToken, *, now: datetime | None = None
    ) -> None:
        """Store tokens obtained with the refresh token."""
        self._replace(secret, cipher, oauth, None, CredentialRotationReason.OAUTH_REFRESH, now)

    def revoke(self, reason: str = "", *, now: datetime | None = None) -> None:
        """Revoking destroys the value: a revoked secret can never be revealed."""
        super().revoke(reason, now=now)
        self.ciphertext, self.oauth = b"", None

    def _replace(
        self,
        secret: bytes,
        cipher: SecretCipher,
        oauth: OAuthToken | None,
        expire_time: datetime | None,
        reason: CredentialRotationReason,
        now: datetime | None,
    ) -> None:
        moment = now or utcnow()
        self._check_not_revoked()
        oauth = check_oauth_fits(self.type, oauth)
        self.ciphertext = cipher.encrypt(
            _non_empty(secret), associated_data(self.project_id, self.id)
        )
        self.oauth = None if oauth is None else replace(oauth, last_refresh_time=moment)
        self._mark_rotated(expire_time, reason, moment)


def _non_empty(secret: bytes) -> bytes:
    if not secret:
        raise InvalidArgument.field("secret", "is required")
    return secret
