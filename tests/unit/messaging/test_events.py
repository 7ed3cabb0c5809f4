import dataclasses

import pytest

from messaging.domain.events import ALL_EVENTS
from shared.domain import DomainEvent
from ventros.common.v1 import options_pb2
from ventros.messaging.v1 import events_pb2

CONTRACT = {
    message.name: message.GetOptions().Extensions[options_pb2.event_routing_key]
    for message in events_pb2.DESCRIPTOR.message_types_by_name.values()
    if message.GetOptions().Extensions[options_pb2.event_routing_key]
}
ENVELOPE = {f.name for f in dataclasses.fields(DomainEvent)}


def test_every_contracted_event_has_a_domain_event_of_the_same_name_and_key() -> None:
    assert {event.__name__: event.routing_key for event in ALL_EVENTS} == CONTRACT


def test_all_events_lists_the_contract_in_its_order() -> None:
    assert [event.__name__ for event in ALL_EVENTS] == list(CONTRACT)


@pytest.mark.parametrize("event", ALL_EVENTS, ids=lambda e: e.__name__)
def test_event_fields_are_named_as_the_proto_fields(event) -> None:
    descriptor = events_pb2.DESCRIPTOR.message_types_by_name[event.__name__]
    proto = {f.name for f in descriptor.fields} - {"metadata"}
    domain = {f.name for f in dataclasses.fields(event)} - ENVELOPE
    assert domain == proto
