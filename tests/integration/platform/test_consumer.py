"""Consumers retry with back-off through dead-lettering and park poison in a DLQ."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import aio_pika
import pytest
from google.protobuf.message import Message

from shared import amqp
from shared.consumer import Consumer, Envelope
from ventros.identity.v1 import events_pb2

pytestmark = pytest.mark.integration


@pytest.fixture
async def channel(amqp_url: str) -> AsyncIterator[aio_pika.abc.AbstractChannel]:
    connection = await amqp.connect(amqp_url)
    channel = await connection.channel(publisher_confirms=True)
    yield channel
    await connection.close()


async def publish(channel: aio_pika.abc.AbstractChannel, key: str, body: bytes, type_: str) -> str:
    event_id = str(uuid.uuid4())
    exchange = await amqp.events_exchange(channel)
    await exchange.publish(
        aio_pika.Message(body, message_id=event_id, type=type_, content_type=amqp.CONTENT_TYPE),
        routing_key=key,
    )
    return event_id


async def wait_for(predicate, timeout: float = 10) -> None:  # type: ignore[no-untyped-def]
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.02)


async def dlq_messages(channel: aio_pika.abc.AbstractChannel, consumer: Consumer) -> list[str]:
    queue = await channel.declare_queue(consumer.dlq_name, durable=True)
    found = []
    while (message := await queue.get(fail=False)) is not None:
        await message.ack()
        found.append(message.message_id or "")
    return found


def unique_key() -> str:
    return f"identity.user.t{uuid.uuid4().hex[:8]}"


async def test_a_failing_handler_is_retried_until_it_succeeds(
    amqp_url: str, channel: aio_pika.abc.AbstractChannel
) -> None:
    attempts: list[int] = []

    async def flaky(event: Message, envelope: Envelope) -> None:
        attempts.append(envelope.attempt)
        if len(attempts) < 3:
            raise RuntimeError("downstream is down")

    key = unique_key()
    consumer = Consumer(
        amqp_url=amqp_url,
        queue=f"test.{key}",
        bindings=[key],
        handler=flaky,
        retry_delays_ms=(50, 100),
    )
    await consumer.start()
    try:
        body = events_pb2.UserRegistered(default_project_id="p").SerializeToString()
        await publish(channel, key, body, "ventros.identity.v1.UserRegistered")
        await wait_for(lambda: len(attempts) == 3)
        assert attempts == [0, 1, 2]
    finally:
        await consumer.delete_topology()
        await consumer.stop()


async def test_a_message_that_keeps_failing_ends_in_the_dlq(
    amqp_url: str, channel: aio_pika.abc.AbstractChannel
) -> None:
    seen: list[str] = []

    async def broken(event: Message, envelope: Envelope) -> None:
        seen.append(envelope.routing_key)
        raise RuntimeError("always")

    key = unique_key()
    consumer = Consumer(
        amqp_url=amqp_url,
        queue=f"test.{key}",
        bindings=[key],
        handler=broken,
        retry_delays_ms=(50,),
    )
    await consumer.start()
    try:
        body = events_pb2.UserRegistered(default_project_id="p").SerializeToString()
        event_id = await publish(channel, key, body, "ventros.identity.v1.UserRegistered")
        await wait_for(lambda: len(seen) == 2)
        assert seen == [key, key]  # the retry keeps the original routing key
        found: list[str] = []
        async with asyncio.timeout(5):
            while not found:
                found = await dlq_messages(channel, consumer)
        assert found == [event_id]
    finally:
        await consumer.delete_topology()
        await consumer.stop()


async def test_an_undecodable_message_goes_straight_to_the_dlq(
    amqp_url: str, channel: aio_pika.abc.AbstractChannel
) -> None:
    calls: list[Envelope] = []

    async def handler(event: Message, envelope: Envelope) -> None:
        calls.append(envelope)

    key = unique_key()
    consumer = Consumer(amqp_url=amqp_url, queue=f"test.{key}", bindings=[key], handler=handler)
    await consumer.start()
    try:
        event_id = await publish(channel, key, b"\x00\x01", "ventros.nowhere.v1.Unknown")
        found: list[str] = []
        async with asyncio.timeout(5):
            while not found:
                found = await dlq_messages(channel, consumer)
        assert found == [event_id] and calls == []
    finally:
        await consumer.delete_topology()
        await consumer.stop()
