"""Provider message identifiers (WAHA SHAPES §4.1).

A serialised WAHA id is `{fromMe}_{chatId}_{waMessageId}[_{participant}]`, e.g.
`false_11111111111@c.us_AAAA` or `true_120363…@g.us_3EB0…_9999@lid`. Only the
bare `waMessageId` is stable: the same message can arrive under an `@lid` and an
`@c.us` chat id, and `replyTo.id`, `revokedMessageId`, `editedMessageId` carry the
bare id. So the bare id is what we store as `provider_message_id` and dedup on.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SerializedMessageId:
    from_me: bool
    chat_id: str
    message_id: str
    participant: str = ""


def parse_serialized_id(serialized: str) -> SerializedMessageId | None:
    """The parts of a serialised id; None when the text is not one (e.g. a bare id)."""
    parts = serialized.strip().split("_", 3)
    if len(parts) < 3 or parts[0] not in ("true", "false") or "@" not in parts[1]:
        return None
    if not parts[2]:
        return None
    participant = parts[3] if len(parts) == 4 else ""
    return SerializedMessageId(parts[0] == "true", parts[1], parts[2], participant)


def bare_message_id(serialized: str) -> str:
    """The WhatsApp message id inside a serialised id; a bare id is returned as is."""
    parsed = parse_serialized_id(serialized)
    return parsed.message_id if parsed else serialized.strip()
