"""Live streams over LISTEN/NOTIFY: one connection per process, fanned out per tenant.

A writer NOTIFYs a channel in the transaction that stores a change, so PostgreSQL
delivers the notice only once it is committed. A NotifyListener holds a single asyncpg
connection (opened on the first subscription) and hands each notice to the
subscriptions of that notice's project — never to another tenant's — through bounded
queues. A subscriber that falls a whole queue behind is dropped (SubscriberTooSlow)
instead of buffering without bound; if the connection is lost every subscriber ends
(ListenerLost) so that clients reconnect and replay.

A notice only says that something changed: each stream reads it itself under its own
tenant-scoped transaction, so row-level security still decides what it may see.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import asyncpg

from shared.db import asyncpg_dsn

log = logging.getLogger(__name__)
DEFAULT_QUEUE_SIZE = 256
DEFAULT_BATCH = 100
N = TypeVar("N")


class StreamEnded(Exception):
    """Base: a live subscription cannot go on."""


class SubscriberTooSlow(StreamEnded):
    """The subscriber's queue was full: it was dropped rather than buffered without bound."""


class ListenerLost(StreamEnded):
    """The LISTEN connection is gone (or the process is stopping); reconnect and replay."""


class Subscription(Generic[N]):
    """A stream's view of the notices of its project that it `wants`."""

    def __init__(
        self,
        listener: NotifyListener[N],
        project_id: uuid.UUID,
        wants: Callable[[N], bool],
        queue_size: int,
    ) -> None:
        self.project_id, self.wants = project_id, wants
        self._listener = listener
        self._queue: asyncio.Queue[N | None] = asyncio.Queue(queue_size)
        self._error: StreamEnded | None = None

    def pending(self) -> int:
        return self._queue.qsize()

    async def next(self, limit: int = DEFAULT_BATCH) -> list[N]:
        """Wait for at least one notice; returns up to `limit` of those already queued."""
        if self._error is not None:
            raise self._error
        first = await self._queue.get()
        batch = [first]
        while len(batch) < limit and not self._queue.empty():
            batch.append(self._queue.get_nowait())
        if self._error is not None:
            raise self._error
        return [notice for notice in batch if notice is not None]

    def close(self) -> None:
        self._listener.unsubscribe(self)

    def offer(self, notice: N | None) -> bool:
        """Queue a notice without waiting; False when the queue is full."""
        try:
            self._queue.put_nowait(notice)
        except asyncio.QueueFull:
            return False
        return True

    def end(self, error: StreamEnded) -> None:
        """Stop the subscription; its reader raises `error` at its next read."""
        if self._error is None:
            self._error = error
        # Wake a waiting reader; a full queue wakes it anyway.
        self.offer(None)


class NotifyListener(Generic[N]):
    """One LISTEN connection on `channel`, fanned out to per-project subscriptions."""

    def __init__(
        self,
        database_url: str,
        channel: str,
        parse: Callable[[str], N | None],
        *,
        queue_size: int = DEFAULT_QUEUE_SIZE,
        application_name: str = "ventros-listener",
    ) -> None:
        self._dsn, self._queue_size = asyncpg_dsn(database_url), queue_size
        self._channel, self._parse = channel, parse
        self._application_name = application_name
        self._conn: asyncpg.Connection | None = None
        self._lock = asyncio.Lock()
        self._subscriptions: dict[uuid.UUID, set[Subscription[N]]] = {}

    async def open(self, project_id: uuid.UUID, wants: Callable[[N], bool]) -> Subscription[N]:
        """Start receiving the project's notices; the connection is opened on first use."""
        await self._connect()
        subscription = Subscription(self, project_id, wants, self._queue_size)
        self._subscriptions.setdefault(project_id, set()).add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription[N]) -> None:
        found = self._subscriptions.get(subscription.project_id)
        if found is not None:
            found.discard(subscription)
            if not found:
                del self._subscriptions[subscription.project_id]

    def subscriber_count(self, project_id: uuid.UUID | None = None) -> int:
        if project_id is not None:
            return len(self._subscriptions.get(project_id, ()))
        return sum(len(s) for s in self._subscriptions.values())

    async def close(self) -> None:
        async with self._lock:
            conn, self._conn = self._conn, None
            self._end_all(ListenerLost("the server is stopping"))
            if conn is not None and not conn.is_closed():
                await conn.close()

    async def _connect(self) -> None:
        if self._conn is not None and not self._conn.is_closed():
            return
        async with self._lock:
            if self._conn is not None and not self._conn.is_closed():
                return
            try:
                conn = await asyncpg.connect(
                    self._dsn, server_settings={"application_name": self._application_name}
                )
                await conn.add_listener(self._channel, self._on_notify)
            except (OSError, asyncpg.PostgresError) as error:
                raise ListenerLost(f"cannot listen on {self._channel}: {error}") from error
            conn.add_termination_listener(self._on_terminated)
            self._conn = conn

    def _on_notify(self, conn: Any, pid: int, channel: str, payload: str) -> None:
        notice = self._parse(payload)
        if notice is None:
            log.warning("ignoring a malformed notice", extra={"fields": {"p": payload}})
            return
        for subscription in list(self._subscriptions.get(notice.project_id, ())):  # type: ignore[attr-defined]
            if subscription.wants(notice) and not subscription.offer(notice):
                self.unsubscribe(subscription)
                subscription.end(SubscriberTooSlow("the stream fell too far behind"))

    def _on_terminated(self, conn: Any) -> None:
        if conn is self._conn:
            self._conn = None
            log.warning("LISTEN connection lost; ending live streams")
            self._end_all(ListenerLost("the live connection was lost; reconnect"))

    def _end_all(self, error: StreamEnded) -> None:
        subscriptions = [s for group in self._subscriptions.values() for s in group]
        self._subscriptions.clear()
        for subscription in subscriptions:
            subscription.end(error)
