from datetime import timedelta

import pytest

from crm.domain.custom_fields import CustomFieldValue
from crm.domain.errors import (
    CannotMergeIntoItself,
    ContactWasMerged,
    MergeSurvivorUnavailable,
)
from crm.domain.events import ContactMerged
from crm.domain.phones import Phone
from crm.domain.whatsapp import WhatsAppIdentifiers
from shared.domain import InvalidArgument
from tests.unit.crm.builders import LATER, NOW, contact

GOLD, SILVER = CustomFieldValue.of("text", "gold"), CustomFieldValue.of("text", "silver")


def pair():
    survivor = contact(
        "Marina", email="marina@example.com", tags=["vip"], custom_fields={"plan": GOLD}
    )
    merged = contact(
        "Marina S.",
        phone="5511999999999@c.us",
        tags=["lead"],
        timezone="America/Sao_Paulo",
        custom_fields={"plan": SILVER, "seats": CustomFieldValue.of("number", 3)},
        whatsapp_ids={"lid": "208416093512704"},
    )
    return survivor, merged


def test_the_merged_contact_becomes_a_tombstone_pointing_at_the_survivor() -> None:
    survivor, merged = pair()
    assert merged.merge_into(survivor, now=LATER)
    assert (merged.merged_into_contact_id, merged.delete_time) == (survivor.id, LATER)
    assert merged.collect_events() == []


def test_the_survivor_keeps_its_values_and_fills_the_missing_ones() -> None:
    survivor, merged = pair()
    merged.merge_into(survivor)
    assert (survivor.name, survivor.email, survivor.timezone) == (
        "Marina",
        "marina@example.com",
        "America/Sao_Paulo",
    )
    assert survivor.phone == Phone("+5511999999999", "BR")
    assert survivor.whatsapp_ids == WhatsAppIdentifiers("5511999999999", "208416093512704", "")


def test_the_survivor_unites_tags_and_custom_fields_keeping_its_own_values() -> None:
    survivor, merged = pair()
    merged.merge_into(survivor)
    assert survivor.tags == {"vip", "lead"}
    assert survivor.custom_fields["plan"] == GOLD
    assert survivor.custom_fields["seats"].number_value == 3


def test_preferred_fields_are_taken_from_the_merged_contact() -> None:
    survivor, merged = pair()
    merged.merge_into(survivor, prefer_merged_fields=["name", "custom_fields.plan"])
    assert (survivor.name, survivor.custom_fields["plan"]) == ("Marina S.", SILVER)


def test_an_unknown_preferred_field_is_rejected() -> None:
    survivor, merged = pair()
    with pytest.raises(InvalidArgument):
        merged.merge_into(survivor, prefer_merged_fields=["version"])


def test_interaction_history_spans_both_contacts() -> None:
    survivor, merged = pair()
    survivor.record_interaction(NOW + timedelta(days=2), "a")
    merged.record_interaction(NOW, "b")
    merged.merge_into(survivor)
    assert (
        survivor.first_interaction_time,
        survivor.last_interaction_time,
        survivor.interaction_count,
    ) == (NOW, NOW + timedelta(days=2), 2)


def test_the_survivor_records_the_merge_with_its_new_state_and_the_merged_phone() -> None:
    survivor, merged = pair()
    merged.merge_into(survivor, now=LATER)
    [event] = survivor.collect_events()
    assert isinstance(event, ContactMerged)
    assert (event.aggregate_id, event.survivor_contact_id, event.merged_contact_id) == (
        survivor.id,
        survivor.id,
        merged.id,
    )
    assert event.survivor_contact.tags == {"vip", "lead"}
    assert event.merged_phone == merged.phone
    assert survivor.version == 2


def test_repeating_a_completed_merge_changes_nothing() -> None:
    survivor, merged = pair()
    merged.merge_into(survivor)
    survivor.collect_events()
    assert not merged.merge_into(survivor)
    assert survivor.collect_events() == []


def test_a_contact_cannot_merge_into_itself() -> None:
    subject = contact()
    with pytest.raises(CannotMergeIntoItself):
        subject.merge_into(subject)


def test_a_contact_cannot_merge_into_a_deleted_one() -> None:
    survivor, merged = pair()
    survivor.delete()
    with pytest.raises(MergeSurvivorUnavailable):
        merged.merge_into(survivor)


def test_a_contact_cannot_merge_into_a_merged_one() -> None:
    survivor, merged = pair()
    third = contact("Third")
    survivor.merge_into(third)
    with pytest.raises(MergeSurvivorUnavailable):
        merged.merge_into(survivor)


def test_a_merged_contact_cannot_merge_again_elsewhere() -> None:
    survivor, merged = pair()
    merged.merge_into(survivor)
    with pytest.raises(ContactWasMerged):
        merged.merge_into(contact("Other"))


def test_a_merged_contact_cannot_be_restored() -> None:
    survivor, merged = pair()
    merged.merge_into(survivor)
    with pytest.raises(ContactWasMerged):
        merged.undelete()
