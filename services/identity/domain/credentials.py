"""Lifecycle shared by both credential families (API keys and encrypted secrets).

active -> revoked (final); active -> expired (past expire_time); rotating an
active or expired credential replaces its value and makes it active again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, ClassVar

from identity.domain import events
from identity.domain.base import VersionedAggregate
from identity.domain.errors import CredentialIsRevoked
from identity.domain.statuses import (
    CredentialKind,
    CredentialRotationReason,
    CredentialState,
    CredentialType,
)
from identity.domain.values import optional_text
from shared.domain import InvalidArgument

# Authentication happens on every request; recording each use would flood the
# outbox and serialise writers on the row, so uses closer than this are folded.
USE_RECORD_INTERVAL = timedelta(minutes=1)
MAX_REASON_LENGTH = 500


def check_expire_time(expire_time: datetime | None, now: datetime) -> datetime | None:
    if expire_time is not None and expire_time <= now:
        raise InvalidArgument.field("expire_time", "must be in the future")
    return expire_time


@dataclass(eq=False, kw_only=True)
class CredentialLifecycle(VersionedAggregate):
    kind: ClassVar[CredentialKind]

    project_id: uuid.UUID
    name: str
    description: str = ""
    state: CredentialState = CredentialState.ACTIVE
    expire_time: datetime | None = None
    last_used_time: datetime | None = None
    rotate_time: datetime | None = None
    revoke_time: datetime | None = None
    revoke_reason: str = ""
    created_by_user_id: uuid.UUID | None = None

    @property
    def tenant_id(self) -> uuid.UUID | None:
        return self.project_id

    @property
    def credential_type(self) -> CredentialType | None:
        """The secret's type; None for API keys."""
        return None

    @property
    def is_revoked(self) -> bool:
        return self.state == CredentialState.REVOKED

    def is_expired(self, now: datetime) -> bool:
        if self.state == CredentialState.EXPIRED:
            return True
        return self.expire_time is not None and self.expire_time <= now

    def revoke(self, reason: str = "", *, now: datetime | None = None) -> None:
        self._check_not_revoked()
        reason = optional_text(reason, "reason", MAX_REASON_LENGTH)
        moment = self._touch(now)
        self.state, self.revoke_time, self.revoke_reason = CredentialState.REVOKED, moment, reason
        self.record(
            events.CredentialRevoked(
                **self._envelope(moment),
                kind=self.kind,
                credential_type=self.credential_type,
                reason=reason,
            )
        )

    def expire(self, now: datetime) -> bool:
        """Mark an active credential whose expire_time has passed; False if nothing to do."""
        expire_time = self.expire_time
        if self.state != CredentialState.ACTIVE or expire_time is None or expire_time > now:
            return False
        self._touch(now)
        self.state = CredentialState.EXPIRED
        self.record(
            events.CredentialExpired(
                **self._envelope(now),
                kind=self.kind,
                credential_type=self.credential_type,
                expire_time=expire_time,
            )
        )
        return True

    def record_use(self, now: datetime, purpose: str = "") -> bool:
        """Note a use; returns False (nothing changed) within a minute of the last one."""
        if self.last_used_time is not None and now - self.last_used_time < USE_RECORD_INTERVAL:
            return False
        self._touch(now)
        self.last_used_time = now
        self.record(
            events.CredentialUsed(
                **self._envelope(now),
                kind=self.kind,
                credential_type=self.credential_type,
                purpose=purpose,
            )
        )
        return True

    def _apply_update(self, wanted: dict[str, Any], now: datetime | None) -> tuple[str, ...]:
        """Set the non-None values that differ; records CredentialUpdated if any did."""
        self._check_not_revoked()
        changed = tuple(k for k, v in wanted.items() if v is not None and v != getattr(self, k))
        if changed:
            moment = self._touch(now)
            for key in changed:
                setattr(self, key, wanted[key])
            self.record(
                events.CredentialUpdated(
                    **self._envelope(moment),
                    credential=self.snapshot(),
                    changed_fields=changed,
                )
            )
        return changed

    def _mark_rotated(
        self, expire_time: datetime | None, reason: CredentialRotationReason, now: datetime
    ) -> None:
        """After a subclass replaced the value. `expire_time` None keeps the current
        expiry while it is in the future and clears a past one."""
        if expire_time is None and self.expire_time is not None and self.expire_time > now:
            expire_time = self.expire_time
        self.expire_time = check_expire_time(expire_time, now)
        self._touch(now)
        self.state, self.rotate_time = CredentialState.ACTIVE, now
        self.record(
            events.CredentialRotated(
                **self._envelope(now),
                credential=self.snapshot(),
                reason=reason,
            )
        )

    def _check_not_revoked(self) -> None:
        if self.is_revoked:
            raise CredentialIsRevoked(f"{self.kind.value} {self.id} is revoked")
