"""The crm.inbound consumer: messaging.message.received → interactions and trackings."""

from __future__ import annotations

from crm.service_layer.inbound import BINDINGS, QUEUE, InboundMessages
from shared.consumer import Consumer
from ventros.messaging.v1 import events_pb2  # noqa: F401  (registers MessageReceived for decoding)


def inbound_consumer(amqp_url: str, inbound: InboundMessages) -> Consumer:
    return Consumer(amqp_url=amqp_url, queue=QUEUE, bindings=BINDINGS, handler=inbound.handle)
