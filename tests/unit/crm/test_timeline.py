import uuid
from datetime import timedelta

import pytest

from crm.domain.events import ContactEventCreated
from crm.domain.timeline import (
    ContactEvent,
    ContactEventCategory,
    ContactEventPriority,
    ContactEventSource,
    ContactEventVisibility,
)
from crm.domain.timeline_mapping import timeline_entry_for
from crm.domain.values import Actor, ActorType
from shared.domain import InvalidArgument
from tests.unit.crm.builders import LATER, NOW, PROJECT

CONTACT, SESSION, EVENT = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
META = {
    "event_id": EVENT,
    "project_id": str(PROJECT),
    "occur_time": "2025-03-01T12:00:00Z",
    "actor": {"type": "ACTOR_TYPE_USER", "id": "u1"},
}
C, P = ContactEventCategory, ContactEventPriority

CASES = [
    (
        "crm.contact.created",
        {"contact": {"id": CONTACT, "name": "Marina"}},
        "contact_created",
        C.SYSTEM,
        P.NORMAL,
        "Contact created: Marina",
    ),
    (
        "crm.contact.tag_added",
        {"contact_id": CONTACT, "tags": ["vip", "lead"]},
        "tag_added",
        C.TAG,
        P.LOW,
        "Tag added: vip, lead",
    ),
    (
        "crm.contact.tag_removed",
        {"contactId": CONTACT, "tags": ["vip"]},
        "tag_removed",
        C.TAG,
        P.LOW,
        "Tag removed: vip",
    ),
    (
        "crm.contact.custom_field_set",
        {"contact_id": CONTACT, "key": "plan", "new_value": {"type": "CUSTOM_FIELD_TYPE_TEXT"}},
        "custom_field_set",
        C.CUSTOM_FIELD,
        P.LOW,
        "Custom field set: plan",
    ),
    (
        "crm.contact.custom_field_set",
        {"contact_id": CONTACT, "key": "plan"},
        "custom_field_cleared",
        C.CUSTOM_FIELD,
        P.LOW,
        "Custom field cleared: plan",
    ),
    (
        "crm.contact.pipeline_status_changed",
        {
            "contact_id": CONTACT,
            "pipeline_name": "Sales",
            "new_status_id": "s2",
            "new_status_name": "New",
        },
        "entered_pipeline",
        C.PIPELINE,
        P.HIGH,
        "Entered pipeline Sales: New",
    ),
    (
        "crm.contact.pipeline_status_changed",
        {
            "contact_id": CONTACT,
            "pipeline_name": "Sales",
            "previous_status_id": "s1",
            "previous_status_name": "New",
            "new_status_id": "s2",
            "new_status_name": "Won",
        },
        "pipeline_stage_changed",
        C.PIPELINE,
        P.HIGH,
        "Status changed: New → Won",
    ),
    (
        "crm.contact.pipeline_status_changed",
        {"contact_id": CONTACT, "pipeline_name": "Sales", "previous_status_id": "s1"},
        "exited_pipeline",
        C.PIPELINE,
        P.HIGH,
        "Left pipeline Sales",
    ),
    (
        "crm.contact.merged",
        {"survivor_contact_id": CONTACT, "merged_contact_id": "x"},
        "contact_merged",
        C.SYSTEM,
        P.HIGH,
        "Contact merged",
    ),
    (
        "crm.note.added",
        {"note": {"contact_id": CONTACT, "content": "hi", "priority": "NOTE_PRIORITY_URGENT"}},
        "note_added",
        C.NOTE,
        P.URGENT,
        "Note added",
    ),
    (
        "crm.tracking.created",
        {
            "tracking": {
                "contact_id": CONTACT,
                "source": "TRACKING_SOURCE_META_ADS",
                "campaign": "plano_anual",
            }
        },
        "tracking_created",
        C.TRACKING,
        P.HIGH,
        "Came from meta ads: plano_anual",
    ),
    (
        "messaging.session.started",
        {"session": {"id": SESSION, "contact_id": CONTACT}},
        "session_started",
        C.SESSION,
        P.NORMAL,
        "Conversation started",
    ),
    (
        "messaging.session.ended",
        {
            "session_id": SESSION,
            "contact_id": CONTACT,
            "end_reason": "SESSION_END_REASON_INACTIVITY_TIMEOUT",
        },
        "session_ended",
        C.SESSION,
        P.LOW,
        "Conversation ended",
    ),
    (
        "messaging.session.agent_assigned",
        {"session_id": SESSION, "contact_id": CONTACT, "agent_id": "a1"},
        "agent_assigned",
        C.ASSIGNMENT,
        P.NORMAL,
        "Agent assigned",
    ),
    (
        "messaging.session.agent_transferred",
        {"session_id": SESSION, "contact_id": CONTACT, "to_agent_id": "a2"},
        "agent_transferred",
        C.ASSIGNMENT,
        P.NORMAL,
        "Conversation transferred",
    ),
    (
        "messaging.session.escalated",
        {"session_id": SESSION, "contact_id": CONTACT},
        "session_escalated",
        C.SESSION,
        P.HIGH,
        "Conversation escalated",
    ),
]


