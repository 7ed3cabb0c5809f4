"""Inbound wake-ups: many notices share a NOTIFY payload and come back out in order."""

from __future__ import annotations

import uuid

from messaging.adapters.waha_events import (
    NOTIFY_LIMIT,
    lane_of,
    notice,
    parse_notices,
    payloads_of,
)


def test_notices_are_packed_under_the_payload_limit_and_parsed_back_in_order() -> None:
    project = uuid.uuid4()
    sent = [(project, uuid.uuid4(), lane_of(f"5511{n:08d}@c.us")) for n in range(500)]
    payloads = payloads_of([notice(*item) for item in sent])
    assert 1 < len(payloads) < 10
    assert all(len(p.encode()) <= NOTIFY_LIMIT for p in payloads)
    assert [n for p in payloads for n in parse_notices(p)] == sent


def test_a_malformed_notice_is_skipped_and_the_others_still_count() -> None:
    project, row = uuid.uuid4(), uuid.uuid4()
    payload = f"garbage;{project}:{row}:7;{project}:not-a-uuid:1;{project}:{row}"
    assert parse_notices(payload) == [(project, row, 7), (project, row, 0)]
    assert parse_notices("") == []
