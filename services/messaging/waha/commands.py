"""Commands for message events. Every command is a frozen, keyword-only dataclass."""

from dataclasses import dataclass
from datetime import datetime

from messaging.waha.ids import ChatKind, MessageKey
from messaging.waha.values import Ack, AckError, AdAttribution, ContentType, Location, Media, VCard


@dataclass(frozen=True, kw_only=True)
class Command:
    event_id: str  # envelope id (`evt_…`); a retry carries the same one
    session: str


@dataclass(frozen=True, kw_only=True)
class InboundMessage(Command):
    key: MessageKey  # (from_me, wa_message_id): the dedupe key
    message_id: str  # serialized id as received
    chat_id: str
    chat_kind: ChatKind
    sender_id: str | None  # participant in groups, the other party in DMs, me when from_me
    sender_alt_id: str | None = None  # phone id (@c.us) of a @lid sender, when the engine says
    sender_push_name: str | None = None  # from _data, only for messages not from me
    from_me: bool
    source: str  # "app" | "api"
    sent_at: datetime
    content_type: ContentType
    text: str | None  # text, or caption of media
    has_media: bool = False  # True with media=None: not downloaded
    media: Media | None = None
    location: Location | None = None
    vcards: tuple[VCard, ...] = ()
    reply_to: str | None = None  # bare wa message id of the quoted message
    reply_to_participant: str | None = None
    mentions: tuple[str, ...] = ()
    ad: AdAttribution | None = None
    ack: Ack = Ack.UNKNOWN
    is_history: bool = False


@dataclass(frozen=True, kw_only=True)
class MessageAck(Command):
    """Apply monotonically (max): acks arrive out of order and repeat."""

    key: MessageKey  # of the acked message
    chat_id: str
    ack: Ack
    participant: str | None = None  # the group member who acked (message.ack.group)
    error: AckError | None = None
    group_receipt: bool = False  # came as message.ack.group
    at: datetime | None = None  # envelope emission time


@dataclass(frozen=True, kw_only=True)
class MessageReaction(Command):
    key: MessageKey  # of the reaction message itself
    target: MessageKey  # of the message reacted to
    chat_id: str
    emoji: str  # "" means the reaction was removed
    sender_id: str | None
    from_me: bool
    reacted_at: datetime | None

    @property
    def removed(self) -> bool:
        return self.emoji == ""


@dataclass(frozen=True, kw_only=True)
class MessageEdited(Command):
    key: MessageKey  # of the edit protocol message
    target: MessageKey  # of the edited message (an edit is by the author: same from_me)
    chat_id: str
    new_text: str | None
    sender_id: str | None
    edited_at: datetime | None


@dataclass(frozen=True, kw_only=True)
class MessageRevoked(Command):
    target: MessageKey  # of the deleted message
    chat_id: str
    sender_id: str | None  # who revoked (admins may revoke others' group messages)
    revoked_at: datetime | None


@dataclass(frozen=True, kw_only=True)
class Ignored(Command):
    event: str
    reason: str
