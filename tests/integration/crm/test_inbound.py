"""The crm.inbound consumer: received messages record interactions and attributions.

Events are built exactly as ventros.messaging.v1.MessageReceived defines them,
from the real WAHA sample of a click-to-WhatsApp ad message.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aio_pika
import grpc
import pytest
from google.protobuf import timestamp_pb2

from crm import bootstrap
from shared import amqp
from shared.consumer import Envelope
from tests.integration.crm.conftest import Tenant
from ventros.common.v1 import event_pb2, types_pb2
from ventros.crm.v1 import (
    contact_service_pb2,
    contact_service_pb2_grpc,
    tracking_pb2,
    tracking_service_pb2,
    tracking_service_pb2_grpc,
)
from ventros.messaging.v1 import chat_pb2, events_pb2, message_pb2

pytestmark = pytest.mark.integration
SAMPLE = Path("/work/shared/waha/samples/01_message_text_dm.json")
ROUTING_KEY = "messaging.message.received"
# The sample's sender (15550100123@c.us) is a fictional +1 555 number that the
# phone rules refuse; the contact stands in with a valid Brazilian WhatsApp id.
SENDER_WID = "5511987650123@c.us"


def waha_sample() -> dict[str, Any]:
    return json.loads(SAMPLE.read_text())


@pytest.fixture
def contacts(crm_channel: grpc.aio.Channel) -> contact_service_pb2_grpc.ContactServiceStub:
    return contact_service_pb2_grpc.ContactServiceStub(crm_channel)


@pytest.fixture
def trackings(crm_channel: grpc.aio.Channel) -> tracking_service_pb2_grpc.TrackingServiceStub:
    return tracking_service_pb2_grpc.TrackingServiceStub(crm_channel)


async def sender_of(
    contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant, wid: str | None = None
) -> str:
    """The contact messaging would have found or created for the sample's sender."""
    payload = waha_sample()["payload"]
    found = await contacts.FindOrCreateContactByPhone(
        contact_service_pb2.FindOrCreateContactByPhoneRequest(
            wid=wid or SENDER_WID, name=payload["_data"]["pushName"]
        ),
        metadata=tenant.bearer(),
    )
    return found.contact.id


def timestamp(moment: datetime) -> timestamp_pb2.Timestamp:
    stamp = timestamp_pb2.Timestamp()
    stamp.FromDatetime(moment)
    return stamp


def attribution_of(context_info: dict[str, Any]) -> message_pb2.MessageAttribution:
    """What messaging extracts from contextInfo.externalAdReply / conversionSource."""
    ad = context_info.get("externalAdReply") or {}
    url = ad.get("sourceUrl", "")
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    utm = {f"utm_{n}": query.pop(f"utm_{n}", "") for n in ("source", "medium", "campaign")}
    return message_pb2.MessageAttribution(
        from_ad=bool(ad),
        title=ad.get("title", ""),
        body=ad.get("body", ""),
        source_url=url,
        source_id=ad.get("sourceId", ""),
        source_type=ad.get("sourceType", ""),
        ctwa_clid=ad.get("ctwaClid", ""),
        conversion_source=context_info.get("conversionSource", ""),
        thumbnail_url=ad.get("thumbnailUrl", ""),
        extra_params=query,
        **utm,
    )


