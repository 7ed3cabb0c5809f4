"""WAHA (WhatsApp HTTP API) webhook parsing: HMAC, envelope, ids, normalisation to commands.

Pure standard library. Typical use::

    ok = verify_signature(body, secret, headers.get(SIGNATURE_HEADER),
                          headers.get(ALGORITHM_HEADER))
    commands = normalize(parse_envelope(body))  # raises MalformedEvent
"""

from messaging.waha.commands import (
    Command,
    Ignored,
    InboundMessage,
    MessageAck,
    MessageEdited,
    MessageReaction,
    MessageRevoked,
)
from messaging.waha.envelope import Envelope, Me, parse_envelope
from messaging.waha.errors import MalformedEvent
from messaging.waha.event_commands import (
    CallAccepted,
    CallReceived,
    CallRejected,
    ChatArchived,
    Label,
    LabelChatAdded,
    LabelChatDeleted,
    LabelDeleted,
    LabelUpserted,
    PollVote,
    Presence,
    PresenceUpdated,
    SessionStatusChanged,
    StatusEntry,
)
from messaging.waha.group_commands import (
    GroupInfo,
    GroupJoined,
    GroupLeft,
    GroupParticipant,
    GroupParticipantsChanged,
    GroupUpdated,
)
from messaging.waha.hmac import ALGORITHM_HEADER, SIGNATURE_HEADER, verify_signature
from messaging.waha.ids import (
    ChatKind,
    InvalidMessageId,
    MessageKey,
    ParsedMessageId,
    chat_kind,
    dedupe_key,
    parse_message_id,
    phone_digits,
    to_cus,
)
from messaging.waha.normalize import normalize, normalize_raw
from messaging.waha.values import (
    Ack,
    AckError,
    AdAttribution,
    ContentType,
    Location,
    Media,
    VCard,
    VCardPhone,
)

__all__ = [
    "ALGORITHM_HEADER",
    "SIGNATURE_HEADER",
    "Ack",
    "AckError",
    "AdAttribution",
    "CallAccepted",
    "CallReceived",
    "CallRejected",
    "ChatArchived",
    "ChatKind",
    "Command",
    "ContentType",
    "Envelope",
    "GroupInfo",
    "GroupJoined",
    "GroupLeft",
    "GroupParticipant",
    "GroupParticipantsChanged",
    "GroupUpdated",
    "Ignored",
    "InboundMessage",
    "InvalidMessageId",
    "Label",
    "LabelChatAdded",
    "LabelChatDeleted",
    "LabelDeleted",
    "LabelUpserted",
    "Location",
    "MalformedEvent",
    "Me",
    "Media",
    "MessageAck",
    "MessageEdited",
    "MessageKey",
    "MessageReaction",
    "MessageRevoked",
    "ParsedMessageId",
    "PollVote",
    "Presence",
    "PresenceUpdated",
    "SessionStatusChanged",
    "StatusEntry",
    "VCard",
    "VCardPhone",
    "chat_kind",
    "dedupe_key",
    "normalize",
    "normalize_raw",
    "parse_envelope",
    "parse_message_id",
    "phone_digits",
    "to_cus",
    "verify_signature",
]
