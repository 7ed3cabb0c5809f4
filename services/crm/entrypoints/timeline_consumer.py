"""The timeline consumer: domain events of every context → contact timeline entries.

Queue `crm.timeline`, bound to exactly the routing keys the timeline mapping
describes. Each event is decoded into the dict the mapping reads
(json_format.MessageToDict with proto field names) and recorded once.
"""

from __future__ import annotations

from google.protobuf import json_format
from google.protobuf.message import Message

from crm.domain.timeline_mapping import DESCRIBERS
from crm.service_layer.timeline import Timeline
from shared.consumer import Consumer, Envelope
from shared.outbox import routing_key_of
from ventros.crm.v1 import events_pb2 as crm_events  # noqa: F401  (registers the types)
from ventros.messaging.v1 import events_pb2 as messaging_events  # noqa: F401  (ditto)

QUEUE = "crm.timeline"
BINDINGS = tuple(sorted(DESCRIBERS))


class TimelineConsumer:
    def __init__(self, timeline: Timeline) -> None:
        self._timeline = timeline

    async def handle(self, event: Message, envelope: Envelope) -> None:
        """Record the entry `event` means (if any); a redelivery changes nothing."""
        try:
            routing_key = routing_key_of(event)
        except ValueError:
            routing_key = envelope.routing_key
        payload = json_format.MessageToDict(event, preserving_proto_field_name=True)
        await self._timeline.record(routing_key, payload, envelope.event_id, envelope.project_id)

    def consumer(self, amqp_url: str) -> Consumer:
        return Consumer(amqp_url=amqp_url, queue=QUEUE, bindings=BINDINGS, handler=self.handle)
