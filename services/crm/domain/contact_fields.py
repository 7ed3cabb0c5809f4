"""The settable fields of a Contact and how each given value is validated."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import Any

from crm.domain.custom_fields import CustomFieldValue, check_custom_field_key
from crm.domain.phones import Phone
from crm.domain.values import (
    Email,
    language_tag,
    normalise_tags,
    optional_http_url,
    optional_text,
    required_text,
    time_zone,
)
from crm.domain.whatsapp import WhatsAppIdentifiers
from shared.domain import InvalidArgument

MAX_EXTERNAL_ID_LENGTH = 255
MAX_TAGS = 100


class ContactSourceChannel(StrEnum):
    MANUAL = "manual"
    API = "api"
    IMPORT = "import"
    WHATSAPP = "whatsapp"
    INSTAGRAM = "instagram"
    MESSENGER = "messenger"
    TELEGRAM = "telegram"
    WEB_FORM = "web_form"
    HISTORY_IMPORT = "history_import"
    OTHER = "other"


class ContactInteractionDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


def _phone(value: Any, region: str) -> Phone | None:
    if value is None or isinstance(value, Phone):
        return value
    return Phone.parse(value, region) if str(value).strip() else None


def _tags(value: Any) -> frozenset[str]:
    tags = frozenset(normalise_tags(value or ()))
    if len(tags) > MAX_TAGS:
        raise InvalidArgument.field("tags", f"a contact has at most {MAX_TAGS} tags")
    return tags


def custom_field(key: str, value: Any) -> CustomFieldValue | None:
    check_custom_field_key(key, f"custom_fields.{key}")
    if value is not None and not isinstance(value, CustomFieldValue):
        raise InvalidArgument.field(f"custom_fields.{key}", "must be a typed custom field value")
    return value


def _custom_fields(value: Any) -> dict[str, CustomFieldValue]:
    fields = dict(value or {})
    for key, item in fields.items():
        if custom_field(key, item) is None:
            raise InvalidArgument.field(f"custom_fields.{key}", "must have a value")
    return fields


def _source_channel(value: Any) -> ContactSourceChannel | None:
    if not value:
        return None
    try:
        return ContactSourceChannel(value)
    except ValueError:
        raise InvalidArgument.field(
            "source_channel", f"{value!r} is not a source channel"
        ) from None


def _uuid(value: Any) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value)) if str(value) else None
    except ValueError:
        raise InvalidArgument.field("source_channel_id", "must be a UUID") from None


def _identifiers(value: Any) -> WhatsAppIdentifiers:
    if value is None:
        return WhatsAppIdentifiers()
    if isinstance(value, WhatsAppIdentifiers):
        return WhatsAppIdentifiers.of(value.wid, value.lid, value.jid)
    if isinstance(value, Mapping):
        return WhatsAppIdentifiers.of(**value)
    raise InvalidArgument.field("whatsapp_ids", "must name wid, lid and/or jid")


# Field → how a given value becomes the stored one (None or "" clears optional fields).
_NORMALISERS: dict[str, Callable[[Any], Any]] = {
    "name": lambda v: required_text(v or "", "name"),
    "email": lambda v: Email(v) if v and str(v).strip() else None,
    "whatsapp_ids": _identifiers,
    "external_id": lambda v: optional_text(v, "external_id", MAX_EXTERNAL_ID_LENGTH),
    "source_channel": _source_channel,
    "source_channel_id": _uuid,
    "language": language_tag,
    "timezone": time_zone,
    "tags": _tags,
    "custom_fields": _custom_fields,
    "profile_picture_url": lambda v: optional_http_url(v, "profile_picture_url"),
}
SETTABLE_FIELDS = frozenset({*_NORMALISERS, "phone"})
MAP_FIELDS = ("custom_fields",)


def normalised(path: str, value: Any, *, default_region: str = "") -> Any:
    """The value `path` would store for `value`; "custom_fields.<key>" sets one key."""
    if path == "phone":
        return _phone(value, default_region)
    if path.startswith("custom_fields."):
        return custom_field(path.partition(".")[2], value)
    return _NORMALISERS[path](value)


def normalised_all(fields: Mapping[str, Any], default_region: str = "") -> dict[str, Any]:
    return {
        path: normalised(path, value, default_region=default_region)
        for path, value in fields.items()
    }


def tag_list(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags in the order events and responses list them."""
    return tuple(sorted(tags))
