"""Typed custom field values, validated against their declared type.

The value sits in the attribute named after the proto oneof member its type
uses (text_value, number_value, …), so a name-based mapper copies it as is.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any

from crm.domain.phones import Phone
from crm.domain.values import Email, http_url, normalise_tags
from shared.domain import InvalidArgument

MAX_TEXT_LENGTH = 5000
MAX_OPTIONS = 100
_KEY = re.compile(r"[a-z][a-z0-9_]{0,63}")
_TRUE, _FALSE = {"true", "yes", "1"}, {"false", "no", "0"}


class CustomFieldType(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    BOOLEAN = "boolean"
    DATE = "date"
    JSON = "json"
    URL = "url"
    EMAIL = "email"
    PHONE = "phone"
    SELECT = "select"
    MULTI_SELECT = "multi_select"
    LABEL = "label"


@dataclass(frozen=True)
class OptionList:
    """The strings of a multi_select or label value (proto StringList)."""

    values: tuple[str, ...]


@dataclass(frozen=True)
class CustomFieldValue:
    type: CustomFieldType
    text_value: str | None = None  # text, url, email, phone (E.164), select
    number_value: float | None = None
    bool_value: bool | None = None
    date_value: datetime | None = None  # UTC
    json_value: Any = None
    options_value: OptionList | None = None  # multi_select, label

    @property
    def value(self) -> Any:
        if self.options_value is not None:
            return self.options_value.values
        for candidate in (self.text_value, self.number_value, self.bool_value, self.date_value):
            if candidate is not None:
                return candidate
        return self.json_value

    @classmethod
    def of(
        cls,
        field_type: CustomFieldType | str,
        value: Any,
        *,
        options: Iterable[str] = (),
        default_region: str = "",
        field_name: str = "value",
    ) -> CustomFieldValue:
        """Validate `value` (a Python value, or text as read from a CSV) against the type.

        `options`, when given, are the allowed values of select and multi_select.
        """
        kind = CustomFieldType(field_type)
        if value is None:
            raise InvalidArgument.field(field_name, "is required; unset the field to remove it")
        allowed = tuple(options)
        if kind is CustomFieldType.NUMBER:
            return cls(kind, number_value=_number(value, field_name))
        if kind is CustomFieldType.BOOLEAN:
            return cls(kind, bool_value=_boolean(value, field_name))
        if kind is CustomFieldType.DATE:
            return cls(kind, date_value=_date(value, field_name))
        if kind is CustomFieldType.JSON:
            return cls(kind, json_value=_json(value, field_name))
        if kind in (CustomFieldType.MULTI_SELECT, CustomFieldType.LABEL):
            values = [value] if isinstance(value, str) else value
            if isinstance(values, Iterable) and all(isinstance(v, str) for v in values):
                chosen = _choices(kind, values, allowed, field_name)
                return cls(kind, options_value=OptionList(chosen))
            raise InvalidArgument.field(field_name, f"a {kind} value is a list of strings")
        if not isinstance(value, str):
            raise InvalidArgument.field(field_name, f"a {kind} value is a string")
        return cls(kind, text_value=_text(kind, value, allowed, default_region, field_name))


def check_custom_field_key(key: str, field_name: str = "key") -> str:
    if not _KEY.fullmatch(key):
        raise InvalidArgument.field(field_name, "must be lower_snake_case, at most 64 characters")
    return key


def _text(
    kind: CustomFieldType, value: str, options: tuple[str, ...], region: str, field_name: str
) -> str:
    text = value.strip()
    if not text:
        raise InvalidArgument.field(field_name, "must not be empty; unset the field to remove it")
    if len(text) > MAX_TEXT_LENGTH:
        raise InvalidArgument.field(field_name, f"must be at most {MAX_TEXT_LENGTH} characters")
    if kind is CustomFieldType.URL:
        return http_url(text, field_name)
    if kind is CustomFieldType.EMAIL:
        return Email(text, field_name)
    if kind is CustomFieldType.PHONE:
        try:
            return Phone.parse(text, region).e164
        except InvalidArgument as error:
            raise InvalidArgument.field(field_name, error.violations[0].description) from None
    if kind is CustomFieldType.SELECT and options and text not in options:
        raise InvalidArgument.field(field_name, f"{text!r} is not one of the field's options")
    return text


def _choices(
    kind: CustomFieldType, values: Iterable[str], options: tuple[str, ...], field_name: str
) -> tuple[str, ...]:
    if kind is CustomFieldType.LABEL:
        chosen = normalise_tags(values, field_name)
    else:
        chosen = tuple(dict.fromkeys(v.strip() for v in values if v.strip()))
    if not chosen:
        raise InvalidArgument.field(field_name, "must not be empty; unset the field to remove it")
    if len(chosen) > MAX_OPTIONS:
        raise InvalidArgument.field(field_name, f"must have at most {MAX_OPTIONS} values")
    unknown = [v for v in chosen if options and v not in options]
    if unknown:
        raise InvalidArgument.field(field_name, f"{unknown[0]!r} is not one of the field's options")
    return chosen


def _number(value: Any, field_name: str) -> float:
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            raise InvalidArgument.field(field_name, f"{value!r} is not a number") from None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidArgument.field(field_name, "must be a finite number")
    return float(value)


def _boolean(value: Any, field_name: str) -> bool:
    if isinstance(value, bool):
        return value
    text = value.strip().lower() if isinstance(value, str) else None
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise InvalidArgument.field(field_name, "must be true or false")


def _date(value: Any, field_name: str) -> datetime:
    if isinstance(value, str):
        text = value.strip()
        try:  # "2025-03-01" is a day; anything longer must be a full date-time
            value = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
        except ValueError:
            raise InvalidArgument.field(field_name, f"{text!r} is not an ISO 8601 date") from None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise InvalidArgument.field(field_name, "a date-time must carry a time zone")
        return value.astimezone(UTC)
    if isinstance(value, date):
        return datetime.combine(value, time(0), UTC)
    raise InvalidArgument.field(field_name, "must be a date or an ISO 8601 string")


def _json(value: Any, field_name: str) -> Any:
    try:
        return json.loads(json.dumps(value, allow_nan=False))
    except (TypeError, ValueError):
        raise InvalidArgument.field(field_name, "must be a JSON value") from None
