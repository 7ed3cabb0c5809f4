"""Event consumers: durable queue, manual ack, retries through dead-lettering, a DLQ.

Topology for a consumer queue Q:
  ventros.events --(binding keys)--> Q
  Q.retry.<ms>  (TTL <ms>, dead-letters back to Q through the default exchange)
  Q.dlq         (poison messages and exhausted retries, kept for inspection)
A failing handler's message is republished (with confirms) into the next retry
tier and only then acked, so nothing acknowledged is ever lost. Handlers are
made idempotent with an inbox table (see `claim_event`).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import aio_pika
from aio_pika.abc import (
    AbstractChannel,
    AbstractIncomingMessage,
    AbstractQueue,
    AbstractRobustConnection,
)
from google.protobuf import descriptor_pool, message_factory
from google.protobuf.message import DecodeError, Message
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from shared import amqp, context

log = logging.getLogger(__name__)
ATTEMPT_HEADER = "x-ventros-attempt"


@dataclass(frozen=True)
class Envelope:
    event_id: uuid.UUID
    routing_key: str
    project_id: uuid.UUID | None
    correlation_id: str
    attempt: int


Handler = Callable[[Message, Envelope], Awaitable[None]]


class PoisonMessage(Exception):
    """The message can never be handled (undecodable, unknown type)."""


def decode(message: AbstractIncomingMessage) -> tuple[Message, Envelope]:
    try:
        descriptor = descriptor_pool.Default().FindMessageTypeByName(message.type or "")
        event = message_factory.GetMessageClass(descriptor).FromString(message.body)
        event_id = uuid.UUID(message.message_id or "")
    except (KeyError, DecodeError, ValueError) as error:
        raise PoisonMessage(f"{message.type}: {error}") from error
    headers = message.headers or {}
    tenant = str(headers.get("cloudEvents:tenantid") or "")
    return event, Envelope(
        event_id=event_id,
        # A retried message comes back routed by its queue name; keep the original key.
        routing_key=str(headers.get("x-ventros-routing-key") or message.routing_key or ""),
        project_id=uuid.UUID(tenant) if tenant else None,
        correlation_id=str(
            headers.get("cloudEvents:correlationid") or message.correlation_id or ""
        ),
        attempt=int(str(headers.get(ATTEMPT_HEADER, 0))),
    )


async def claim_event(
    conn: AsyncConnection, schema: str, consumer: str, event_id: uuid.UUID
) -> bool:
    """Record the event in the inbox; False when it was handled before (skip it)."""
    result = await conn.execute(
        text(
            f"INSERT INTO {schema}.inbox (consumer, event_id) VALUES (:c, :e) "
            "ON CONFLICT DO NOTHING"
        ),
        {"c": consumer, "e": event_id},
    )
    return result.rowcount == 1


class Consumer:
    def __init__(
        self,
        *,
        amqp_url: str,
        queue: str,
        bindings: Sequence[str],
        handler: Handler,
        prefetch: int = 32,
        retry_delays_ms: Sequence[int] = (1_000, 10_000, 60_000),
    ) -> None:
        self.queue_name = queue
        self._amqp_url, self._bindings, self._handler = amqp_url, list(bindings), handler
        self._prefetch, self._delays = prefetch, list(retry_delays_ms)
        self._connection: AbstractRobustConnection | None = None
        self._channel: AbstractChannel | None = None
        self._queue: AbstractQueue | None = None
        self._tag: str | None = None

    async def declare(self) -> None:
        self._connection = await amqp.connect(self._amqp_url)
        self._channel = await self._connection.channel(publisher_confirms=True)
        await self._channel.set_qos(prefetch_count=self._prefetch)
        exchange = await amqp.events_exchange(self._channel)
        self._queue = await self._channel.declare_queue(self.queue_name, durable=True)
        for key in self._bindings:
            await self._queue.bind(exchange, routing_key=key)
        for delay in self._delays:
            await self._channel.declare_queue(
                self._retry_queue(delay),
                durable=True,
                arguments={
                    "x-message-ttl": delay,
                    "x-dead-letter-exchange": "",
                    "x-dead-letter-routing-key": self.queue_name,
                },
            )
        await self._channel.declare_queue(self.dlq_name, durable=True)

    @property
    def dlq_name(self) -> str:
        return f"{self.queue_name}.dlq"

    def _retry_queue(self, delay: int) -> str:
        return f"{self.queue_name}.retry.{delay}"

    async def start(self) -> None:
        if self._queue is None:
            await self.declare()
        assert self._queue is not None
        self._tag = await self._queue.consume(self._on_message)

    async def stop(self) -> None:
        if self._queue is not None and self._tag is not None:
            await self._queue.cancel(self._tag)
        if self._connection is not None:
            await self._connection.close()

    async def delete_topology(self) -> None:
        """Remove this consumer's queues (decommissioning; tests clean up with it)."""
        assert self._channel is not None, "declare() first"
        for name in [self.queue_name, self.dlq_name, *map(self._retry_queue, self._delays)]:
            await self._channel.queue_delete(name)

    async def _on_message(self, message: AbstractIncomingMessage) -> None:
        try:
            event, envelope = decode(message)
        except PoisonMessage as error:
            await self._forward(message, self.dlq_name, {"x-ventros-error": str(error)})
            return
        token = context.set_current(
            context.RequestContext(
                request_id=str(envelope.event_id), correlation_id=envelope.correlation_id
            )
        )
        try:
            await self._handler(event, envelope)
        except Exception as error:  # any failure is retried, then parked in the DLQ
            log.warning(
                "handler failed",
                exc_info=True,
                extra={"fields": {"queue": self.queue_name, "event_id": str(envelope.event_id)}},
            )
            await self._retry_or_park(message, envelope.attempt, error)
        else:
            await message.ack()
        finally:
            context.reset(token)

    async def _retry_or_park(
        self, message: AbstractIncomingMessage, attempt: int, error: Exception
    ) -> None:
        extra = {ATTEMPT_HEADER: attempt + 1, "x-ventros-error": repr(error)[:500]}
        target = (
            self._retry_queue(self._delays[attempt])
            if attempt < len(self._delays)
            else self.dlq_name
        )
        await self._forward(message, target, extra)

    async def _forward(
        self, message: AbstractIncomingMessage, queue: str, headers: dict[str, Any]
    ) -> None:
        """Republish (confirmed) to a queue through the default exchange, then ack."""
        assert self._channel is not None
        copy = aio_pika.Message(
            body=message.body,
            message_id=message.message_id,
            type=message.type,
            content_type=message.content_type,
            correlation_id=message.correlation_id,
            timestamp=message.timestamp,
            delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
            headers={
                **(message.headers or {}),
                "x-ventros-routing-key": message.routing_key,
                **headers,
            },
        )
        try:
            await self._channel.default_exchange.publish(copy, routing_key=queue)
        except Exception:
            await message.nack(requeue=True)
            raise
        await message.ack()
