"""Validated values of identity: email, names, password policy, session timeout, time zone."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from shared.domain import InvalidArgument

MAX_NAME_LENGTH = 200
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128
DEFAULT_SESSION_TIMEOUT_MINUTES = 30
MAX_SESSION_TIMEOUT_MINUTES = 1440  # one day

# Deliberately practical rather than RFC 5322 complete: one "@", a dot-atom
# local part, and a domain of at least two DNS labels.
_LOCAL = r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_EMAIL = re.compile(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})+")


def required_text(value: str, field_name: str, max_length: int = MAX_NAME_LENGTH) -> str:
    """Strip `value`; reject it when empty or longer than `max_length` characters."""
    text = value.strip()
    if not text:
        raise InvalidArgument.field(field_name, "is required")
    if len(text) > max_length:
        raise InvalidArgument.field(field_name, f"must be at most {max_length} characters")
    return text


def optional_text(value: str, field_name: str, max_length: int) -> str:
    text = value.strip()
    if len(text) > max_length:
        raise InvalidArgument.field(field_name, f"must be at most {max_length} characters")
    return text


class Email(str):
    """An email address, trimmed and lower-cased, so that uniqueness is case-blind."""

    __slots__ = ()

    def __new__(cls, value: str, field_name: str = "email") -> Email:
        normalised = value.strip().lower()
        if not normalised:
            raise InvalidArgument.field(field_name, "is required")
        if len(normalised) > 254 or not _EMAIL.fullmatch(normalised):
            raise InvalidArgument.field(field_name, "is not a valid email address")
        if len(normalised.partition("@")[0]) > 64:
            raise InvalidArgument.field(field_name, "has a local part over 64 characters")
        return super().__new__(cls, normalised)


class PersonName(str):
    """A display name: trimmed, non-empty, at most 200 characters."""

    __slots__ = ()

    def __new__(cls, value: str, field_name: str = "name") -> PersonName:
        return super().__new__(cls, required_text(value, field_name))


@dataclass(frozen=True)
class Password:
    """A plaintext password that meets the policy; never shown in repr or logs."""

    value: str = field(repr=False)
    field_name: str = field(default="password", repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.value) < MIN_PASSWORD_LENGTH:
            raise InvalidArgument.field(
                self.field_name, f"must be at least {MIN_PASSWORD_LENGTH} characters"
            )
        if len(self.value) > MAX_PASSWORD_LENGTH:
            raise InvalidArgument.field(
                self.field_name, f"must be at most {MAX_PASSWORD_LENGTH} characters"
            )
        if not self.value.strip():
            raise InvalidArgument.field(self.field_name, "must not be only whitespace")


def check_session_timeout(minutes: int) -> int:
    if not 1 <= minutes <= MAX_SESSION_TIMEOUT_MINUTES:
        raise InvalidArgument.field(
            "session_timeout_minutes", f"must be between 1 and {MAX_SESSION_TIMEOUT_MINUTES}"
        )
    return minutes


def check_time_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidArgument.field("time_zone", f"{name!r} is not an IANA time zone") from None
    return name
