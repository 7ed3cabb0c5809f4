"""Vocabularies of notes and the validation of their editable fields."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from crm.domain.values import http_url, normalise_tags, optional_text, required_text
from shared.domain import InvalidArgument

MAX_CONTENT_LENGTH = 10_000
MAX_MENTIONS = 50
MAX_ATTACHMENTS = 20


class NoteAuthorType(StrEnum):
    AGENT = "agent"
    SYSTEM = "system"
    USER = "user"


class NoteType(StrEnum):
    GENERAL = "general"
    FOLLOW_UP = "follow_up"
    COMPLAINT = "complaint"
    RESOLUTION = "resolution"
    ESCALATION = "escalation"
    INTERNAL = "internal"
    CUSTOMER = "customer"
    SESSION_SUMMARY = "session_summary"
    SESSION_HANDOFF = "session_handoff"
    SESSION_FEEDBACK = "session_feedback"
    AD_CONVERSION = "ad_conversion"
    AD_CAMPAIGN = "ad_campaign"
    AD_ATTRIBUTION = "ad_attribution"
    TRACKING_INSIGHT = "tracking_insight"


class NotePriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


@dataclass(frozen=True)
class NoteAttachment:
    url: str
    file_name: str = ""
    mime_type: str = ""
    size_bytes: int = 0


def _enum(kind: type[StrEnum], field_name: str, default: StrEnum) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        try:
            return kind(value) if value else default
        except ValueError:
            raise InvalidArgument.field(field_name, f"{value!r} is not a {field_name}") from None

    return check


def _mentions(values: Iterable[str] | None) -> tuple[str, ...]:
    mentions = tuple(dict.fromkeys(str(v).strip() for v in values or () if str(v).strip()))
    if len(mentions) > MAX_MENTIONS:
        raise InvalidArgument.field("mentions", f"a note mentions at most {MAX_MENTIONS} agents")
    return mentions


def _attachments(
    values: Iterable[NoteAttachment | Mapping[str, Any]] | None,
) -> tuple[NoteAttachment, ...]:
    result = []
    for i, value in enumerate(values or ()):
        item = value if isinstance(value, NoteAttachment) else NoteAttachment(**value)
        at = f"attachments[{i}]"
        if item.size_bytes < 0:
            raise InvalidArgument.field(f"{at}.size_bytes", "must not be negative")
        result.append(
            NoteAttachment(
                http_url(item.url, f"{at}.url"),
                optional_text(item.file_name, f"{at}.file_name", 255),
                optional_text(item.mime_type, f"{at}.mime_type", 255),
                item.size_bytes,
            )
        )
    if len(result) > MAX_ATTACHMENTS:
        raise InvalidArgument.field("attachments", f"at most {MAX_ATTACHMENTS} attachments")
    return tuple(result)


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "content": lambda v: required_text(v or "", "content", MAX_CONTENT_LENGTH),
    "note_type": _enum(NoteType, "note_type", NoteType.GENERAL),
    "priority": _enum(NotePriority, "priority", NotePriority.NORMAL),
    "visible_to_client": bool,
    "tags": lambda v: normalise_tags(v or ()),
    "mentions": _mentions,
    "attachments": _attachments,
}
EDITABLE = frozenset(_CHECKS)


def note_fields(given: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(given) - EDITABLE
    if unknown:
        raise InvalidArgument.field(sorted(unknown)[0], "is not a field of a note")
    return {key: _CHECKS[key](value) for key, value in given.items()}
