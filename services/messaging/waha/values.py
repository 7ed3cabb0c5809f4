"""Value objects carried by the message commands."""

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum


class Ack(IntEnum):
    """WAMessageAck; UNKNOWN stands for `ack: null` (and sorts below everything)."""

    UNKNOWN = -100
    ERROR = -1
    PENDING = 0
    SERVER = 1
    DEVICE = 2
    READ = 3
    PLAYED = 4


class ContentType(StrEnum):
    TEXT = "text"
    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    VOICE = "voice"  # push-to-talk audio (ptt)
    DOCUMENT = "document"
    LOCATION = "location"
    CONTACT = "contact"
    STICKER = "sticker"
    UNKNOWN = "unknown"


@dataclass(frozen=True, kw_only=True)
class Media:
    url: str | None  # WAHA file URL; expires (WHATSAPP_FILES_LIFETIME, default 180 s)
    mimetype: str | None
    filename: str | None
    error: bool = False  # download failed


@dataclass(frozen=True, kw_only=True)
class Location:
    latitude: float | None
    longitude: float | None
    name: str | None = None
    address: str | None = None
    url: str | None = None
    live: bool = False


@dataclass(frozen=True, kw_only=True)
class VCardPhone:
    number: str
    wa_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class VCard:
    raw: str
    full_name: str | None
    phones: tuple[VCardPhone, ...] = ()


@dataclass(frozen=True, kw_only=True)
class AdAttribution:
    """Click-to-WhatsApp ad data from `_data…contextInfo` (`externalAdReply`)."""

    title: str | None = None
    body: str | None = None
    source_url: str | None = None
    source_id: str | None = None
    source_type: str | None = None
    thumbnail_url: str | None = None
    ctwa_clid: str | None = None
    conversion_source: str | None = None
    utm: dict[str, str] = field(default_factory=dict)  # utm_* query params of source_url


@dataclass(frozen=True, kw_only=True)
class AckError:
    code: str | None = None
    blocked: bool = False
    reason: str | None = None
    until: str | None = None
    enforcement_type: str | None = None
