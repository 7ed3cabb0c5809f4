"""crm's contact announcements reach every messaging process's contact cache."""

from __future__ import annotations

import asyncio
import uuid

import aio_pika
import pytest
from google.protobuf.message import Message

from messaging.adapters.contact_cache import ContactCache
from messaging.adapters.crm_client import ContactRef
from messaging.entrypoints.contact_invalidation import ContactInvalidation
from shared import amqp
from ventros.crm.v1 import events_pb2

pytestmark = pytest.mark.integration
PROJECT = uuid.uuid4()


async def publish(amqp_url: str, routing_key: str, event: Message) -> None:
    connection = await amqp.connect(amqp_url)
    async with connection:
        channel = await connection.channel(publisher_confirms=True)
        exchange = await amqp.events_exchange(channel)
        await exchange.publish(
            aio_pika.Message(
                event.SerializeToString(),
                type=event.DESCRIPTOR.full_name,
                message_id=str(uuid.uuid4()),
                content_type=amqp.CONTENT_TYPE,
            ),
            routing_key=routing_key,
        )


async def until(condition: object, timeout: float = 10.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():  # type: ignore[operator]
            await asyncio.sleep(0.02)


async def subscribed(amqp_url: str, caches: list[ContactCache]) -> tuple[asyncio.Event, list]:
    stop = asyncio.Event()
    runners = [ContactInvalidation(cache, amqp_url) for cache in caches]
    tasks = [asyncio.create_task(r(stop)) for r in runners]
    for runner in runners:
        await asyncio.wait_for(runner.ready.wait(), 10)
    return stop, tasks


async def test_a_deleted_contact_is_dropped_from_every_process_cache(amqp_url: str) -> None:
    caches = [ContactCache(), ContactCache()]  # two replicas of the consumer process
    stop, tasks = await subscribed(amqp_url, caches)
    try:
        gone, kept = ContactRef(uuid.uuid4(), False, "Ana"), ContactRef(uuid.uuid4(), False, "Bia")
        for cache in caches:
            cache.put(PROJECT, ["5511@c.us"], gone)
            cache.put(PROJECT, ["5522@c.us"], kept)
        deleted = events_pb2.ContactDeleted(contact_id=str(gone.id))
        deleted.metadata.aggregate_id = str(gone.id)
        await publish(amqp_url, "crm.contact.deleted", deleted)
        await until(lambda: all(c.get(PROJECT, ["5511@c.us"]) is None for c in caches))
        assert all(c.get(PROJECT, ["5522@c.us"]) == kept for c in caches)
    finally:
        stop.set()
        await asyncio.gather(*tasks)


async def test_a_merge_drops_the_merged_contact_and_the_survivor(amqp_url: str) -> None:
    cache = ContactCache()
    stop, tasks = await subscribed(amqp_url, [cache])
    try:
        survivor, merged = uuid.uuid4(), uuid.uuid4()
        cache.put(PROJECT, ["a@c.us"], ContactRef(survivor, False, "A"))
        cache.put(PROJECT, ["b@c.us"], ContactRef(merged, False, "B"))
        event = events_pb2.ContactMerged(
            survivor_contact_id=str(survivor), merged_contact_id=str(merged)
        )
        event.metadata.aggregate_id = str(survivor)
        await publish(amqp_url, "crm.contact.merged", event)
        await until(lambda: len(cache) == 0)
    finally:
        stop.set()
        await asyncio.gather(*tasks)


async def test_subscribing_clears_what_may_have_been_missed(amqp_url: str) -> None:
    cache = ContactCache()
    cache.put(PROJECT, ["a@c.us"], ContactRef(uuid.uuid4(), False, "A"))
    stop, tasks = await subscribed(amqp_url, [cache])
    stop.set()
    await asyncio.gather(*tasks)
    assert len(cache) == 0
