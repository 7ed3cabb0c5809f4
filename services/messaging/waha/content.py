"""Message content across engines: type, media, location, vCards, raw proto, ad data."""

from typing import Any
from urllib.parse import parse_qsl, urlsplit

from messaging.waha._coerce import as_bool, as_dict, as_list, as_number, ci_get, opt_str
from messaging.waha.values import AdAttribution, ContentType, Location, Media, VCard
from messaging.waha.vcard import parse_vcard

_WRAPPERS = (
    "ephemeralMessage",
    "viewOnceMessage",
    "viewOnceMessageV2",
    "viewOnceMessageV2Extension",
    "documentWithCaptionMessage",
    "deviceSentMessage",
    "editedMessage",
)
_PROTO_TYPES = {
    "conversation": ContentType.TEXT,
    "extendedTextMessage": ContentType.TEXT,
    "imageMessage": ContentType.IMAGE,
    "videoMessage": ContentType.VIDEO,
    "ptvMessage": ContentType.VIDEO,
    "audioMessage": ContentType.AUDIO,
    "documentMessage": ContentType.DOCUMENT,
    "stickerMessage": ContentType.STICKER,
    "locationMessage": ContentType.LOCATION,
    "liveLocationMessage": ContentType.LOCATION,
    "contactMessage": ContentType.CONTACT,
    "contactsArrayMessage": ContentType.CONTACT,
}
_WEBJS_TYPES = {
    "chat": ContentType.TEXT,
    "image": ContentType.IMAGE,
    "video": ContentType.VIDEO,
    "ptv": ContentType.VIDEO,
    "audio": ContentType.AUDIO,
    "ptt": ContentType.VOICE,
    "document": ContentType.DOCUMENT,
    "sticker": ContentType.STICKER,
    "location": ContentType.LOCATION,
    "vcard": ContentType.CONTACT,
    "multi_vcard": ContentType.CONTACT,
}


def raw_message(data: dict[str, Any]) -> dict[str, Any]:
    """The proto message inside `_data` (NOWEB `message`, GOWS `Message`), unwrapped."""
    message = as_dict(data.get("message") or data.get("Message"))
    for _ in range(5):
        for wrapper in _WRAPPERS:
            inner = as_dict(ci_get(message, wrapper)).get("message")
            if isinstance(inner, dict):
                message = inner
                break
        else:
            return message
    return message


def context_info(message: dict[str, Any]) -> dict[str, Any]:
    for value in message.values():
        info = ci_get(value, "contextInfo")
        if isinstance(info, dict):
            return info
    return {}


def content_type(payload: dict[str, Any], raw: dict[str, Any]) -> ContentType:
    if isinstance(payload.get("location"), dict):
        return ContentType.LOCATION
    if as_list(payload.get("vCards")):
        return ContentType.CONTACT
    for key, kind in _PROTO_TYPES.items():
        value = ci_get(raw, key)
        if value is not None:
            if kind is ContentType.AUDIO and as_bool(ci_get(value, "ptt")):
                return ContentType.VOICE
            return kind
    webjs = _WEBJS_TYPES.get(str(as_dict(payload.get("_data")).get("type")))
    if webjs is not None:
        return webjs
    mimetype = opt_str(as_dict(payload.get("media")).get("mimetype")) or ""
    for prefix, kind in (("image/", ContentType.IMAGE), ("video/", ContentType.VIDEO)):
        if mimetype.startswith(prefix):
            return kind
    if mimetype.startswith("audio/"):
        return ContentType.AUDIO
    if mimetype:
        return ContentType.DOCUMENT
    if as_bool(payload.get("hasMedia")):
        return ContentType.UNKNOWN  # media not downloaded, type unknown
    return ContentType.TEXT if opt_str(payload.get("body")) else ContentType.UNKNOWN


def media(payload: dict[str, Any]) -> Media | None:
    value = payload.get("media")
    if not isinstance(value, dict):
        return None
    return Media(
        url=opt_str(value.get("url")),
        mimetype=opt_str(value.get("mimetype")),
        filename=opt_str(value.get("filename")),
        error=bool(value.get("error")),
    )


def location(payload: dict[str, Any]) -> Location | None:
    value = payload.get("location")
    if not isinstance(value, dict):
        return None
    return Location(
        latitude=as_number(value.get("latitude")),
        longitude=as_number(value.get("longitude")),
        name=opt_str(value.get("name")),
        address=opt_str(value.get("address")),
        url=opt_str(value.get("url")),
        live=as_bool(value.get("live")),
    )


def vcards(payload: dict[str, Any]) -> tuple[VCard, ...]:
    return tuple(parse_vcard(v) for v in as_list(payload.get("vCards")) if isinstance(v, str))


def ad_attribution(info: dict[str, Any]) -> AdAttribution | None:
    reply = as_dict(ci_get(info, "externalAdReply"))
    clid = opt_str(ci_get(reply, "ctwaClid")) or opt_str(ci_get(info, "ctwaClid"))
    conversion = opt_str(ci_get(info, "conversionSource"))
    if not reply and not clid and not conversion:
        return None
    source_url = opt_str(ci_get(reply, "sourceUrl"))
    query = urlsplit(source_url).query if source_url else ""
    return AdAttribution(
        title=opt_str(ci_get(reply, "title")),
        body=opt_str(ci_get(reply, "body")),
        source_url=source_url,
        source_id=opt_str(ci_get(reply, "sourceId")),
        source_type=opt_str(ci_get(reply, "sourceType")),
        thumbnail_url=opt_str(ci_get(reply, "thumbnailUrl")),
        ctwa_clid=clid,
        conversion_source=conversion,
        utm={k: v for k, v in parse_qsl(query) if k.startswith("utm_")},
    )
