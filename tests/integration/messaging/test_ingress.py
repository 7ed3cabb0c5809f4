"""WahaIngressService: a signed WAHA delivery is stored once, raw, for the processor."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.api import httpbody_pb2
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from messaging.adapters.inbound_repositories import ChannelRepository
from messaging.adapters.webhook_routes import save_route
from messaging.bootstrap import Messaging
from messaging.domain.channels import Channel, WahaConfig
from messaging.service_layer.ingress import Ingress
from shared.db import create_engine
from shared.dbsetup import DatabaseUrls
from shared.domain import NotFound
from tests.integration.messaging.conftest import Tenant
from ventros.messaging.v1 import waha_event_pb2, waha_ingress_service_pb2_grpc
from ventros.messaging.v1 import waha_ingress_service_pb2 as pb

pytestmark = pytest.mark.integration
Stub = waha_ingress_service_pb2_grpc.WahaIngressServiceStub
SAMPLES = Path("/work/shared/waha/samples")
SECRET = "whsec-test-" + "x" * 24


def sample(name: str) -> dict[str, Any]:
    return json.loads((SAMPLES / name).read_text())


def body_of(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def sign(body: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha512).hexdigest()


async def add_channel(
    app: Messaging, tenant: Tenant, *, secret: str = SECRET, base_url: str = "http://127.0.0.1:9"
) -> Channel:
    """A WAHA channel with its webhook route (what channel set-up does)."""
    channel = Channel.create(
        project_id=uuid.UUID(tenant.project_id),
        name="Vendas",
        channel_type_code="waha",
        waha_config=WahaConfig(base_url=base_url, session_name="default", webhook_secret=secret),
    )
    async with app.unit_of_work(project_id=channel.project_id) as uow:
        await uow.repository(ChannelRepository).add(channel)
        await save_route(uow.connection, channel.id, secret, active=True)
        await uow.commit()
    return channel


async def ingest(
    stub: Stub,
    channel: Channel | str,
    payload: dict[str, Any] | bytes,
    *,
    secret: str = SECRET,
    signature: str | None = None,
) -> pb.IngestWahaEventResponse:
    body = payload if isinstance(payload, bytes) else body_of(payload)
    channel_id = channel if isinstance(channel, str) else str(channel.id)
    return await stub.IngestWahaEvent(
        pb.IngestWahaEventRequest(
            channel_id=channel_id,
            body=httpbody_pb2.HttpBody(content_type="application/json", data=body),
            headers={
                "x-webhook-hmac": signature if signature is not None else sign(body, secret),
                "x-webhook-hmac-algorithm": "sha512",
            },
        )
    )


async def code_of(call: Any) -> grpc.StatusCode:
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await call
    return raised.value.code()


@pytest.fixture
async def relay_engine(database: DatabaseUrls) -> AsyncIterator[AsyncEngine]:
    """The relay's role: the only one that reads the outbox across tenants."""
    engine = create_engine(database.relay, application_name="messaging-tests")
    yield engine
    await engine.dispose()


async def stored_count(app: Messaging, channel: Channel) -> int:
    async with app.unit_of_work(project_id=channel.project_id) as uow:
        return int(
            (
                await uow.connection.execute(
                    text("SELECT count(*) FROM messaging.waha_events WHERE channel_id = :c"),
                    {"c": channel.id},
                )
            ).scalar_one()
        )


