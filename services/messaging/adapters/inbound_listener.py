"""The inbound processor's wake-ups: one asyncpg LISTEN on `messaging_inbound`.

The ingress NOTIFYs '<project>:<waha event id>:<lane>' (several, ';'-separated, in one
payload) in the transaction that stores events (delivered at commit). Each notice is put
on an in-process queue; the processor also remembers the project so its periodic sweep
picks up retries.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

import asyncpg

from messaging.adapters.waha_events import NOTIFY_CHANNEL, parse_notices
from shared.db import asyncpg_dsn

log = logging.getLogger(__name__)


class InboundListener:
    def __init__(self, database_url: str, queue_size: int = 10_000) -> None:
        self._dsn = asyncpg_dsn(database_url)
        self.queue: asyncio.Queue[tuple[uuid.UUID, uuid.UUID, int]] = asyncio.Queue(queue_size)
        self._conn: asyncpg.Connection | None = None

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.is_closed()

    async def connect(self) -> None:
        if self.connected:
            return
        conn = await asyncpg.connect(
            self._dsn, server_settings={"application_name": "messaging-inbound-listener"}
        )
        await conn.add_listener(NOTIFY_CHANNEL, self._on_notify)
        self._conn = conn

    def _on_notify(self, _conn: Any, _pid: int, _channel: str, payload: str) -> None:
        for notice in parse_notices(payload):
            self.offer(*notice)

    def offer(self, project_id: uuid.UUID, row_id: uuid.UUID, lane: int = 0) -> None:
        try:
            self.queue.put_nowait((project_id, row_id, lane))
        except asyncio.QueueFull:  # the sweep of the project finds it
            log.warning("inbound wake-up queue full; event %s left to the sweep", row_id)

    async def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None and not conn.is_closed():
            try:
                await conn.remove_listener(NOTIFY_CHANNEL, self._on_notify)
            finally:
                await conn.close()
