import dataclasses
import uuid

import pytest

from crm.domain.automation import AutomationRule
from crm.domain.contact_lists import ContactList
from crm.domain.contact_pipeline import ContactPipelineHistoryEntry, ContactPipelineStatus
from crm.domain.contacts import Contact
from crm.domain.custom_fields import CustomFieldValue
from crm.domain.events import ALL_EVENTS, ContactTagAdded
from crm.domain.list_rules import FilterRule
from crm.domain.notes import Note
from crm.domain.phones import Phone
from crm.domain.pipeline_statuses import PipelineStatus
from crm.domain.pipelines import Pipeline
from crm.domain.timeline import ContactEvent
from crm.domain.tracking import Tracking
from crm.domain.whatsapp import WhatsAppIdentifiers
from shared.domain import DomainEvent
from ventros.common.v1 import options_pb2, types_pb2
from ventros.crm.v1 import (
    contact_event_pb2,
    contact_list_pb2,
    contact_pb2,
    events_pb2,
    note_pb2,
    pipeline_pb2,
    tracking_pb2,
)

CONTRACT = {
    message.name: message.GetOptions().Extensions[options_pb2.event_routing_key]
    for message in events_pb2.DESCRIPTOR.message_types_by_name.values()
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


RESOURCES = [
    (Contact, contact_pb2.Contact, set()),
    (WhatsAppIdentifiers, contact_pb2.WhatsAppIdentifiers, set()),
    (Phone, types_pb2.PhoneNumber, set()),
    (CustomFieldValue, types_pb2.CustomFieldValue, set()),
    (ContactList, contact_list_pb2.ContactList, set()),
    (FilterRule, contact_list_pb2.ContactListFilterRule, set()),
    (Note, note_pb2.Note, set()),
    (ContactEvent, contact_event_pb2.ContactEvent, set()),
    (Tracking, tracking_pb2.Tracking, set()),
    (Pipeline, pipeline_pb2.Pipeline, set()),
    (PipelineStatus, pipeline_pb2.PipelineStatus, set()),
    (ContactPipelineStatus, pipeline_pb2.ContactPipelineStatus, set()),
    (ContactPipelineHistoryEntry, pipeline_pb2.ContactPipelineHistoryEntry, set()),
    (AutomationRule, pipeline_pb2.AutomationRule, set()),
]


@pytest.mark.parametrize(
    ("model", "message", "absent"), RESOURCES, ids=lambda x: getattr(x, "__name__", "")
)
def test_resources_name_their_fields_as_the_proto_does(model, message, absent) -> None:
    proto = {f.name for f in message.DESCRIPTOR.fields}
    domain = {f.name for f in dataclasses.fields(model)}
    assert proto - domain == absent


def test_events_are_immutable() -> None:
    event = ContactTagAdded(
        aggregate_id=uuid.uuid4(),
        project_id=None,
        contact_id=uuid.uuid4(),
        tags=("a",),
        current_tags=("a",),
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.tags = ()  # type: ignore[misc]
