"""Events committed with an aggregate reach RabbitMQ, at least once, never lost."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Sequence

import aio_pika
import pytest
from google.protobuf.message import Message
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from shared import amqp
from shared.consumer import Consumer, Envelope, claim_event
from shared.dbsetup import DatabaseUrls
from shared.relay import OutboxRelay
from tests.integration.platform.conftest import SCHEMA, Item, unit_of_work
from ventros.identity.v1 import events_pb2

pytestmark = pytest.mark.integration
ROUTING_KEY = "identity.user.registered"


@pytest.fixture
async def relay(
    platform_schema: str, database: DatabaseUrls, amqp_url: str
) -> AsyncIterator[OutboxRelay]:
    relay = OutboxRelay(dsn=database.relay, schema=SCHEMA, amqp_url=amqp_url, batch_size=50)
    await relay.start()
    while await relay.publish_batch():  # drain what earlier tests left
        pass
    yield relay
    await relay.close()


@pytest.fixture
async def tap(amqp_url: str) -> AsyncIterator[aio_pika.abc.AbstractQueue]:
    """An exclusive queue bound to the events exchange, as a test observer."""
    connection = await amqp.connect(amqp_url)
    channel = await connection.channel()
    exchange = await amqp.events_exchange(channel)
    queue = await channel.declare_queue(exclusive=True)
    await queue.bind(exchange, routing_key=ROUTING_KEY)
    yield queue
    await connection.close()


async def commit_items(engine: AsyncEngine, project: uuid.UUID, n: int) -> list[Item]:
    items = [Item(project, f"item{i}") for i in range(n)]
    async with unit_of_work(engine, project) as uow:
        for item in items:
            await uow.connection.execute(
                text(f"INSERT INTO {SCHEMA}.items (id, project_id, name) VALUES (:i, :p, :n)"),
                {"i": item.id, "p": project, "n": item.name},
            )
            uow.track(item)
        await uow.commit()
    return items


async def drain(
    queue: aio_pika.abc.AbstractQueue, expect: int, timeout: float = 10
) -> list[aio_pika.abc.AbstractIncomingMessage]:
    got: list[aio_pika.abc.AbstractIncomingMessage] = []
    async with asyncio.timeout(timeout):
        async with queue.iterator() as messages:
            async for message in messages:
                await message.ack()
                got.append(message)
                if len(got) >= expect:
                    break
    return got


async def test_committed_events_arrive_with_routing_key_type_and_id(
    relay: OutboxRelay, tap: aio_pika.abc.AbstractQueue, app_engine: AsyncEngine
) -> None:
    project = uuid.uuid4()
    items = await commit_items(app_engine, project, 25)
    assert await relay.publish_batch() == 25
    messages = await drain(tap, 25)
    assert {m.routing_key for m in messages} == {ROUTING_KEY}
    assert {m.type for m in messages} == {"ventros.identity.v1.UserRegistered"}
    assert {m.content_type for m in messages} == {"application/protobuf"}
    assert {m.delivery_mode for m in messages} == {aio_pika.DeliveryMode.PERSISTENT}
    bodies = [events_pb2.UserRegistered.FromString(m.body) for m in messages]
    assert {b.metadata.aggregate_id for b in bodies} == {str(i.id) for i in items}
    assert {b.metadata.project_id for b in bodies} == {str(project)}
    assert all(m.message_id == b.metadata.event_id for m, b in zip(messages, bodies, strict=True))
    assert {m.headers["cloudEvents:tenantid"] for m in messages} == {str(project)}


async def test_a_rolled_back_transaction_publishes_nothing(
    relay: OutboxRelay, app_engine: AsyncEngine
) -> None:
    project = uuid.uuid4()
    async with unit_of_work(app_engine, project) as uow:
        uow.track(Item(project, "ghost"))
        await uow.rollback()
    assert await relay.publish_batch() == 0


async def test_the_relay_wakes_on_notify_without_waiting_for_the_poll(
    relay: OutboxRelay, tap: aio_pika.abc.AbstractQueue, app_engine: AsyncEngine
) -> None:
    slow = OutboxRelay(dsn=relay._dsn, schema=SCHEMA, amqp_url=relay._amqp_url, poll_interval=3600)
    await slow.start()
    stop = asyncio.Event()
    running = asyncio.create_task(slow.run(stop))
    await asyncio.sleep(0.2)
    await commit_items(app_engine, uuid.uuid4(), 3)
    assert len(await drain(tap, 3, timeout=5)) == 3
    stop.set()
    await running
    await slow.close()


class CrashBeforeMark(OutboxRelay):
    """Publishes, then dies before marking: the worst moment for a relay to crash."""

    async def mark_published(self, seqs: Sequence[int]) -> None:
        raise ConnectionError("relay killed between publish and mark")


async def test_a_relay_killed_before_marking_loses_nothing_and_the_inbox_absorbs_duplicates(
    relay: OutboxRelay, database: DatabaseUrls, amqp_url: str, app_engine: AsyncEngine
) -> None:
    handled: list[str] = []
    deliveries = 0
    consumer_name = f"platform_test.{uuid.uuid4().hex[:8]}"

    async def handle(event: Message, envelope: Envelope) -> None:
        nonlocal deliveries
        deliveries += 1
        async with unit_of_work(app_engine, envelope.project_id) as uow:
            if await claim_event(uow.connection, SCHEMA, consumer_name, envelope.event_id):
                handled.append(str(envelope.event_id))
            await uow.commit()

    consumer = Consumer(
        amqp_url=amqp_url, queue=consumer_name, bindings=[ROUTING_KEY], handler=handle
    )
    await consumer.declare()
    await consumer.start()
    try:
        await commit_items(app_engine, uuid.uuid4(), 10)
        crashing = CrashBeforeMark(dsn=database.relay, schema=SCHEMA, amqp_url=amqp_url)
        await crashing.start()
        with pytest.raises(ConnectionError):
            await crashing.publish_batch()
        await crashing.close()
        assert await relay.publish_batch() == 10  # the restarted relay publishes them again
        async with asyncio.timeout(10):
            while deliveries < 20:  # 10 originals and 10 duplicates
                await asyncio.sleep(0.02)
        assert len(handled) == len(set(handled)) == 10
    finally:
        await consumer.delete_topology()
        await consumer.stop()
