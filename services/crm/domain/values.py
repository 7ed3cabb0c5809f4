"""Validated values of crm: text, email, colour, URL, language, time zone, tags, actor."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from shared.domain import InvalidArgument

MAX_NAME_LENGTH = 200
MAX_TAG_LENGTH = 50
MAX_URL_LENGTH = 2048

# Deliberately practical rather than RFC 5322 complete: one "@", a dot-atom
# local part, and a domain of at least two DNS labels.
_LOCAL = r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_EMAIL = re.compile(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})+")
_HEX_COLOR = re.compile(r"#[0-9A-F]{6}")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


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


def hex_color(value: str, field_name: str = "color") -> str:
    """ "#RRGGBB" in upper case; the "#" may be omitted; "" stays "" (no colour)."""
    text = value.strip().upper()
    if not text:
        return ""
    text = text if text.startswith("#") else "#" + text
    if not _HEX_COLOR.fullmatch(text):
        raise InvalidArgument.field(field_name, "must be a colour as #RRGGBB")
    return text


def http_url(value: str, field_name: str) -> str:
    """An absolute http(s) URL with a host."""
    text = value.strip()
    parts = urlsplit(text)
    if (
        len(text) > MAX_URL_LENGTH
        or parts.scheme.lower() not in ("http", "https")
        or not parts.hostname
        or any(c.isspace() for c in text)
    ):
        raise InvalidArgument.field(field_name, "must be an absolute http(s) URL")
    return text


def optional_http_url(value: str | None, field_name: str) -> str:
    return http_url(value, field_name) if value and value.strip() else ""


def language_tag(value: str | None, field_name: str = "language") -> str:
    """A BCP 47 language tag such as "pt-BR"; empty means the default, "en"."""
    text = (value or "").strip()
    if not text:
        return "en"
    if len(text) > 35 or not _LANGUAGE.fullmatch(text):
        raise InvalidArgument.field(field_name, f"{text!r} is not a BCP 47 language tag")
    return text


def time_zone(value: str | None, field_name: str = "timezone") -> str:
    """An IANA time zone name, or "" when unknown."""
    text = (value or "").strip()
    if not text:
        return ""
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidArgument.field(field_name, f"{text!r} is not an IANA time zone") from None
    return text


def normalise_tag(value: str, field_name: str = "tags") -> str:
    """Tags compare trimmed and lower-cased, with inner runs of blanks collapsed."""
    tag = " ".join(value.split()).lower()
    if not tag:
        raise InvalidArgument.field(field_name, "must not contain an empty tag")
    if len(tag) > MAX_TAG_LENGTH:
        raise InvalidArgument.field(
            field_name, f"tag {tag[:20]!r}… is over {MAX_TAG_LENGTH} characters"
        )
    return tag


def normalise_tags(values: Iterable[str], field_name: str = "tags") -> tuple[str, ...]:
    """Normalised tags without repeats, in first-seen order."""
    return tuple(dict.fromkeys(normalise_tag(v, field_name) for v in values))


class ActorType(StrEnum):
    USER = "user"
    API_KEY = "api_key"
    AGENT = "agent"
    SYSTEM = "system"
    CONTACT = "contact"


@dataclass(frozen=True)
class Actor:
    """Who caused a change: a user, API key or agent id, or a service name."""

    type: ActorType
    id: str = ""