def received(
    project_id: str,
    contact_id: str,
    *,
    with_ad: bool = True,
    text: str | None = None,
    message_id: str | None = None,
    session_id: str | None = None,
    message_time: datetime | None = None,
    source: int = message_pb2.MESSAGE_SOURCE_CONTACT,
    ctwa_clid: str | None = None,
) -> events_pb2.MessageReceived:
    """A MessageReceived for the WAHA sample, as messaging will publish it."""
    sample = waha_sample()
    payload = sample["payload"]
    context_info = payload["_data"]["message"]["extendedTextMessage"]["contextInfo"]
    attribution = attribution_of(context_info) if with_ad else message_pb2.MessageAttribution()
    if ctwa_clid is not None:
        attribution.ctwa_clid = ctwa_clid
    message_id = message_id or str(uuid.uuid4())
    session_id = session_id or str(uuid.uuid4())
    channel_id = str(uuid.uuid4())
    chat_id = str(uuid.uuid4())
    at = message_time or datetime.fromtimestamp(payload["timestamp"], UTC)
    body = payload["body"] if text is None else text
    message = message_pb2.Message(
        id=message_id,
        project_id=project_id,
        version=1,
        channel_id=channel_id,
        chat_id=chat_id,
        contact_id=contact_id,
        session_id=session_id,
        direction=message_pb2.MESSAGE_DIRECTION_INBOUND,
        content_type=message_pb2.MESSAGE_CONTENT_TYPE_TEXT,
        text=body,
        source=source,
        provider_message_id=payload["_data"]["key"]["id"],
        provider_serialized_id=payload["id"],
        sender_provider_id=SENDER_WID,
        sender_name=payload["_data"]["pushName"],
        status=message_pb2.MESSAGE_STATUS_DELIVERED,
        attribution=attribution,
        message_time=timestamp(at),
        create_time=timestamp(at),
        update_time=timestamp(at),
    )
    return events_pb2.MessageReceived(
        metadata=event_pb2.EventMetadata(
            event_id=str(uuid.uuid4()),
            aggregate_id=message_id,
            project_id=project_id,
            occur_time=timestamp(at),
            aggregate_version=1,
            correlation_id=str(uuid.uuid4()),
            actor=event_pb2.Actor(type=event_pb2.ACTOR_TYPE_SYSTEM, id="messaging"),
        ),
        message_id=message_id,
        contact_id=contact_id,
        session_id=session_id,
        channel_id=channel_id,
        chat_id=chat_id,
        chat_type=chat_pb2.CHAT_TYPE_INDIVIDUAL,
        content_type=message_pb2.MESSAGE_CONTENT_TYPE_TEXT,
        text=body,
        message_time=timestamp(at),
        provider_message_id=payload["_data"]["key"]["id"],
        sender_phone=types_pb2.PhoneNumber(e164="+5511987650123", raw=SENDER_WID),
        sender_name=payload["_data"]["pushName"],
        attribution=attribution,
        session_started=True,
        message=message,
        source=source,
    )


def envelope_for(event: events_pb2.MessageReceived, project_id: str | None = None) -> Envelope:
    return Envelope(
        event_id=uuid.UUID(event.metadata.event_id),
        routing_key=ROUTING_KEY,
        project_id=uuid.UUID(project_id or event.metadata.project_id),
        correlation_id=event.metadata.correlation_id,
        attempt=0,
    )


def redelivered_as_new_event(event: events_pb2.MessageReceived) -> events_pb2.MessageReceived:
    again = events_pb2.MessageReceived()
    again.CopyFrom(event)
    again.metadata.event_id = str(uuid.uuid4())
    return again


async def contact_of(
    contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant, contact_id: str
) -> Any:
    return (
        await contacts.GetContact(
            contact_service_pb2.GetContactRequest(contact_id=contact_id), metadata=tenant.bearer()
        )
    ).contact


async def trackings_of(
    trackings: tracking_service_pb2_grpc.TrackingServiceStub, tenant: Tenant, contact_id: str = ""
) -> list[tracking_pb2.Tracking]:
    listed = await trackings.ListTrackings(
        tracking_service_pb2.ListTrackingsRequest(contact_id=contact_id),
        metadata=tenant.bearer(),
    )
    return list(listed.trackings)


async def test_a_received_message_records_the_interaction_at_its_own_time(
    crm: bootstrap.Crm, contacts: Any, tenant: Tenant
) -> None:
    contact_id = await sender_of(contacts, tenant)
    event = received(tenant.project_id, contact_id, with_ad=False)
    await crm.inbound.handle(event, envelope_for(event))
    got = await contact_of(contacts, tenant, contact_id)
    sent_at = datetime.fromtimestamp(waha_sample()["payload"]["timestamp"], UTC)
    assert got.last_interaction_time.ToDatetime(tzinfo=UTC) == sent_at
    assert got.first_interaction_time.ToDatetime(tzinfo=UTC) == sent_at


async def test_an_older_message_arriving_late_moves_only_the_first_interaction(
    crm: bootstrap.Crm, contacts: Any, tenant: Tenant
) -> None:
    contact_id = await sender_of(contacts, tenant)
    now = datetime.now(UTC).replace(microsecond=0)
    for at in (now, now - timedelta(hours=3)):
        event = received(tenant.project_id, contact_id, with_ad=False, message_time=at)
        await crm.inbound.handle(event, envelope_for(event))
    got = await contact_of(contacts, tenant, contact_id)
    assert got.last_interaction_time.ToDatetime(tzinfo=UTC) == now
    assert got.first_interaction_time.ToDatetime(tzinfo=UTC) == now - timedelta(hours=3)


