"""Events without a sample file: built from the SHAPES §4 payload descriptions."""

from datetime import UTC, datetime

import pytest

from messaging.waha import (
    Ack,
    CallAccepted,
    CallRejected,
    GroupJoined,
    GroupLeft,
    GroupParticipant,
    GroupParticipantsChanged,
    GroupUpdated,
    Ignored,
    LabelChatAdded,
    LabelChatDeleted,
    LabelDeleted,
    MalformedEvent,
    MessageAck,
    MessageEdited,
    MessageKey,
    MessageRevoked,
    PollVote,
    normalize_raw,
)
from tests.unit.messaging_waha.helpers import event, load, one, one_event

GROUP = "120363041234567890@g.us"


def test_ack_group_with_participant_and_error() -> None:
    ack = one_event(
        "message.ack.group",
        {
            "id": f"true_{GROUP}_3EB0AAAA_9999@lid",
            "from": GROUP,
            "participant": None,
            "fromMe": True,
            "ack": -1,
            "ackName": "ERROR",
            "error": {"code": 463, "blocked": True, "reason": "account_restricted"},
        },
        engine="GOWS",
    )
    assert isinstance(ack, MessageAck)
    assert ack.key == MessageKey(True, "3EB0AAAA")
    assert (ack.chat_id, ack.participant, ack.group_receipt) == (GROUP, "9999@lid", True)
    assert ack.ack is Ack.ERROR
    assert (ack.error.code, ack.error.blocked, ack.error.reason) == (
        "463",
        True,
        "account_restricted",
    )


def test_ack_null_is_unknown() -> None:
    obj = load("09_message_ack_read.json")
    obj["payload"]["ack"] = None
    obj["payload"]["ackName"] = "UNKNOWN"
    assert one(obj).ack is Ack.UNKNOWN


def test_webjs_dm_ack_is_a_full_message_and_still_an_ack() -> None:
    obj = load("06_message_vcard.json")
    obj["event"] = "message.ack"
    obj["payload"]["ack"] = 3
    ack = one(obj)
    assert isinstance(ack, MessageAck)
    assert (ack.key, ack.ack) == (MessageKey(False, "3EB0F1E2D3C4B5A69788"), Ack.READ)


def test_edited() -> None:
    obj = load("02_message_any_fromme_api.json")
    obj["event"] = "message.edited"
    obj["payload"]["id"] = "true_15550100123@c.us_3EB0EDIT0001"
    obj["payload"]["body"] = "Oi Marina! O desconto vale até sábado."
    obj["payload"]["editedMessageId"] = "3EB0C4F2A91D7B6E5F30"
    cmd = one(obj)
    assert isinstance(cmd, MessageEdited)
    assert cmd.target == MessageKey(True, "3EB0C4F2A91D7B6E5F30")
    assert cmd.key == MessageKey(True, "3EB0EDIT0001")
    assert cmd.new_text == "Oi Marina! O desconto vale até sábado."
    assert cmd.edited_at == datetime.fromtimestamp(1773151265, tz=UTC)
    del obj["payload"]["editedMessageId"]
    with pytest.raises(MalformedEvent, match="editedMessageId"):
        one(obj)


def test_revoked_without_revoked_id_uses_the_protocol_key() -> None:
    obj = load("12_message_revoked.json")
    del obj["payload"]["revokedMessageId"]
    cmd = one(obj)
    assert isinstance(cmd, MessageRevoked)
    assert cmd.target == MessageKey(False, "3AB9C8D7E6F5A4B3C2D1")


def test_webjs_revoked_with_before_only() -> None:
    cmd = one_event(
        "message.revoked",
        {"before": {"id": "false_15550100321@c.us_3EB0GONE", "timestamp": 1773152700}},
        engine="WEBJS",
    )
    assert cmd.target == MessageKey(False, "3EB0GONE")
    assert cmd.sender_id is None


def test_labels() -> None:
    deleted = one_event("label.deleted", {"id": "7", "name": "", "color": 13})
    assert isinstance(deleted, LabelDeleted)
    assert (deleted.label.id, deleted.label.name) == ("7", "")
    added = one_event(
        "label.chat.added", {"labelId": "7", "chatId": "15550100123@c.us", "label": None}
    )
    assert isinstance(added, LabelChatAdded)
    assert (added.label_id, added.chat_id, added.label) == ("7", "15550100123@c.us", None)
    removed = one_event(
        "label.chat.deleted",
        {"labelId": 7, "chatId": "15550100123@c.us", "label": {"id": "7", "name": "Lead"}},
    )
    assert isinstance(removed, LabelChatDeleted)
    assert (removed.label_id, removed.label.name) == ("7", "Lead")


