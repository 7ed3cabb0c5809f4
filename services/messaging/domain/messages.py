"""The Message aggregate: one message in a chat, inbound or outbound.

`provider_message_id` is the bare WhatsApp id (see message_ids): unique per
channel, so a redelivered provider message is found and ignored, never an error.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from messaging.domain.base import VersionedAggregate
from messaging.domain.chats import ChatType
from messaging.domain.events import MessageReceived
from messaging.domain.message_changes import MessageChangesMixin
from messaging.domain.message_delivery import MessageDeliveryMixin
from messaging.domain.message_ids import bare_message_id
from messaging.domain.message_parts import (
    MEDIA_CONTENT_TYPES,
    MessageAttribution,
    MessageContentType,
    MessageDirection,
    MessageEdit,
    MessageError,
    MessageLocation,
    MessageMedia,
    MessageMention,
    MessageReaction,
    MessageReactionContent,
    MessageSource,
    PhoneNumber,
)
from messaging.domain.message_status import MessageStatus
from shared.domain import InvalidArgument, new_id, utcnow


@dataclass(eq=False, kw_only=True)
class Message(MessageChangesMixin, MessageDeliveryMixin, VersionedAggregate):
    channel_id: uuid.UUID
    chat_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None
    direction: MessageDirection
    from_me: bool = False
    content_type: MessageContentType = MessageContentType.TEXT
    text: str = ""
    media: MessageMedia | None = None
    location: MessageLocation | None = None
    vcards: tuple[str, ...] = ()
    reaction: MessageReactionContent | None = None
    reply_to_message_id: str = ""  # bare provider id of the message replied to
    mentions: tuple[MessageMention, ...] = ()
    reactions: tuple[MessageReaction, ...] = ()
    edits: tuple[MessageEdit, ...] = ()
    revoked: bool = False
    revoke_time: datetime | None = None
    source: MessageSource = MessageSource.CONTACT
    agent_id: uuid.UUID | None = None
    provider_message_id: str = ""
    provider_serialized_id: str = ""
    sender_provider_id: str = ""
    sender_name: str = ""
    status: MessageStatus | None = None
    error: MessageError | None = None
    attribution: MessageAttribution | None = None
    request_id: str = ""
    message_time: datetime
    sent_time: datetime | None = None
    delivered_time: datetime | None = None
    read_time: datetime | None = None
    played_time: datetime | None = None
    failed_time: datetime | None = None

    @property
    def edited(self) -> bool:
        return bool(self.edits)

    @classmethod
    def create(
        cls,
        *,
        project_id: uuid.UUID,
        channel_id: uuid.UUID,
        direction: MessageDirection | str,
        message_time: datetime,
        content_type: MessageContentType | str = MessageContentType.TEXT,
        provider_serialized_id: str = "",
        id: uuid.UUID | None = None,
        now: datetime | None = None,
        **parts: Any,
    ) -> Message:
        """A message, without events (see `receive` and `compose`). `parts` are any
        other fields (text, media, chat_id, contact_id, session_id, source, …).
        Outbound messages are from_me and start queued unless a status is given."""
        moment = now or utcnow()
        direction = MessageDirection(direction)
        outbound = direction == MessageDirection.OUTBOUND
        parts.setdefault("from_me", outbound)
        parts.setdefault("status", MessageStatus.QUEUED if outbound else None)
        if outbound:
            parts.setdefault("source", MessageSource.MANUAL)
        serialized = provider_serialized_id.strip()
        parts.setdefault("provider_message_id", bare_message_id(serialized) if serialized else "")
        message = cls(
            id=id or new_id(),
            project_id=project_id,
            channel_id=channel_id,
            direction=direction,
            content_type=MessageContentType(content_type),
            message_time=message_time,
            provider_serialized_id=serialized,
            create_time=moment,
            update_time=moment,
            **parts,
        )
        message._validate()
        return message

    @classmethod
    def receive(
        cls,
        *,
        chat_type: ChatType | None = None,
        session_started: bool = False,
        pipeline_id: uuid.UUID | None = None,
        sender_phone: PhoneNumber | None = None,
        now: datetime | None = None,
        **fields: Any,
    ) -> Message:
        """An inbound message from a contact (live, or source=history_import)."""
        message = cls.create(direction=MessageDirection.INBOUND, now=now, **fields)
        message.record(
            MessageReceived(
                **message._envelope(message.create_time),
                **message._where(),
                chat_type=chat_type,
                content_type=message.content_type,
                text=message.text,
                message_time=message.message_time,
                provider_message_id=message.provider_message_id,
                sender_phone=sender_phone,
                sender_name=message.sender_name,
                attribution=message.attribution,
                session_started=session_started,
                pipeline_id=pipeline_id,
                message=message.snapshot(),
                source=message.source,
            )
        )
        return message

    @classmethod
    def compose(cls, **fields: Any) -> Message:
        """An outbound message of ours, queued for sending (then `mark_sent`)."""
        return cls.create(direction=MessageDirection.OUTBOUND, **fields)

    def _where(self) -> dict[str, Any]:
        return {
            "message_id": self.id,
            "contact_id": self.contact_id,
            "session_id": self.session_id,
            "channel_id": self.channel_id,
            "chat_id": self.chat_id,
        }

    def _validate(self) -> None:
        kind = self.content_type
        if kind == MessageContentType.TEXT and not self.text.strip():
            raise InvalidArgument.field("text", "a text message needs text")
        if kind in MEDIA_CONTENT_TYPES and self.media is None:
            raise InvalidArgument.field("media", f"a {kind} message needs media")
        if kind == MessageContentType.LOCATION and self.location is None:
            raise InvalidArgument.field("location", "a location message needs a location")
        if kind == MessageContentType.CONTACT and not self.vcards:
            raise InvalidArgument.field("vcards", "a contact message needs a vCard")
        if kind == MessageContentType.REACTION and self.reaction is None:
            raise InvalidArgument.field("reaction", "a reaction message needs its reaction")
