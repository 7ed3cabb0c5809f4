"""Channel status: user activation/deactivation, provider-driven changes, deletion."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import TYPE_CHECKING

from messaging.domain import errors
from messaging.domain.channel_config import (
    TRANSITIONS,
    WAHA_STATUS_EFFECT,
    ChannelStatus,
    WahaAccount,
    WahaSessionStatus,
)
from messaging.domain.events import (
    ChannelActivated,
    ChannelDeactivated,
    ChannelDeleted,
    ChannelStatusChanged,
)
from shared.domain import FailedPrecondition, utcnow

if TYPE_CHECKING:
    import uuid

    from messaging.domain.base import VersionedAggregate as _Aggregate
    from messaging.domain.channel_config import WahaConfig
    from messaging.domain.channel_types import ChannelTypeCode
else:
    _Aggregate = object


class ChannelLifecycle(_Aggregate):
    """Status methods of Channel (a mixin: `self` is the Channel)."""

    if TYPE_CHECKING:  # the Channel fields these methods use (declared in Channel)
        name: str
        channel_type_code: ChannelTypeCode
        status: ChannelStatus
        status_message: str
        status_change_time: datetime | None
        waha_config: WahaConfig | None
        pipeline_id: uuid.UUID | None
        delete_time: datetime | None

        def check_live(self) -> None: ...

    def change_status(
        self,
        status: ChannelStatus | str,
        *,
        status_message: str = "",
        waha_session_status: WahaSessionStatus | None = None,
        reason: str = "",
        now: datetime | None = None,
    ) -> bool:
        """Move along the transition table; returns False when already there."""
        self.check_live()
        wanted = ChannelStatus(status)
        previous = self.status
        if wanted == previous:
            return False
        if wanted not in TRANSITIONS[previous]:
            raise errors.InvalidTransition("channel", previous, wanted)
        moment = self._touch(now)
        self.status, self.status_message, self.status_change_time = wanted, status_message, moment
        envelope = self._envelope(moment)
        self.record(
            ChannelStatusChanged(
                **envelope,
                channel_id=self.id,
                previous_status=previous,
                status=wanted,
                status_message=status_message,
                waha_session_status=waha_session_status,
                change_time=moment,
            )
        )
        if wanted == ChannelStatus.ACTIVE:
            self.record(
                ChannelActivated(
                    **envelope,
                    channel_id=self.id,
                    channel_type_code=self.channel_type_code,
                    pipeline_id=self.pipeline_id,
                    activate_time=moment,
                )
            )
        elif wanted == ChannelStatus.INACTIVE:
            self.record(
                ChannelDeactivated(
                    **envelope,
                    channel_id=self.id,
                    previous_status=previous,
                    reason=reason or status_message,
                    deactivate_time=moment,
                )
            )
        return True

    def activate(self, *, now: datetime | None = None) -> bool:
        """A user asked to connect: the channel waits for the provider to confirm."""
        return self.change_status(ChannelStatus.ACTIVATING, now=now)

    def deactivate(self, reason: str = "", *, now: datetime | None = None) -> bool:
        return self.change_status(ChannelStatus.INACTIVE, reason=reason or "deactivated", now=now)

    def follow_waha_status(
        self,
        status: WahaSessionStatus | str,
        *,
        status_message: str = "",
        account: WahaAccount | None = None,
        at: datetime | None = None,
        now: datetime | None = None,
    ) -> bool:
        """Apply a WAHA `session.status` (WORKING → active, STARTING/SCAN_QR_CODE →
        activating, FAILED → error, STOPPED → inactive). Returns whether the
        channel's status changed; the WAHA status itself is always remembered
        unless an older report (`at` before the last one) arrives late."""
        waha = WahaSessionStatus(str(status).lower())
        config = self.waha_config
        if config is None:
            raise FailedPrecondition("only WAHA channels follow WAHA session status")
        moment = now or utcnow()
        seen = at or moment
        if config.session_status_time and seen < config.session_status_time:
            return False
        self.waha_config = dataclasses.replace(
            config,
            session_status=waha,
            session_status_time=seen,
            account=account or config.account,
        )
        changed = self.change_status(
            WAHA_STATUS_EFFECT[waha],
            status_message=status_message or f"WAHA session {waha.value.upper()}",
            waha_session_status=waha,
            reason=f"WAHA session {waha.value.upper()}",
            now=moment,
        )
        if not changed:
            self._touch(moment)  # the WAHA status itself is still new state to save
        return changed

    def delete(self, *, now: datetime | None = None) -> None:
        self.check_live()
        moment = self._touch(now)
        self.delete_time = moment
        self.record(
            ChannelDeleted(
                **self._envelope(moment), channel_id=self.id, name=self.name, delete_time=moment
            )
        )
