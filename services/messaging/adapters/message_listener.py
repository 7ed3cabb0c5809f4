"""Live message notices: whoever stores or updates a message NOTIFYs `messaging_messages`
with '<project>:<session>:<chat>:<message>' (see adapters.messages.MessageRepository.notify);
streams subscribe here. The fan-out itself is shared (shared/notify_fanout.py)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from messaging.adapters.messages import NOTIFY_CHANNEL
from shared.notify_fanout import (
    DEFAULT_QUEUE_SIZE,
    ListenerLost,
    NotifyListener,
    StreamEnded,
    SubscriberTooSlow,
    Subscription,
)

__all__ = ["ListenerLost", "MessageListener", "Notice", "StreamEnded", "SubscriberTooSlow"]


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


class MessageListener(NotifyListener[Notice]):
    def __init__(self, database_url: str, *, queue_size: int = DEFAULT_QUEUE_SIZE) -> None:
        super().__init__(
            database_url,
            NOTIFY_CHANNEL,
            Notice.parse,
            queue_size=queue_size,
            application_name="messaging-message-listener",
        )

    async def subscribe(
        self,
        project_id: uuid.UUID,
        session_id: uuid.UUID | None = None,
        chat_id: uuid.UUID | None = None,
    ) -> Subscription[Notice]:
        """The project's message changes for one session and/or one chat."""

        def wants(notice: Notice) -> bool:
            if session_id is not None and notice.session_id != session_id:
                return False
            return chat_id is None or notice.chat_id == chat_id

        return await self.open(project_id, wants)
