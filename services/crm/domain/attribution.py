"""Attribution from click-to-WhatsApp ad data and from UTM parameters of the ad URL.

`attribution_from` reads WAHA's `externalAdReply` (any engine's key spelling:
"sourceUrl"/"sourceURL", "ctwaClid", …) and infers the traffic source: click ids
are decisive (ctwa_clid/fbclid → Meta, gclid → Google, ttclid → TikTok,
li_fat_id → LinkedIn), then utm_source, then the URL's host, then the fact that
WhatsApp marked it as an ad (only Meta runs click-to-WhatsApp ads).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

from crm.domain.tracking import Attribution, TrackingPlatform, TrackingSource

_P, _S = TrackingPlatform, TrackingSource
_CLICK_IDS = (
    ("fbclid", _S.META_ADS),
    ("gclid", _S.GOOGLE_ADS),
    ("gbraid", _S.GOOGLE_ADS),
    ("wbraid", _S.GOOGLE_ADS),
    ("ttclid", _S.TIKTOK_ADS),
    ("li_fat_id", _S.LINKEDIN),
)
# utm_source / app / host word → (source, platform)
_NAMES: dict[str, tuple[TrackingSource, TrackingPlatform]] = {
    "instagram": (_S.META_ADS, _P.INSTAGRAM),
    "ig": (_S.META_ADS, _P.INSTAGRAM),
    "facebook": (_S.META_ADS, _P.FACEBOOK),
    "fb": (_S.META_ADS, _P.FACEBOOK),
    "meta": (_S.META_ADS, _P.FACEBOOK),
    "messenger": (_S.META_ADS, _P.FACEBOOK),
    "google": (_S.GOOGLE_ADS, _P.GOOGLE),
    "adwords": (_S.GOOGLE_ADS, _P.GOOGLE),
    "youtube": (_S.GOOGLE_ADS, _P.GOOGLE),
    "tiktok": (_S.TIKTOK_ADS, _P.TIKTOK),
    "linkedin": (_S.LINKEDIN, _P.LINKEDIN),
    "lnkd": (_S.LINKEDIN, _P.LINKEDIN),
    "whatsapp": (_S.OTHER, _P.WHATSAPP),
}
_MEDIUMS = {
    "organic": _S.ORGANIC,
    "organic_social": _S.ORGANIC,
    "organic-social": _S.ORGANIC,
    "referral": _S.REFERRAL,
    "direct": _S.DIRECT,
}
_METADATA_KEYS = {
    "title": "title",
    "body": "body",
    "thumbnailurl": "thumbnail_url",
    "mediaurl": "media_url",
    "mediatype": "media_type",
    "sourcetype": "source_type",
    "sourceapp": "source_app",
    "originalimageurl": "original_image_url",
}


def attribution_from(
    external_ad_reply: Mapping[str, Any],
    ctwa_clid: str = "",
    conversion_source: str = "",
    conversion_data: str = "",
) -> Attribution:
    ad = {str(k).lower(): v for k, v in external_ad_reply.items() if v not in (None, "")}
    url = str(ad.get("sourceurl", ""))
    query = {k.lower(): v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    utm = {
        name: query.get(f"utm_{name}", "")
        for name in ("source", "medium", "campaign", "term", "content")
    }
    click_id = ctwa_clid or str(ad.get("ctwaclid", ""))
    source, platform = _origin(ad, query, utm, url, click_id, conversion_source)
    return Attribution(
        source=source,
        platform=platform,
        campaign=utm["campaign"],
        ad_id=str(ad.get("sourceid", "")),
        ad_url=url,
        click_id=click_id or next((query[k] for k, _ in _CLICK_IDS if k in query), ""),
        conversion_source=conversion_source,
        conversion_data=conversion_data,
        utm_source=utm["source"],
        utm_medium=utm["medium"],
        utm_campaign=utm["campaign"],
        utm_term=utm["term"],
        utm_content=utm["content"],
        metadata={name: ad[key] for key, name in _METADATA_KEYS.items() if key in ad},
    )


def _origin(
    ad: Mapping[str, Any],
    query: Mapping[str, str],
    utm: Mapping[str, str],
    url: str,
    click_id: str,
    conversion_source: str,
) -> tuple[TrackingSource, TrackingPlatform | None]:
    hints = [utm["source"], str(ad.get("sourceapp", "")), _host_word(url)]
    platform = next((_NAMES[h.lower()][1] for h in hints if h.lower() in _NAMES), None)
    if click_id or "fbclid" in query:
        return _S.META_ADS, platform if platform in (_P.INSTAGRAM, _P.FACEBOOK) else None
    for name, source in _CLICK_IDS:
        if name in query:
            return source, platform
    for hint in hints:
        if hint.lower() in _NAMES:
            return _NAMES[hint.lower()][0], platform
    if conversion_source.upper().startswith("FB") or ad.get("sourcetype") == "ad":
        return _S.META_ADS, platform
    medium = _MEDIUMS.get(utm["medium"].lower())
    return medium or (_S.REFERRAL if url else _S.OTHER), platform


def _host_word(url: str) -> str:
    """ "l.instagram.com" → "instagram", "fb.me" → "fb", "lnkd.in" → "lnkd"."""
    labels = (urlsplit(url).hostname or "").removeprefix("www.").split(".")
    return labels[-2] if len(labels) >= 2 else ""
