"""RabbitMQ topology shared by publishers and consumers."""

from __future__ import annotations

import aio_pika
from aio_pika.abc import AbstractChannel, AbstractExchange, AbstractRobustConnection

EVENTS_EXCHANGE = "ventros.events"
CONTENT_TYPE = "application/protobuf"


async def connect(url: str) -> AbstractRobustConnection:
    return await aio_pika.connect_robust(url)


async def events_exchange(channel: AbstractChannel) -> AbstractExchange:
    return await channel.declare_exchange(
        EVENTS_EXCHANGE, aio_pika.ExchangeType.TOPIC, durable=True
    )
