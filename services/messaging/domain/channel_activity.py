"""What a channel learns from its traffic: provider labels, history imports."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from messaging.domain.channel_config import ChannelLabel
from messaging.domain.events import ChannelLabelDeleted, ChannelLabelUpserted
from shared.domain import utcnow

if TYPE_CHECKING:
    from messaging.domain.base import VersionedAggregate as _Aggregate
else:
    _Aggregate = object


class ChannelActivity(_Aggregate):
    """Traffic methods of Channel (a mixin: `self` is the Channel)."""

    if TYPE_CHECKING:  # the Channel fields these methods use (declared in Channel)
        labels: tuple[ChannelLabel, ...]
        last_history_import_id: uuid.UUID | None
        last_history_import_time: datetime | None

    def label(self, label_id: str) -> ChannelLabel | None:
        return next((x for x in self.labels if x.id == label_id), None)

    def upsert_label(
        self,
        label_id: str,
        name: str,
        *,
        color: int = 0,
        color_hex: str = "",
        now: datetime | None = None,
    ) -> bool:
        """WAHA `label.upsert`; returns False when nothing changed."""
        old = self.label(label_id)
        if old and (old.name, old.color, old.color_hex) == (name, color, color_hex):
            return False
        moment = self._touch(now)
        new = ChannelLabel(
            id=label_id, name=name, color=color, color_hex=color_hex, update_time=moment
        )
        if old:
            self.labels = tuple(new if x.id == label_id else x for x in self.labels)
        else:
            self.labels = (*self.labels, new)
        self.record(ChannelLabelUpserted(**self._envelope(moment), channel_id=self.id, label=new))
        return True

    def delete_label(self, label_id: str, *, now: datetime | None = None) -> bool:
        """WAHA `label.deleted`; returns False for a label we do not know."""
        old = self.label(label_id)
        if old is None:
            return False
        moment = self._touch(now)
        self.labels = tuple(x for x in self.labels if x.id != label_id)
        self.record(
            ChannelLabelDeleted(
                **self._envelope(moment), channel_id=self.id, label_id=label_id, name=old.name
            )
        )
        return True

    def record_history_import(
        self, history_import_id: uuid.UUID, *, now: datetime | None = None
    ) -> None:
        moment = now or utcnow()
        self.last_history_import_id = history_import_id
        self.last_history_import_time = moment
        self.update_time = moment
