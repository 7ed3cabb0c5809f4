"""Validated values of identity: email, names, password policy, session timeout, time zone."""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from shared.domain import InvalidArgument
from shared.values import MAX_NAME_LENGTH as MAX_NAME_LENGTH  # re-exported: the context's values
from shared.values import Email as Email
from shared.values import optional_text as optional_text
from shared.values import required_text as required_text

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 128
DEFAULT_SESSION_TIMEOUT_MINUTES = 30
MAX_SESSION_TIMEOUT_MINUTES = 1440  # one day


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
