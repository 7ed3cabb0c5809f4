"""Timeline entries for crm's own events: contacts, tags, fields, pipelines, notes, tracking.

Each describer returns the entry's fields from the decoded event (None: no entry).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from crm.domain.event_payloads import an_id, enum_value, get, strings, text
from crm.domain.timeline import ContactEventCategory as Category
from crm.domain.timeline import ContactEventPriority as Priority
from crm.domain.timeline import ContactEventSource as Source
from crm.domain.timeline import ContactEventVisibility as Visibility

Describer = Callable[[Mapping[str, Any]], dict[str, Any] | None]
EXCERPT = 280


def _contact_created(e: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "contact_id": an_id(e, "contact", "id"),
        "event_type": "contact_created",
        "category": Category.SYSTEM,
        "title": f"Contact created: {text(e, 'contact', 'name')}",
    }


def _contact_updated(e: Mapping[str, Any]) -> dict[str, Any]:
    fields = strings(e, "changed_fields")
    return {
        "contact_id": an_id(e, "contact", "id"),
        "event_type": "contact_updated",
        "category": Category.SYSTEM,
        "priority": Priority.LOW,
        "title": "Contact updated",
        "description": "Changed: " + ", ".join(fields),
        "payload": {"changed_fields": fields},
        "visibility": Visibility.SYSTEM,
    }


def _contact_merged(e: Mapping[str, Any]) -> dict[str, Any]:
    merged = text(e, "merged_contact_id")
    return {
        "contact_id": an_id(e, "survivor_contact_id"),
        "event_type": "contact_merged",
        "category": Category.SYSTEM,
        "priority": Priority.HIGH,
        "title": "Contact merged",
        "description": f"Contact {merged} was merged into this one",
        "payload": {"merged_contact_id": merged},
    }


def _tags(event_type: str, verb: str) -> Describer:
    def describe(e: Mapping[str, Any]) -> dict[str, Any]:
        tags = strings(e, "tags")
        return {
            "contact_id": an_id(e, "contact_id"),
            "event_type": event_type,
            "category": Category.TAG,
            "priority": Priority.LOW,
            "title": f"Tag {verb}: {', '.join(tags)}",
            "payload": {"tags": tags},
        }

    return describe


def _custom_field(e: Mapping[str, Any]) -> dict[str, Any]:
    key, cleared = text(e, "key"), get(e, "new_value") is None
    return {
        "contact_id": an_id(e, "contact_id"),
        "event_type": "custom_field_cleared" if cleared else "custom_field_set",
        "category": Category.CUSTOM_FIELD,
        "priority": Priority.LOW,
        "title": f"Custom field {'cleared' if cleared else 'set'}: {key}",
        "payload": {"key": key, "old_value": get(e, "old_value"), "new_value": get(e, "new_value")},
    }


def _pipeline_status(e: Mapping[str, Any]) -> dict[str, Any]:
    pipeline, before, after = (
        text(e, "pipeline_name"),
        text(e, "previous_status_name"),
        text(e, "new_status_name"),
    )
    if not text(e, "previous_status_id"):
        event_type, title = "entered_pipeline", f"Entered pipeline {pipeline}: {after}"
    elif not text(e, "new_status_id"):
        event_type, title = "exited_pipeline", f"Left pipeline {pipeline}"
    else:
        event_type, title = "pipeline_stage_changed", f"Status changed: {before} → {after}"
    return {
        "contact_id": an_id(e, "contact_id"),
        "event_type": event_type,
        "category": Category.PIPELINE,
        "priority": Priority.HIGH,
        "title": title,
        "description": text(e, "reason"),
        "payload": {
            key: text(e, key)
            for key in ("pipeline_id", "previous_status_id", "new_status_id", "reason")
        },
    }


def _note(event_type: str, title: str) -> Describer:
    def describe(e: Mapping[str, Any]) -> dict[str, Any]:
        note = get(e, "note") or {}
        author = enum_value(note, "author_type", prefix="NOTE_AUTHOR_TYPE_")
        priority = enum_value(note, "priority", prefix="NOTE_PRIORITY_")
        public = bool(get(note, "visible_to_client"))
        return {
            "contact_id": an_id(note, "contact_id") or an_id(e, "contact_id"),
            "session_id": an_id(note, "session_id") or an_id(e, "session_id"),
            "event_type": event_type,
            "category": Category.NOTE,
            "priority": Priority(priority) if priority else Priority.LOW,
            "title": title,
            "description": text(note, "content")[:EXCERPT],
            "payload": {"note_id": text(note, "id") or text(e, "note_id")},
            "visibility": Visibility.PUBLIC if public else Visibility.INTERNAL,
            **({"source": Source(author)} if author in ("agent", "user") else {}),
        }

    return describe


def _tracking(e: Mapping[str, Any]) -> dict[str, Any]:
    tracking = get(e, "tracking") or {}
    source = enum_value(tracking, "source", prefix="TRACKING_SOURCE_") or "unknown source"
    campaign = text(tracking, "campaign") or text(tracking, "utm_campaign")
    return {
        "contact_id": an_id(tracking, "contact_id"),
        "session_id": an_id(tracking, "session_id"),
        "message_id": an_id(tracking, "message_id"),
        "event_type": "tracking_created",
        "category": Category.TRACKING,
        "priority": Priority.HIGH,
        "title": f"Came from {source.replace('_', ' ')}" + (f": {campaign}" if campaign else ""),
        "payload": {
            key: text(tracking, key)
            for key in ("id", "source", "platform", "campaign", "ad_id", "click_id")
        },
    }


CRM_DESCRIBERS: dict[str, Describer] = {
    "crm.contact.created": _contact_created,
    "crm.contact.updated": _contact_updated,
    "crm.contact.merged": _contact_merged,
    "crm.contact.tag_added": _tags("tag_added", "added"),
    "crm.contact.tag_removed": _tags("tag_removed", "removed"),
    "crm.contact.custom_field_set": _custom_field,
    "crm.contact.pipeline_status_changed": _pipeline_status,
    "crm.note.added": _note("note_added", "Note added"),
    "crm.note.updated": _note("note_updated", "Note edited"),
    "crm.tracking.created": _tracking,
}
