"""The Chat aggregate: a conversation thread on a channel (a person, a group or a channel)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from messaging.domain.base import VersionedAggregate
from messaging.domain.chat_participants import (
    ChatParticipant,
    ChatParticipantsChange,
    ChatParticipantsMixin,
)
from messaging.domain.events import ChatArchived, ChatCreated, ChatUnarchived, ChatUpdated
from shared.domain import InvalidArgument, new_id, utcnow

__all__ = ["Chat", "ChatParticipant", "ChatParticipantsChange", "ChatStatus", "ChatType"]


class ChatType(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"
    CHANNEL = "channel"


class ChatStatus(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    CLOSED = "closed"


def chat_type_of(provider_chat_id: str) -> ChatType:
    """`…@g.us` is a group, `…@newsletter` a channel, anything else one person."""
    if provider_chat_id.endswith("@g.us"):
        return ChatType.GROUP
    if provider_chat_id.endswith("@newsletter"):
        return ChatType.CHANNEL
    return ChatType.INDIVIDUAL


@dataclass(eq=False, kw_only=True)
class Chat(ChatParticipantsMixin, VersionedAggregate):
    channel_id: uuid.UUID
    type: ChatType
    status: ChatStatus = ChatStatus.ACTIVE
    provider_chat_id: str
    contact_id: uuid.UUID | None = None  # individual chats
    subject: str = ""
    description: str = ""
    participants: tuple[ChatParticipant, ...] = ()  # current and past (leave_time set)
    label_ids: tuple[str, ...] = ()
    last_message_time: datetime | None = None
    archive_time: datetime | None = None

    @classmethod
    def create(
        cls,
        *,
        project_id: uuid.UUID,
        channel_id: uuid.UUID,
        provider_chat_id: str,
        contact_id: uuid.UUID | None = None,
        subject: str = "",
        description: str = "",
        participants: tuple[ChatParticipant, ...] = (),
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> Chat:
        if not provider_chat_id.strip():
            raise InvalidArgument.field("provider_chat_id", "is required")
        kind = chat_type_of(provider_chat_id)
        if kind == ChatType.INDIVIDUAL and participants:
            raise InvalidArgument.field("participants", "only group chats have participants")
        moment = now or utcnow()
        chat = cls(
            id=id or new_id(),
            project_id=project_id,
            channel_id=channel_id,
            type=kind,
            provider_chat_id=provider_chat_id,
            contact_id=contact_id,
            subject=subject,
            description=description,
            participants=participants,
            create_time=moment,
            update_time=moment,
        )
        chat.record(ChatCreated(**chat._envelope(moment), chat=chat.snapshot()))
        return chat

    @property
    def participant_count(self) -> int:
        return sum(1 for p in self.participants if p.leave_time is None)

    def update(
        self,
        *,
        subject: str | None = None,
        description: str | None = None,
        label_ids: tuple[str, ...] | None = None,
        now: datetime | None = None,
    ) -> tuple[str, ...]:
        """Set the given fields; returns the ones that really changed."""
        wanted: dict[str, object] = {"subject": subject, "description": description}
        if label_ids is not None:
            wanted["label_ids"] = tuple(dict.fromkeys(label_ids))
        changed = tuple(k for k, v in wanted.items() if v is not None and v != getattr(self, k))
        if changed:
            moment = self._touch(now)
            for key in changed:
                setattr(self, key, wanted[key])
            self.record(
                ChatUpdated(**self._envelope(moment), chat=self.snapshot(), changed_fields=changed)
            )
        return changed

    def add_label(self, label_id: str, *, now: datetime | None = None) -> bool:
        """WAHA `label.chat.added`."""
        return bool(self.update(label_ids=(*self.label_ids, label_id), now=now))

    def remove_label(self, label_id: str, *, now: datetime | None = None) -> bool:
        """WAHA `label.chat.deleted`."""
        kept = tuple(x for x in self.label_ids if x != label_id)
        return bool(self.update(label_ids=kept, now=now))

    def record_message(self, message_time: datetime) -> bool:
        """Move last_message_time forward (never back: history arrives out of order).
        A statistic: no event and no version bump."""
        if self.last_message_time is not None and message_time <= self.last_message_time:
            return False
        self.last_message_time = message_time
        return True

    def archive(self, *, now: datetime | None = None) -> bool:
        if self.status == ChatStatus.ARCHIVED:
            return False
        moment = self._touch(now)
        self.status, self.archive_time = ChatStatus.ARCHIVED, moment
        self.record(ChatArchived(**self._ids(moment), archive_time=moment))
        return True

    def unarchive(self, *, now: datetime | None = None) -> bool:
        if self.status != ChatStatus.ARCHIVED:
            return False
        moment = self._touch(now)
        self.status, self.archive_time = ChatStatus.ACTIVE, None
        self.record(ChatUnarchived(**self._ids(moment), unarchive_time=moment))
        return True

    def close(self, *, now: datetime | None = None) -> bool:
        if self.status == ChatStatus.CLOSED:
            return False
        moment = self._touch(now)
        self.status = ChatStatus.CLOSED
        self.record(
            ChatUpdated(**self._envelope(moment), chat=self.snapshot(), changed_fields=("status",))
        )
        return True

    def _ids(self, moment: datetime) -> dict[str, Any]:
        envelope = self._envelope(moment)
        return {
            **envelope,
            "chat_id": self.id,
            "channel_id": self.channel_id,
            "contact_id": self.contact_id,
        }
