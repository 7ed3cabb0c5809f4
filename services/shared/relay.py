"""Outbox relay: publishes committed outbox rows to RabbitMQ, at least once.

Rows are claimed with FOR UPDATE SKIP LOCKED (several relays may run), published
with publisher confirms as persistent messages, and only then marked. A crash
between publish and mark republishes the batch; consumers' inboxes absorb that.
A LISTEN/NOTIFY wake-up keeps latency low; polling covers lost notifications.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

import aio_pika
import asyncpg
from aio_pika.abc import AbstractExchange, AbstractRobustConnection

from shared import amqp

log = logging.getLogger(__name__)
NOTIFY_CHANNEL = "ventros_outbox"


class OutboxRelay:
    def __init__(
        self,
        *,
        dsn: str,
        schema: str,
        amqp_url: str,
        batch_size: int = 200,
        poll_interval: float = 1.0,
        retention_hours: int = 24,
    ) -> None:
        self._dsn, self._schema, self._amqp_url = dsn, schema, amqp_url
        self._batch_size, self._poll_interval = batch_size, poll_interval
        self._retention_hours = retention_hours
        self._wake = asyncio.Event()
        self._conn: asyncpg.Connection | None = None
        self._amqp: AbstractRobustConnection | None = None
        self._exchange: AbstractExchange | None = None

    async def start(self) -> None:
        self._conn = await asyncpg.connect(self._dsn)
        await self._conn.add_listener(NOTIFY_CHANNEL, self._on_notify)
        self._amqp = await amqp.connect(self._amqp_url)
        channel = await self._amqp.channel(publisher_confirms=True)
        self._exchange = await amqp.events_exchange(channel)

    async def close(self) -> None:
        if self._conn is not None:
            await self._conn.close()
        if self._amqp is not None:
            await self._amqp.close()

    def _on_notify(self, *_: Any) -> None:
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        """Publish until `stop` is set; each wake-up drains the outbox."""
        while not stop.is_set():
            self._wake.clear()
            while await self.publish_batch() == self._batch_size:
                pass
            waiters = {asyncio.ensure_future(self._wake.wait()), asyncio.ensure_future(stop.wait())}
            _, pending = await asyncio.wait(
                waiters, timeout=self._poll_interval, return_when=asyncio.FIRST_COMPLETED
            )
            for task in pending:
                task.cancel()

    async def publish_batch(self) -> int:
        """Claim, publish and mark one batch; returns how many rows it published."""
        assert self._conn is not None, "start() first"
        async with self._conn.transaction():
            rows = await self._conn.fetch(
                f"SELECT seq, id, project_id, routing_key, type, payload, correlation_id,"
                f" occurred_at FROM {self._schema}.outbox WHERE published_at IS NULL"
                f" ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED",
                self._batch_size,
            )
            if not rows:
                return 0
            await asyncio.gather(*(self._publish(row) for row in rows))
            await self.mark_published([row["seq"] for row in rows])
        return len(rows)

    async def mark_published(self, seqs: Sequence[int]) -> None:
        assert self._conn is not None
        await self._conn.execute(
            f"UPDATE {self._schema}.outbox SET published_at = now() WHERE seq = ANY($1::bigint[])",
            list(seqs),
        )

    async def prune(self) -> int:
        """Delete rows published longer ago than the retention window."""
        assert self._conn is not None
        status = await self._conn.execute(
            f"DELETE FROM {self._schema}.outbox"
            " WHERE published_at < now() - make_interval(hours => $1)",
            self._retention_hours,
        )
        return int(status.split()[-1])

    async def _publish(self, row: asyncpg.Record) -> None:
        assert self._exchange is not None
        event_id = str(row["id"])
        headers: dict[str, Any] = {
            "cloudEvents:specversion": "1.0",
            "cloudEvents:id": event_id,
            "cloudEvents:source": f"/ventros/{self._schema}",
            "cloudEvents:type": row["type"],
            "cloudEvents:time": row["occurred_at"].isoformat(),
            "cloudEvents:tenantid": str(row["project_id"]) if row["project_id"] else "",
            "cloudEvents:correlationid": row["correlation_id"] or "",
        }
        message = aio_pika.Message(
            body=bytes(row["payload"]),
            message_id=event_id,
            type=row["type"],
            content_type=amqp.CONTENT_TYPE,
            correlation_id=row["correlation_id"] or None,
            timestamp=row["occurred_at"],
            delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
            headers=headers,
        )
        await self._exchange.publish(message, routing_key=row["routing_key"])
