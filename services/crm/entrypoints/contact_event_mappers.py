"""Timeline entries between the contract and the domain."""

from __future__ import annotations

from crm.domain.timeline import ContactEvent
from shared.protomap import fill
from ventros.crm.v1 import contact_event_pb2


def contact_event(e: ContactEvent) -> contact_event_pb2.ContactEvent:
    return fill(contact_event_pb2.ContactEvent(), e)
