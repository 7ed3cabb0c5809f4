"""Events of the Message aggregate (message id = aggregate_id)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from shared.domain import DomainEvent

if TYPE_CHECKING:
    from messaging.domain.chats import ChatType
    from messaging.domain.message_parts import (
        MessageAttribution,
        MessageContentType,
        MessageError,
        MessageSource,
        PhoneNumber,
    )
    from messaging.domain.message_status import MessageStatus
    from messaging.domain.messages import Message


@dataclass(frozen=True, kw_only=True)
class MessageEvent(DomainEvent):
    """What every event of a message says: which message, whose, where."""

    message_id: uuid.UUID
    contact_id: uuid.UUID | None
    session_id: uuid.UUID | None
    channel_id: uuid.UUID
    chat_id: uuid.UUID | None


@dataclass(frozen=True, kw_only=True)
class StatusChange(MessageEvent):
    """A delivery status the provider reported (delivered, read, played, failed)."""

    source: MessageSource
    request_id: str
    previous_status: MessageStatus | None


@dataclass(frozen=True, kw_only=True)
class MessageReceived(MessageEvent):
    """An inbound message was stored (once per provider message; live or history_import)."""

    routing_key: ClassVar[str] = "messaging.message.received"
    chat_type: ChatType | None
    content_type: MessageContentType
    text: str
    message_time: datetime
    provider_message_id: str
    sender_phone: PhoneNumber | None
    sender_name: str
    attribution: MessageAttribution | None
    session_started: bool
    pipeline_id: uuid.UUID | None
    message: Message  # snapshot
    source: MessageSource


@dataclass(frozen=True, kw_only=True)
class MessageSent(MessageEvent):
    """The provider accepted one of our messages (API, automation or typed on the phone)."""

    routing_key: ClassVar[str] = "messaging.message.sent"
    content_type: MessageContentType
    source: MessageSource
    agent_id: uuid.UUID | None
    request_id: str
    provider_message_id: str
    sent_time: datetime
    message: Message  # snapshot


@dataclass(frozen=True, kw_only=True)
class MessageDelivered(StatusChange):
    routing_key: ClassVar[str] = "messaging.message.delivered"
    delivered_time: datetime


@dataclass(frozen=True, kw_only=True)
class MessageRead(StatusChange):
    routing_key: ClassVar[str] = "messaging.message.read"
    read_time: datetime


@dataclass(frozen=True, kw_only=True)
class MessagePlayed(StatusChange):
    routing_key: ClassVar[str] = "messaging.message.played"
    played_time: datetime


@dataclass(frozen=True, kw_only=True)
class MessageFailed(StatusChange):
    routing_key: ClassVar[str] = "messaging.message.failed"
    error: MessageError | None
    failed_time: datetime


@dataclass(frozen=True, kw_only=True)
class MessageEdited(MessageEvent):
    routing_key: ClassVar[str] = "messaging.message.edited"
    from_me: bool
    previous_text: str
    text: str
    edit_time: datetime


@dataclass(frozen=True, kw_only=True)
class MessageRevoked(MessageEvent):
    routing_key: ClassVar[str] = "messaging.message.revoked"
    from_me: bool
    revoke_time: datetime


@dataclass(frozen=True, kw_only=True)
class MessageReacted(MessageEvent):
    routing_key: ClassVar[str] = "messaging.message.reacted"
    emoji: str  # empty when removed
    removed: bool
    from_me: bool
    reactor_contact_id: uuid.UUID | None
    reactor_agent_id: uuid.UUID | None
    react_time: datetime
