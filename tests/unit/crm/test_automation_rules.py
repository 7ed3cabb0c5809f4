import uuid
from datetime import timedelta

import pytest

from crm.domain.automation import AutomationRule, actions_due, matches
from crm.domain.automation_actions import AutomationActionType, DueAction
from crm.domain.automation_triggers import AutomationTrigger, triggers_for
from crm.domain.custom_fields import CustomFieldValue
from crm.domain.errors import AutomationRuleIsDeleted
from crm.domain.events import (
    AutomationRuleCreated,
    AutomationRuleDeleted,
    AutomationRuleDisabled,
    AutomationRuleEnabled,
    AutomationRuleTriggered,
    AutomationRuleUpdated,
)
from shared.domain import InvalidArgument
from tests.unit.crm.builders import LATER, NOW, PROJECT

PIPELINE, WON = uuid.uuid4(), uuid.uuid4()
SEND = {"type": "send_message", "params": {"text": "Oi {{contact.name}}!"}}
TAG = {"type": "add_tag", "params": {"tags": ["Follow-up"]}, "delay": timedelta(hours=1)}
VIP = {"conditions": [{"field": "contact.tags", "operator": "contains", "value": "vip"}]}


def rule(**fields) -> AutomationRule:
    made = AutomationRule.create(
        project_id=PROJECT,
        pipeline_id=PIPELINE,
        name="Follow up",
        **{"trigger": "session_ended", "actions": [SEND, TAG], "conditions": VIP, **fields},
        now=NOW,
    )
    made.collect_events()
    return made


def test_a_rule_is_created_with_checked_actions() -> None:
    made = AutomationRule.create(
        project_id=PROJECT,
        pipeline_id=PIPELINE,
        name="Follow up",
        trigger="session_ended",
        actions=[SEND, TAG],
        now=NOW,
    )
    [event] = made.collect_events()
    assert isinstance(event, AutomationRuleCreated)
    send, tag = made.actions
    assert (send.type, send.params) == (
        AutomationActionType.SEND_MESSAGE,
        {"text": "Oi {{contact.name}}!", "media_url": "", "channel_id": ""},
    )
    assert (tag.params, tag.delay) == ({"tags": ["follow-up"]}, timedelta(hours=1))


def test_an_action_answers_to_its_proto_oneof_name() -> None:
    send = rule().actions[0]
    assert send.send_message == send.params and send.add_tag is None


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"actions": []}, "actions"),
        ({"actions": [{"type": "teleport"}]}, "actions[0].type"),
        ({"actions": [{"type": "send_message", "params": {}}]}, "actions[0].params.text"),
        ({"actions": [{**SEND, "delay": timedelta(seconds=-1)}]}, "actions[0].delay"),
        ({"actions": [{"type": "add_tag", "params": {"tags": []}}]}, "actions[0].params.tags"),
        (
            {"actions": [{"type": "send_webhook", "params": {"url": "http://x.io"}}]},
            "actions[0].params.url",
        ),
        (
            {"actions": [{"type": "change_pipeline_status", "params": {}}]},
            "actions[0].params.status_id",
        ),
        (
            {"actions": [{"type": "notify_agent", "params": {"message": "hi", "channel": "fax"}}]},
            "actions[0].params.channel",
        ),
        (
            {"actions": [{"type": "assign_agent", "params": {"agent": "x"}}]},
            "actions[0].params.agent",
        ),
        ({"trigger": "when_pigs_fly"}, "trigger"),
        ({"trigger": "no_response_timeout"}, "trigger_config.timeout"),
        ({"trigger": "scheduled"}, "trigger_config.schedule"),
        (
            {
                "trigger": "scheduled",
                "trigger_config": {"schedule": {"type": "weekly", "day_of_week": 7}},
            },
            "trigger_config.schedule.day_of_week",
        ),
        (
            {"trigger": "scheduled", "trigger_config": {"schedule": {"type": "once"}}},
            "trigger_config.schedule.start_time",
        ),
        (
            {"trigger": "custom", "trigger_config": {"custom_event_type": "order.paid"}},
            "trigger_config.custom_event_type",
        ),
        ({"priority": -1}, "priority"),
    ],
)
def test_invalid_rules_are_rejected_naming_the_field(fields, field) -> None:
    with pytest.raises(InvalidArgument) as caught:
        rule(**fields)
    assert caught.value.violations[0].field == field


def test_every_action_type_accepts_its_parameters() -> None:
    actions = [
        SEND,
        {"type": "change_pipeline_status", "params": {"status_id": str(WON)}},
        {"type": "assign_agent", "params": {}},
        TAG,
        {"type": "remove_tag", "params": {"tags": ["lead"]}},
        {
            "type": "update_custom_field",
            "params": {"key": "plan", "value": CustomFieldValue.of("select", "gold")},
        },
        {"type": "create_note", "params": {"content": "Follow up", "priority": "high"}},
        {
            "type": "send_webhook",
            "params": {"url": "https://hooks.example.com/x", "headers": {"X-A": "1"}},
        },
        {"type": "notify_agent", "params": {"message": "Hot lead"}},
    ]
    made = rule(actions=actions)
    assert [a.type.value for a in made.actions] == [t.value for t in AutomationActionType]
    assert made.actions[5].params["value"] == {"type": "select", "text_value": "gold"}


