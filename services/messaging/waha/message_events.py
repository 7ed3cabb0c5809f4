"""message.ack(.group) / message.reaction / message.edited / message.revoked → commands."""

from messaging.waha._coerce import as_dict, ci_get, opt_str, utc_from_ms, utc_from_seconds
from messaging.waha.commands import (
    MessageAck,
    MessageEdited,
    MessageReaction,
    MessageRevoked,
)
from messaging.waha.content import raw_message
from messaging.waha.envelope import Envelope
from messaging.waha.errors import MalformedEvent
from messaging.waha.ids import MessageKey, to_cus
from messaging.waha.inbound import parse_ack, parse_id, sender_of
from messaging.waha.values import AckError


def message_ack(env: Envelope) -> MessageAck:
    payload = env.payload
    parsed = parse_id(payload.get("id"), env.event)
    error = as_dict(payload.get("error"))
    participant = opt_str(payload.get("participant")) or parsed.participant
    return MessageAck(
        event_id=env.id,
        session=env.session,
        key=parsed.key,
        chat_id=to_cus(parsed.chat_id),
        ack=parse_ack(payload.get("ack"), payload.get("ackName")),
        participant=to_cus(participant) if participant else None,
        error=AckError(
            code=None if error.get("code") is None else str(error["code"]),
            blocked=error.get("blocked") is True,
            reason=opt_str(error.get("reason")),
            until=opt_str(error.get("until")),
            enforcement_type=opt_str(error.get("enforcementType")),
        )
        if error
        else None,
        group_receipt=env.event == "message.ack.group",
        at=utc_from_ms(env.timestamp_ms),
    )


def message_reaction(env: Envelope) -> MessageReaction:
    payload = env.payload
    parsed = parse_id(payload.get("id"), env.event)
    reaction = payload.get("reaction")
    if not isinstance(reaction, dict):
        raise MalformedEvent(f"{env.event}: payload.reaction is missing")
    emoji = reaction.get("text")
    return MessageReaction(
        event_id=env.id,
        session=env.session,
        key=parsed.key,
        target=parse_id(reaction.get("messageId"), env.event).key,
        chat_id=to_cus(parsed.chat_id),
        emoji=emoji if isinstance(emoji, str) else "",
        sender_id=sender_of(env, payload, parsed),
        from_me=parsed.from_me,
        reacted_at=utc_from_seconds(payload.get("timestamp")),
    )


def message_edited(env: Envelope) -> MessageEdited:
    payload = env.payload
    parsed = parse_id(payload.get("id"), env.event)
    target = opt_str(payload.get("editedMessageId"))
    if target is None:
        raise MalformedEvent(f"{env.event}: payload.editedMessageId is missing")
    return MessageEdited(
        event_id=env.id,
        session=env.session,
        key=parsed.key,
        target=MessageKey(parsed.from_me, target),
        chat_id=to_cus(parsed.chat_id),
        new_text=opt_str(payload.get("body")),
        sender_id=sender_of(env, payload, parsed),
        edited_at=utc_from_seconds(payload.get("timestamp")),
    )


def message_revoked(env: Envelope) -> MessageRevoked:
    payload = env.payload
    after = as_dict(payload.get("after"))
    before = as_dict(payload.get("before"))
    action = after or before
    parsed = parse_id(action.get("id"), env.event)
    proto_key = as_dict(
        ci_get(raw_message(as_dict(after.get("_data") or payload.get("_data"))), "protocolMessage")
    ).get("key")
    proto_key = as_dict(proto_key)
    target = opt_str(payload.get("revokedMessageId")) or opt_str(proto_key.get("id"))
    if target is None and before:
        target = parse_id(before.get("id"), env.event).wa_message_id
    if target is None:
        raise MalformedEvent(f"{env.event}: no revokedMessageId")
    target_from_me = proto_key.get("fromMe")
    if not isinstance(target_from_me, bool):
        target_from_me = parsed.from_me  # only the author (or a group admin) can revoke
    return MessageRevoked(
        event_id=env.id,
        session=env.session,
        target=MessageKey(target_from_me, target),
        chat_id=to_cus(parsed.chat_id),
        sender_id=sender_of(env, action, parsed) if after else None,
        revoked_at=utc_from_seconds(action.get("timestamp")) or utc_from_ms(env.timestamp_ms),
    )
