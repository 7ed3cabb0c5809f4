"""Validated values every context uses: bounded text and email addresses."""

from __future__ import annotations

import re

from shared.domain import InvalidArgument

MAX_NAME_LENGTH = 200

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


def optional_text(value: str | None, field_name: str, max_length: int) -> str:
    text = (value or "").strip()
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
