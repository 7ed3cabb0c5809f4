"""Messages between the contract and the domain."""

from __future__ import annotations

from messaging.domain.messages import Message
from shared.protomap import fill
from ventros.messaging.v1 import message_pb2


def message(m: Message) -> message_pb2.Message:
    return fill(message_pb2.Message(), m, edited=m.edited)
