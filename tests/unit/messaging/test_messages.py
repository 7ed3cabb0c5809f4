import json
import pathlib
import uuid

import pytest

from messaging.domain.events import MessageEdited, MessageReacted, MessageReceived, MessageRevoked
from messaging.domain.message_ids import bare_message_id, parse_serialized_id
from messaging.domain.message_parts import MessageDirection, MessageMedia, MessageSource
from messaging.domain.message_status import MessageStatus
from messaging.domain.messages import Message
from shared.domain import InvalidArgument
from tests.unit.messaging.builders import CHANNEL, PROJECT, T0, at, inbound, outbound

SAMPLES = pathlib.Path("/work/shared/waha/samples")


def _sample_ids() -> list[tuple[str, str]]:
    found = []
    for path in sorted(SAMPLES.glob("*.json")):
        payload = json.loads(path.read_text()).get("payload") or {}
        candidates = [payload.get("id"), (payload.get("after") or {}).get("id")]
        candidates.append((payload.get("reaction") or {}).get("messageId"))
        found += [
            (path.name, c)
            for c in candidates
            if isinstance(c, str) and c.startswith(("true_", "false_"))
        ]
    return found


SAMPLE_IDS = _sample_ids()


def test_samples_have_serialized_ids() -> None:
    assert len(SAMPLE_IDS) >= 8


@pytest.mark.parametrize(("name", "serialized"), SAMPLE_IDS)
def test_bare_id_of_every_sample_is_the_wa_message_id(name, serialized) -> None:
    from_me, chat_id, wa_id, *participant = serialized.split("_", 3)
    assert bare_message_id(serialized) == wa_id
    parsed = parse_serialized_id(serialized)
    assert parsed.from_me == (from_me == "true") and parsed.chat_id == chat_id
    assert parsed.participant == (participant[0] if participant else "")


@pytest.mark.parametrize(
    ("serialized", "bare"),
    [
        ("false_15550100123@c.us_3AF1C9B27D4E6A8B0C1D", "3AF1C9B27D4E6A8B0C1D"),
        (
            "false_120363041234567890@g.us_A1B2C3D4E5F60718293A4B5C6D7E8F90_117283947561234@lid",
            "A1B2C3D4E5F60718293A4B5C6D7E8F90",
        ),
        ("true_123@lid_ABC", "ABC"),
        ("3EB0B7C6D5E4F3A2B1C0", "3EB0B7C6D5E4F3A2B1C0"),  # replyTo.id is already bare
        ("  false_1@c.us_X  ", "X"),
    ],
)
def test_bare_message_id(serialized, bare) -> None:
    assert bare_message_id(serialized) == bare


def test_same_message_under_lid_and_cus_has_the_same_bare_id() -> None:
    assert bare_message_id("false_999@lid_AAA") == bare_message_id("false_15550100123@c.us_AAA")


def test_receive_records_event_with_snapshot_and_bare_id() -> None:
    m = inbound(provider_serialized_id="false_15550100123@c.us_3AF1", session_started=True)
    (event,) = m.collect_events()
    assert isinstance(event, MessageReceived)
    assert event.provider_message_id == "3AF1" and event.session_started
    assert event.message.direction == MessageDirection.INBOUND and event.source == "contact"
    assert m.status is None and not m.from_me


def test_compose_is_outbound_queued_from_me_manual_without_events() -> None:
    m = outbound()
    assert (m.direction, m.from_me, m.status, m.source) == ("outbound", True, "queued", "manual")
    assert m.collect_events() == []


def test_history_import_source_is_kept() -> None:
    m = inbound(source=MessageSource.HISTORY_IMPORT)
    assert m.collect_events()[0].source == MessageSource.HISTORY_IMPORT


@pytest.mark.parametrize(
    ("content_type", "fields", "bad_field"),
    [
        ("text", {"text": " "}, "text"),
        ("image", {}, "media"),
        ("location", {}, "location"),
        ("contact", {}, "vcards"),
        ("reaction", {}, "reaction"),
    ],
)
def test_content_needs_its_parts(content_type, fields, bad_field) -> None:
    with pytest.raises(InvalidArgument) as raised:
        Message.create(
            project_id=PROJECT,
            channel_id=CHANNEL,
            direction="inbound",
            message_time=T0,
            content_type=content_type,
            **fields,
        )
    assert raised.value.violations[0].field == bad_field


def test_react_add_replace_remove_per_reactor() -> None:
    m = inbound()
    m.collect_events()
    assert m.react("👍", provider_participant_id="a@c.us", at=at(1))
    assert m.react("❤️", provider_participant_id="b@c.us")
    assert m.react("😂", provider_participant_id="a@c.us")  # replaces a's
    assert not m.react("😂", provider_participant_id="a@c.us")  # same: no change
    assert sorted(r.emoji for r in m.reactions) == ["❤️", "😂"]
    assert m.react("", provider_participant_id="a@c.us")  # empty removes
    assert [r.emoji for r in m.reactions] == ["❤️"]
    assert not m.react("", provider_participant_id="zzz@c.us")  # nothing to remove
    events = m.collect_events()
    assert [e.removed for e in events] == [False, False, False, True]
    assert all(isinstance(e, MessageReacted) for e in events)


def test_our_reaction_is_one_reactor() -> None:
    m = inbound()
    agent_id = uuid.uuid4()
    m.react("👍", from_me=True, agent_id=agent_id)
    m.react("🎉", from_me=True, agent_id=agent_id)
    assert [(r.emoji, r.from_me) for r in m.reactions] == [("🎉", True)]


def test_edits_keep_the_previous_texts() -> None:
    m = inbound(text="v1")
    m.collect_events()
    assert m.edit("v2", at=at(1)) and m.edit("v3", at=at(2))
    assert not m.edit("v3")
    assert m.text == "v3" and m.edited
    assert [(e.previous_text, e.text) for e in m.edits] == [("v1", "v2"), ("v2", "v3")]
    events = m.collect_events()
    assert [type(e) for e in events] == [MessageEdited, MessageEdited]
    assert events[-1].previous_text == "v2"


def test_revoke_once_and_then_ignore_changes() -> None:
    m = inbound(text="oops")
    m.collect_events()
    assert m.revoke(at=at(1))
    assert not m.revoke()
    assert m.revoked and m.revoke_time == at(1) and m.text == "oops"
    assert not m.edit("new") and not m.react("👍", provider_participant_id="a")
    assert [type(e) for e in m.collect_events()] == [MessageRevoked]


def test_store_media_records_our_copy() -> None:
    m = inbound(content_type="image", text="", media=MessageMedia(url="http://waha/f.jpg"))
    m.store_media("s3://bucket/f.jpg", sha256="abc")
    assert m.media.storage_url == "s3://bucket/f.jpg" and m.media.storage_status == "stored"
    assert m.media.url == "http://waha/f.jpg" and m.status is not MessageStatus.FAILED
