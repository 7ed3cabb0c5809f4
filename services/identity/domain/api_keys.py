"""Project-scoped API keys: random, shown once, stored only as a SHA-256 hash.

Plaintext: "vk_<project id, 32 hex>_<43 url-safe chars>". The project id in
the key lets the service set the tenant (row-level security) before it looks
the key up by hash; the 256-bit secret makes the hash a safe lookup key.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from identity.domain.credentials import CredentialLifecycle, check_expire_time
from identity.domain.errors import ApiKeyExpired, ApiKeyRevoked, InvalidApiKey
from identity.domain.events import CredentialCreated
from identity.domain.roles import ProjectRole
from identity.domain.statuses import CredentialKind, CredentialRotationReason
from identity.domain.values import optional_text, required_text
from shared.domain import new_id, utcnow

KEY_SCHEME = "vk"
_KEY = re.compile(rf"{KEY_SCHEME}_([0-9a-f]{{32}})_([A-Za-z0-9_-]{{43}})")
# "vk_<project hex>_" plus 6 secret characters: enough to tell a project's keys
# apart in a list, too little to matter for the 256-bit secret.
KEY_PREFIX_LENGTH = len(KEY_SCHEME) + 1 + 32 + 1 + 6
MAX_DESCRIPTION_LENGTH = 500


def _new_plaintext(project_id: uuid.UUID) -> str:
    return f"{KEY_SCHEME}_{project_id.hex}_{secrets.token_urlsafe(32)}"


def hash_api_key(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode()).hexdigest()


def parse_api_key(plaintext: str) -> tuple[uuid.UUID, str]:
    """The project a key claims and the hash to look it up by; InvalidApiKey if malformed."""
    key = plaintext.strip()
    if key.lower().startswith("bearer "):
        key = key[len("bearer ") :].strip()
    match = _KEY.fullmatch(key)
    if match is None:
        raise InvalidApiKey()
    return uuid.UUID(hex=match.group(1)), hash_api_key(key)


@dataclass(eq=False, kw_only=True)
class ApiKey(CredentialLifecycle):
    kind = CredentialKind.API_KEY

    role: ProjectRole
    key_prefix: str
    key_hash: str

    @classmethod
    def issue(
        cls,
        *,
        project_id: uuid.UUID,
        name: str,
        role: ProjectRole,
        created_by: uuid.UUID | None,
        expire_time: datetime | None = None,
        description: str = "",
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> tuple[ApiKey, str]:
        """A new key and its plaintext, which exists only in this return value."""
        moment = now or utcnow()
        plaintext = _new_plaintext(project_id)
        key = cls(
            id=id or new_id(),
            project_id=project_id,
            name=required_text(name, "name"),
            description=optional_text(description, "description", MAX_DESCRIPTION_LENGTH),
            role=role,
            key_prefix=plaintext[:KEY_PREFIX_LENGTH],
            key_hash=hash_api_key(plaintext),
            expire_time=check_expire_time(expire_time, moment),
            created_by_user_id=created_by,
            create_time=moment,
            update_time=moment,
        )
        key.record(CredentialCreated(**key._envelope(moment), credential=key.snapshot()))
        return key, plaintext

    def check_usable(self, now: datetime) -> None:
        """Authentication guard: revoked or expired keys are rejected."""
        if self.is_revoked:
            raise ApiKeyRevoked()
        if self.is_expired(now):
            raise ApiKeyExpired()

    def update(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        role: ProjectRole | None = None,
        expire_time: datetime | None = None,
        now: datetime | None = None,
    ) -> tuple[str, ...]:
        """Change the given fields (None = keep); returns the names that changed."""
        moment = now or utcnow()
        return self._apply_update(
            {
                "name": None if name is None else required_text(name, "name"),
                "description": None
                if description is None
                else optional_text(description, "description", MAX_DESCRIPTION_LENGTH),
                "role": role,
                "expire_time": check_expire_time(expire_time, moment),
            },
            moment,
        )

    def limit_role(self, ceiling: ProjectRole, *, now: datetime | None = None) -> bool:
        """Lower the key's role to `ceiling` if above it (its owner was demoted)."""
        if ceiling.covers(self.role) or self.is_revoked:
            return False
        self.update(role=ceiling, now=now)
        return True

    def rotate(self, *, expire_time: datetime | None = None, now: datetime | None = None) -> str:
        """Replace the secret (the old plaintext stops working); returns the new one."""
        moment = now or utcnow()
        self._check_not_revoked()
        plaintext = _new_plaintext(self.project_id)
        self.key_prefix, self.key_hash = plaintext[:KEY_PREFIX_LENGTH], hash_api_key(plaintext)
        self._mark_rotated(expire_time, CredentialRotationReason.MANUAL, moment)
        return plaintext
