"""Events of the Chat aggregate (chat id = aggregate_id)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from shared.domain import DomainEvent

if TYPE_CHECKING:
    from messaging.domain.chats import Chat, ChatParticipant, ChatParticipantsChange


@dataclass(frozen=True, kw_only=True)
class ChatCreated(DomainEvent):
    routing_key: ClassVar[str] = "messaging.chat.created"
    chat: Chat  # snapshot


@dataclass(frozen=True, kw_only=True)
class ChatUpdated(DomainEvent):
    routing_key: ClassVar[str] = "messaging.chat.updated"
    chat: Chat  # snapshot after the change
    changed_fields: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class ChatArchived(DomainEvent):
    routing_key: ClassVar[str] = "messaging.chat.archived"
    chat_id: uuid.UUID
    channel_id: uuid.UUID
    contact_id: uuid.UUID | None
    archive_time: datetime


@dataclass(frozen=True, kw_only=True)
class ChatUnarchived(DomainEvent):
    routing_key: ClassVar[str] = "messaging.chat.unarchived"
    chat_id: uuid.UUID
    channel_id: uuid.UUID
    contact_id: uuid.UUID | None
    unarchive_time: datetime


@dataclass(frozen=True, kw_only=True)
class ChatParticipantsChanged(DomainEvent):
    routing_key: ClassVar[str] = "messaging.chat.participants_changed"
    chat_id: uuid.UUID
    channel_id: uuid.UUID
    change: ChatParticipantsChange
    participants: tuple[ChatParticipant, ...]  # the affected ones, as they are now
    participant_count: int
    change_time: datetime
