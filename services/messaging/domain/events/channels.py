"""Events of the Channel aggregate (channel id = aggregate_id)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from shared.domain import DomainEvent

if TYPE_CHECKING:
    from messaging.domain.channel_types import ChannelTypeCode
    from messaging.domain.channels import Channel, ChannelLabel, ChannelStatus, WahaSessionStatus


@dataclass(frozen=True, kw_only=True)
class ChannelCreated(DomainEvent):
    routing_key: ClassVar[str] = "messaging.channel.created"
    channel: Channel  # snapshot, webhook secret blanked


@dataclass(frozen=True, kw_only=True)
class ChannelUpdated(DomainEvent):
    routing_key: ClassVar[str] = "messaging.channel.updated"
    channel: Channel  # snapshot after the change, webhook secret blanked
    changed_fields: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class ChannelActivated(DomainEvent):
    routing_key: ClassVar[str] = "messaging.channel.activated"
    channel_id: uuid.UUID
    channel_type_code: ChannelTypeCode
    pipeline_id: uuid.UUID | None
    activate_time: datetime


@dataclass(frozen=True, kw_only=True)
class ChannelDeactivated(DomainEvent):
    routing_key: ClassVar[str] = "messaging.channel.deactivated"
    channel_id: uuid.UUID
    previous_status: ChannelStatus
    reason: str
    deactivate_time: datetime


@dataclass(frozen=True, kw_only=True)
class ChannelDeleted(DomainEvent):
    routing_key: ClassVar[str] = "messaging.channel.deleted"
    channel_id: uuid.UUID
    name: str
    delete_time: datetime


@dataclass(frozen=True, kw_only=True)
class ChannelStatusChanged(DomainEvent):
    routing_key: ClassVar[str] = "messaging.channel.status_changed"
    channel_id: uuid.UUID
    previous_status: ChannelStatus
    status: ChannelStatus
    status_message: str
    waha_session_status: WahaSessionStatus | None
    change_time: datetime


@dataclass(frozen=True, kw_only=True)
class ChannelLabelUpserted(DomainEvent):
    routing_key: ClassVar[str] = "messaging.channel.label_upserted"
    channel_id: uuid.UUID
    label: ChannelLabel


@dataclass(frozen=True, kw_only=True)
class ChannelLabelDeleted(DomainEvent):
    routing_key: ClassVar[str] = "messaging.channel.label_deleted"
    channel_id: uuid.UUID
    label_id: str
    name: str
