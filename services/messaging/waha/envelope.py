"""The WAHA webhook envelope (SHAPES §2): parse raw bytes, fail with named errors."""

import json
from dataclasses import dataclass, field
from typing import Any

from messaging.waha._coerce import as_number, opt_str
from messaging.waha.errors import MalformedEvent

__all__ = ["Envelope", "MalformedEvent", "Me", "json_body", "parse_envelope"]


def json_body(text: str) -> Any:
    """A webhook body's JSON with U+0000 dropped from every string: PostgreSQL text and
    jsonb cannot hold it, and it carries nothing in a WhatsApp event. (JSON can only
    spell it as an escape, so bodies without one skip the walk.)"""
    data = json.loads(text)
    return _without_nul(data) if "\\u0000" in text else data


def _without_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    return value


@dataclass(frozen=True, kw_only=True)
class Me:
    """The WhatsApp account of the session (`me`); null before authentication."""

    id: str | None
    push_name: str | None = None
    lid: str | None = None  # NOWEB/GOWS
    jid: str | None = None  # GOWS, with device suffix: `123:14@s.whatsapp.net`


@dataclass(frozen=True, kw_only=True)
class Envelope:
    id: str  # `evt_<ulid>`; stable across retries of the same delivery
    timestamp_ms: int | None  # when WAHA emitted the event (ms)
    event: str
    session: str
    metadata: dict[str, str] = field(default_factory=dict)
    me: Me | None = None
    engine: str | None = None  # WEBJS | NOWEB | GOWS | WPP
    payload: dict[str, Any] = field(default_factory=dict)
    environment: dict[str, Any] = field(default_factory=dict)


def _parse_me(value: Any) -> Me | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise MalformedEvent("envelope.me must be an object or null")
    return Me(
        id=opt_str(value.get("id")),
        push_name=opt_str(value.get("pushName")),
        lid=opt_str(value.get("lid")),
        jid=opt_str(value.get("jid")),
    )


def _required_str(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value:
        raise MalformedEvent(f"envelope.{key} is missing or not a non-empty string")
    return value


def parse_envelope(raw: bytes | str) -> Envelope:
    """Parse a webhook body. Raises MalformedEvent (a ValueError) with a clear message."""
    try:
        data = json_body(raw.decode("utf-8") if isinstance(raw, bytes | bytearray) else raw)
    except UnicodeDecodeError as exc:
        raise MalformedEvent(f"body is not UTF-8: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise MalformedEvent(f"body is not JSON: {exc.msg} at char {exc.pos}") from exc
    if not isinstance(data, dict):
        raise MalformedEvent(f"body must be a JSON object, got {type(data).__name__}")

    event_id = _required_str(data, "id")
    event = _required_str(data, "event")
    session = _required_str(data, "session")
    if "payload" not in data:
        raise MalformedEvent(f"envelope.payload is missing ({event})")
    payload = data["payload"]
    if not isinstance(payload, dict):
        raise MalformedEvent(f"envelope.payload must be an object ({event})")

    timestamp = data.get("timestamp")
    timestamp_ms: int | None = None
    if timestamp is not None:
        number = as_number(timestamp) if not isinstance(timestamp, str) else None
        if number is None:
            raise MalformedEvent("envelope.timestamp must be a number of milliseconds")
        timestamp_ms = int(number)

    metadata = data.get("metadata")
    if metadata is None:
        metadata = {}
    if not isinstance(metadata, dict):
        raise MalformedEvent("envelope.metadata must be an object")

    environment = data.get("environment")
    return Envelope(
        id=event_id,
        timestamp_ms=timestamp_ms,
        event=event,
        session=session,
        metadata={str(k): str(v) for k, v in metadata.items()},
        me=_parse_me(data.get("me")),
        engine=opt_str(data.get("engine")),
        payload=payload,
        environment=environment if isinstance(environment, dict) else {},
    )
