import pytest

from messaging.waha import (
    ChatKind,
    InvalidMessageId,
    MessageKey,
    chat_kind,
    dedupe_key,
    parse_message_id,
    phone_digits,
    to_cus,
)


@pytest.mark.parametrize(
    ("jid", "kind"),
    [
        ("15550100123@c.us", ChatKind.CONTACT),
        ("15550100123@s.whatsapp.net", ChatKind.CONTACT),
        ("117283947561234@lid", ChatKind.LID),
        ("120363041234567890@g.us", ChatKind.GROUP),
        ("120363000000000001@newsletter", ChatKind.CHANNEL),
        ("status@broadcast", ChatKind.STATUS),
        ("1234567890@broadcast", ChatKind.BROADCAST),
        ("13135550002@meta.ai", ChatKind.META_AI),
        ("nonsense", ChatKind.UNKNOWN),
        ("", ChatKind.UNKNOWN),
        (None, ChatKind.UNKNOWN),
    ],
)
def test_chat_kind(jid: str | None, kind: ChatKind) -> None:
    assert chat_kind(jid) is kind


@pytest.mark.parametrize(
    ("jid", "expected"),
    [
        ("15550100456@s.whatsapp.net", "15550100456@c.us"),
        ("15550100777:14@s.whatsapp.net", "15550100777@c.us"),
        ("15550100777:3@c.us", "15550100777@c.us"),
        ("15550100123@c.us", "15550100123@c.us"),
        ("117283947561234:2@lid", "117283947561234@lid"),
        ("120363041234567890@g.us", "120363041234567890@g.us"),
        ("status@broadcast", "status@broadcast"),
        ("no-at-sign", "no-at-sign"),
    ],
)
def test_to_cus(jid: str, expected: str) -> None:
    assert to_cus(jid) == expected


def test_phone_digits() -> None:
    assert phone_digits("15550100123@c.us") == "15550100123"
    assert phone_digits("15550100777:14@s.whatsapp.net") == "15550100777"
    assert phone_digits("117283947561234@lid") is None
    assert phone_digits("120363041234567890@g.us") is None
    assert phone_digits(None) is None


def test_parse_dm_id() -> None:
    parsed = parse_message_id("false_15550100123@c.us_3AF1C9B27D4E6A8B0C1D")
    assert parsed == (False, "15550100123@c.us", "3AF1C9B27D4E6A8B0C1D", None)
    assert parsed.key == MessageKey(False, "3AF1C9B27D4E6A8B0C1D")


def test_parse_group_id_with_participant() -> None:
    parsed = parse_message_id(
        "false_120363041234567890@g.us_A1B2C3D4E5F60718293A4B5C6D7E8F90_117283947561234@lid"
    )
    assert parsed.from_me is False
    assert parsed.chat_id == "120363041234567890@g.us"
    assert parsed.wa_message_id == "A1B2C3D4E5F60718293A4B5C6D7E8F90"
    assert parsed.participant == "117283947561234@lid"


def test_same_message_under_lid_and_cus_has_same_key() -> None:
    as_lid = dedupe_key("false_117283947561234@lid_3EB0AAAA")
    as_cus = dedupe_key("false_15550100456@c.us_3EB0AAAA")
    assert as_lid == as_cus == (False, "3EB0AAAA")
    assert dedupe_key("true_15550100456@c.us_3EB0AAAA") != as_cus


@pytest.mark.parametrize(
    "bad", ["", "3EB0AAAA", "maybe_15550100456@c.us_3EB0", "true_15550100456@c.us", "true__X"]
)
def test_invalid_message_ids(bad: str) -> None:
    with pytest.raises(InvalidMessageId):
        parse_message_id(bad)
    assert issubclass(InvalidMessageId, ValueError)
