"""A history import chunk in memory: sessions from time gaps, and the documents of its
messages as the bulk insert writes them (the same as the generic document encoder)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta, timezone

from messaging.adapters.history_imports import message_documents
from messaging.domain.message_parts import MessageContentType, MessageMedia
from messaging.domain.messages import Message
from messaging.domain.sessions import Session, SessionStatus
from messaging.workflows.history_activities import build_chunk, parse_wa_message
from shared.documents import to_document
from tests.support.waha_server import wa_message

PROJECT, CHANNEL, CONTACT = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
TIMEOUT = timedelta(minutes=30)
NOW = datetime(2026, 11, 1, 12, tzinfo=UTC)
CHAT = "5511900000001@c.us"


def parsed(minutes: list[int], start: datetime = NOW - timedelta(days=10)) -> list:  # type: ignore[type-arg]
    base = int(start.timestamp())
    raws = [
        wa_message(CHAT, f"m{i}", from_me=i % 2 == 1, timestamp=base + m * 60)
        for i, m in enumerate(minutes)
    ]
    return [parse_wa_message(r) for r in raws]


def test_messages_split_into_sessions_at_gaps_longer_than_the_timeout() -> None:
    items = parsed([0, 5, 10, 100, 110, 300])
    built = build_chunk(PROJECT, CHANNEL, CONTACT, items, None, TIMEOUT, NOW)
    assert len(built.new_sessions) == 3
    assert [s.metrics.message_count for s in built.new_sessions] == [3, 2, 1]
    # Old history: every session has ended at its last message.
    assert all(s.status == SessionStatus.ENDED for s in built.new_sessions)
    assert built.new_sessions[0].end_time == items[2].time
    by_session = {m.session_id for m in built.messages}
    assert by_session == {s.id for s in built.new_sessions}
    assert not built.continued_active


def test_history_records_no_per_message_session_events() -> None:
    built = build_chunk(PROJECT, CHANNEL, CONTACT, parsed([0, 1, 2]), None, TIMEOUT, NOW)
    kinds = [type(e).__name__ for s in built.new_sessions for e in s.events]
    assert kinds == ["SessionStarted", "SessionEnded"]


def test_a_group_inside_the_contacts_active_session_joins_it() -> None:
    start = NOW - timedelta(minutes=20)
    active = Session.start(
        project_id=PROJECT,
        contact_id=CONTACT,
        channel_id=CHANNEL,
        start_time=start,
        timeout=TIMEOUT,
        now=NOW,
    )
    items = parsed([-5, 0], start=start)  # just before and at its start
    built = build_chunk(PROJECT, CHANNEL, CONTACT, items, active, TIMEOUT, NOW)
    assert built.continued_active and not built.new_sessions
    assert {m.session_id for m in built.messages} == {active.id}
    assert active.metrics.message_count == 2


def test_the_newest_group_within_its_timeout_stays_the_active_session() -> None:
    items = parsed([0, 1], start=NOW - timedelta(minutes=10))
    built = build_chunk(PROJECT, CHANNEL, CONTACT, items, None, TIMEOUT, NOW)
    assert [s.status for s in built.new_sessions] == [SessionStatus.ACTIVE]


def test_bulk_documents_equal_the_generic_encoder_for_every_kind_of_message() -> None:
    built = build_chunk(PROJECT, CHANNEL, CONTACT, parsed([0, 1, 50, 51]), None, TIMEOUT, NOW)
    odd = Message.create(
        project_id=PROJECT,
        channel_id=CHANNEL,
        direction="inbound",
        content_type=MessageContentType.IMAGE,
        media=MessageMedia(url="http://waha/f.jpg", mimetype="image/jpeg"),
        message_time=NOW - timedelta(days=1),
        provider_serialized_id="false_5511900000001@c.us_ODD",
        vcards=("BEGIN:VCARD",),
        # The others' create time, written with another offset: encoded with its own.
        now=NOW.astimezone(timezone(timedelta(hours=-3))),
    )
    messages = [*built.messages, odd]
    documents = message_documents(messages)
    assert [json.loads(d) for d in documents] == [to_document(m) for m in messages]


def test_one_message_is_encoded_whole() -> None:
    [message] = build_chunk(PROJECT, CHANNEL, CONTACT, parsed([0]), None, TIMEOUT, NOW).messages
    assert [json.loads(d) for d in message_documents([message])] == [to_document(message)]


def test_recording_history_counts_as_recording_each_message_without_their_events() -> None:
    items = parsed([0, 1, 3, 4, 9, 12, 20])
    one_by_one, at_once = (
        Session.start(
            project_id=PROJECT,
            contact_id=CONTACT,
            channel_id=CHANNEL,
            start_time=items[0].time,
            timeout=TIMEOUT,
            now=NOW,
        )
        for _ in range(2)
    )
    for item in items:
        one_by_one.record_message("outbound" if item.from_me else "inbound", item.time, now=NOW)
    at_once.record_history(
        [("outbound" if item.from_me else "inbound", item.time) for item in items], now=NOW
    )
    assert at_once.metrics == one_by_one.metrics
    assert at_once.metrics.response_count > 0 and at_once.metrics.message_count == 7
    assert (at_once.start_time, at_once.last_activity_time, at_once.version) == (
        one_by_one.start_time,
        one_by_one.last_activity_time,
        one_by_one.version,
    )
    assert [type(e).__name__ for e in at_once.events] == ["SessionStarted"]
