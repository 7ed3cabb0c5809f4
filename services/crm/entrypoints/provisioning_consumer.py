"""The crm.provisioning consumer: identity.project.created → the project's default pipeline."""

from __future__ import annotations

import logging
import uuid

from google.protobuf.message import Message

from crm.service_layer.provisioning import CONSUMER, ProjectOpened, Provisioning
from shared.consumer import Consumer, Envelope
from ventros.identity.v1 import events_pb2 as identity_events

log = logging.getLogger(__name__)
QUEUE = CONSUMER
BINDINGS = ("identity.project.created",)


class ProvisioningConsumer:
    def __init__(self, provisioning: Provisioning) -> None:
        self._provisioning = provisioning

    def consumer(self, amqp_url: str) -> Consumer:
        return Consumer(amqp_url=amqp_url, queue=QUEUE, bindings=BINDINGS, handler=self.handle)

    async def handle(self, event: Message, envelope: Envelope) -> None:
        if not isinstance(event, identity_events.ProjectCreated):
            log.warning("unexpected event", extra={"fields": {"type": event.DESCRIPTOR.full_name}})
            return
        project_id = envelope.project_id or uuid.UUID(event.project.id)
        await self._provisioning.project_opened(
            ProjectOpened(
                event_id=envelope.event_id,
                project_id=project_id,
                create_default_pipeline=event.create_default_pipeline,
                pipeline_name=event.default_pipeline_name,
                language_code=event.project.language_code,
            )
        )
