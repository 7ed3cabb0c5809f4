"""The messaging.pipelines consumer: crm.pipeline.created|updated|deleted → the pipeline's
session timeout, kept in messaging for sessions that start in it."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import timedelta

from google.protobuf.message import Message

from messaging.adapters import pipeline_timeouts
from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from shared.consumer import Consumer, Envelope
from ventros.crm.v1 import events_pb2 as crm_events

log = logging.getLogger(__name__)
QUEUE = "messaging.pipelines"
BINDINGS = ("crm.pipeline.created", "crm.pipeline.updated", "crm.pipeline.deleted")


class PipelineConsumer:
    def __init__(self, uow: Callable[..., MessagingUnitOfWork]) -> None:
        self._uow = uow

    def consumer(self, amqp_url: str) -> Consumer:
        return Consumer(amqp_url=amqp_url, queue=QUEUE, bindings=BINDINGS, handler=self.handle)

    async def handle(self, event: Message, envelope: Envelope) -> None:
        project_id = envelope.project_id or uuid.UUID(event.metadata.project_id)  # type: ignore[attr-defined]
        async with self._uow(project_id=project_id) as uow:
            if isinstance(event, crm_events.PipelineCreated | crm_events.PipelineUpdated):
                pipeline = event.pipeline
                timeout: timedelta | None = (
                    pipeline.session_timeout.ToTimedelta()
                    if pipeline.HasField("session_timeout")
                    else None
                )
                await pipeline_timeouts.keep(
                    uow.connection, project_id, uuid.UUID(pipeline.id), pipeline.version, timeout
                )
            elif isinstance(event, crm_events.PipelineDeleted):
                await pipeline_timeouts.keep(
                    uow.connection, project_id, uuid.UUID(event.pipeline_id), 0, None, deleted=True
                )
            else:
                log.warning(
                    "unexpected event", extra={"fields": {"type": event.DESCRIPTOR.full_name}}
                )
                return
            await uow.commit()