async def test_a_signed_delivery_is_stored_pending_with_its_raw_bytes(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    body = body_of(sample("01_message_text_dm.json"))
    answer = await ingress.IngestWahaEvent(
        pb.IngestWahaEventRequest(
            channel_id=str(channel.id),
            body=httpbody_pb2.HttpBody(content_type="application/json", data=body),
            headers={"x-webhook-hmac": sign(body), "x-webhook-hmac-algorithm": "sha512"},
        )
    )
    assert not answer.duplicate and answer.provider_event_id == "evt_01kkc0re149ag04z6g5cdabhxj"
    got = await ingress.GetWahaEvent(
        pb.GetWahaEventRequest(
            waha_event_id=answer.waha_event_id, view=waha_event_pb2.WAHA_EVENT_VIEW_FULL
        ),
        metadata=tenant.bearer(),
    )
    event = got.waha_event
    assert event.status == waha_event_pb2.WAHA_EVENT_STATUS_PENDING
    assert event.raw_body == body and event.event_type == "message"
    assert event.session_name == "sales-br-01" and event.channel_id == str(channel.id)


async def test_a_bad_signature_is_unauthenticated_and_stores_nothing(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    payload = sample("01_message_text_dm.json")
    assert await code_of(ingest(ingress, channel, payload, secret="wrong")) == (
        grpc.StatusCode.UNAUTHENTICATED
    )
    assert await code_of(ingest(ingress, channel, payload, signature="")) == (
        grpc.StatusCode.UNAUTHENTICATED
    )
    assert await stored_count(messaging, channel) == 0


async def test_an_unknown_channel_is_not_found(ingress: Stub) -> None:
    payload = sample("01_message_text_dm.json")
    assert await code_of(ingest(ingress, str(uuid.uuid4()), payload)) == grpc.StatusCode.NOT_FOUND


async def test_an_inactive_route_is_not_found(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        await save_route(uow.connection, channel.id, SECRET, active=False)
        await uow.commit()
    payload = sample("01_message_text_dm.json")
    assert await code_of(ingest(ingress, channel, payload)) == grpc.StatusCode.NOT_FOUND


async def test_a_body_that_is_not_a_waha_event_names_the_body_field(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    with pytest.raises(grpc.aio.AioRpcError) as raised:
        await ingest(ingress, channel, b"not json")
    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "body" in (raised.value.details() or "")


async def test_a_repeated_delivery_is_a_duplicate_of_the_one_stored_event(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    payload = sample("01_message_text_dm.json")
    first = await ingest(ingress, channel, payload)
    again = await ingest(ingress, channel, payload)
    assert again.duplicate and again.waha_event_id == first.waha_event_id
    assert await stored_count(messaging, channel) == 1


async def test_the_previous_secret_is_accepted_during_its_grace_period(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        await save_route(
            uow.connection, channel.id, "new-secret", active=True, previous_secret=SECRET
        )
        await uow.commit()
    answer = await ingest(ingress, channel, sample("01_message_text_dm.json"))
    assert answer.waha_event_id


async def test_stored_events_are_listed_filtered_and_reprocessed(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    await ingest(ingress, channel, sample("01_message_text_dm.json"))
    ack = await ingest(ingress, channel, sample("09_message_ack_read.json"))
    listed = await ingress.ListWahaEvents(
        pb.ListWahaEventsRequest(channel_id=str(channel.id), page_size=1),
        metadata=tenant.bearer(),
    )
    assert len(listed.waha_events) == 1 and listed.next_page_token and listed.total_size == 2
    rest = await ingress.ListWahaEvents(
        pb.ListWahaEventsRequest(
            channel_id=str(channel.id), page_size=1, page_token=listed.next_page_token
        ),
        metadata=tenant.bearer(),
    )
    assert listed.waha_events[0].id != rest.waha_events[0].id
    assert not rest.next_page_token
    acks = await ingress.ListWahaEvents(
        pb.ListWahaEventsRequest(channel_id=str(channel.id), event_type="message.ack"),
        metadata=tenant.bearer(),
    )
    assert [e.id for e in acks.waha_events] == [ack.waha_event_id]
    again = await ingress.ReprocessWahaEvent(
        pb.ReprocessWahaEventRequest(waha_event_id=ack.waha_event_id), metadata=tenant.bearer()
    )
    assert again.waha_event.status == waha_event_pb2.WAHA_EVENT_STATUS_PENDING


async def test_another_tenants_events_are_not_found_and_not_listed(
    ingress: Stub, messaging: Messaging, tenant: Tenant, other_tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    answer = await ingest(ingress, channel, sample("01_message_text_dm.json"))
    request = pb.GetWahaEventRequest(waha_event_id=answer.waha_event_id)
    assert await code_of(ingress.GetWahaEvent(request, metadata=other_tenant.bearer())) == (
        grpc.StatusCode.NOT_FOUND
    )
    reprocess = pb.ReprocessWahaEventRequest(waha_event_id=answer.waha_event_id)
    assert (
        await code_of(ingress.ReprocessWahaEvent(reprocess, metadata=other_tenant.bearer()))
        == grpc.StatusCode.NOT_FOUND
    )
    listed = await ingress.ListWahaEvents(
        pb.ListWahaEventsRequest(channel_id=str(channel.id)), metadata=other_tenant.bearer()
    )
    assert list(listed.waha_events) == []


async def test_a_secret_rotated_after_a_delivery_is_accepted_at_once(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    await ingest(ingress, channel, sample("01_message_text_dm.json"))  # route now cached
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        await save_route(uow.connection, channel.id, "rotated-secret", active=True)
        await uow.commit()
    payload = sample("01_message_text_dm.json") | {"id": "evt_after_rotation"}
    answer = await ingest(ingress, channel, payload, secret="rotated-secret")
    assert answer.waha_event_id and not answer.duplicate
    old = sample("01_message_text_dm.json") | {"id": "evt_old_secret"}
    assert await code_of(ingest(ingress, channel, old)) == grpc.StatusCode.UNAUTHENTICATED


async def test_a_deactivated_route_is_refused_once_its_cache_entry_expires(
    messaging: Messaging, tenant: Tenant
) -> None:
    fresh = Ingress(messaging.engine, messaging.unit_of_work, route_ttl=0.0)
    channel = await add_channel(messaging, tenant)
    body = body_of(sample("01_message_text_dm.json"))
    headers = {"X-Webhook-Hmac": sign(body)}
    await fresh.ingest(channel.id, body, headers)
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        await save_route(uow.connection, channel.id, SECRET, active=False)
        await uow.commit()
    with pytest.raises(NotFound):
        await fresh.ingest(channel.id, body, headers)


async def test_concurrent_deliveries_of_two_tenants_share_writes_but_not_rows(
    ingress: Stub, messaging: Messaging, tenant: Tenant, other_tenant: Tenant
) -> None:
    """Deliveries that arrive together are stored together (group commit): each still
    lands in its own tenant, a repeat within the same batch is one row, and every
    caller hears about its own delivery."""
    mine, theirs = await add_channel(messaging, tenant), await add_channel(messaging, other_tenant)
    base = sample("01_message_text_dm.json")

    def numbered(n: int) -> dict[str, Any]:
        return {**base, "id": f"evt_group_{n:04d}"}

    calls = [ingest(ingress, mine if n % 2 else theirs, numbered(n)) for n in range(40)]
    calls += [ingest(ingress, mine, numbered(1)) for _ in range(5)]  # repeats of one
    answers = await asyncio.gather(*calls)
    assert [a.provider_event_id for a in answers[:40]] == [f"evt_group_{n:04d}" for n in range(40)]
    repeats = [a for a in answers if a.provider_event_id == "evt_group_0001"]
    assert len({a.waha_event_id for a in repeats}) == 1
    assert sum(not a.duplicate for a in repeats) == 1
    assert await stored_count(messaging, mine) == 20
    assert await stored_count(messaging, theirs) == 20
    # Row-level security: each tenant sees exactly its own channel's events.
    listed = await ingress.ListWahaEvents(
        pb.ListWahaEventsRequest(page_size=100), metadata=other_tenant.bearer()
    )
    assert {e.channel_id for e in listed.waha_events} == {str(theirs.id)}
    assert len(listed.waha_events) == 20
