"""The Channel aggregate: a connected provider account (a WhatsApp number via WAHA, …)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Self

from messaging.domain import errors
from messaging.domain.base import VersionedAggregate
from messaging.domain.channel_activity import ChannelActivity
from messaging.domain.channel_config import (
    ChannelCounters,
    ChannelLabel,
    ChannelStatus,
    WahaAccount,
    WahaConfig,
    WahaImportStrategy,
    WahaSessionStatus,
    debounce_timeout,
    new_webhook_secret,
    session_timeout,
)
from messaging.domain.channel_lifecycle import ChannelLifecycle
from messaging.domain.channel_types import ChannelTypeCode, channel_type
from messaging.domain.events import ChannelCreated, ChannelUpdated
from shared.domain import FailedPrecondition, InvalidArgument, new_id, utcnow

__all__ = [
    "Channel",
    "ChannelCounters",
    "ChannelLabel",
    "ChannelStatus",
    "WahaAccount",
    "WahaConfig",
    "WahaImportStrategy",
    "WahaSessionStatus",
]

SETTABLE_FIELDS = frozenset(
    {
        "name",
        "description",
        "pipeline_id",
        "default_session_timeout",
        "default_agent_id",
        "allow_groups",
        "tracking_enabled",
        "debounce_timeout",
        "waha_config",
    }
)


@dataclass(eq=False, kw_only=True)
class Channel(ChannelLifecycle, ChannelActivity, VersionedAggregate):
    name: str
    description: str = ""
    channel_type_id: uuid.UUID
    channel_type_code: ChannelTypeCode
    status: ChannelStatus = ChannelStatus.INACTIVE
    status_message: str = ""
    status_change_time: datetime | None = None
    waha_config: WahaConfig | None = None
    pipeline_id: uuid.UUID | None = None
    default_session_timeout: timedelta | None = None
    default_agent_id: uuid.UUID | None = None
    allow_groups: bool = False
    tracking_enabled: bool = True
    debounce_timeout: timedelta | None = None
    counters: ChannelCounters = field(default_factory=ChannelCounters)
    labels: tuple[ChannelLabel, ...] = ()
    last_history_import_id: uuid.UUID | None = None
    last_history_import_time: datetime | None = None
    delete_time: datetime | None = None

    @classmethod
    def create(
        cls,
        *,
        project_id: uuid.UUID,
        name: str,
        channel_type_code: ChannelTypeCode | str,
        id: uuid.UUID | None = None,
        now: datetime | None = None,
        **settings: Any,
    ) -> Channel:
        """A new, inactive channel. `settings` are any of SETTABLE_FIELDS. A WAHA
        channel needs `waha_config`; it gets a webhook secret when none is given."""
        unknown = set(settings) - SETTABLE_FIELDS
        if unknown:
            raise TypeError(f"Channel.create got unknown fields {sorted(unknown)}")
        moment = now or utcnow()
        kind = channel_type(channel_type_code)
        values = _validated({"name": name, **settings})
        config = values.get("waha_config")
        if kind.code == ChannelTypeCode.WAHA:
            if config is None:
                raise InvalidArgument.field("waha_config", "is required for a WAHA channel")
            if not config.webhook_secret:
                values["waha_config"] = dataclasses.replace(
                    config, webhook_secret=new_webhook_secret(), webhook_secret_rotate_time=moment
                )
        channel = cls(
            id=id or new_id(),
            project_id=project_id,
            channel_type_id=kind.id,
            channel_type_code=kind.code,
            status_change_time=moment,
            create_time=moment,
            update_time=moment,
            **values,
        )
        channel.record(ChannelCreated(**channel._envelope(moment), channel=channel.snapshot()))
        return channel

    def snapshot(self) -> Self:
        """A detached copy for events: the webhook secret is never published."""
        copy = super().snapshot()
        if copy.waha_config is not None:
            copy.waha_config = dataclasses.replace(copy.waha_config, webhook_secret="")
        return copy

    @property
    def is_live(self) -> bool:
        return self.delete_time is None

    def check_live(self) -> None:
        if not self.is_live:
            raise errors.ChannelIsDeleted(f"channel {self.id} is deleted")

    def update(self, changes: Mapping[str, Any], *, now: datetime | None = None) -> tuple[str, ...]:
        """Apply settings; returns the fields that really changed. The webhook secret
        is not set here (see rotate_webhook_secret)."""
        self.check_live()
        unknown = set(changes) - SETTABLE_FIELDS
        if unknown:
            raise InvalidArgument.field(sorted(unknown)[0], "is not a settable field")
        wanted = _validated(dict(changes))
        if "waha_config" in wanted and self.waha_config is not None:
            wanted["waha_config"] = dataclasses.replace(
                wanted["waha_config"],
                webhook_secret=self.waha_config.webhook_secret,
                webhook_secret_rotate_time=self.waha_config.webhook_secret_rotate_time,
                session_status=self.waha_config.session_status,
                session_status_time=self.waha_config.session_status_time,
                account=self.waha_config.account,
            )
        changed = tuple(sorted(p for p, v in wanted.items() if v != getattr(self, p)))
        if not changed:
            return ()
        moment = self._touch(now)
        for path in changed:
            setattr(self, path, wanted[path])
        self.record(
            ChannelUpdated(
                **self._envelope(moment), channel=self.snapshot(), changed_fields=changed
            )
        )
        return changed

    def rotate_webhook_secret(self, *, now: datetime | None = None) -> str:
        """A new random webhook secret; returned once (events never carry it)."""
        self.check_live()
        if self.waha_config is None:
            raise FailedPrecondition("only WAHA channels have a webhook secret")
        secret = new_webhook_secret()
        moment = self._touch(now)
        self.waha_config = dataclasses.replace(
            self.waha_config, webhook_secret=secret, webhook_secret_rotate_time=moment
        )
        self.record(
            ChannelUpdated(
                **self._envelope(moment),
                channel=self.snapshot(),
                changed_fields=("waha_config.webhook_secret",),
            )
        )
        return secret


def _validated(values: dict[str, Any]) -> dict[str, Any]:
    if "name" in values:
        values["name"] = str(values["name"]).strip()
        if not values["name"]:
            raise InvalidArgument.field("name", "is required")
    if "default_session_timeout" in values:
        values["default_session_timeout"] = session_timeout(
            values["default_session_timeout"], "default_session_timeout"
        )
    if "debounce_timeout" in values:
        values["debounce_timeout"] = debounce_timeout(values["debounce_timeout"])
    if values.get("waha_config") is not None:
        values["waha_config"] = values["waha_config"].validated()
    return values
