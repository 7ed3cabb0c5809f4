"""Envelope → typed commands. Every known event maps to one command; events without
business meaning (and unknown ones) become `Ignored`, never an exception."""

from collections.abc import Callable

from messaging.waha import events, groups, message_events
from messaging.waha.commands import Command, Ignored
from messaging.waha.envelope import Envelope, parse_envelope
from messaging.waha.inbound import inbound_message

_HANDLERS: dict[str, Callable[[Envelope], Command]] = {
    # `message` and `message.any` give the same InboundMessage (same key): store once.
    "message": inbound_message,
    "message.any": inbound_message,
    "message.ack": message_events.message_ack,
    "message.ack.group": message_events.message_ack,
    "message.reaction": message_events.message_reaction,
    "message.edited": message_events.message_edited,
    "message.revoked": message_events.message_revoked,
    "session.status": events.session_status,
    "label.upsert": events.label,
    "label.deleted": events.label,
    "label.chat.added": events.label_chat,
    "label.chat.deleted": events.label_chat,
    "call.received": events.call,
    "call.accepted": events.call,
    "call.rejected": events.call,
    "group.v2.join": groups.group,
    "group.v2.leave": groups.group,
    "group.v2.update": groups.group,
    "group.v2.participants": groups.group,
    "chat.archive": events.chat_archive,
    "presence.update": events.presence,
    "poll.vote": events.poll_vote,
    "poll.vote.failed": events.poll_vote,
}

IGNORED_REASONS = {
    "engine.event": "raw engine event",
    "state.change": "deprecated raw engine state",
    "message.waiting": "placeholder for a message still being decrypted (WEBJS)",
    "event.response": "event-message responses are not modelled",
    "event.response.failed": "event-message responses are not modelled",
    "group.join": "deprecated; use group.v2.join",
    "group.leave": "deprecated; use group.v2.leave",
}


def normalize(envelope: Envelope) -> list[Command]:
    """Raises MalformedEvent when a known event lacks the fields it needs."""
    handler = _HANDLERS.get(envelope.event)
    if handler is None:
        reason = IGNORED_REASONS.get(envelope.event, "unknown event")
        return [
            Ignored(
                event_id=envelope.id, session=envelope.session, event=envelope.event, reason=reason
            )
        ]
    return [handler(envelope)]


def normalize_raw(raw: bytes | str) -> list[Command]:
    return normalize(parse_envelope(raw))
