"""Every file in /work/shared/waha/samples normalizes to the expected command."""

from datetime import UTC, datetime

import pytest

from messaging.waha import (
    Ack,
    CallReceived,
    ChatArchived,
    ChatKind,
    ContentType,
    InboundMessage,
    LabelUpserted,
    MessageAck,
    MessageKey,
    MessageReaction,
    MessageRevoked,
    PresenceUpdated,
    SessionStatusChanged,
)
from tests.unit.messaging_waha.helpers import SAMPLES, load, one

TESTED = {
    "01_message_text_dm.json",
    "02_message_any_fromme_api.json",
    "03_message_group_reply_unicode.json",
    "04_message_document_media.json",
    "05_message_location.json",
    "06_message_vcard.json",
    "09_message_ack_read.json",
    "11_message_reaction.json",
    "12_message_revoked.json",
    "14_session_status_failed.json",
    "15_call_received.json",
    "16_label_upsert.json",
    "19_presence_update.json",
    "20_chat_archive.json",
}


def at(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, tz=UTC)


def test_every_sample_file_is_covered_here() -> None:
    assert {p.name for p in SAMPLES.glob("*.json")} == TESTED


@pytest.mark.parametrize("name", sorted(TESTED))
def test_sample_carries_envelope_identity(name: str) -> None:
    obj = load(name)
    cmd = one(obj)
    assert cmd.event_id == obj["id"]
    assert cmd.session == obj["session"]


def test_01_text_dm_with_ad_attribution() -> None:
    msg = one(load("01_message_text_dm.json"))
    assert isinstance(msg, InboundMessage)
    assert msg.key == MessageKey(False, "3AF1C9B27D4E6A8B0C1D")
    assert msg.message_id == "false_15550100123@c.us_3AF1C9B27D4E6A8B0C1D"
    assert (msg.chat_id, msg.chat_kind) == ("15550100123@c.us", ChatKind.CONTACT)
    assert msg.sender_id == "15550100123@c.us"
    assert msg.sender_push_name == "Marina Souza"
    assert (msg.from_me, msg.source, msg.is_history) == (False, "app", False)
    assert msg.sent_at == datetime(2026, 3, 10, 14, 0, 5, tzinfo=UTC)
    assert msg.content_type is ContentType.TEXT
    assert msg.text == (
        "Olá! Vi o anúncio de vocês no Instagram. O plano anual ainda está com desconto?"
    )
    assert (msg.has_media, msg.media, msg.location, msg.vcards) == (False, None, None, ())
    assert (msg.reply_to, msg.mentions, msg.ack) == (None, (), Ack.DEVICE)
    ad = msg.ad
    assert ad is not None
    assert ad.title == "Plano Anual com 30% OFF"
    assert ad.body == "Fale com um consultor pelo WhatsApp"
    assert ad.source_type == "ad"
    assert ad.source_id == "120210000000000001"
    assert ad.source_url.startswith("https://fb.me/fake-ad-0001?utm_source=instagram")
    assert ad.thumbnail_url == "https://cdn.example.invalid/ads/plano-anual-thumb.jpg"
    assert ad.ctwa_clid == "ARAkFakeCtwaClid0001"
    assert ad.conversion_source == "FB_Ads"
    assert ad.utm == {
        "utm_source": "instagram",
        "utm_medium": "paid_social",
        "utm_campaign": "plano_anual_30off",
    }


def test_02_from_me_via_api() -> None:
    msg = one(load("02_message_any_fromme_api.json"))
    assert isinstance(msg, InboundMessage)
    assert msg.key == MessageKey(True, "3EB0C4F2A91D7B6E5F30")
    assert msg.chat_id == "15550100123@c.us"
    assert msg.from_me is True
    assert msg.source == "api"
    assert msg.sender_id == "15550100999@c.us"  # me, not the other party
    assert msg.sender_push_name is None  # never our own name onto the contact
    assert msg.ack is Ack.PENDING
    assert msg.text.endswith("Posso te enviar a proposta?")
    assert msg.ad is None


def test_03_gows_group_reply_unicode() -> None:
    obj = load("03_message_group_reply_unicode.json")
    msg = one(obj)
    assert isinstance(msg, InboundMessage)
    assert msg.key == MessageKey(False, "A1B2C3D4E5F60718293A4B5C6D7E8F90")
    assert (msg.chat_id, msg.chat_kind) == ("120363041234567890@g.us", ChatKind.GROUP)
    assert msg.sender_id == "117283947561234@lid"
    assert msg.sender_alt_id == "15550100456@c.us"  # from Info.SenderAlt
    assert msg.sender_push_name == "Júlia 🌻"
    assert msg.text == obj["payload"]["body"]  # every code point kept
    assert "👨\u200d👩\u200d👧\u200d👦" in msg.text and "\U0001d4b1\U0001d452" in msg.text
    assert "cafe\u0301" in msg.text  # combining accent not normalised away
    assert msg.reply_to == "3EB0B7C6D5E4F3A2B1C0"
    assert msg.reply_to_participant == "15550100777@c.us"
    assert msg.sent_at == datetime(2026, 3, 10, 14, 3, tzinfo=UTC)
    assert msg.ack is Ack.DEVICE


