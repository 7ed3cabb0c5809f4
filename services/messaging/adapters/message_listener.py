"""One LISTEN connection per api process, fanned out to the open message streams.

Whoever stores or updates a message NOTIFYs `messaging_messages` with
'<project>:<session>:<chat>:<message>' (see adapters.messages.notify_message) in the
transaction that writes it, so PostgreSQL delivers it only once the change is
committed. This listener (the approach of crm's timeline listener) holds a single
asyncpg connection, opened on the first subscription, and hands each notice to the
subscriptions of that project — never another tenant's — through bounded queues. A
subscriber that falls a whole queue behind is dropped (SubscriberTooSlow); if the
connection is lost every subscriber ends (ListenerLost) so clients reconnect and
replay from their last message.

A notice only says that a message changed: each stream reads it itself under its own
tenant-scoped transaction, so row-level security still decides what it may see.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass
from typing import Any

import asyncpg

from messaging.adapters.messages import NOTIFY_CHANNEL
from shared.db import asyncpg_dsn

log = logging.getLogger(__name__)
DEFAULT_QUEUE_SIZE = 256
DEFAULT_BATCH = 100


class StreamEnded(Exception):
    """Base: a live subscription cannot go on."""


class SubscriberTooSlow(StreamEnded):
    """The subscriber's queue was full: it was dropped rather than buffered without bound."""


class ListenerLost(StreamEnded):
    """The LISTEN connection is gone (or the process is stopping); reconnect and replay."""


def _optional(value: str) -> uuid.UUID | None:
    return None if value in ("", "-") else uuid.UUID(value)


@dataclass(frozen=True)
class Notice:
    project_id: uuid.UUID
    session_id: uuid.UUID | None
    chat_id: uuid.UUID | None
    message_id: uuid.UUID

    @classmethod
    def parse(cls, payload: str) -> Notice | None:
        try:
            project, session, chat, message = payload.split(":")
            return cls(uuid.UUID(project), _optional(session), _optional(chat), uuid.UUID(message))
        except ValueError:
            return None


class Subscription:
    """A stream's view of the notices of its project, for one session or one chat."""

    def __init__(
        self,
        listener: MessageListener,
        project_id: uuid.UUID,
        session_id: uuid.UUID | None,
        chat_id: uuid.UUID | None,
        queue_size: int,
    ) -> None:
        self.project_id, self.session_id, self.chat_id = project_id, session_id, chat_id
        self._listener = listener
        self._queue: asyncio.Queue[Notice | None] = asyncio.Queue(queue_size)
        self._error: StreamEnded | None = None

    def wants(self, notice: Notice) -> bool:
        if self.session_id is not None and notice.session_id != self.session_id:
            return False
        return self.chat_id is None or notice.chat_id == self.chat_id

    async def next(self, limit: int = DEFAULT_BATCH) -> list[Notice]:
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

    def offer(self, notice: Notice | None) -> bool:
        try:
            self._queue.put_nowait(notice)
        except asyncio.QueueFull:
            return False
        return True

    def end(self, error: StreamEnded) -> None:
        if self._error is None:
            self._error = error
        self.offer(None)


class MessageListener:
    def __init__(
        self,
        database_url: str,
        *,
        queue_size: int = DEFAULT_QUEUE_SIZE,
        application_name: str = "messaging-message-listener",
    ) -> None:
        self._dsn, self._queue_size = asyncpg_dsn(database_url), queue_size
        self._application_name = application_name
        self._conn: asyncpg.Connection | None = None
        self._lock = asyncio.Lock()
        self._subscriptions: dict[uuid.UUID, set[Subscription]] = {}

    async def subscribe(
        self,
        project_id: uuid.UUID,
        session_id: uuid.UUID | None = None,
        chat_id: uuid.UUID | None = None,
    ) -> Subscription:
        await self._connect()
        subscription = Subscription(self, project_id, session_id, chat_id, self._queue_size)
        self._subscriptions.setdefault(project_id, set()).add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
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
                await conn.add_listener(NOTIFY_CHANNEL, self._on_notify)
            except (OSError, asyncpg.PostgresError) as error:
                raise ListenerLost(f"cannot listen for messages: {error}") from error
            conn.add_termination_listener(self._on_terminated)
            self._conn = conn

    def _on_notify(self, conn: Any, pid: int, channel: str, payload: str) -> None:
        notice = Notice.parse(payload)
        if notice is None:
            log.warning("ignoring a malformed message notice", extra={"fields": {"p": payload}})
            return
        for subscription in list(self._subscriptions.get(notice.project_id, ())):
            if subscription.wants(notice) and not subscription.offer(notice):
                self.unsubscribe(subscription)
                subscription.end(SubscriberTooSlow("the stream fell too far behind"))

    def _on_terminated(self, conn: Any) -> None:
        if conn is self._conn:
            self._conn = None
            log.warning("message LISTEN connection lost; ending live streams")
            self._end_all(ListenerLost("the live message connection was lost; reconnect"))

    def _end_all(self, error: StreamEnded) -> None:
        subscriptions = [s for group in self._subscriptions.values() for s in group]
        self._subscriptions.clear()
        for subscription in subscriptions:
            subscription.end(error)
