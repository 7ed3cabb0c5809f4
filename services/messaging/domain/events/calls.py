"""Calls are not an aggregate: a received call is an event of the channel (aggregate_id)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from shared.domain import DomainEvent

if TYPE_CHECKING:
    from messaging.domain.message_parts import PhoneNumber


@dataclass(frozen=True, kw_only=True)
class CallReceived(DomainEvent):
    """A contact called the channel's account (WAHA call.received)."""

    routing_key: ClassVar[str] = "messaging.call.received"
    channel_id: uuid.UUID
    provider_call_id: str
    contact_id: uuid.UUID | None
    chat_id: uuid.UUID | None
    caller_provider_id: str
    caller_phone: PhoneNumber | None
    video: bool
    group: bool
    call_time: datetime
