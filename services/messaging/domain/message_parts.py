"""Value objects a Message is made of: kinds, media, location, reactions, edits, errors."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum


class MessageDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class MessageContentType(StrEnum):
    TEXT = "text"
    IMAGE = "image"
    VIDEO = "video"
    AUDIO = "audio"
    VOICE = "voice"
    DOCUMENT = "document"
    LOCATION = "location"
    CONTACT = "contact"
    STICKER = "sticker"
    SYSTEM = "system"
    REACTION = "reaction"


MEDIA_CONTENT_TYPES = frozenset(
    {
        MessageContentType.IMAGE,
        MessageContentType.VIDEO,
        MessageContentType.AUDIO,
        MessageContentType.VOICE,
        MessageContentType.DOCUMENT,
        MessageContentType.STICKER,
    }
)


class MessageSource(StrEnum):
    MANUAL = "manual"
    BROADCAST = "broadcast"
    SEQUENCE = "sequence"
    TRIGGER = "trigger"
    BOT = "bot"
    SYSTEM = "system"
    WEBHOOK = "webhook"
    SCHEDULED = "scheduled"
    HISTORY_IMPORT = "history_import"
    CONTACT = "contact"


class MediaStorageStatus(StrEnum):
    PENDING = "pending"
    STORED = "stored"
    FAILED = "failed"
    UNAVAILABLE = "unavailable"  # WAHA already deleted the file


@dataclass(frozen=True, kw_only=True)
class MessageMedia:
    url: str = ""
    mimetype: str = ""
    filename: str = ""
    size_bytes: int = 0
    sha256: str = ""
    storage_url: str = ""
    storage_status: MediaStorageStatus = MediaStorageStatus.PENDING
    duration: timedelta | None = None


@dataclass(frozen=True, kw_only=True)
class MessageLocation:
    latitude: float
    longitude: float
    name: str = ""
    address: str = ""
    url: str = ""
    live: bool = False


@dataclass(frozen=True, kw_only=True)
class MessageReactionContent:
    """The content of a message that IS a reaction (content_type reaction)."""

    target_message_id: str
    emoji: str


@dataclass(frozen=True, kw_only=True)
class MessageReaction:
    """A reaction placed ON a message; one per reactor."""

    emoji: str
    from_me: bool = False
    contact_id: uuid.UUID | None = None
    agent_id: uuid.UUID | None = None
    provider_participant_id: str = ""
    react_time: datetime | None = None

    @property
    def reactor(self) -> tuple[bool, str]:
        """Who reacted: our side is one reactor; otherwise the participant (or contact)."""
        if self.from_me:
            return True, ""
        return False, self.provider_participant_id or str(self.contact_id or "")


@dataclass(frozen=True, kw_only=True)
class MessageMention:
    provider_participant_id: str
    contact_id: uuid.UUID | None = None


@dataclass(frozen=True, kw_only=True)
class MessageEdit:
    previous_text: str
    text: str
    edit_time: datetime


@dataclass(frozen=True, kw_only=True)
class MessageError:
    code: str = ""
    message: str = ""
    blocked: bool = False
    blocked_until_time: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class MessageAttribution:
    from_ad: bool = False
    title: str = ""
    body: str = ""
    source_url: str = ""
    source_id: str = ""
    source_type: str = ""
    source_app: str = ""
    ctwa_clid: str = ""
    conversion_source: str = ""
    entry_point_conversion_source: str = ""
    entry_point_conversion_app: str = ""
    thumbnail_url: str = ""
    media_url: str = ""
    utm_source: str = ""
    utm_medium: str = ""
    utm_campaign: str = ""
    utm_term: str = ""
    utm_content: str = ""
    extra_params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class PhoneNumber:
    """A sender's or caller's phone as the provider showed it (crm owns normalisation)."""

    e164: str
    raw: str = ""
    region_code: str = ""
