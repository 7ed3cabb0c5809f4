"""Session, label, call, chat, presence and poll payloads → commands."""

from typing import Any

from messaging.waha._coerce import (
    as_bool,
    as_dict,
    as_list,
    opt_str,
    require_str,
    utc_from_ms,
    utc_from_seconds,
)
from messaging.waha.envelope import Envelope
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
from messaging.waha.ids import to_cus

_CALLS: dict[str, type[CallReceived | CallAccepted | CallRejected]] = {
    "call.received": CallReceived,
    "call.accepted": CallAccepted,
}


def _base(env: Envelope) -> dict[str, Any]:
    return {"event_id": env.id, "session": env.session}


def session_status(env: Envelope) -> SessionStatusChanged:
    statuses = tuple(
        StatusEntry(status=str(s.get("status")), at=utc_from_ms(s.get("timestamp")))
        for s in map(as_dict, as_list(env.payload.get("statuses")))
        if opt_str(s.get("status"))
    )
    me_id = env.me.id if env.me else None
    status = require_str(env.payload, "status", env.event)
    return SessionStatusChanged(**_base(env), status=status, statuses=statuses, me_id=me_id)


def _key(payload: dict[str, Any], name: str, event: str) -> str:
    """A string id that some engines may send as a number."""
    value = payload.get(name)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return require_str(payload, name, event)


def _label(value: dict[str, Any], event: str) -> Label:
    color, name = value.get("color"), value.get("name")
    return Label(
        id=_key(value, "id", event),
        name=name if isinstance(name, str) else "",
        color=color if isinstance(color, int) and not isinstance(color, bool) else None,
        color_hex=opt_str(value.get("colorHex")),
    )


def label(env: Envelope) -> LabelUpserted | LabelDeleted:
    cls = LabelUpserted if env.event == "label.upsert" else LabelDeleted
    return cls(**_base(env), label=_label(env.payload, env.event))


def label_chat(env: Envelope) -> LabelChatAdded | LabelChatDeleted:
    cls = LabelChatAdded if env.event == "label.chat.added" else LabelChatDeleted
    raw_label = env.payload.get("label")
    return cls(
        **_base(env),
        label_id=_key(env.payload, "labelId", env.event),
        chat_id=to_cus(require_str(env.payload, "chatId", env.event)),
        label=_label(raw_label, env.event) if isinstance(raw_label, dict) else None,
    )


def call(env: Envelope) -> CallReceived | CallAccepted | CallRejected:
    cls = _CALLS.get(env.event, CallRejected)
    from_id = opt_str(env.payload.get("from"))
    return cls(
        **_base(env),
        call_id=require_str(env.payload, "id", env.event),
        from_id=to_cus(from_id) if from_id else None,
        is_video=as_bool(env.payload.get("isVideo")),
        is_group=as_bool(env.payload.get("isGroup")),
        at=utc_from_seconds(env.payload.get("timestamp")),
    )


def chat_archive(env: Envelope) -> ChatArchived:
    return ChatArchived(
        **_base(env),
        chat_id=to_cus(require_str(env.payload, "id", env.event)),
        archived=as_bool(env.payload.get("archived")),
        chat_timestamp=utc_from_seconds(env.payload.get("timestamp")),
    )


def presence(env: Envelope) -> PresenceUpdated:
    presences = tuple(
        Presence(
            participant=to_cus(p["participant"]),
            status=str(p.get("lastKnownPresence") or "unknown"),
            last_seen=utc_from_seconds(p.get("lastSeen")),
        )
        for p in map(as_dict, as_list(env.payload.get("presences")))
        if opt_str(p.get("participant"))
    )
    chat_id = to_cus(require_str(env.payload, "id", env.event))
    return PresenceUpdated(**_base(env), chat_id=chat_id, presences=presences)


def poll_vote(env: Envelope) -> PollVote:
    return PollVote(**_base(env), failed=env.event == "poll.vote.failed", raw=env.payload)
