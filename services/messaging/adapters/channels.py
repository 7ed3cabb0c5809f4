"""Channels in PostgreSQL: the document plus the columns filters and indexes use.

Traffic counters are not kept in the document: every read fills them from the sharded
messaging.channel_counters (see channel_counters.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from messaging.adapters.channel_counters import counters_of
from messaging.domain.channels import Channel
from shared.repository import DocumentRepository, Page

S = "messaging"


class ChannelRepository(DocumentRepository[Channel]):
    table, model, kind = f"{S}.channels", Channel, "channel"

    def columns(self, channel: Channel) -> dict[str, Any]:
        return {
            "project_id": channel.project_id,
            "name": channel.name,
            "type_code": str(channel.channel_type_code.value),
            "status": channel.status.value,
            "delete_time": channel.delete_time,
        }

    async def find(self, where: str, **params: Any) -> Channel | None:
        found = await super().find(where, **params)
        if found is not None:
            await self._fill_counters([found])
        return found

    async def page(self, *args: Any, **kwargs: Any) -> Page[Channel]:
        found = await super().page(*args, **kwargs)
        await self._fill_counters(found.items)
        return found

    async def _fill_counters(self, channels: Sequence[Channel]) -> None:
        counters = await counters_of(self._conn, [c.id for c in channels])
        for channel in channels:
            channel.counters = counters[channel.id]
