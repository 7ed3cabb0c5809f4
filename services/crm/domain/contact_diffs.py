"""The specific events a contact change records besides ContactUpdated."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from crm.domain.contact_fields import tag_list
from crm.domain.custom_fields import CustomFieldValue
from crm.domain.events import ContactCustomFieldSet, ContactTagAdded, ContactTagRemoved
from shared.domain import DomainEvent


def tag_events(
    envelope: Mapping[str, Any], contact_id: uuid.UUID, old: frozenset[str], new: frozenset[str]
) -> list[DomainEvent]:
    """ContactTagAdded / ContactTagRemoved for the tags that really came or went."""
    current, events = tag_list(new), list[DomainEvent]()
    if added := tag_list(new - old):
        events.append(
            ContactTagAdded(**envelope, contact_id=contact_id, tags=added, current_tags=current)
        )
    if removed := tag_list(old - new):
        events.append(
            ContactTagRemoved(**envelope, contact_id=contact_id, tags=removed, current_tags=current)
        )
    return events


def custom_field_events(
    envelope: Mapping[str, Any],
    contact_id: uuid.UUID,
    old: Mapping[str, CustomFieldValue],
    new: Mapping[str, CustomFieldValue],
) -> list[DomainEvent]:
    """One ContactCustomFieldSet per key whose value was set, changed or removed."""
    return [
        ContactCustomFieldSet(
            **envelope,
            contact_id=contact_id,
            key=key,
            old_value=old.get(key),
            new_value=new.get(key),
        )
        for key in sorted(old.keys() | new.keys())
        if old.get(key) != new.get(key)
    ]
