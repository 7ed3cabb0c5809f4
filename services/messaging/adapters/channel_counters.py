"""A channel's traffic counters in messaging.channel_counters: sharded rows, summed on
read. Counting a message touches one shard chosen by its chat, so messages of different
chats on one channel never wait for each other's row lock."""

from __future__ import annotations

import uuid
import zlib
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from messaging.domain.channel_config import ChannelCounters

SHARDS = 16
TABLE = "messaging.channel_counters"

_COUNT = text(
    f"INSERT INTO {TABLE} AS c (project_id, channel_id, shard, messages_received,"
    " messages_sent, last_message_time) VALUES (:p, :ch, :shard, :received, :sent, :at)"
    " ON CONFLICT (channel_id, shard) DO UPDATE SET"
    " messages_received = c.messages_received + excluded.messages_received,"
    " messages_sent = c.messages_sent + excluded.messages_sent,"
    " last_message_time = GREATEST(c.last_message_time, excluded.last_message_time)"
)


async def count_messages(
    conn: AsyncConnection,
    project_id: uuid.UUID,
    channel_id: uuid.UUID,
    *,
    received: int,
    sent: int,
    last_message_time: datetime,
    chat_key: str,
) -> None:
    """Add stored messages to the channel's counters (one shard, chosen by the chat)."""
    await conn.execute(
        _COUNT,
        {
            "p": project_id,
            "ch": channel_id,
            "shard": zlib.crc32(chat_key.encode()) % SHARDS,
            "received": received,
            "sent": sent,
            "at": last_message_time,
        },
    )


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
