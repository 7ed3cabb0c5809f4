"""What a merge's survivor becomes: its own values, filled and united with the merged one's."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from shared.domain import InvalidArgument

if TYPE_CHECKING:
    from crm.domain.contacts import Contact

# Single-valued fields a survivor fills from the merged contact when empty (or
# takes from it when preferred).
FILLABLE = (
    "name",
    "email",
    "phone",
    "external_id",
    "source_channel",
    "source_channel_id",
    "language",
    "timezone",
    "profile_picture_url",
)
PREFERABLE = frozenset({*FILLABLE, "whatsapp_ids", "custom_fields"})


def merged_values(survivor: Contact, merged: Contact, prefer: Iterable[str]) -> dict[str, Any]:
    """The survivor's fields after absorbing `merged`; `prefer` lists paths (as in
    MergeContactsRequest.prefer_merged_fields) where the merged contact's value wins."""
    preferred = _check(prefer)
    values: dict[str, Any] = {}
    for name in FILLABLE:
        mine, theirs = getattr(survivor, name), getattr(merged, name)
        if theirs and (name in preferred or not mine or (name == "language" and mine == "en")):
            values[name] = theirs
    if values.get("profile_picture_url"):
        values["profile_picture_fetch_time"] = merged.profile_picture_fetch_time
    ids = survivor.whatsapp_ids, merged.whatsapp_ids
    values["whatsapp_ids"] = (
        ids[1].filled_from(ids[0]) if "whatsapp_ids" in preferred else ids[0].filled_from(ids[1])
    )
    values["tags"] = survivor.tags | merged.tags
    fields = {**merged.custom_fields, **survivor.custom_fields}
    for key, value in merged.custom_fields.items():
        if "custom_fields" in preferred or f"custom_fields.{key}" in preferred:
            fields[key] = value
    values["custom_fields"] = fields
    values.update(_interactions(survivor, merged))
    return values


def _interactions(survivor: Contact, merged: Contact) -> dict[str, Any]:
    firsts = [t for t in (survivor.first_interaction_time, merged.first_interaction_time) if t]
    lasts = [t for t in (survivor.last_interaction_time, merged.last_interaction_time) if t]
    return {
        "first_interaction_time": min(firsts, default=None),
        "last_interaction_time": max(lasts, default=None),
        "interaction_count": survivor.interaction_count + merged.interaction_count,
        "recent_message_ids": survivor.recent_message_ids + merged.recent_message_ids,
    }


def _check(prefer: Iterable[str]) -> frozenset[str]:
    paths = frozenset(p.strip() for p in prefer)
    for path in paths:
        if path not in PREFERABLE and not path.startswith("custom_fields."):
            raise InvalidArgument.field("prefer_merged_fields", f"{path!r} cannot be merged")
    return paths
