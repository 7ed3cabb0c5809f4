"""Operands of contact-list rules, checked and normalised for their value kind."""

from __future__ import annotations

import json
import math
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from crm.domain.contact_fields import ContactSourceChannel
from crm.domain.values import normalise_tag
from shared.domain import InvalidArgument

if TYPE_CHECKING:
    from crm.domain.list_rules import RuleType, ValueKind


def operand(
    kind: ValueKind, rule_type: RuleType, field_key: str, value: Any, field_name: str
) -> Any:
    """One operand as stored and compiled: plain JSON, times as UTC RFC 3339 text."""
    try:
        result = _CHECKS[kind](value)
    except (TypeError, ValueError):
        raise InvalidArgument.field(field_name, f"{value!r} is not a {kind} value") from None
    if rule_type == "attribute" and field_key == "source_channel" and result not in _CHANNELS:
        raise InvalidArgument.field(field_name, f"{result!r} is not a source channel")
    if rule_type == "pipeline_status":
        return _status_id(result, field_name)
    if rule_type == "tag":
        return normalise_tag(result, field_name)
    return result


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError
    return value


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise TypeError
    return float(value)


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError
    return value


def _time(value: Any) -> str:
    moment = datetime.fromisoformat(_text(value)) if not isinstance(value, datetime) else value
    if moment.tzinfo is None:
        raise ValueError
    return moment.astimezone(UTC).isoformat()


def _json(value: Any) -> Any:
    return json.loads(json.dumps(value, allow_nan=False))


def _status_id(value: str, field_name: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise InvalidArgument.field(field_name, "must be a pipeline status id") from None


_CHANNELS = frozenset(c.value for c in ContactSourceChannel)
_CHECKS = {
    "text": _text,
    "number": _number,
    "boolean": _boolean,
    "time": _time,
    "choice": _text,
    "list": _text,
    "json": _json,
    "occurrence": _time,
}
