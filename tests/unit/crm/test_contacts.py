import uuid

import pytest

from crm.domain.contact_fields import ContactSourceChannel
from crm.domain.contacts import Contact
from crm.domain.custom_fields import CustomFieldValue
from crm.domain.errors import ContactIsDeleted, ContactNotDeleted
from crm.domain.events import (
    ContactCreated,
    ContactCustomFieldSet,
    ContactDeleted,
    ContactTagAdded,
    ContactTagRemoved,
    ContactUndeleted,
    ContactUpdated,
)
from crm.domain.phones import Phone
from crm.domain.whatsapp import WhatsAppIdentifiers
from shared.domain import InvalidArgument
from tests.unit.crm.builders import LATER, NOW, PROJECT, contact

PLAN = CustomFieldValue.of("select", "gold")


def test_create_records_a_snapshot_of_the_new_contact() -> None:
    created = Contact.create(
        project_id=PROJECT,
        name=" Marina ",
        email="Marina@Example.com",
        phone="(11) 99999-9999",
        default_region="BR",
        tags=["VIP", "vip"],
        now=NOW,
    )
    [event] = created.collect_events()
    assert isinstance(event, ContactCreated)
    assert (event.contact.name, event.contact.email, event.contact.phone) == (
        "Marina",
        "marina@example.com",
        Phone("+5511999999999", "BR"),
    )
    assert event.contact.tags == frozenset({"vip"})
    assert (created.version, created.language, created.source_channel) == (
        1,
        "en",
        ContactSourceChannel.MANUAL,
    )
    assert event.contact is not created


@pytest.mark.parametrize(
    ("field", "fields"),
    [
        ("name", {"name": " "}),
        ("name", {"name": "x" * 201}),
        ("email", {"email": "nope"}),
        ("phone", {"phone": "12"}),
        ("timezone", {"timezone": "Mars/Olympus"}),
        ("language", {"language": "english please"}),
        ("profile_picture_url", {"profile_picture_url": "file:///etc/passwd"}),
        ("tags", {"tags": ["x" * 51]}),
        ("source_channel", {"source_channel": "carrier_pigeon"}),
        ("custom_fields.plan", {"custom_fields": {"plan": "gold"}}),
    ],
)
def test_create_rejects_invalid_fields(field, fields) -> None:
    given = {"name": "Ana", **fields}
    with pytest.raises(InvalidArgument) as caught:
        Contact.create(project_id=PROJECT, **given)
    assert caught.value.violations[0].field == field


def test_a_phone_given_as_a_whatsapp_id_also_sets_the_wid() -> None:
    created = contact(phone="5511999999999@c.us")
    assert created.whatsapp_ids.wid == "5511999999999"
    assert created.phone == Phone("+5511999999999", "BR")


def test_a_wid_alone_gives_the_phone() -> None:
    created = contact(whatsapp_ids=WhatsAppIdentifiers.of(wid="5511999999999@c.us"))
    assert created.phone == Phone("+5511999999999", "BR")


def test_an_lid_is_kept_as_an_alias_not_a_phone() -> None:
    created = contact(whatsapp_ids={"lid": "208416093512704@lid"})
    assert (created.phone, created.whatsapp_ids.lid) == (None, "208416093512704")


def test_update_changes_only_the_masked_fields_and_reports_them() -> None:
    subject = contact(email="old@example.com")
    changed = subject.update(
        {"name": "Marina S.", "email": "new@example.com"}, ["email"], now=LATER
    )
    assert changed == ("email",)
    assert (subject.name, subject.email, subject.version, subject.update_time) == (
        "Marina Souza",
        "new@example.com",
        2,
        LATER,
    )
    [event] = subject.collect_events()
    assert isinstance(event, ContactUpdated)
    assert (event.changed_fields, event.aggregate_version) == (("email",), 2)


def test_a_masked_field_missing_from_the_changes_is_cleared() -> None:
    subject = contact(email="old@example.com")
    assert subject.update({}, ["email"]) == ("email",)
    assert subject.email is None


def test_an_update_that_changes_nothing_records_nothing() -> None:
    subject = contact(email="ana@example.com")
    assert subject.update({"email": "ANA@example.com", "name": "Marina Souza"}) == ()
    assert subject.collect_events() == [] and subject.version == 1


def test_an_unknown_mask_path_is_rejected() -> None:
    with pytest.raises(InvalidArgument) as caught:
        contact().update({"id": uuid.uuid4()}, ["id"])
    assert caught.value.violations[0].field == "update_mask"


def test_setting_the_profile_picture_stamps_its_fetch_time() -> None:
    subject = contact()
    subject.update({"profile_picture_url": "https://cdn.example.com/a.jpg"}, now=LATER)
    assert subject.profile_picture_fetch_time == LATER


