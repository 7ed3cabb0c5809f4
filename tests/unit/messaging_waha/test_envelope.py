import json

import pytest

from messaging.waha import MalformedEvent, Me, parse_envelope
from tests.unit.messaging_waha.helpers import load, wire


def test_parses_every_envelope_field() -> None:
    env = parse_envelope(wire(load("03_message_group_reply_unicode.json")))
    assert env.id == "evt_01kkc0xs7xsd4wch5ztxzv5kr3"
    assert env.timestamp_ms == 1773151380733
    assert env.event == "message"
    assert env.session == "ops-gows-01"
    assert env.metadata == {"tenant.id": "tnt_globex", "channel.id": "ch_wa_ops_01"}
    assert env.me == Me(
        id="15550100777@c.us",
        push_name="Ventros Ops",
        lid="193847561029384@lid",
        jid="15550100777:14@s.whatsapp.net",
    )
    assert env.engine == "GOWS"
    assert env.payload["from"] == "120363041234567890@g.us"
    assert env.environment["version"] == "2026.2.1"


def test_me_null_and_metadata_absent() -> None:
    obj = load("14_session_status_failed.json")
    del obj["metadata"]
    env = parse_envelope(wire(obj))
    assert env.me is None
    assert env.metadata == {}


def test_accepts_str_and_pretty_printed_bytes() -> None:
    text = json.dumps(load("16_label_upsert.json"), indent=2, ensure_ascii=False)
    assert parse_envelope(text).event == "label.upsert"
    assert parse_envelope(text.encode()).payload["name"] == "Lead Quente 🔥"


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (b"", "not JSON"),
        (b"{not json", "not JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[1, 2]", "JSON object"),
        (b'"text"', "JSON object"),
    ],
)
def test_unreadable_bodies(raw: bytes, fragment: str) -> None:
    with pytest.raises(MalformedEvent, match=fragment):
        parse_envelope(raw)


@pytest.mark.parametrize("field", ["id", "event", "session", "payload"])
def test_missing_required_field(field: str) -> None:
    obj = load("01_message_text_dm.json")
    del obj[field]
    with pytest.raises(MalformedEvent, match=field):
        parse_envelope(wire(obj))


@pytest.mark.parametrize(
    ("field", "value"),
    [("id", ""), ("id", 5), ("event", None), ("payload", None), ("payload", [1])],
)
def test_invalid_required_field(field: str, value: object) -> None:
    obj = load("01_message_text_dm.json")
    obj[field] = value
    with pytest.raises(MalformedEvent, match=field):
        parse_envelope(wire(obj))


@pytest.mark.parametrize(
    ("field", "value"),
    [("timestamp", "yesterday"), ("timestamp", True), ("metadata", "x"), ("me", "x")],
)
def test_invalid_optional_field(field: str, value: object) -> None:
    obj = load("01_message_text_dm.json")
    obj[field] = value
    with pytest.raises(MalformedEvent, match=field):
        parse_envelope(wire(obj))


def test_malformed_event_is_a_value_error() -> None:
    assert issubclass(MalformedEvent, ValueError)


def test_nul_characters_are_dropped_from_every_string_of_the_body() -> None:
    from messaging.waha.envelope import json_body

    body = '{"id": "evt\\u00001", "payload": {"body": "oi\\u0000", "k\\u0000": ["a\\u0000b", 1]}}'
    assert json_body(body) == {"id": "evt1", "payload": {"body": "oi", "k": ["ab", 1]}}
    assert json_body('{"text": "a backslash: \\\\u0000"}') == {"text": "a backslash: \\u0000"}
