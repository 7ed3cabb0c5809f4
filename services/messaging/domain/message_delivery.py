"""Delivery of a message: sent, delivered, read, played, failed — monotonic."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from messaging.domain.events import (
    MessageDelivered,
    MessageFailed,
    MessagePlayed,
    MessageRead,
    MessageSent,
)
from messaging.domain.events.messages import StatusChange
from messaging.domain.message_ids import bare_message_id
from messaging.domain.message_parts import MessageContentType, MessageError, MessageSource
from messaging.domain.message_status import MessageStatus, advances, status_for_ack

if TYPE_CHECKING:
    import uuid

    from messaging.domain.base import VersionedAggregate as _Aggregate
    from messaging.domain.messages import Message
else:
    _Aggregate = object

_TIME_FIELD = {
    MessageStatus.SENT: "sent_time",
    MessageStatus.DELIVERED: "delivered_time",
    MessageStatus.READ: "read_time",
    MessageStatus.PLAYED: "played_time",
    MessageStatus.FAILED: "failed_time",
}
_EVENTS: dict[MessageStatus, type[StatusChange]] = {
    MessageStatus.DELIVERED: MessageDelivered,
    MessageStatus.READ: MessageRead,
    MessageStatus.PLAYED: MessagePlayed,
}


class MessageDeliveryMixin(_Aggregate):
    """Status methods of Message (a mixin: `self` is the Message)."""

    if TYPE_CHECKING:  # the Message fields these methods use (declared in Message)
        content_type: MessageContentType
        source: MessageSource
        agent_id: uuid.UUID | None
        provider_message_id: str
        provider_serialized_id: str
        status: MessageStatus | None
        error: MessageError | None
        request_id: str

        def _where(self) -> dict[str, Any]: ...

    def mark_sent(
        self,
        provider_serialized_id: str,
        *,
        sent_time: datetime | None = None,
        now: datetime | None = None,
    ) -> bool:
        """The provider accepted the message and gave it an id."""
        serialized = provider_serialized_id.strip()
        self.provider_serialized_id = serialized or self.provider_serialized_id
        self.provider_message_id = bare_message_id(serialized) or self.provider_message_id
        return self.advance_status(MessageStatus.SENT, at=sent_time, now=now)

    def apply_ack(
        self,
        ack: int,
        *,
        at: datetime | None = None,
        error: MessageError | None = None,
        now: datetime | None = None,
    ) -> bool:
        """A WAHA ack (-1 ERROR … 4 PLAYED). False, and nothing changes, when it is
        unknown or not higher than the status already reached."""
        status = status_for_ack(ack)
        if status is None:
            return False
        return self.advance_status(status, at=at, error=error, now=now)

    def fail(
        self,
        error: MessageError,
        *,
        at: datetime | None = None,
        now: datetime | None = None,
    ) -> bool:
        return self.advance_status(MessageStatus.FAILED, at=at, error=error, now=now)

    def advance_status(
        self,
        status: MessageStatus | str,
        *,
        at: datetime | None = None,
        error: MessageError | None = None,
        now: datetime | None = None,
    ) -> bool:
        """Move forward to `status`; False (no change) when it is not progress."""
        wanted = MessageStatus(status)
        previous = self.status
        if not advances(previous, wanted):
            return False
        moment = self._touch(now)
        when = at or moment
        self.status = wanted
        if wanted in _TIME_FIELD:
            setattr(self, _TIME_FIELD[wanted], when)
        common = {**self._envelope(moment), **self._where()}
        common |= {"source": self.source, "request_id": self.request_id}
        if wanted == MessageStatus.SENT:
            self.record(
                MessageSent(
                    **common,
                    content_type=self.content_type,
                    agent_id=self.agent_id,
                    provider_message_id=self.provider_message_id,
                    sent_time=when,
                    message=cast("Message", self).snapshot(),
                )
            )
        elif wanted == MessageStatus.FAILED:
            self.error = error or self.error
            self.record(
                MessageFailed(
                    **common, previous_status=previous, error=self.error, failed_time=when
                )
            )
        elif wanted in _EVENTS:
            common[_TIME_FIELD[wanted]] = when
            self.record(_EVENTS[wanted](**common, previous_status=previous))
        return True
