"""WhatsApp ids (SHAPES §4.1): chat kinds, `@c.us` normalisation, serialized message ids."""

from enum import StrEnum
from typing import NamedTuple

__all__ = [
    "ChatKind",
    "InvalidMessageId",
    "MessageKey",
    "ParsedMessageId",
    "chat_kind",
    "dedupe_key",
    "parse_message_id",
    "phone_digits",
    "to_cus",
]


class ChatKind(StrEnum):
    CONTACT = "contact"  # @c.us / @s.whatsapp.net
    LID = "lid"  # hidden user id, @lid
    GROUP = "group"  # @g.us
    CHANNEL = "channel"  # @newsletter
    STATUS = "status"  # status@broadcast
    BROADCAST = "broadcast"  # other …@broadcast lists
    META_AI = "meta_ai"  # …@meta.ai / @bot
    UNKNOWN = "unknown"


_SUFFIX_KINDS = {
    "c.us": ChatKind.CONTACT,
    "s.whatsapp.net": ChatKind.CONTACT,
    "lid": ChatKind.LID,
    "g.us": ChatKind.GROUP,
    "newsletter": ChatKind.CHANNEL,
    "meta.ai": ChatKind.META_AI,
    "bot": ChatKind.META_AI,
}


def chat_kind(jid: str | None) -> ChatKind:
    if not jid or "@" not in jid:
        return ChatKind.UNKNOWN
    user, _, server = jid.rpartition("@")
    server = server.lower()
    if server == "broadcast":
        return ChatKind.STATUS if user == "status" else ChatKind.BROADCAST
    return _SUFFIX_KINDS.get(server, ChatKind.UNKNOWN)


def to_cus(jid: str) -> str:
    """`X@s.whatsapp.net` / `X:dev@s.whatsapp.net` / `X:dev@c.us` → `X@c.us`;
    `X:dev@lid` → `X@lid`; anything else unchanged."""
    if "@" not in jid:
        return jid
    user, _, server = jid.rpartition("@")
    server = server.lower()
    if server in ("s.whatsapp.net", "c.us"):
        return f"{user.split(':', 1)[0]}@c.us"
    if server == "lid":
        return f"{user.split(':', 1)[0]}@lid"
    return jid


def phone_digits(jid: str | None) -> str | None:
    """E.164 digits (no '+') of a phone-based contact id; None for lid/group/others."""
    if not jid or chat_kind(jid) is not ChatKind.CONTACT:
        return None
    user = to_cus(jid).rpartition("@")[0]
    return user if user.isdigit() else None


class MessageKey(NamedTuple):
    """Dedupe key of a WhatsApp message: stable across @lid / @c.us chat ids and across
    `message` / `message.any` (WAHA's own DistinctMessages key, issue #1564)."""

    from_me: bool
    wa_message_id: str


class ParsedMessageId(NamedTuple):
    from_me: bool
    chat_id: str
    wa_message_id: str
    participant: str | None

    @property
    def key(self) -> MessageKey:
        return MessageKey(self.from_me, self.wa_message_id)


class InvalidMessageId(ValueError):
    pass


def parse_message_id(serialized: str) -> ParsedMessageId:
    """Parse `{fromMe}_{chatId}_{waMessageId}[_{participant}]`."""
    if not isinstance(serialized, str):
        raise InvalidMessageId(f"message id must be a string, got {type(serialized).__name__}")
    parts = serialized.split("_", 3)
    if len(parts) < 3 or parts[0] not in ("true", "false") or not parts[1] or not parts[2]:
        raise InvalidMessageId(f"not a serialized message id: {serialized!r}")
    participant = parts[3] if len(parts) == 4 and parts[3] else None
    return ParsedMessageId(parts[0] == "true", parts[1], parts[2], participant)


def dedupe_key(serialized: str) -> MessageKey:
    return parse_message_id(serialized).key
