"""ChannelType: reference data — the kinds of provider accounts and what each can do."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from messaging.domain.message_parts import MessageContentType as C


class ChannelTypeCode(StrEnum):
    WAHA = "waha"
    WHATSAPP_CLOUD = "whatsapp_cloud"
    INSTAGRAM_DIRECT = "instagram_direct"
    MESSENGER = "messenger"
    TELEGRAM = "telegram"


@dataclass(frozen=True, kw_only=True)
class ChannelCapabilities:
    text: bool = True
    media: bool = False
    media_content_types: tuple[C, ...] = ()
    location: bool = False
    contacts: bool = False
    reactions: bool = False
    edits: bool = False
    revokes: bool = False
    replies: bool = False
    mentions: bool = False
    groups: bool = False
    templates: bool = False
    labels: bool = False
    read_receipts: bool = False
    history_import: bool = False
    calls: bool = False
    max_text_length: int = 0
    max_media_size_bytes: int = 0


@dataclass(frozen=True, kw_only=True)
class ChannelType:
    id: uuid.UUID
    code: ChannelTypeCode
    name: str
    description: str
    active: bool
    capabilities: ChannelCapabilities


_WA_MEDIA = (C.IMAGE, C.VIDEO, C.AUDIO, C.VOICE, C.DOCUMENT, C.STICKER)
_MB = 1024 * 1024


def _type(
    code: ChannelTypeCode, name: str, description: str, active: bool, **caps: Any
) -> ChannelType:
    # Stable ids: the same on every install, derived from the code.
    ident = uuid.uuid5(uuid.NAMESPACE_URL, f"ventros:channel_type:{code.value}")
    return ChannelType(
        id=ident,
        code=code,
        name=name,
        description=description,
        active=active,
        capabilities=ChannelCapabilities(**caps),
    )


CHANNEL_TYPES: dict[ChannelTypeCode, ChannelType] = {
    t.code: t
    for t in (
        _type(
            ChannelTypeCode.WAHA,
            "WhatsApp (WAHA)",
            "A WhatsApp account connected through a WAHA server",
            True,
            **dict.fromkeys(
                ("media", "location", "contacts", "reactions", "edits", "revokes", "replies"),
                True,
            ),
            **dict.fromkeys(
                ("mentions", "groups", "labels", "read_receipts", "history_import", "calls"), True
            ),
            media_content_types=_WA_MEDIA,
            max_text_length=65536,
            max_media_size_bytes=100 * _MB,
        ),
        _type(
            ChannelTypeCode.WHATSAPP_CLOUD,
            "WhatsApp Cloud API",
            "Meta's official WhatsApp Business Platform",
            False,
            **dict.fromkeys(("media", "location", "contacts", "reactions", "replies"), True),
            **dict.fromkeys(("templates", "read_receipts"), True),
            media_content_types=_WA_MEDIA,
            max_text_length=4096,
            max_media_size_bytes=100 * _MB,
        ),
        _type(
            ChannelTypeCode.INSTAGRAM_DIRECT,
            "Instagram Direct",
            "Instagram direct messages",
            False,
            **dict.fromkeys(("media", "reactions", "replies", "read_receipts"), True),
            media_content_types=(C.IMAGE, C.VIDEO, C.AUDIO),
            max_text_length=1000,
            max_media_size_bytes=25 * _MB,
        ),
        _type(
            ChannelTypeCode.MESSENGER,
            "Facebook Messenger",
            "Messages to a Facebook page",
            False,
            **dict.fromkeys(("media", "reactions", "replies", "read_receipts"), True),
            media_content_types=(C.IMAGE, C.VIDEO, C.AUDIO, C.DOCUMENT),
            max_text_length=2000,
            max_media_size_bytes=25 * _MB,
        ),
        _type(
            ChannelTypeCode.TELEGRAM,
            "Telegram",
            "A Telegram bot",
            False,
            **dict.fromkeys(("media", "location", "contacts", "reactions", "edits"), True),
            **dict.fromkeys(("revokes", "replies", "mentions", "groups"), True),
            media_content_types=(*_WA_MEDIA,),
            max_text_length=4096,
            max_media_size_bytes=50 * _MB,
        ),
    )
}


def channel_type(code: ChannelTypeCode | str) -> ChannelType:
    return CHANNEL_TYPES[ChannelTypeCode(code)]
