"""The Tracking aggregate: where a contact came from (ad, campaign, UTM parameters)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from crm.domain.base import VersionedAggregate
from crm.domain.events import TrackingCreated
from crm.domain.tracking_codes import MAX_CODE
from crm.domain.values import optional_http_url, optional_text
from shared.domain import InvalidArgument, new_id, utcnow

MAX_TEXT = 500


class TrackingSource(StrEnum):
    META_ADS = "meta_ads"
    GOOGLE_ADS = "google_ads"
    TIKTOK_ADS = "tiktok_ads"
    LINKEDIN = "linkedin"
    ORGANIC = "organic"
    DIRECT = "direct"
    REFERRAL = "referral"
    OTHER = "other"


class TrackingPlatform(StrEnum):
    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    GOOGLE = "google"
    TIKTOK = "tiktok"
    LINKEDIN = "linkedin"
    WHATSAPP = "whatsapp"
    OTHER = "other"


@dataclass(frozen=True, kw_only=True)
class Attribution:
    """What an ad click or a tagged link tells about a contact's origin."""

    source: TrackingSource
    platform: TrackingPlatform | None = None
    campaign: str = ""
    ad_id: str = ""
    ad_url: str = ""
    click_id: str = ""  # ctwa_clid, gclid, …; unique in the project when set
    conversion_source: str = ""
    conversion_data: str = ""
    utm_source: str = ""
    utm_medium: str = ""
    utm_campaign: str = ""
    utm_term: str = ""
    utm_content: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)  # title, body, thumbnail, …


_TEXT_FIELDS = (
    "campaign",
    "ad_id",
    "click_id",
    "conversion_source",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
)


@dataclass(eq=False, kw_only=True)
class Tracking(VersionedAggregate):
    contact_id: uuid.UUID
    session_id: uuid.UUID | None = None
    message_id: uuid.UUID | None = None
    source: TrackingSource
    platform: TrackingPlatform | None = None
    campaign: str = ""
    ad_id: str = ""
    ad_url: str = ""
    click_id: str = ""
    conversion_source: str = ""
    conversion_data: str = ""
    utm_source: str = ""
    utm_medium: str = ""
    utm_campaign: str = ""
    utm_term: str = ""
    utm_content: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    code: int | None = None  # the invisible code carried in outgoing text, when assigned

    @classmethod
    def create(
        cls,
        *,
        project_id: uuid.UUID,
        contact_id: uuid.UUID,
        attribution: Attribution,
        session_id: uuid.UUID | None = None,
        message_id: uuid.UUID | None = None,
        code: int | None = None,
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> Tracking:
        moment = now or utcnow()
        if code is not None and not 0 <= code <= MAX_CODE:
            raise InvalidArgument.field("code", f"must be between 0 and {MAX_CODE}")
        texts: dict[str, Any] = {
            name: optional_text(getattr(attribution, name), name, MAX_TEXT) for name in _TEXT_FIELDS
        }
        tracking = cls(
            id=id or new_id(),
            project_id=project_id,
            contact_id=contact_id,
            session_id=session_id,
            message_id=message_id,
            source=TrackingSource(attribution.source),
            platform=attribution.platform,
            ad_url=optional_http_url(attribution.ad_url, "ad_url"),
            conversion_data=optional_text(attribution.conversion_data, "conversion_data", 10_000),
            metadata=dict(attribution.metadata),
            code=code,
            create_time=moment,
            update_time=moment,
            **texts,
        )
        tracking.record(TrackingCreated(**tracking._envelope(moment), tracking=tracking.snapshot()))
        return tracking
