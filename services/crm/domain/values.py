"""Validated values of crm: text, email, colour, URL, language, time zone, tags, actor."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from shared.domain import InvalidArgument
from shared.values import MAX_NAME_LENGTH as MAX_NAME_LENGTH  # re-exported: the context's values
from shared.values import Email as Email
from shared.values import optional_text as optional_text
from shared.values import required_text as required_text

MAX_TAG_LENGTH = 50
MAX_URL_LENGTH = 2048

_HEX_COLOR = re.compile(r"#[0-9A-F]{6}")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


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
