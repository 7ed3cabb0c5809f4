"""Small tolerant readers for loosely-typed engine JSON (null vs absent, str vs number)."""

from datetime import UTC, datetime
from typing import Any

from messaging.waha.errors import MalformedEvent

# Anything above this is a millisecond epoch (in seconds it would be year ~5138).
_MS_THRESHOLD = 100_000_000_000


def as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def opt_str(value: Any) -> str | None:
    """A non-empty string, else None."""
    return value if isinstance(value, str) and value else None


def as_bool(value: Any) -> bool:
    return value is True


def as_number(value: Any) -> float | None:
    """int/float/numeric string → float; bools and junk → None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return None
    return None


def utc_from_seconds(value: Any) -> datetime | None:
    """Epoch seconds (int, float or string) → aware UTC datetime; ms values are detected."""
    number = as_number(value)
    if number is None:
        return None
    if abs(number) >= _MS_THRESHOLD:
        number /= 1000.0
    return datetime.fromtimestamp(number, tz=UTC)


def utc_from_ms(value: Any) -> datetime | None:
    number = as_number(value)
    return None if number is None else datetime.fromtimestamp(number / 1000.0, tz=UTC)


def ci_get(mapping: Any, *names: str) -> Any:
    """Case-insensitive lookup of the first present name (GOWS spells `stanzaID`, NOWEB
    `stanzaId`)."""
    if not isinstance(mapping, dict):
        return None
    for name in names:
        if name in mapping:
            return mapping[name]
    lowered = {k.lower(): v for k, v in mapping.items() if isinstance(k, str)}
    for name in names:
        if name.lower() in lowered:
            return lowered[name.lower()]
    return None


def require_str(payload: dict[str, Any], key: str, event: str) -> str:
    value = payload.get(key)
    if not isinstance(value, str) or not value:
        raise MalformedEvent(f"{event}: payload.{key} is missing or not a non-empty string")
    return value