def test_a_matching_rule_lists_its_actions_with_their_delays() -> None:
    made = rule()
    due = actions_due(made, {"contact": {"tags": ["vip"]}})
    assert due == (
        DueAction(made.actions[0], timedelta(0)),
        DueAction(made.actions[1], timedelta(hours=1)),
    )


def test_a_rule_whose_conditions_fail_has_nothing_due() -> None:
    assert actions_due(rule(), {"contact": {"tags": []}}) == ()


def test_a_rule_without_conditions_always_matches() -> None:
    assert matches(rule(conditions=None), {})


def test_a_disabled_rule_never_matches() -> None:
    made = rule()
    made.disable()
    assert not matches(made, {"contact": {"tags": ["vip"]}})


@pytest.mark.parametrize(
    ("config", "details", "expected"),
    [
        ({"to_status_ids": [WON]}, {"to_status_id": str(WON)}, True),
        ({"to_status_ids": [WON]}, {"to_status_id": str(uuid.uuid4())}, False),
        ({"from_status_ids": [WON]}, {}, False),
        ({"tags": ["VIP"]}, {"tags": ["vip", "x"]}, True),
        ({"tags": ["vip"]}, {"tags": ["x"]}, False),
        ({"custom_field_keys": ["plan"]}, {"custom_field_key": "plan"}, True),
        ({"timeout": timedelta(hours=24)}, {"elapsed": timedelta(hours=25)}, True),
        ({"timeout": timedelta(hours=24)}, {"elapsed": timedelta(hours=2)}, False),
        ({}, {"to_status_id": "anything"}, True),
    ],
)
def test_the_trigger_config_filters_firings(config, details, expected) -> None:
    made = rule(trigger="status_changed", trigger_config=config, conditions=None)
    assert matches(made, {"trigger": details}) is expected


def test_firing_counts_and_records_the_actions() -> None:
    made, contact, event_id = rule(), uuid.uuid4(), uuid.uuid4()
    due = made.fire(
        {"contact": {"tags": ["vip"]}},
        contact_id=contact,
        triggering_event_id=event_id,
        triggering_event_type="messaging.session.ended",
        now=LATER,
    )
    assert len(due) == 2
    [event] = made.collect_events()
    assert isinstance(event, AutomationRuleTriggered)
    assert (event.trigger, event.contact_id, event.triggering_event_id, event.actions) == (
        AutomationTrigger.SESSION_ENDED,
        contact,
        event_id,
        made.actions,
    )
    assert (made.trigger_count, made.last_trigger_time) == (1, LATER)


def test_a_firing_that_does_not_match_records_nothing() -> None:
    made = rule()
    assert made.fire({"contact": {"tags": []}}) == ()
    assert made.collect_events() == [] and made.trigger_count == 0


def test_enabling_and_disabling_record_only_real_changes() -> None:
    made = rule()
    assert not made.enable()
    assert made.disable() and not made.disable()
    assert made.enable()
    assert [type(e) for e in made.collect_events()] == [
        AutomationRuleDisabled,
        AutomationRuleEnabled,
    ]


def test_enabled_changes_only_through_enable_and_disable() -> None:
    with pytest.raises(InvalidArgument):
        rule().update({"enabled": False}, ["enabled"])


def test_updating_the_trigger_rechecks_its_config() -> None:
    made = rule()
    with pytest.raises(InvalidArgument):
        made.update({"trigger": "no_response_timeout"})
    assert made.update(
        {"trigger": "no_response_timeout", "trigger_config": {"timeout": timedelta(hours=24)}}
    ) == ("trigger", "trigger_config")
    assert isinstance(made.collect_events()[0], AutomationRuleUpdated)


def test_a_deleted_rule_is_read_only() -> None:
    made = rule()
    made.delete()
    assert isinstance(made.collect_events()[0], AutomationRuleDeleted)
    with pytest.raises(AutomationRuleIsDeleted):
        made.enable()


@pytest.mark.parametrize(
    ("key", "inactivity", "expected"),
    [
        ("messaging.session.ended", False, ("session_ended",)),
        ("messaging.session.ended", True, ("session_ended", "session_timeout")),
        ("messaging.message.received", False, ("message_received",)),
        ("crm.contact.pipeline_status_changed", False, ("status_changed",)),
        ("crm.contact.tag_added", False, ("tag_added",)),
        ("custom.order.paid", False, ("custom",)),
        ("messaging.message.read", False, ()),
    ],
)
def test_events_raise_their_triggers(key, inactivity, expected) -> None:
    assert tuple(t.value for t in triggers_for(key, inactivity=inactivity)) == expected
