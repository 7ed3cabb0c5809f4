import json
import uuid
from pathlib import Path

import pytest

from crm.domain.attribution import attribution_from
from crm.domain.events import TrackingCreated
from crm.domain.tracking import Tracking, TrackingPlatform, TrackingSource
from shared.domain import InvalidArgument
from tests.unit.crm.builders import NOW, PROJECT

SAMPLE = Path("/work/shared/waha/samples/01_message_text_dm.json")


def sample_context() -> dict:
    event = json.loads(SAMPLE.read_text())
    return event["payload"]["_data"]["message"]["extendedTextMessage"]["contextInfo"]


@pytest.mark.skipif(not SAMPLE.exists(), reason="WAHA samples not available")
def test_the_sample_click_to_whatsapp_ad_is_attributed_to_instagram_meta_ads() -> None:
    context = sample_context()
    ad = context["externalAdReply"]
    got = attribution_from(ad, conversion_source=context["conversionSource"])
    assert (got.source, got.platform) == (TrackingSource.META_ADS, TrackingPlatform.INSTAGRAM)
    assert (got.utm_source, got.utm_medium, got.utm_campaign, got.campaign) == (
        "instagram",
        "paid_social",
        "plano_anual_30off",
        "plano_anual_30off",
    )
    assert (got.ad_id, got.click_id, got.conversion_source) == (
        "120210000000000001",
        "ARAkFakeCtwaClid0001",
        "FB_Ads",
    )
    assert got.ad_url.startswith("https://fb.me/fake-ad-0001?")
    assert got.metadata == {
        "title": "Plano Anual com 30% OFF",
        "body": "Fale com um consultor pelo WhatsApp",
        "thumbnail_url": "https://cdn.example.invalid/ads/plano-anual-thumb.jpg",
        "source_type": "ad",
    }


def test_gows_key_spelling_is_read_too() -> None:
    got = attribution_from(
        {"sourceID": "42", "sourceURL": "https://fb.me/x?utm_source=fb", "sourceApp": "facebook"},
        ctwa_clid="clid",
    )
    assert (got.ad_id, got.click_id, got.source, got.platform) == (
        "42",
        "clid",
        TrackingSource.META_ADS,
        TrackingPlatform.FACEBOOK,
    )


@pytest.mark.parametrize(
    ("ad", "kwargs", "source", "platform"),
    [
        ({"sourceUrl": "https://ads.example.com/?gclid=abc"}, {}, "google_ads", None),
        (
            {"sourceUrl": "https://x.example.com/?utm_source=google&utm_medium=cpc"},
            {},
            "google_ads",
            "google",
        ),
        ({"sourceUrl": "https://x.example.com/?ttclid=t1"}, {}, "tiktok_ads", None),
        ({"sourceUrl": "https://www.tiktok.com/@shop"}, {}, "tiktok_ads", "tiktok"),
        ({"sourceUrl": "https://x.example.com/?li_fat_id=l1"}, {}, "linkedin", None),
        ({"sourceUrl": "https://lnkd.in/abc"}, {}, "linkedin", "linkedin"),
        (
            {"sourceUrl": "https://x.example.com/?fbclid=f1&utm_source=ig"},
            {},
            "meta_ads",
            "instagram",
        ),
        ({"sourceUrl": "https://l.instagram.com/?u=1"}, {}, "meta_ads", "instagram"),
        ({"sourceType": "ad"}, {}, "meta_ads", None),
        ({}, {"conversion_source": "FB_Ads"}, "meta_ads", None),
        ({}, {"ctwa_clid": "c1"}, "meta_ads", None),
        ({"sourceUrl": "https://blog.example.com/?utm_medium=organic"}, {}, "organic", None),
        ({"sourceUrl": "https://blog.example.com/post"}, {}, "referral", None),
        ({"title": "only a title"}, {}, "other", None),
    ],
)
def test_the_source_is_inferred_from_click_ids_utm_hosts_and_ad_markers(
    ad, kwargs, source, platform
) -> None:
    got = attribution_from(ad, **kwargs)
    assert (got.source, got.platform) == (
        TrackingSource(source),
        TrackingPlatform(platform) if platform else None,
    )


def test_a_click_id_from_the_url_is_kept_when_no_ctwa_clid_is_given() -> None:
    assert attribution_from({"sourceUrl": "https://x.example.com/?gclid=g1"}).click_id == "g1"


def test_a_tracking_is_created_from_an_attribution() -> None:
    attribution = attribution_from(
        {"sourceUrl": "https://fb.me/a?utm_source=instagram&utm_campaign=c1", "sourceId": "9"},
        ctwa_clid="clid",
    )
    contact = uuid.uuid4()
    tracking = Tracking.create(
        project_id=PROJECT, contact_id=contact, attribution=attribution, code=17, now=NOW
    )
    [event] = tracking.collect_events()
    assert isinstance(event, TrackingCreated)
    assert (
        event.tracking.contact_id,
        event.tracking.campaign,
        event.tracking.click_id,
        event.tracking.code,
    ) == (contact, "c1", "clid", 17)


def test_a_tracking_code_must_fit_seven_ternary_digits() -> None:
    with pytest.raises(InvalidArgument):
        Tracking.create(
            project_id=PROJECT,
            contact_id=uuid.uuid4(),
            code=2187,
            attribution=attribution_from({}, ctwa_clid="c"),
        )
