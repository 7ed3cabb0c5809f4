"""The name-based encoder of the adapter layer turns crm's events into their contracts."""

import uuid
from datetime import timedelta

from crm.domain.automation import AutomationRule
from crm.domain.contact_pipeline import ContactPipelineStatus
from crm.domain.contacts import Contact
from crm.domain.custom_fields import CustomFieldValue
from crm.domain.events import ALL_EVENTS
from shared import protomap
from shared.domain import DomainEvent
from shared.event_encoding import ProtoEventEncoder
from tests.unit.crm.builders import NOW, PROJECT, contact, pipeline
from ventros.common.v1 import types_pb2
from ventros.crm.v1 import contact_pb2, events_pb2, pipeline_pb2

encode = ProtoEventEncoder(
    events_pb2,
    {
        "ventros.crm.v1.Contact": (Contact, lambda c: protomap.fill(contact_pb2.Contact(), c)),
        "ventros.crm.v1.AutomationRule": (
            AutomationRule,
            lambda r: protomap.fill(pipeline_pb2.AutomationRule(), r),
        ),
    },
)


def test_a_contact_snapshot_fills_the_contact_message() -> None:
    subject = Contact.create(
        project_id=PROJECT,
        name="Marina",
        phone="5511999999999@c.us",
        tags=["vip"],
        custom_fields={
            "products": CustomFieldValue.of("multi_select", ["crm"]),
            "seats": CustomFieldValue.of("number", 3),
        },
        source_channel="whatsapp",
        now=NOW,
    )
    [event] = subject.collect_events()
    message = encode(event, subject)
    assert isinstance(message, events_pb2.ContactCreated)
    got = message.contact
    assert (got.name, got.phone.e164, got.phone.region_code, got.whatsapp_ids.wid) == (
        "Marina",
        "+5511999999999",
        "BR",
        "5511999999999",
    )
    assert got.source_channel == contact_pb2.CONTACT_SOURCE_CHANNEL_WHATSAPP
    assert list(got.custom_fields["products"].options_value.values) == ["crm"]
    assert got.custom_fields["seats"].type == types_pb2.CUSTOM_FIELD_TYPE_NUMBER
    assert message.metadata.aggregate_id == str(subject.id)


def test_a_status_change_carries_its_duration_and_status_type() -> None:
    sales = pipeline("New", "Won")
    place = ContactPipelineStatus.start(
        project_id=PROJECT, contact_id=uuid.uuid4(), pipeline_id=sales.id
    )
    place.change_status(sales, sales.statuses[0].id, now=NOW)
    place.change_status(sales, sales.statuses[1].id, now=NOW + timedelta(minutes=90))
    message = encode(place.collect_events()[-1], place)
    assert message.previous_status_duration.ToTimedelta() == timedelta(minutes=90)
    assert message.new_status_type == pipeline_pb2.PIPELINE_STATUS_TYPE_OPEN
    assert message.metadata.aggregate_id == str(place.contact_id)


def test_a_triggered_rule_carries_its_actions_in_their_oneof() -> None:
    rule = AutomationRule.create(
        project_id=PROJECT,
        pipeline_id=uuid.uuid4(),
        name="r",
        trigger="tag_added",
        actions=[
            {"type": "add_tag", "params": {"tags": ["hot"]}, "delay": timedelta(minutes=5)},
            {"type": "create_note", "params": {"content": "x", "priority": "high"}},
        ],
    )
    rule.collect_events()
    rule.fire({}, contact_id=uuid.uuid4())
    [event] = rule.collect_events()
    message = encode(event, rule)
    first, second = message.actions
    assert (first.WhichOneof("params"), list(first.add_tag.tags)) == ("add_tag", ["hot"])
    assert first.delay.ToTimedelta() == timedelta(minutes=5)
    assert second.create_note.priority == 3  # NOTE_PRIORITY_HIGH
    assert message.trigger == pipeline_pb2.AUTOMATION_TRIGGER_TAG_ADDED


def test_a_custom_field_change_carries_both_values() -> None:
    subject = contact()
    subject.set_custom_field("plan", CustomFieldValue.of("select", "gold"))
    message = encode(subject.collect_events()[-1], subject)
    assert isinstance(message, events_pb2.ContactCustomFieldSet)
    assert (message.new_value.text_value, message.HasField("old_value")) == ("gold", False)


def test_every_event_module_exports_only_domain_events() -> None:
    assert all(issubclass(e, DomainEvent) for e in ALL_EVENTS)
