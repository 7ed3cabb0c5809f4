"""Sample loading for the WAHA parsing tests."""

import copy
import json
import pathlib
from typing import Any

from messaging.waha import Command, normalize, parse_envelope

SAMPLES = pathlib.Path("/work/shared/waha/samples")


def load(name: str) -> dict[str, Any]:
    """A deep copy of a sample, free to edit."""
    return copy.deepcopy(json.loads((SAMPLES / name).read_text(encoding="utf-8")))


def wire(obj: dict[str, Any]) -> bytes:
    """What WAHA puts on the wire: compact JSON.stringify, raw UTF-8."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def one(obj: dict[str, Any]) -> Command:
    commands = normalize(parse_envelope(wire(obj)))
    assert len(commands) == 1
    return commands[0]


def event(name: str, payload: dict[str, Any], engine: str = "NOWEB", **extra: Any) -> bytes:
    body = {
        "id": "evt_01kkc0re149ag04z6g5cdabhxj",
        "timestamp": 1773151205412,
        "event": name,
        "session": "s1",
        "me": {"id": "15550100999@c.us", "pushName": "Me"},
        "payload": payload,
        "engine": engine,
        **extra,
    }
    return wire(body)


def one_event(name: str, payload: dict[str, Any], engine: str = "NOWEB") -> Command:
    commands = normalize(parse_envelope(event(name, payload, engine)))
    assert len(commands) == 1
    return commands[0]