def test_04_document_with_caption() -> None:
    msg = one(load("04_message_document_media.json"))
    assert isinstance(msg, InboundMessage)
    assert msg.key == MessageKey(False, "3A7E0D5C9B1F2468ACE0")
    assert msg.content_type is ContentType.DOCUMENT
    assert msg.text == "Segue o contrato assinado ✍️"
    assert msg.has_media is True
    media = msg.media
    assert media is not None
    assert media.url == (
        "https://waha.ventros.example/api/files/sales-br-01/3A7E0D5C9B1F2468ACE0.pdf"
    )
    assert media.filename == "Contrato_Marina_Souza_2026.pdf"
    assert media.mimetype == "application/pdf"
    assert media.error is False
    assert msg.sent_at == at(1773151500)


def test_05_location_strings_to_floats() -> None:
    msg = one(load("05_message_location.json"))
    assert isinstance(msg, InboundMessage)
    assert msg.content_type is ContentType.LOCATION
    assert msg.text is None
    assert msg.has_media is False
    loc = msg.location
    assert loc is not None
    assert (loc.latitude, loc.longitude) == (-23.5613, -46.6565)
    assert loc.name == "Escritório da Marina"
    assert loc.address == "Av. Paulista, 1000 - Bela Vista, São Paulo - SP"
    assert loc.live is False


def test_06_webjs_vcard() -> None:
    msg = one(load("06_message_vcard.json"))
    assert isinstance(msg, InboundMessage)
    assert msg.key == MessageKey(False, "3EB0F1E2D3C4B5A69788")
    assert msg.chat_id == "15550100321@c.us"
    assert msg.sender_id == "15550100321@c.us"  # WEBJS `from` is the sender
    assert msg.sender_push_name == "Pedro Alves"  # WEBJS notifyName
    assert msg.content_type is ContentType.CONTACT
    assert msg.text is None  # the vCard text WEBJS puts in body is not a message text
    assert msg.reply_to is None  # key absent in WEBJS
    assert msg.ack is Ack.SERVER
    (card,) = msg.vcards
    assert card.raw.startswith("BEGIN:VCARD\nVERSION:3.0")
    assert card.full_name == "Carlos Lima"
    assert [(p.number, p.wa_id) for p in card.phones] == [("+1 555-010-0654", "15550100654")]


def test_09_ack_read_targets_message_02() -> None:
    ack = one(load("09_message_ack_read.json"))
    assert isinstance(ack, MessageAck)
    assert ack.key == one(load("02_message_any_fromme_api.json")).key
    assert ack.key == MessageKey(True, "3EB0C4F2A91D7B6E5F30")
    assert ack.chat_id == "15550100123@c.us"
    assert ack.ack is Ack.READ
    assert (ack.participant, ack.error, ack.group_receipt) == (None, None, False)
    assert ack.at == datetime(2026, 3, 10, 14, 2, 20, 301000, tzinfo=UTC)


def test_11_reaction_heart() -> None:
    r = one(load("11_message_reaction.json"))
    assert isinstance(r, MessageReaction)
    assert r.key == MessageKey(False, "3EB0AA11BB22CC33DD44")
    assert r.target == MessageKey(True, "3EB0D9E8F7A6B5C4D3E2")
    assert r.emoji == "❤️"
    assert r.removed is False
    assert r.chat_id == "15550100321@c.us"
    assert r.sender_id == "15550100321@c.us"
    assert r.from_me is False
    assert r.reacted_at == at(1773152400)


def test_12_revoked() -> None:
    r = one(load("12_message_revoked.json"))
    assert isinstance(r, MessageRevoked)
    assert r.target == MessageKey(False, "3AB9C8D7E6F5A4B3C2D1")
    assert r.chat_id == "15550100123@c.us"
    assert r.sender_id == "15550100123@c.us"
    assert r.revoked_at == at(1773152700)


def test_14_session_failed() -> None:
    s = one(load("14_session_status_failed.json"))
    assert isinstance(s, SessionStatusChanged)
    assert s.status == "FAILED"
    assert [e.status for e in s.statuses] == ["STARTING", "WORKING", "FAILED"]
    assert [e.status for e in s.previous] == ["STARTING", "WORKING"]
    assert s.statuses[1].at == datetime(2026, 3, 10, 12, 0, 5, 730000, tzinfo=UTC)
    assert s.me_id is None


def test_15_call_received() -> None:
    c = one(load("15_call_received.json"))
    assert isinstance(c, CallReceived)
    assert c.call_id == "5C0A7E1F2B3D4C5E6F708192A3B4C5D6"
    assert c.from_id == "15550100456@c.us"
    assert (c.is_video, c.is_group) == (False, False)
    assert c.at == datetime(2026, 3, 10, 14, 40, tzinfo=UTC)


def test_16_label_upsert() -> None:
    lbl = one(load("16_label_upsert.json"))
    assert isinstance(lbl, LabelUpserted)
    assert (lbl.label.id, lbl.label.name) == ("7", "Lead Quente 🔥")
    assert (lbl.label.color, lbl.label.color_hex) == (13, "#f74848")


def test_19_presence_typing() -> None:
    p = one(load("19_presence_update.json"))
    assert isinstance(p, PresenceUpdated)
    assert p.transient is True
    assert p.chat_id == "15550100123@c.us"
    (presence,) = p.presences
    assert (presence.participant, presence.status, presence.last_seen) == (
        "15550100123@c.us",
        "typing",
        None,
    )


def test_20_chat_archive() -> None:
    a = one(load("20_chat_archive.json"))
    assert isinstance(a, ChatArchived)
    assert (a.chat_id, a.archived) == ("15550100321@c.us", True)
    assert a.chat_timestamp == at(1773152400)