async def test_a_click_to_whatsapp_ad_creates_the_contacts_tracking(
    crm: bootstrap.Crm, contacts: Any, trackings: Any, tenant: Tenant
) -> None:
    contact_id = await sender_of(contacts, tenant)
    event = received(tenant.project_id, contact_id)
    await crm.inbound.handle(event, envelope_for(event))
    [made] = await trackings_of(trackings, tenant, contact_id)
    assert (made.source, made.platform) == (
        tracking_pb2.TRACKING_SOURCE_META_ADS,
        tracking_pb2.TRACKING_PLATFORM_INSTAGRAM,
    )
    assert (made.click_id, made.ad_id, made.conversion_source) == (
        "ARAkFakeCtwaClid0001",
        "120210000000000001",
        "FB_Ads",
    )
    assert (made.utm_source, made.utm_medium, made.utm_campaign, made.campaign) == (
        "instagram",
        "paid_social",
        "plano_anual_30off",
        "plano_anual_30off",
    )
    assert (made.session_id, made.message_id) == (event.session_id, event.message_id)
    assert made.ad_url.startswith("https://fb.me/fake-ad-0001?")
    assert made.metadata["title"] == "Plano Anual com 30% OFF"
    assert made.metadata["source_type"] == "ad"


async def test_a_redelivered_event_changes_nothing(
    crm: bootstrap.Crm, contacts: Any, trackings: Any, tenant: Tenant
) -> None:
    contact_id = await sender_of(contacts, tenant)
    event = received(tenant.project_id, contact_id)
    await crm.inbound.handle(event, envelope_for(event))
    before = await contact_of(contacts, tenant, contact_id)
    tracked = await trackings_of(trackings, tenant, contact_id)
    await crm.inbound.handle(event, envelope_for(event))
    assert await contact_of(contacts, tenant, contact_id) == before
    assert await trackings_of(trackings, tenant, contact_id) == tracked


async def test_the_same_message_in_another_event_is_not_counted_or_tracked_twice(
    crm: bootstrap.Crm, contacts: Any, trackings: Any, tenant: Tenant
) -> None:
    contact_id = await sender_of(contacts, tenant)
    event = received(tenant.project_id, contact_id)
    await crm.inbound.handle(event, envelope_for(event))
    before = await contact_of(contacts, tenant, contact_id)
    again = redelivered_as_new_event(event)
    await crm.inbound.handle(again, envelope_for(again))
    assert (await contact_of(contacts, tenant, contact_id)).version == before.version
    assert len(await trackings_of(trackings, tenant, contact_id)) == 1


async def test_a_second_message_with_the_same_click_id_adds_no_tracking(
    crm: bootstrap.Crm, contacts: Any, trackings: Any, tenant: Tenant
) -> None:
    contact_id = await sender_of(contacts, tenant)
    for _ in range(2):
        event = received(tenant.project_id, contact_id)
        await crm.inbound.handle(event, envelope_for(event))
    assert len(await trackings_of(trackings, tenant, contact_id)) == 1


async def test_a_message_without_ad_data_creates_no_tracking(
    crm: bootstrap.Crm, contacts: Any, trackings: Any, tenant: Tenant
) -> None:
    contact_id = await sender_of(contacts, tenant)
    event = received(tenant.project_id, contact_id, with_ad=False)
    await crm.inbound.handle(event, envelope_for(event))
    assert await trackings_of(trackings, tenant, contact_id) == []


async def test_an_ad_without_a_click_id_is_tracked_once_per_message(
    crm: bootstrap.Crm, contacts: Any, trackings: Any, tenant: Tenant
) -> None:
    contact_id = await sender_of(contacts, tenant)
    event = received(tenant.project_id, contact_id, ctwa_clid="")
    await crm.inbound.handle(event, envelope_for(event))
    again = redelivered_as_new_event(event)
    await crm.inbound.handle(again, envelope_for(again))
    [made] = await trackings_of(trackings, tenant, contact_id)
    assert made.click_id == "" and made.utm_campaign == "plano_anual_30off"


