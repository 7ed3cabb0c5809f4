"""`message` / `message.any` payload (WAMessage, SHAPES §4.2) → InboundMessage."""

from typing import Any

from messaging.waha import content
from messaging.waha._coerce import as_dict, as_list, ci_get, opt_str, utc_from_ms, utc_from_seconds
from messaging.waha.commands import InboundMessage
from messaging.waha.envelope import Envelope
from messaging.waha.errors import MalformedEvent
from messaging.waha.ids import ChatKind, InvalidMessageId, ParsedMessageId, chat_kind, to_cus
from messaging.waha.ids import parse_message_id as _parse_id
from messaging.waha.values import Ack, ContentType

_ACK_NAMES = {a.name: a for a in Ack}


def parse_ack(value: Any, name: Any = None) -> Ack:
    """`ack` int → Ack; null/absent/unknown → the `ackName`, else Ack.UNKNOWN."""
    if isinstance(value, int | float) and not isinstance(value, bool) and int(value) == value:
        try:
            return Ack(int(value))
        except ValueError:
            return Ack.UNKNOWN
    return _ACK_NAMES.get(name, Ack.UNKNOWN) if isinstance(name, str) else Ack.UNKNOWN


def parse_id(serialized: Any, event: str) -> ParsedMessageId:
    try:
        return _parse_id(serialized)
    except InvalidMessageId as exc:
        raise MalformedEvent(f"{event}: {exc}") from exc


def _id(value: Any) -> str | None:
    value = opt_str(value) or opt_str(as_dict(value).get("_serialized"))
    return to_cus(value) if value else None


def sender_of(env: Envelope, payload: dict[str, Any], parsed: ParsedMessageId) -> str | None:
    """Participant in groups/status (engine-independent sources first), the other party in
    DMs; for our own messages the session's `me.id`."""
    from_me = parsed.from_me
    chat = to_cus(parsed.chat_id)
    if from_me and env.me is not None and env.me.id:
        return to_cus(env.me.id)
    if chat_kind(chat) in (ChatKind.CONTACT, ChatKind.LID) and not from_me:
        return chat
    data = as_dict(payload.get("_data"))
    candidates = [payload.get("participant"), parsed.participant]
    if env.engine == "GOWS":  # GOWS sets `to` = sender in groups
        candidates.append(payload.get("to"))
    candidates += [as_dict(data.get("key")).get("participant"), ci_get(data.get("Info"), "Sender")]
    candidates += [data.get("author")]  # WEBJS raw
    return next((c for c in map(_id, candidates) if c), None)


def _sender_alt(data: dict[str, Any]) -> str | None:
    key = as_dict(data.get("key"))
    for value in (ci_get(data.get("Info"), "SenderAlt"), key.get("participantPn")):
        sender = opt_str(value)
        if sender:
            return to_cus(sender)
    return None


def _push_name(data: dict[str, Any]) -> str | None:
    return (
        opt_str(data.get("pushName"))
        or opt_str(ci_get(data.get("Info"), "PushName"))
        or opt_str(data.get("notifyName"))
    )


def _mentions(info: dict[str, Any], data: dict[str, Any]) -> tuple[str, ...]:
    raw = as_list(ci_get(info, "mentionedJid")) or as_list(data.get("mentionedJidList"))
    return tuple(dict.fromkeys(m for m in map(_id, raw) if m))


def _ad_info(info: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    ctwa = as_dict(data.get("ctwaContext"))  # WEBJS
    if ci_get(info, "externalAdReply") or not ctwa:
        return info
    reply = {**ctwa, "body": ctwa.get("description")}
    return {"externalAdReply": reply, "conversionSource": ctwa.get("conversionSource")}


def inbound_message(env: Envelope) -> InboundMessage:
    payload = env.payload
    parsed = parse_id(payload.get("id"), env.event)
    data = as_dict(payload.get("_data"))
    raw = content.raw_message(data)
    info = content.context_info(raw)
    kind = content.content_type(payload, raw)
    body = opt_str(payload.get("body"))
    if kind is ContentType.CONTACT and body and body.startswith("BEGIN:VCARD"):
        body = None  # WEBJS puts the vCard text in `body`
    reply = as_dict(payload.get("replyTo"))
    reply_to, reply_participant = opt_str(reply.get("id")), reply.get("participant")
    if reply_to is None:  # WEBJS omits `replyTo`; fall back to the raw quote
        reply_to = opt_str(ci_get(info, "stanzaId"))
        reply_participant = ci_get(info, "participant") if reply_to else None
    chat = to_cus(parsed.chat_id)
    sent_at = utc_from_seconds(payload.get("timestamp")) or utc_from_ms(env.timestamp_ms)
    if sent_at is None:
        raise MalformedEvent(f"{env.event}: payload.timestamp is missing")
    from_me = parsed.from_me
    return InboundMessage(
        event_id=env.id,
        session=env.session,
        key=parsed.key,
        message_id=payload["id"],
        chat_id=chat,
        chat_kind=chat_kind(chat),
        sender_id=sender_of(env, payload, parsed),
        sender_alt_id=None if from_me else _sender_alt(data),
        sender_push_name=None if from_me else _push_name(data),
        from_me=from_me,
        source=opt_str(payload.get("source")) or "app",
        sent_at=sent_at,
        content_type=kind,
        text=body,
        has_media=payload.get("hasMedia") is True or isinstance(payload.get("media"), dict),
        media=content.media(payload),
        location=content.location(payload),
        vcards=content.vcards(payload),
        reply_to=reply_to,
        reply_to_participant=_id(reply_participant),
        mentions=_mentions(info, data),
        ad=content.ad_attribution(_ad_info(info, data)),
        ack=parse_ack(payload.get("ack"), payload.get("ackName")),
    )
