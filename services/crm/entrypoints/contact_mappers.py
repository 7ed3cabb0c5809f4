"""Contacts between the contract and the domain."""

from __future__ import annotations

from typing import Any

from google.protobuf import json_format

from crm.domain.contacts import Contact
from crm.domain.custom_fields import CustomFieldValue
from crm.domain.whatsapp import WhatsAppIdentifiers
from shared.domain import InvalidArgument
from shared.protomap import enum_value, fill
from shared.requests import optional_uuid
from ventros.common.v1 import types_pb2
from ventros.crm.v1 import contact_pb2


def contact(c: Contact) -> contact_pb2.Contact:
    phone = (
        types_pb2.PhoneNumber(e164=c.phone.e164, raw=c.phone.raw, region_code=c.phone.region_code)
        if c.phone
        else None
    )
    return fill(
        contact_pb2.Contact(),
        c,
        phone=phone,
        tags=sorted(c.tags),
        email=str(c.email) if c.email else None,
    )


def custom_field_value(value: types_pb2.CustomFieldValue, field: str) -> CustomFieldValue:
    kind = enum_value(types_pb2.CustomFieldType.DESCRIPTOR, value.type)
    if not kind:
        raise InvalidArgument.field(f"{field}.type", "is required")
    which = value.WhichOneof("value")
    raw: Any = None
    if which == "date_value":
        raw = value.date_value.ToDatetime()
    elif which == "json_value":
        raw = json_format.MessageToDict(value.json_value)
    elif which == "options_value":
        raw = list(value.options_value.values)
    elif which is not None:
        raw = getattr(value, which)
    return CustomFieldValue.of(kind, raw, field_name=field)


SETTABLE = (
    "name",
    "email",
    "external_id",
    "language",
    "timezone",
    "profile_picture_url",
)


def contact_fields(message: contact_pb2.Contact, paths: set[str] | None = None) -> dict[str, Any]:
    """The settable fields a request's Contact carries (all, or those in `paths`)."""
    wanted = paths if paths is not None else None
    fields: dict[str, Any] = {}

    def take(name: str) -> bool:
        return wanted is None or name in wanted

    for name in SETTABLE:
        if take(name):
            fields[name] = getattr(message, name)
    if take("phone"):
        fields["phone"] = (message.phone.e164 or message.phone.raw) or None
    if take("whatsapp_ids"):
        ids = message.whatsapp_ids
        fields["whatsapp_ids"] = WhatsAppIdentifiers.of(ids.wid, ids.lid, ids.jid)
    if take("tags"):
        fields["tags"] = list(message.tags)
    if take("custom_fields") or (wanted and any(p.startswith("custom_fields.") for p in wanted)):
        fields["custom_fields"] = {
            key: custom_field_value(value, f"contact.custom_fields[{key}]")
            for key, value in message.custom_fields.items()
        }
    if take("source_channel") and message.source_channel:
        fields["source_channel"] = enum_value(
            contact_pb2.ContactSourceChannel.DESCRIPTOR, message.source_channel
        )
    if take("source_channel_id") and message.source_channel_id:
        fields["source_channel_id"] = optional_uuid(
            message.source_channel_id, "contact.source_channel_id"
        )
    if wanted is None:
        fields = {k: v for k, v in fields.items() if v not in ("", None, [], {})}
    return fields