def test_adding_tags_records_only_the_new_ones() -> None:
    subject = contact(tags=["vip"])
    assert subject.add_tags(["VIP", " Lead ", "lead"], now=LATER) == ("lead",)
    updated, added = subject.collect_events()
    assert isinstance(updated, ContactUpdated) and updated.changed_fields == ("tags",)
    assert isinstance(added, ContactTagAdded)
    assert (added.tags, added.current_tags) == (("lead",), ("lead", "vip"))


def test_adding_tags_already_there_records_nothing() -> None:
    subject = contact(tags=["vip"])
    assert subject.add_tags(["Vip"]) == ()
    assert subject.collect_events() == [] and subject.version == 1


def test_removing_tags_records_only_those_that_were_there() -> None:
    subject = contact(tags=["vip", "lead"])
    assert subject.remove_tags(["lead", "ghost"]) == ("lead",)
    events = subject.collect_events()
    [removed] = [e for e in events if isinstance(e, ContactTagRemoved)]
    assert (removed.tags, removed.current_tags) == (("lead",), ("vip",))


def test_removing_absent_tags_records_nothing() -> None:
    subject = contact()
    assert subject.remove_tags(["ghost"]) == ()
    assert subject.collect_events() == []


def test_replacing_tags_by_update_records_both_directions() -> None:
    subject = contact(tags=["a", "b"])
    subject.update({"tags": ["b", "c"]})
    kinds = [type(e) for e in subject.collect_events()]
    assert kinds == [ContactUpdated, ContactTagAdded, ContactTagRemoved]


def test_setting_a_custom_field_records_old_and_new_values() -> None:
    subject = contact()
    assert subject.set_custom_field("plan", PLAN)
    [_, event] = subject.collect_events()
    assert isinstance(event, ContactCustomFieldSet)
    assert (event.key, event.old_value, event.new_value) == ("plan", None, PLAN)


def test_setting_a_custom_field_to_its_value_records_nothing() -> None:
    subject = contact(custom_fields={"plan": PLAN})
    assert not subject.set_custom_field("plan", CustomFieldValue.of("select", "gold"))
    assert subject.collect_events() == []


def test_unsetting_a_custom_field_removes_it() -> None:
    subject = contact(custom_fields={"plan": PLAN})
    subject.set_custom_field("plan", None)
    [_, event] = subject.collect_events()
    assert subject.custom_fields == {}
    assert (event.old_value, event.new_value) == (PLAN, None)


def test_a_custom_field_path_in_the_mask_sets_that_key_only() -> None:
    subject = contact(custom_fields={"plan": PLAN})
    seats = CustomFieldValue.of("number", 3)
    changed = subject.update(
        {"custom_fields": {"seats": seats, "plan": None}}, ["custom_fields.seats"]
    )
    assert changed == ("custom_fields.seats",)
    assert subject.custom_fields == {"plan": PLAN, "seats": seats}


def test_replacing_all_custom_fields_reports_each_key() -> None:
    subject = contact(custom_fields={"plan": PLAN})
    seats = CustomFieldValue.of("number", 3)
    assert subject.update({"custom_fields": {"seats": seats}}) == (
        "custom_fields.plan",
        "custom_fields.seats",
    )


def test_a_custom_field_needs_a_typed_value() -> None:
    with pytest.raises(InvalidArgument):
        contact().set_custom_field("plan", "gold")  # type: ignore[arg-type]


def test_deleting_records_the_phone_so_lookups_can_be_dropped() -> None:
    subject = contact(phone="+55 11 99999-9999")
    subject.delete(now=LATER)
    [event] = subject.collect_events()
    assert isinstance(event, ContactDeleted)
    assert (event.contact_id, event.phone, event.delete_time) == (subject.id, subject.phone, LATER)


def test_a_deleted_contact_cannot_change() -> None:
    subject = contact()
    subject.delete()
    with pytest.raises(ContactIsDeleted):
        subject.add_tags(["vip"])


def test_a_deleted_contact_cannot_be_deleted_again() -> None:
    subject = contact()
    subject.delete()
    with pytest.raises(ContactIsDeleted):
        subject.delete()


def test_undelete_restores_a_deleted_contact() -> None:
    subject = contact()
    subject.delete()
    subject.undelete()
    assert subject.delete_time is None
    assert isinstance(subject.collect_events()[-1], ContactUndeleted)


def test_only_a_deleted_contact_can_be_undeleted() -> None:
    with pytest.raises(ContactNotDeleted):
        contact().undelete()


def test_learning_whatsapp_ids_keeps_the_known_ones_and_adds_new() -> None:
    subject = contact(phone="5511999999999@c.us")
    assert subject.learn_whatsapp_ids(WhatsAppIdentifiers.of(lid="208416093512704@lid"))
    assert subject.whatsapp_ids == WhatsAppIdentifiers("5511999999999", "208416093512704", "")
    assert not subject.learn_whatsapp_ids(WhatsAppIdentifiers.of(lid="208416093512704"))
