"""The messaging.session_lifecycle consumer: messaging.session.started → the session's
lifecycle workflow on Temporal (started once; a redelivery finds it running)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from google.protobuf.message import Message

from messaging.workflows.session_lifecycle import start_session_lifecycle
from shared.consumer import Consumer, Envelope
from ventros.messaging.v1 import events_pb2

log = logging.getLogger(__name__)
QUEUE = "messaging.session_lifecycle"
BINDINGS = ("messaging.session.started",)

TemporalClient = Callable[[], Awaitable[Any]]


class SessionLifecycleConsumer:
    def __init__(self, temporal: TemporalClient, task_queue: str) -> None:
        self._temporal, self._task_queue = temporal, task_queue

    def consumer(self, amqp_url: str) -> Consumer:
        return Consumer(amqp_url=amqp_url, queue=QUEUE, bindings=BINDINGS, handler=self.handle)

    async def handle(self, event: Message, envelope: Envelope) -> None:
        if not isinstance(event, events_pb2.SessionStarted):
            log.warning("unexpected event", extra={"fields": {"type": event.DESCRIPTOR.full_name}})
            return
        session_id = uuid.UUID(event.metadata.aggregate_id)
        project_id = envelope.project_id or uuid.UUID(event.metadata.project_id)
        # Temporal down: the handler fails and the consumer retries; a session whose
        # workflow never starts is still ended by the scheduled clean-up.
        await start_session_lifecycle(
            await self._temporal(), session_id, project_id, task_queue=self._task_queue
        )
