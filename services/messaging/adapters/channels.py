"""Channels in PostgreSQL: the document plus the columns filters and indexes use."""

from __future__ import annotations

from typing import Any

from messaging.domain.channels import Channel
from shared.repository import DocumentRepository

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
