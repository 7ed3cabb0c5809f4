"""Reading decoded event payloads: proto messages as dicts (json_format.MessageToDict).

Both spellings of field names are accepted (proto "contact_id" and JSON
"contactId"), enums by their proto names ("NOTE_PRIORITY_HIGH") or short
lower-case values ("high"), times as RFC 3339 strings or datetimes.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any


def get(payload: Any, *path: str) -> Any:
    """payload[path[0]][path[1]]…, None when anything on the way is missing."""
    value = payload
    for name in path:
        if not isinstance(value, Mapping):
            return None
        camel = name.split("_")[0] + "".join(p.title() for p in name.split("_")[1:])
        value = value.get(name, value.get(camel))
    return value


def text(payload: Any, *path: str) -> str:
    value = get(payload, *path)
    return "" if value is None else str(value)


def an_id(payload: Any, *path: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text(payload, *path)) if text(payload, *path) else None
    except ValueError:
        return None


def a_time(payload: Any, *path: str) -> datetime | None:
    value = get(payload, *path)
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def enum_value(payload: Any, *path: str, prefix: str) -> str:
    """ "NOTE_PRIORITY_HIGH" with prefix "NOTE_PRIORITY_" → "high"; "" when unset."""
    raw = text(payload, *path)
    short = raw.removeprefix(prefix).lower()
    return "" if short in ("", "unspecified") else short


def strings(payload: Any, *path: str) -> list[str]:
    value = get(payload, *path)
    return [str(v) for v in value] if isinstance(value, list | tuple) else []