@pytest.mark.parametrize(
    ("name", "cls"), [("call.accepted", CallAccepted), ("call.rejected", CallRejected)]
)
def test_calls(name: str, cls: type) -> None:
    cmd = one_event(
        name,
        {"id": "CALL1", "from": GROUP, "timestamp": 1773153600.5, "isVideo": True, "isGroup": True},
        engine="GOWS",
    )
    assert isinstance(cmd, cls)
    assert (cmd.call_id, cmd.from_id, cmd.is_video, cmd.is_group) == ("CALL1", GROUP, True, True)
    assert cmd.at == datetime(2026, 3, 10, 14, 40, 0, 500000, tzinfo=UTC)


def test_group_join_full_info() -> None:
    cmd = one_event(
        "group.v2.join",
        {
            "timestamp": 1773151380,
            "group": {
                "id": GROUP,
                "subject": "Vendas",
                "description": "",
                "participants": [
                    {"id": "15550100777@c.us", "role": "superadmin"},
                    {"id": "117283947561234@lid", "pn": "15550100456@c.us", "role": "participant"},
                ],
                "membersCanAddNewMember": False,
                "membersCanSendMessages": True,
                "newMembersApprovalRequired": False,
            },
        },
    )
    assert isinstance(cmd, GroupJoined)
    assert (cmd.group.id, cmd.group.subject, cmd.group.description) == (GROUP, "Vendas", "")
    assert cmd.group.participants[1] == GroupParticipant(
        id="117283947561234@lid", role="participant", pn="15550100456@c.us"
    )
    assert cmd.group.members_can_send_messages is True
    assert cmd.at == datetime.fromtimestamp(1773151380, tz=UTC)


def test_group_leave_and_partial_update() -> None:
    left = one_event("group.v2.leave", {"timestamp": 1773151380, "group": {"id": GROUP}})
    assert isinstance(left, GroupLeft) and left.group_id == GROUP
    upd = one_event(
        "group.v2.update", {"timestamp": 1773151380, "group": {"id": GROUP, "subject": "Novo"}}
    )
    assert isinstance(upd, GroupUpdated)
    assert (upd.group.subject, upd.group.participants, upd.group.description) == (
        "Novo",
        None,
        None,
    )


@pytest.mark.parametrize(("ts", "engine"), [(1773151380, "NOWEB"), (1773151380123, "GOWS")])
def test_group_participants_seconds_or_gows_ms(ts: int, engine: str) -> None:
    cmd = one_event(
        "group.v2.participants",
        {
            "group": {"id": GROUP},
            "type": "promote",
            "timestamp": ts,
            "participants": [{"id": "117283947561234@lid", "role": "admin"}],
        },
        engine=engine,
    )
    assert isinstance(cmd, GroupParticipantsChanged)
    assert (cmd.group_id, cmd.type) == (GROUP, "promote")
    assert cmd.participants == (GroupParticipant(id="117283947561234@lid", role="admin"),)
    assert cmd.at.replace(microsecond=0) == datetime(2026, 3, 10, 14, 3, tzinfo=UTC)


@pytest.mark.parametrize("name", ["poll.vote", "poll.vote.failed"])
def test_poll_vote_is_a_raw_marker(name: str) -> None:
    payload = {"vote": {"id": "x", "selectedOptions": []}, "poll": {"id": "y"}}
    cmd = one_event(name, payload)
    assert isinstance(cmd, PollVote)
    assert cmd.failed is (name == "poll.vote.failed")
    assert cmd.raw == payload


@pytest.mark.parametrize(
    "name",
    ["engine.event", "state.change", "message.waiting", "event.response", "group.join", "x.y"],
)
def test_events_without_business_meaning_are_ignored(name: str) -> None:
    (cmd,) = normalize_raw(event(name, {"anything": 1}))
    assert isinstance(cmd, Ignored)
    assert cmd.event == name
    assert cmd.reason
    assert (cmd.reason == "unknown event") is (name == "x.y")


@pytest.mark.parametrize(
    ("name", "payload", "fragment"),
    [
        ("message", {"body": "hi"}, "message id"),
        ("message.any", {"id": "3EB0BARE", "timestamp": 1}, "serialized"),
        ("message.reaction", {"id": "false_1@c.us_X"}, "reaction"),
        ("message.revoked", {}, "message id"),
        ("session.status", {"name": "s1"}, "status"),
        ("call.received", {"from": "1@c.us"}, "id"),
        ("label.chat.added", {"labelId": "7"}, "chatId"),
        ("group.v2.participants", {"group": {"id": GROUP}}, "type"),
        ("group.v2.join", {"group": {}}, "id"),
    ],
)
def test_known_events_with_broken_payloads_raise(name: str, payload: dict, fragment: str) -> None:
    with pytest.raises(MalformedEvent, match=fragment):
        normalize_raw(event(name, payload))
