import uuid

import pytest

from crm.domain.contact_lists import ContactList, ContactListType
from crm.domain.errors import ContactListIsDeleted, MembersAreComputed
from crm.domain.events import (
    ContactListCreated,
    ContactListDeleted,
    ContactListMembersAdded,
    ContactListMembersRemoved,
    ContactListRecalculated,
    ContactListUpdated,
)
from crm.domain.operators import LogicalOperator
from shared.domain import InvalidArgument
from tests.unit.crm.builders import LATER, NOW, PROJECT

VIP = {"rule_type": "tag", "operator": "contains", "value": "vip"}
BR = {"rule_type": "attribute", "field_key": "phone", "operator": "starts_with", "value": "+55"}


def static() -> ContactList:
    made = ContactList.create(project_id=PROJECT, name="Customers", type="static", now=NOW)
    made.collect_events()
    return made


def dynamic() -> ContactList:
    made = ContactList.create(
        project_id=PROJECT,
        name="VIPs",
        type="dynamic",
        filter_rules=[VIP, BR],
        logical_operator="or",
        now=NOW,
    )
    made.collect_events()
    return made


def test_a_dynamic_list_is_created_with_checked_rules() -> None:
    made = ContactList.create(
        project_id=PROJECT, name="VIPs", type=ContactListType.DYNAMIC, filter_rules=[VIP], now=NOW
    )
    [event] = made.collect_events()
    assert isinstance(event, ContactListCreated)
    assert event.contact_list.filter_rules[0].value == "vip"
    assert made.logical_operator is LogicalOperator.AND


def test_a_static_list_has_no_rules() -> None:
    with pytest.raises(InvalidArgument) as caught:
        ContactList.create(project_id=PROJECT, name="x", type="static", filter_rules=[VIP])
    assert caught.value.violations[0].field == "filter_rules"


def test_a_dynamic_list_needs_a_rule() -> None:
    with pytest.raises(InvalidArgument):
        ContactList.create(project_id=PROJECT, name="x", type="dynamic")


def test_a_bad_rule_is_reported_by_its_index() -> None:
    bad = {
        "rule_type": "custom_field",
        "field_key": "paid",
        "field_type": "boolean",
        "operator": "contains",
        "value": True,
    }
    with pytest.raises(InvalidArgument) as caught:
        ContactList.create(project_id=PROJECT, name="x", type="dynamic", filter_rules=[VIP, bad])
    assert caught.value.violations[0].field == "filter_rules[1].operator"


def test_the_type_cannot_change() -> None:
    with pytest.raises(InvalidArgument):
        dynamic().update({"type": "static"}, ["type"])


def test_updating_rules_records_the_change() -> None:
    made = dynamic()
    assert made.update({"filter_rules": [BR], "logical_operator": "and"}, now=LATER) == (
        "filter_rules",
        "logical_operator",
    )
    [event] = made.collect_events()
    assert isinstance(event, ContactListUpdated) and len(event.contact_list.filter_rules) == 1


def test_adding_members_counts_and_records_only_new_ones() -> None:
    made, a, b = static(), uuid.uuid4(), uuid.uuid4()
    assert made.add_members([a, b, a], already_members={b}) == (a,)
    [event] = made.collect_events()
    assert isinstance(event, ContactListMembersAdded)
    assert (event.contact_ids, event.member_count, made.member_count) == ((a,), 1, 1)


def test_adding_only_existing_members_records_nothing() -> None:
    made, a = static(), uuid.uuid4()
    assert made.add_members([a], already_members={a}) == ()
    assert made.collect_events() == []


def test_removing_members_records_only_actual_members() -> None:
    made, a, b = static(), uuid.uuid4(), uuid.uuid4()
    made.add_members([a])
    made.collect_events()
    assert made.remove_members([a, b], current_members={a}) == (a,)
    [event] = made.collect_events()
    assert isinstance(event, ContactListMembersRemoved)
    assert (event.contact_ids, event.member_count) == ((a,), 0)


def test_members_of_a_dynamic_list_are_not_added_by_hand() -> None:
    with pytest.raises(MembersAreComputed):
        dynamic().add_members([uuid.uuid4()])


def test_at_most_a_thousand_members_per_call() -> None:
    with pytest.raises(InvalidArgument):
        static().add_members([uuid.uuid4() for _ in range(1001)])


def test_a_recalculation_records_who_joined_and_left_in_batches() -> None:
    made = dynamic()
    joined = [uuid.uuid4() for _ in range(1500)]
    made.recalculated(1500, joined=joined, now=LATER)
    events = made.collect_events()
    assert [type(e) for e in events] == [
        ContactListMembersAdded,
        ContactListMembersAdded,
        ContactListRecalculated,
    ]
    assert [len(e.contact_ids) for e in events[:2]] == [1000, 500]
    assert (events[2].previous_member_count, events[2].member_count) == (0, 1500)
    assert made.last_calculate_time == LATER


def test_a_deleted_list_cannot_change() -> None:
    made = static()
    made.delete()
    assert isinstance(made.collect_events()[0], ContactListDeleted)
    with pytest.raises(ContactListIsDeleted):
        made.add_members([uuid.uuid4()])
