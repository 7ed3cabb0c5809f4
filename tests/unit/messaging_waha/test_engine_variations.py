"""Engine differences (SHAPES §4.2 tables), built by editing real samples."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from messaging.waha import Ack, ContentType, InboundMessage, MessageKey, MessageReaction
from tests.unit.messaging_waha.helpers import load, one


def test_message_and_message_any_give_the_same_command_and_key() -> None:
    as_message = load("01_message_text_dm.json")
    as_any = load("01_message_text_dm.json")
    as_any["event"] = "message.any"
    as_any["id"] = "evt_01kkc0re149ag04z6g5cdabhxk"  # a separate emission
    first, second = one(as_message), one(as_any)
    assert first.key == second.key == MessageKey(False, "3AF1C9B27D4E6A8B0C1D")
    assert first.event_id != second.event_id
    assert replace(second, event_id=first.event_id) == first


def test_same_message_under_lid_and_cus_has_same_key() -> None:
    cus = load("01_message_text_dm.json")
    lid = load("01_message_text_dm.json")
    lid["engine"] = "GOWS"
    lid["payload"]["id"] = "false_117283947561234@lid_3AF1C9B27D4E6A8B0C1D"
    lid["payload"]["from"] = "117283947561234@lid"
    a, b = one(cus), one(lid)
    assert a.key == b.key
    assert (a.chat_id, b.chat_id) == ("15550100123@c.us", "117283947561234@lid")
    assert b.sender_id == "117283947561234@lid"


def test_noweb_absent_to_and_null_to_are_equivalent() -> None:
    absent = load("01_message_text_dm.json")
    assert "to" not in absent["payload"]
    null = load("01_message_text_dm.json")
    null["payload"]["to"] = None
    null["payload"]["participant"] = None
    assert one(absent) == one(null)


def test_gows_group_to_is_the_sender_when_participant_is_missing() -> None:
    obj = load("03_message_group_reply_unicode.json")
    del obj["payload"]["participant"]
    obj["payload"]["id"] = "false_120363041234567890@g.us_A1B2C3D4E5F60718293A4B5C6D7E8F90"
    del obj["payload"]["_data"]["Info"]["Sender"]
    obj["payload"]["to"] = "15550100456@c.us"
    msg = one(obj)
    assert msg.sender_id == "15550100456@c.us"
    assert msg.chat_id == "120363041234567890@g.us"


def test_noweb_group_to_is_the_group_not_the_sender() -> None:
    obj = load("03_message_group_reply_unicode.json")
    obj["engine"] = "NOWEB"
    obj["payload"]["to"] = "120363041234567890@g.us"
    assert one(obj).sender_id == "117283947561234@lid"
    del obj["payload"]["participant"]
    obj["payload"]["id"] = "false_120363041234567890@g.us_A1B2C3D4E5F60718293A4B5C6D7E8F90"
    obj["payload"]["_data"] = {"key": {"participant": "15550100456@s.whatsapp.net"}}
    assert one(obj).sender_id == "15550100456@c.us"  # _data.key.participant, to_cus'd


def test_webjs_group_participant_from_the_id() -> None:
    obj = load("06_message_vcard.json")
    obj["payload"]["id"] = "false_120363041234567890@g.us_3EB0F1E2D3C4B5A69788_15550100321@c.us"
    obj["payload"]["from"] = "120363041234567890@g.us"
    msg = one(obj)
    assert msg.chat_id == "120363041234567890@g.us"
    assert msg.sender_id == "15550100321@c.us"


def test_webjs_reply_to_omitted_or_present() -> None:
    obj = load("06_message_vcard.json")
    assert "replyTo" not in obj["payload"]
    assert one(obj).reply_to is None
    obj["payload"]["replyTo"] = {"id": "3EB0QUOTED", "participant": "15550100888@c.us"}
    msg = one(obj)
    assert (msg.reply_to, msg.reply_to_participant) == ("3EB0QUOTED", "15550100888@c.us")


def test_noweb_reply_from_raw_context_when_reply_to_null() -> None:
    obj = load("01_message_text_dm.json")
    ctx = obj["payload"]["_data"]["message"]["extendedTextMessage"]["contextInfo"]
    ctx["stanzaId"] = "3EB0RAW"
    ctx["participant"] = "15550100999@s.whatsapp.net"
    ctx["mentionedJid"] = ["15550100999@s.whatsapp.net", "117283947561234@lid"]
    msg = one(obj)
    assert (msg.reply_to, msg.reply_to_participant) == ("3EB0RAW", "15550100999@c.us")
    assert msg.mentions == ("15550100999@c.us", "117283947561234@lid")


@pytest.mark.parametrize(
    ("ack", "name", "expected"),
    [
        (None, "UNKNOWN", Ack.UNKNOWN),
        (None, None, Ack.UNKNOWN),
        (None, "READ", Ack.READ),
        (-1, "ERROR", Ack.ERROR),
        (4, "PLAYED", Ack.PLAYED),
        (9, None, Ack.UNKNOWN),
        ("3", None, Ack.UNKNOWN),
    ],
)
def test_ack_values(ack: object, name: object, expected: Ack) -> None:
    obj = load("01_message_text_dm.json")
    obj["payload"]["ack"] = ack
    obj["payload"]["ackName"] = name
    assert one(obj).ack is expected
    obj["payload"].pop("ack")
    obj["payload"].pop("ackName")
    assert one(obj).ack is Ack.UNKNOWN


def test_float_timestamps() -> None:
    msg_obj = load("01_message_text_dm.json")
    msg_obj["payload"]["timestamp"] = 1773151205.5
    assert one(msg_obj).sent_at == datetime(2026, 3, 10, 14, 0, 5, 500000, tzinfo=UTC)
    reaction = load("11_message_reaction.json")
    reaction["payload"]["timestamp"] = 1710481111.853
    r = one(reaction)
    assert isinstance(r, MessageReaction)
    assert r.reacted_at.timestamp() == pytest.approx(1710481111.853)
    call = load("15_call_received.json")
    call["payload"]["timestamp"] = 1773153600.25
    assert one(call).at == datetime(2026, 3, 10, 14, 40, 0, 250000, tzinfo=UTC)


def test_missing_message_timestamp_falls_back_to_envelope() -> None:
    obj = load("01_message_text_dm.json")
    del obj["payload"]["timestamp"]
    assert one(obj).sent_at == datetime(2026, 3, 10, 14, 0, 5, 412000, tzinfo=UTC)


def test_webjs_reaction_removed() -> None:
    obj = load("11_message_reaction.json")
    obj["payload"]["reaction"]["text"] = ""
    r = one(obj)
    assert (r.emoji, r.removed) == ("", True)
    assert r.target == MessageKey(True, "3EB0D9E8F7A6B5C4D3E2")


def _media_message(raw: dict, media: dict | None, engine: str = "NOWEB") -> InboundMessage:
    obj = load("04_message_document_media.json")
    obj["engine"] = engine
    obj["payload"]["media"] = media
    obj["payload"]["_data"] = raw
    return one(obj)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"message": {"imageMessage": {"caption": "x"}}}, ContentType.IMAGE),
        ({"message": {"audioMessage": {"ptt": True}}}, ContentType.VOICE),
        ({"message": {"audioMessage": {"ptt": False}}}, ContentType.AUDIO),
        ({"message": {"videoMessage": {}}}, ContentType.VIDEO),
        ({"message": {"stickerMessage": {}}}, ContentType.STICKER),
        ({"message": {"ephemeralMessage": {"message": {"imageMessage": {}}}}}, ContentType.IMAGE),
        ({"message": {"viewOnceMessageV2": {"message": {"videoMessage": {}}}}}, ContentType.VIDEO),
        ({"Message": {"audioMessage": {"PTT": True}}}, ContentType.VOICE),  # GOWS
        ({"type": "ptt"}, ContentType.VOICE),  # WEBJS
        ({"type": "sticker"}, ContentType.STICKER),  # WEBJS
    ],
)
def test_content_type_from_raw_message(raw: dict, expected: ContentType) -> None:
    assert _media_message(raw, None).content_type is expected


@pytest.mark.parametrize(
    ("mimetype", "expected"),
    [
        ("image/jpeg", ContentType.IMAGE),
        ("video/mp4", ContentType.VIDEO),
        ("audio/ogg; codecs=opus", ContentType.AUDIO),
        ("application/zip", ContentType.DOCUMENT),
    ],
)
def test_content_type_from_mimetype_without_raw(mimetype: str, expected: ContentType) -> None:
    media = {"url": None, "filename": None, "mimetype": mimetype}
    msg = _media_message({}, media)
    assert msg.content_type is expected
    assert msg.media is not None and msg.media.url is None


def test_media_not_downloaded_and_download_error() -> None:
    msg = _media_message({}, None)
    assert (msg.has_media, msg.media, msg.content_type) == (True, None, ContentType.UNKNOWN)
    media = {"url": None, "mimetype": "image/png", "filename": None, "error": {"details": "x"}}
    assert _media_message({}, media).media.error is True


def test_gows_ad_attribution_with_go_style_keys() -> None:
    obj = load("03_message_group_reply_unicode.json")
    ctx = obj["payload"]["_data"]["Message"]["extendedTextMessage"]["contextInfo"]
    ctx["conversionSource"] = "FB_Ads"
    ctx["externalAdReply"] = {
        "title": "T",
        "sourceURL": "https://fb.me/x?utm_source=fb&a=1",
        "sourceID": "42",
        "thumbnailURL": "https://t.invalid/x.jpg",
        "ctwaClid": "CLID",
    }
    ad = one(obj).ad
    assert ad is not None
    assert (ad.title, ad.source_id, ad.ctwa_clid) == ("T", "42", "CLID")
    assert ad.thumbnail_url == "https://t.invalid/x.jpg"
    assert ad.utm == {"utm_source": "fb"}
    assert ad.conversion_source == "FB_Ads"


def test_location_with_unparseable_coordinates() -> None:
    obj = load("05_message_location.json")
    obj["payload"]["location"]["latitude"] = "n/a"
    obj["payload"]["location"]["longitude"] = -46.6565  # a number is accepted too
    loc = one(obj).location
    assert (loc.latitude, loc.longitude) == (None, -46.6565)


def test_webjs_vcards_empty_list_and_body_text() -> None:
    obj = load("06_message_vcard.json")
    obj["payload"]["vCards"] = []
    obj["payload"]["body"] = "just text"
    obj["payload"]["_data"]["type"] = "chat"
    msg = one(obj)
    assert (msg.content_type, msg.text, msg.vcards) == (ContentType.TEXT, "just text", ())
