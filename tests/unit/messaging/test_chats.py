import uuid

import pytest

from messaging.domain.chats import Chat, ChatParticipant, ChatStatus, ChatType, chat_type_of
from messaging.domain.events import (
    ChatArchived,
    ChatCreated,
    ChatParticipantsChanged,
    ChatUnarchived,
)
from shared.domain import FailedPrecondition
from tests.unit.messaging.builders import CHANNEL, PROJECT, at

GROUP = "120363041234567890@g.us"


def chat(provider_chat_id: str = GROUP, **kw) -> Chat:
    return Chat.create(
        project_id=PROJECT, channel_id=CHANNEL, provider_chat_id=provider_chat_id, **kw
    )


@pytest.mark.parametrize(
    ("provider_id", "kind"),
    [
        ("15550100123@c.us", ChatType.INDIVIDUAL),
        ("117283947561234@lid", ChatType.INDIVIDUAL),
        (GROUP, ChatType.GROUP),
        ("120363000000000000@newsletter", ChatType.CHANNEL),
    ],
)
def test_chat_type_comes_from_the_provider_id(provider_id, kind) -> None:
    assert chat_type_of(provider_id) == kind
    assert chat(provider_id).type == kind


def test_create_records_snapshot() -> None:
    c = chat(subject="Team")
    (event,) = c.collect_events()
    assert isinstance(event, ChatCreated) and event.chat.subject == "Team"


def test_last_message_time_only_moves_forward() -> None:
    c = chat("1@c.us")
    assert c.record_message(at(5))
    assert not c.record_message(at(3))
    assert c.last_message_time == at(5)


@pytest.mark.parametrize(
    ("change", "expected_admin", "expected_count"),
    [("promote", True, 2), ("demote", False, 2), ("leave", False, 1)],
)
def test_participants_changes(change, expected_admin, expected_count) -> None:
    c = chat()
    c.participants_changed("join", ["a@lid", "b@lid"], at=at(1))
    if change == "demote":
        c.participants_changed("promote", ["a@lid"], at=at(2))
    c.collect_events()
    (affected,) = c.participants_changed(change, ["a@lid"], at=at(3))
    assert affected.admin is expected_admin
    assert c.participant_count == expected_count
    (event,) = c.collect_events()
    assert isinstance(event, ChatParticipantsChanged) and event.participant_count == expected_count


def test_repeated_participant_change_records_nothing() -> None:
    c = chat()
    c.participants_changed("join", [ChatParticipant(provider_participant_id="a@lid", admin=True)])
    c.collect_events()
    assert c.participants_changed("join", ["a@lid"]) == ()
    assert c.participants_changed("promote", ["a@lid"]) == ()
    assert c.participants_changed("leave", ["zzz@lid"]) == ()
    assert c.collect_events() == []


def test_rejoin_after_leave() -> None:
    c = chat()
    c.participants_changed("join", ["a@lid"], at=at(1))
    c.participants_changed("leave", ["a@lid"], at=at(2))
    (p,) = c.participants_changed("joined", ["a@lid"], at=at(3))
    assert p.leave_time is None and p.join_time == at(3) and c.participant_count == 1


def test_individual_chats_have_no_participants() -> None:
    with pytest.raises(FailedPrecondition):
        chat("1@c.us").participants_changed("join", ["a@lid"])


def test_archive_unarchive_close() -> None:
    c = chat("1@c.us", contact_id=uuid.uuid4())
    c.collect_events()
    assert c.archive() and not c.archive()
    assert c.unarchive() and not c.unarchive()
    assert c.close() and c.status == ChatStatus.CLOSED
    kinds = [type(e) for e in c.collect_events()]
    assert kinds[:2] == [ChatArchived, ChatUnarchived]


def test_labels_add_and_remove() -> None:
    c = chat("1@c.us")
    assert c.add_label("7") and not c.add_label("7")
    assert c.remove_label("7") and not c.remove_label("7")
    assert c.label_ids == ()
