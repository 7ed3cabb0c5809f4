"""The messaging.contact_merges consumer: crm.contact.merged → the merged contact's chats,
sessions and messages move to the survivor."""

from __future__ import annotations

import logging
import uuid

from google.protobuf.message import Message

from messaging.service_layer.contact_merges import ContactMerges, ContactsMerged
from shared.consumer import Consumer, Envelope, PoisonMessage
from ventros.crm.v1 import events_pb2 as crm_events

log = logging.getLogger(__name__)
QUEUE = "messaging.contact_merges"
BINDINGS = ("crm.contact.merged",)


class ContactMergeConsumer:
    def __init__(self, merges: ContactMerges) -> None:
        self._merges = merges

    def consumer(self, amqp_url: str) -> Consumer:
        return Consumer(amqp_url=amqp_url, queue=QUEUE, bindings=BINDINGS, handler=self.handle)

    async def handle(self, event: Message, envelope: Envelope) -> None:
        if not isinstance(event, crm_events.ContactMerged):
            log.warning("unexpected event", extra={"fields": {"type": event.DESCRIPTOR.full_name}})
            return
        try:
            merged = ContactsMerged(
                event_id=envelope.event_id,
                project_id=envelope.project_id or uuid.UUID(event.metadata.project_id),
                survivor_id=uuid.UUID(event.survivor_contact_id),
                merged_id=uuid.UUID(event.merged_contact_id),
            )
        except ValueError as error:
            raise PoisonMessage(f"contact.merged without its ids: {error}") from error
        await self._merges.move(merged)