async def test_an_ad_url_the_rules_refuse_is_dropped_rather_than_poisoning_the_queue(
    crm: bootstrap.Crm, contacts: Any, trackings: Any, tenant: Tenant
) -> None:
    contact_id = await sender_of(contacts, tenant)
    event = received(tenant.project_id, contact_id)
    event.attribution.source_url = "fb.me/no-scheme?utm_source=instagram"
    await crm.inbound.handle(event, envelope_for(event))
    [made] = await trackings_of(trackings, tenant, contact_id)
    assert (made.click_id, made.ad_url, made.utm_source) == (
        "ARAkFakeCtwaClid0001",
        "",
        "instagram",
    )


async def test_an_old_history_import_records_the_interaction_but_no_tracking(
    crm: bootstrap.Crm, contacts: Any, trackings: Any, tenant: Tenant
) -> None:
    contact_id = await sender_of(contacts, tenant)
    old = datetime.now(UTC).replace(microsecond=0) - timedelta(days=8)
    event = received(
        tenant.project_id,
        contact_id,
        message_time=old,
        source=message_pb2.MESSAGE_SOURCE_HISTORY_IMPORT,
    )
    await crm.inbound.handle(event, envelope_for(event))
    got = await contact_of(contacts, tenant, contact_id)
    assert got.last_interaction_time.ToDatetime(tzinfo=UTC) == old
    assert await trackings_of(trackings, tenant, contact_id) == []


async def test_a_recent_history_import_is_attributed(
    crm: bootstrap.Crm, contacts: Any, trackings: Any, tenant: Tenant
) -> None:
    contact_id = await sender_of(contacts, tenant)
    event = received(
        tenant.project_id,
        contact_id,
        message_time=datetime.now(UTC) - timedelta(days=2),
        source=message_pb2.MESSAGE_SOURCE_HISTORY_IMPORT,
    )
    await crm.inbound.handle(event, envelope_for(event))
    assert len(await trackings_of(trackings, tenant, contact_id)) == 1


async def test_an_invisible_code_links_the_contact_and_session_to_the_coded_tracking(
    crm: bootstrap.Crm, contacts: Any, trackings: Any, tenant: Tenant
) -> None:
    owner = await sender_of(contacts, tenant, "5511988887777@c.us")
    coded = (
        await trackings.CreateTracking(
            tracking_service_pb2.CreateTrackingRequest(
                tracking=tracking_pb2.Tracking(
                    contact_id=owner,
                    source=tracking_pb2.TRACKING_SOURCE_GOOGLE_ADS,
                    campaign="brand",
                    ad_url="https://example.com/lp?utm_source=google&utm_campaign=brand",
                )
            ),
            metadata=tenant.bearer(),
        )
    ).tracking
    text = (
        await trackings.EncodeTrackingCode(
            tracking_service_pb2.EncodeTrackingCodeRequest(
                tracking_id=coded.id, text="Olá! Quero o plano anual"
            ),
            metadata=tenant.bearer(),
        )
    ).text
    contact_id = await sender_of(contacts, tenant)
    event = received(tenant.project_id, contact_id, with_ad=False, text=text)
    await crm.inbound.handle(event, envelope_for(event))
    again = redelivered_as_new_event(event)
    await crm.inbound.handle(again, envelope_for(again))
    [linked] = await trackings_of(trackings, tenant, contact_id)
    assert linked.metadata["linked_tracking_id"] == coded.id
    assert (linked.session_id, linked.message_id) == (event.session_id, event.message_id)
    assert (linked.source, linked.campaign, linked.utm_source) == (
        tracking_pb2.TRACKING_SOURCE_GOOGLE_ADS,
        "brand",
        "google",
    )
    assert linked.code == 0 and linked.id != coded.id


async def test_a_code_and_an_ad_in_one_message_make_two_trackings(
    crm: bootstrap.Crm, contacts: Any, trackings: Any, tenant: Tenant
) -> None:
    owner = await sender_of(contacts, tenant, "5511977776666@c.us")
    coded = (
        await trackings.CreateTracking(
            tracking_service_pb2.CreateTrackingRequest(
                tracking=tracking_pb2.Tracking(
                    contact_id=owner, source=tracking_pb2.TRACKING_SOURCE_REFERRAL
                )
            ),
            metadata=tenant.bearer(),
        )
    ).tracking
    text = (
        await trackings.EncodeTrackingCode(
            tracking_service_pb2.EncodeTrackingCodeRequest(tracking_id=coded.id, text="Oi"),
            metadata=tenant.bearer(),
        )
    ).text
    contact_id = await sender_of(contacts, tenant)
    event = received(tenant.project_id, contact_id, text=text)
    await crm.inbound.handle(event, envelope_for(event))
    made = await trackings_of(trackings, tenant, contact_id)
    assert sorted(t.source for t in made) == [
        tracking_pb2.TRACKING_SOURCE_META_ADS,
        tracking_pb2.TRACKING_SOURCE_REFERRAL,
    ]