@pytest.mark.parametrize(("key", "body", "event_type", "category", "priority", "title"), CASES)
def test_a_story_event_becomes_one_timeline_entry(
    key, body, event_type, category, priority, title
) -> None:
    entry = timeline_entry_for(key, {"metadata": META, **body})
    assert entry is not None
    assert (entry.event_type, entry.category, entry.priority, entry.title) == (
        event_type,
        category,
        priority,
        title,
    )
    assert (str(entry.contact_id), entry.source_event_type, str(entry.source_event_id)) == (
        CONTACT,
        key,
        EVENT,
    )
    assert entry.occur_time == NOW and entry.project_id == PROJECT


@pytest.mark.parametrize(
    "key",
    [
        "crm.contact_event.created",
        "crm.contact.interaction_recorded",
        "messaging.message.read",
        "identity.user.registered",
        "crm.contact_list.members_added",
    ],
)
def test_other_events_make_no_entry(key) -> None:
    assert timeline_entry_for(key, {"metadata": META, "contact_id": CONTACT}) is None


def test_an_event_without_a_contact_makes_no_entry() -> None:
    assert timeline_entry_for("crm.contact.tag_added", {"metadata": META, "tags": ["x"]}) is None


def test_session_entries_carry_the_session() -> None:
    entry = timeline_entry_for(
        "messaging.session.started",
        {"metadata": META, "session": {"id": SESSION, "contact_id": CONTACT}},
    )
    assert entry is not None and str(entry.session_id) == SESSION


def test_the_actor_decides_the_source() -> None:
    entry = timeline_entry_for(
        "crm.contact.tag_added", {"metadata": META, "contact_id": CONTACT, "tags": ["x"]}
    )
    assert entry is not None
    assert (entry.source, entry.actor) == (ContactEventSource.USER, Actor(ActorType.USER, "u1"))


def test_a_note_visible_to_the_client_is_public() -> None:
    body = {
        "note": {
            "contact_id": CONTACT,
            "content": "x",
            "visible_to_client": True,
            "author_type": "NOTE_AUTHOR_TYPE_AGENT",
        }
    }
    entry = timeline_entry_for("crm.note.added", {"metadata": META, **body})
    assert entry is not None
    assert (entry.visibility, entry.source) == (
        ContactEventVisibility.PUBLIC,
        ContactEventSource.AGENT,
    )


def test_an_entry_is_stored_as_a_contact_event_that_is_recorded() -> None:
    entry = timeline_entry_for(
        "crm.contact.tag_added", {"metadata": META, "contact_id": CONTACT, "tags": ["vip"]}
    )
    assert entry is not None
    stored = ContactEvent.from_entry(entry, now=LATER)
    [event] = stored.collect_events()
    assert isinstance(event, ContactEventCreated)
    assert (stored.project_id, stored.occur_time, stored.create_time) == (PROJECT, NOW, LATER)
    assert event.contact_event.payload == {"tags": ["vip"]}


def test_an_expiry_must_lie_in_the_future() -> None:
    entry = timeline_entry_for(
        "crm.contact.tag_added", {"metadata": META, "contact_id": CONTACT, "tags": ["vip"]}
    )
    assert entry is not None
    with pytest.raises(InvalidArgument):
        ContactEvent.from_entry(entry, expire_time=NOW, now=LATER)
    stored = ContactEvent.from_entry(entry, expire_time=LATER + timedelta(hours=1), now=LATER)
    assert stored.is_live_at(LATER) and not stored.is_live_at(LATER + timedelta(hours=2))
