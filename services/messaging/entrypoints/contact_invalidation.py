"""Drops cached contacts when crm announces a change (a runner of the consumer process).

Every process keeps its own ContactCache, so every process needs every announcement:
the subscription is an exclusive, server-named queue that lives as long as the
connection (not a shared durable queue, which would hand each event to one replica).
It misses what is published while it is disconnected, so each (re)connection clears
the cache first.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid

import aio_pika
from aio_pika.abc import AbstractIncomingMessage, AbstractRobustConnection

from messaging.adapters.contact_cache import ContactCache
from shared import amqp
from shared.consumer import PoisonMessage, decode

log = logging.getLogger(__name__)

BINDINGS = (
    "crm.contact.updated",
    "crm.contact.deleted",
    "crm.contact.undeleted",
    "crm.contact.merged",
)


def contact_ids_of(event: object) -> set[uuid.UUID]:
    """The contacts an announcement concerns: the aggregate and any contact id field."""
    found = set()
    values = [getattr(getattr(event, "metadata", None), "aggregate_id", "")]
    values += [getattr(event, name, "") for name in ("contact_id", "merged_contact_id")]
    for value in values:
        with contextlib.suppress(ValueError, TypeError):
            found.add(uuid.UUID(str(value)))
    return found


class ContactInvalidation:
    def __init__(self, cache: ContactCache, amqp_url: str, retry_seconds: float = 5.0) -> None:
        self._cache, self._url, self._retry = cache, amqp_url, retry_seconds
        self.ready = asyncio.Event()  # set once the queue is bound (tests wait on it)

    def _on_message(self, message: AbstractIncomingMessage) -> None:
        try:
            event, _ = decode(message)
        except PoisonMessage:
            self._cache.clear()  # unreadable: forget everything rather than guess
            return
        for contact_id in contact_ids_of(event):
            self._cache.forget(contact_id)

    async def _subscribe(self, connection: AbstractRobustConnection) -> None:
        channel = await connection.channel()
        exchange = await amqp.events_exchange(channel)
        queue = await channel.declare_queue(exclusive=True, auto_delete=True)
        for key in BINDINGS:
            await queue.bind(exchange, routing_key=key)
        self._cache.clear()  # anything announced before now may have been missed

        async def on_message(message: AbstractIncomingMessage) -> None:
            self._on_message(message)

        await queue.consume(on_message, no_ack=True)

    async def __call__(self, stop: asyncio.Event) -> None:
        connection: AbstractRobustConnection | None = None
        while connection is None and not stop.is_set():
            try:
                connection = await amqp.connect(self._url)
            except (OSError, aio_pika.exceptions.AMQPError) as error:
                log.warning("contact invalidation cannot reach RabbitMQ: %s; retrying", error)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self._retry)
        if connection is None:
            return
        try:
            connection.reconnect_callbacks.add(lambda *_: self._cache.clear())
            await self._subscribe(connection)
            self.ready.set()
            await stop.wait()
        finally:
            await connection.close()
