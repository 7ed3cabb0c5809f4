"""Live timeline notices: the timeline consumer NOTIFYs `crm_timeline` with
'<project>:<contact>:<entry id>' when it stores an entry; streams subscribe here.
The fan-out itself is shared (shared/notify_fanout.py)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from crm.adapters.contact_events import NOTIFY_CHANNEL
from shared.notify_fanout import (
    DEFAULT_QUEUE_SIZE,
    ListenerLost,
    NotifyListener,
    StreamEnded,
    SubscriberTooSlow,
    Subscription,
)

__all__ = ["ListenerLost", "Notice", "StreamEnded", "SubscriberTooSlow", "TimelineListener"]


@dataclass(frozen=True)
class Notice:
    project_id: uuid.UUID
    contact_id: uuid.UUID
    event_id: uuid.UUID

    @classmethod
    def parse(cls, payload: str) -> Notice | None:
        try:
            project, contact, event = payload.split(":")
            return cls(uuid.UUID(project), uuid.UUID(contact), uuid.UUID(event))
        except ValueError:
            return None


class TimelineListener(NotifyListener[Notice]):
    def __init__(self, database_url: str, *, queue_size: int = DEFAULT_QUEUE_SIZE) -> None:
        super().__init__(
            database_url,
            NOTIFY_CHANNEL,
            Notice.parse,
            queue_size=queue_size,
            application_name="crm-timeline-listener",
        )

    async def subscribe(
        self, project_id: uuid.UUID, contact_id: uuid.UUID | None = None
    ) -> Subscription[Notice]:
        """The project's entries, or only one contact's."""
        return await self.open(
            project_id, lambda n: contact_id is None or n.contact_id == contact_id
        )
