import uuid

import pytest

from crm.domain.errors import NoteIsDeleted
from crm.domain.events import NoteAdded, NoteDeleted, NotePinned, NoteUnpinned, NoteUpdated
from crm.domain.note_fields import NoteAttachment, NoteAuthorType, NotePriority, NoteType
from crm.domain.notes import Note
from shared.domain import InvalidArgument
from tests.unit.crm.builders import LATER, NOW, PROJECT

CONTACT, AGENT = uuid.uuid4(), str(uuid.uuid4())


def note(**fields) -> Note:
    made = Note.add(
        project_id=PROJECT,
        contact_id=CONTACT,
        author_type=NoteAuthorType.AGENT,
        author_id=AGENT,
        content="Asked about the annual plan",
        now=NOW,
        **fields,
    )
    made.collect_events()
    return made


def test_adding_a_note_records_it_with_defaults() -> None:
    made = Note.add(
        project_id=PROJECT,
        contact_id=CONTACT,
        author_type="user",
        author_id="u1",
        content=" Call back tomorrow ",
        tags=["Follow Up"],
        now=NOW,
    )
    [event] = made.collect_events()
    assert isinstance(event, NoteAdded)
    assert (event.note.content, event.note.note_type, event.note.priority) == (
        "Call back tomorrow",
        NoteType.GENERAL,
        NotePriority.NORMAL,
    )
    assert (made.tags, made.pinned, made.visible_to_client) == (("follow up",), False, False)


@pytest.mark.parametrize(
    ("field", "fields"),
    [
        ("content", {"content": "  "}),
        ("content", {"content": "x" * 10_001}),
        ("note_type", {"note_type": "gossip"}),
        ("priority", {"priority": "whenever"}),
        ("attachments[0].url", {"attachments": [{"url": "nope"}]}),
        (
            "attachments[0].size_bytes",
            {"attachments": [NoteAttachment("https://x.io/a", size_bytes=-1)]},
        ),
        ("color", {"color": "red"}),
    ],
)
def test_invalid_note_fields_are_rejected(field, fields) -> None:
    with pytest.raises(InvalidArgument) as caught:
        Note.add(
            project_id=PROJECT,
            contact_id=CONTACT,
            author_type="agent",
            author_id=AGENT,
            **{"content": "hi", **fields},
        )
    assert caught.value.violations[0].field == field


def test_editing_the_content_keeps_the_previous_text_in_the_event() -> None:
    made = note()
    assert made.edit({"content": "Bought the annual plan", "priority": "high"}, now=LATER) == (
        "content",
        "priority",
    )
    [event] = made.collect_events()
    assert isinstance(event, NoteUpdated)
    assert (event.previous_content, event.note.priority) == (
        "Asked about the annual plan",
        NotePriority.HIGH,
    )


def test_an_edit_that_changes_nothing_records_nothing() -> None:
    made = note()
    assert made.edit({"content": "Asked about the annual plan"}) == ()
    assert made.collect_events() == []


def test_editing_other_fields_leaves_previous_content_empty() -> None:
    made = note()
    made.edit({"visible_to_client": True})
    assert made.collect_events()[0].previous_content == ""


def test_pinning_records_once() -> None:
    made = note()
    assert made.pin(now=LATER)
    assert not made.pin()
    [event] = made.collect_events()
    assert isinstance(event, NotePinned) and (event.note_id, event.contact_id) == (made.id, CONTACT)
    assert made.pin_time == LATER


def test_unpinning_a_pinned_note_records_it() -> None:
    made = note()
    made.pin()
    assert made.unpin()
    assert not made.unpin()
    assert [type(e) for e in made.collect_events()] == [NotePinned, NoteUnpinned]
    assert made.pin_time is None


def test_a_deleted_note_is_read_only() -> None:
    made = note(session_id=uuid.uuid4())
    made.delete()
    [event] = made.collect_events()
    assert isinstance(event, NoteDeleted) and event.session_id == made.session_id
    with pytest.raises(NoteIsDeleted):
        made.edit({"content": "x"})
