"""Value objects of a Channel: statuses, the WAHA configuration, counters, labels."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from shared.domain import InvalidArgument


class ChannelStatus(StrEnum):
    INACTIVE = "inactive"
    ACTIVATING = "activating"
    ACTIVE = "active"
    DISCONNECTED = "disconnected"
    ERROR = "error"


_S = ChannelStatus
TRANSITIONS: dict[ChannelStatus, frozenset[ChannelStatus]] = {
    _S.INACTIVE: frozenset({_S.ACTIVATING, _S.ACTIVE, _S.ERROR}),
    _S.ACTIVATING: frozenset({_S.ACTIVE, _S.INACTIVE, _S.DISCONNECTED, _S.ERROR}),
    _S.ACTIVE: frozenset({_S.ACTIVATING, _S.INACTIVE, _S.DISCONNECTED, _S.ERROR}),
    _S.DISCONNECTED: frozenset({_S.ACTIVATING, _S.ACTIVE, _S.INACTIVE, _S.ERROR}),
    _S.ERROR: frozenset({_S.ACTIVATING, _S.ACTIVE, _S.INACTIVE}),
}


class WahaImportStrategy(StrEnum):
    NONE = "none"
    NEW_ONLY = "new_only"
    ALL = "all"


class WahaSessionStatus(StrEnum):
    STOPPED = "stopped"
    STARTING = "starting"
    SCAN_QR_CODE = "scan_qr_code"
    WORKING = "working"
    FAILED = "failed"
    PASSKEY_REQUIRED = "passkey_required"
    PASSKEY_CONFIRMATION_REQUIRED = "passkey_confirmation_required"


# What a WAHA `session.status` means for the channel (SHAPES §4.8).
WAHA_STATUS_EFFECT: dict[WahaSessionStatus, ChannelStatus] = {
    WahaSessionStatus.WORKING: _S.ACTIVE,
    WahaSessionStatus.STARTING: _S.ACTIVATING,
    WahaSessionStatus.SCAN_QR_CODE: _S.ACTIVATING,
    WahaSessionStatus.PASSKEY_REQUIRED: _S.ACTIVATING,
    WahaSessionStatus.PASSKEY_CONFIRMATION_REQUIRED: _S.ACTIVATING,
    WahaSessionStatus.FAILED: _S.ERROR,
    WahaSessionStatus.STOPPED: _S.INACTIVE,
}


def new_webhook_secret() -> str:
    return secrets.token_urlsafe(32)


@dataclass(frozen=True, kw_only=True)
class WahaAccount:
    wid: str = ""
    lid: str = ""
    jid: str = ""
    push_name: str = ""


@dataclass(frozen=True, kw_only=True)
class WahaConfig:
    base_url: str
    session_name: str
    api_key_credential_id: uuid.UUID | None = None
    webhook_secret: str = ""  # kept as is: verifying the HMAC needs the secret itself
    webhook_secret_rotate_time: datetime | None = None
    webhook_url: str = ""
    webhook_events: tuple[str, ...] = ()
    import_strategy: WahaImportStrategy = WahaImportStrategy.NEW_ONLY
    session_status: WahaSessionStatus | None = None
    session_status_time: datetime | None = None
    account: WahaAccount | None = None
    engine: str = ""

    @property
    def webhook_secret_set(self) -> bool:
        return bool(self.webhook_secret)

    def validated(self) -> WahaConfig:
        if not self.base_url.startswith(("http://", "https://")):
            raise InvalidArgument.field("waha_config.base_url", "must be an http(s) URL")
        if not self.session_name.strip():
            raise InvalidArgument.field("waha_config.session_name", "is required")
        return self


@dataclass(frozen=True, kw_only=True)
class ChannelCounters:
    messages_received: int = 0
    messages_sent: int = 0
    last_message_time: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class ChannelLabel:
    """A provider label (WAHA `label.upsert`): id, name, palette colour."""

    id: str
    name: str
    color: int = 0
    color_hex: str = ""
    update_time: datetime | None = None


MAX_SESSION_TIMEOUT = timedelta(minutes=1440)
MAX_DEBOUNCE = timedelta(minutes=5)


def session_timeout(value: timedelta | int | None, field: str) -> timedelta | None:
    """A session timeout of 1 minute to 24 hours (an int is minutes); None means unset."""
    if value is None:
        return None
    span = timedelta(minutes=value) if isinstance(value, int) else value
    if not timedelta(minutes=1) <= span <= MAX_SESSION_TIMEOUT:
        raise InvalidArgument.field(field, "must be between 1 minute and 24 hours")
    return span


def debounce_timeout(value: timedelta | None) -> timedelta | None:
    if value is not None and not timedelta(0) <= value <= MAX_DEBOUNCE:
        raise InvalidArgument.field("debounce_timeout", "must be between 0 and 5 minutes")
    return value
