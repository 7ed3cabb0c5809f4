"""A channel's traffic counters in messaging.channel_counters: sharded rows, summed on
read.

A unit of work tallies the messages it stores (ChannelTally) and adds them with one
upsert per channel just before it commits, into a shard picked at random: the row lock
is held only for the commit itself, and concurrent transactions on one channel seldom
meet on the same row."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from messaging.domain.channel_config import ChannelCounters
from messaging.domain.message_parts import MessageDirection

SHARDS = 16
TABLE = "messaging.channel_counters"

_ADD = text(
    f"INSERT INTO {TABLE} AS c (project_id, channel_id, shard, messages_received,"
    " messages_sent, last_message_time) VALUES (:p, :ch, :shard, :received, :sent, :at)"
    " ON CONFLICT (channel_id, shard) DO UPDATE SET"
    " messages_received = c.messages_received + excluded.messages_received,"
    " messages_sent = c.messages_sent + excluded.messages_sent,"
    " last_message_time = GREATEST(c.last_message_time, excluded.last_message_time)"
)


@dataclass
class _Tally:
    project_id: uuid.UUID
    received: int = 0
    sent: int = 0
    last_message_time: datetime | None = None


class ChannelTally:
    """Messages stored by one transaction, per channel, until it commits."""

    def __init__(self) -> None:
        self._channels: dict[uuid.UUID, _Tally] = {}

    def count(
        self,
        project_id: uuid.UUID,
        channel_id: uuid.UUID,
        direction: MessageDirection,
        message_time: datetime,
    ) -> None:
        tally = self._channels.setdefault(channel_id, _Tally(project_id))
        if direction == MessageDirection.INBOUND:
            tally.received += 1
        else:
            tally.sent += 1
        last = tally.last_message_time
        tally.last_message_time = message_time if last is None else max(last, message_time)

    async def flush(self, conn: AsyncConnection) -> None:
        # Channels in one order: two transactions never wait on each other in a cycle.
        for channel_id in sorted(self._channels):
            tally = self._channels[channel_id]
            await conn.execute(
                _ADD,
                {
                    "p": tally.project_id,
                    "ch": channel_id,
                    "shard": secrets.randbelow(SHARDS),
                    "received": tally.received,
                    "sent": tally.sent,
                    "at": tally.last_message_time,
                },
            )
        self._channels.clear()


async def counters_of(
    conn: AsyncConnection, channel_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, ChannelCounters]:
    """The counters of the channels this transaction may see (zero when none counted)."""
    if not channel_ids:
        return {}
    rows = await conn.execute(
        text(
            f"SELECT channel_id, sum(messages_received), sum(messages_sent),"
            f" max(last_message_time) FROM {TABLE} WHERE channel_id = ANY(:ids)"
            " GROUP BY channel_id"
        ),
        {"ids": list(channel_ids)},
    )
    found = {
        r[0]: ChannelCounters(
            messages_received=int(r[1]), messages_sent=int(r[2]), last_message_time=r[3]
        )
        for r in rows
    }
    return {i: found.get(i, ChannelCounters()) for i in channel_ids}