async def test_an_event_for_another_projects_contact_touches_nothing(
    crm: bootstrap.Crm, contacts: Any, trackings: Any, tenant: Tenant, other_tenant: Tenant
) -> None:
    contact_id = await sender_of(contacts, tenant)
    before = await contact_of(contacts, tenant, contact_id)
    event = received(other_tenant.project_id, contact_id)
    await crm.inbound.handle(event, envelope_for(event))
    assert await contact_of(contacts, tenant, contact_id) == before
    assert await trackings_of(trackings, tenant) == []
    assert await trackings_of(trackings, other_tenant) == []


async def test_an_envelope_naming_another_tenant_than_the_event_is_ignored(
    crm: bootstrap.Crm, contacts: Any, trackings: Any, tenant: Tenant, other_tenant: Tenant
) -> None:
    contact_id = await sender_of(contacts, tenant)
    before = await contact_of(contacts, tenant, contact_id)
    event = received(tenant.project_id, contact_id)
    await crm.inbound.handle(event, envelope_for(event, other_tenant.project_id))
    assert await contact_of(contacts, tenant, contact_id) == before
    assert await trackings_of(trackings, other_tenant) == []


async def test_a_message_to_a_merged_contact_is_recorded_on_the_survivor(
    crm: bootstrap.Crm, contacts: Any, trackings: Any, tenant: Tenant
) -> None:
    survivor = await sender_of(contacts, tenant)
    merged = await sender_of(contacts, tenant, "5511966665555@c.us")
    await contacts.MergeContacts(
        contact_service_pb2.MergeContactsRequest(contact_id=survivor, merged_contact_id=merged),
        metadata=tenant.bearer(),
    )
    event = received(tenant.project_id, merged)
    await crm.inbound.handle(event, envelope_for(event))
    assert (await contact_of(contacts, tenant, survivor)).HasField("last_interaction_time")
    assert len(await trackings_of(trackings, tenant, survivor)) == 1


async def test_the_consumer_records_an_event_published_like_the_relay_does(
    crm: bootstrap.Crm, contacts: Any, amqp_url: str, tenant: Tenant
) -> None:
    [consumer] = [c for c in crm.consumers() if c.queue_name == "crm.inbound"]
    contact_id = await sender_of(contacts, tenant)
    event = received(tenant.project_id, contact_id, with_ad=False)
    occurred = event.metadata.occur_time.ToDatetime(tzinfo=UTC)
    await consumer.start()
    try:
        connection = await amqp.connect(amqp_url)
        try:
            channel = await connection.channel(publisher_confirms=True)
            exchange = await amqp.events_exchange(channel)
            event_id = event.metadata.event_id
            await exchange.publish(
                aio_pika.Message(
                    body=event.SerializeToString(deterministic=True),
                    message_id=event_id,
                    type=event.DESCRIPTOR.full_name,
                    content_type=amqp.CONTENT_TYPE,
                    correlation_id=event.metadata.correlation_id,
                    timestamp=occurred,
                    delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
                    headers={
                        "cloudEvents:specversion": "1.0",
                        "cloudEvents:id": event_id,
                        "cloudEvents:source": "/ventros/messaging",
                        "cloudEvents:type": event.DESCRIPTOR.full_name,
                        "cloudEvents:time": occurred.isoformat(),
                        "cloudEvents:tenantid": tenant.project_id,
                        "cloudEvents:correlationid": event.metadata.correlation_id,
                    },
                ),
                routing_key=ROUTING_KEY,
            )
        finally:
            await connection.close()
        async with asyncio.timeout(10):
            while not (await contact_of(contacts, tenant, contact_id)).HasField(
                "last_interaction_time"
            ):
                await asyncio.sleep(0.05)
        got = await contact_of(contacts, tenant, contact_id)
        assert got.last_interaction_time == event.message_time
    finally:
        await consumer.delete_topology()
        await consumer.stop()
