"""Aggregates survive the JSON document the repositories store them as."""

import uuid
from datetime import timedelta

import pytest

from crm.domain.attribution import attribution_from
from crm.domain.automation import AutomationRule
from crm.domain.contact_lists import ContactList
from crm.domain.contact_pipeline import ContactPipelineStatus
from crm.domain.contacts import Contact
from crm.domain.custom_fields import CustomFieldValue
from crm.domain.notes import Note
from crm.domain.pipelines import Pipeline
from crm.domain.timeline import ContactEvent
from crm.domain.timeline_mapping import timeline_entry_for
from crm.domain.tracking import Tracking
from crm.domain.values import Actor, ActorType
from shared.documents import from_document, to_document
from tests.unit.crm.builders import LATER, NOW, PROJECT, contact, pipeline


def full_contact() -> Contact:
    subject = contact(
        phone="5511999999999@c.us",
        email="a@b.co",
        tags=["vip"],
        whatsapp_ids={"lid": "123@lid"},
        custom_fields={
            "products": CustomFieldValue.of("multi_select", ["a", "b"]),
            "born": CustomFieldValue.of("date", "1990-05-01"),
            "raw": CustomFieldValue.of("json", {"k": [1]}),
        },
    )
    subject.record_interaction(NOW, "m1")
    return subject


def place() -> ContactPipelineStatus:
    sales = pipeline("New", "Won")
    moved = ContactPipelineStatus.start(
        project_id=PROJECT, contact_id=uuid.uuid4(), pipeline_id=sales.id
    )
    moved.change_status(sales, sales.statuses[0].id, changed_by=Actor(ActorType.USER, "u"), now=NOW)
    moved.change_status(sales, sales.statuses[1].id, now=LATER)
    return moved


def rule() -> AutomationRule:
    return AutomationRule.create(
        project_id=PROJECT,
        pipeline_id=uuid.uuid4(),
        name="r",
        trigger="scheduled",
        trigger_config={"schedule": {"type": "daily", "hour": 9}},
        conditions={
            "logical_operator": "or",
            "conditions": [{"field": "contact.tags", "operator": "in", "value": ["a", "b"]}],
            "groups": [{"conditions": [{"field": "x", "operator": "is_null"}]}],
        },
        actions=[{"type": "send_message", "params": {"text": "hi"}, "delay": timedelta(minutes=3)}],
    )


BUILDERS = {
    "contact": full_contact,
    "list": lambda: ContactList.create(
        project_id=PROJECT,
        name="l",
        type="dynamic",
        filter_rules=[
            {
                "rule_type": "attribute",
                "field_key": "create_time",
                "operator": "gt",
                "value": "2025-01-01T00:00:00Z",
            }
        ],
    ),
    "note": lambda: Note.add(
        project_id=PROJECT,
        contact_id=uuid.uuid4(),
        author_type="agent",
        author_id="a",
        content="x",
        attachments=[{"url": "https://x.io/f.pdf", "size_bytes": 3}],
    ),
    "pipeline": lambda: pipeline("New", "Won", session_timeout=45),
    "place": place,
    "rule": rule,
    "tracking": lambda: Tracking.create(
        project_id=PROJECT,
        contact_id=uuid.uuid4(),
        attribution=attribution_from({"sourceType": "ad"}),
        code=3,
    ),
    "timeline": lambda: ContactEvent.from_entry(
        timeline_entry_for(
            "crm.contact.tag_added",
            {
                "metadata": {"project_id": str(PROJECT)},
                "contact_id": str(uuid.uuid4()),
                "tags": ["x"],
            },
        )
    ),
}
MODELS = {
    "contact": Contact,
    "list": ContactList,
    "note": Note,
    "pipeline": Pipeline,
    "place": ContactPipelineStatus,
    "rule": AutomationRule,
    "tracking": Tracking,
    "timeline": ContactEvent,
}


@pytest.mark.parametrize("name", BUILDERS)
def test_an_aggregate_round_trips_through_its_document(name) -> None:
    original = BUILDERS[name]()
    restored = from_document(MODELS[name], to_document(original))
    assert to_document(restored) == to_document(original)
    assert restored.__dict__.keys() >= {"id", "version"}
    for key, value in vars(original).items():
        if key != "events":
            assert getattr(restored, key) == value, key
