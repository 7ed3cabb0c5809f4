"""Validation of an automation rule's settable fields."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crm.domain.automation_actions import automation_action
from crm.domain.automation_conditions import condition_group
from crm.domain.automation_triggers import AutomationTrigger, trigger_config
from crm.domain.values import optional_text, required_text
from shared.domain import InvalidArgument

MAX_ACTIONS = 20
SETTABLE = frozenset(
    {"name", "description", "trigger", "trigger_config", "conditions", "actions", "priority"}
)


def rule_fields(given: Mapping[str, Any]) -> dict[str, Any]:
    """Checked values of the fields in `given`; trigger_config is checked against trigger."""
    values: dict[str, Any] = {}
    if "name" in given:
        values["name"] = required_text(given["name"] or "", "name")
    if "description" in given:
        values["description"] = optional_text(given["description"], "description", 2000)
    if "trigger" in given:
        values["trigger"] = _trigger(given["trigger"])
        values["trigger_config"] = trigger_config(values["trigger"], given.get("trigger_config"))
    if "conditions" in given:
        conditions = given["conditions"]
        values["conditions"] = condition_group(conditions) if conditions else None
    if "actions" in given:
        values["actions"] = _actions(given["actions"] or ())
    if "priority" in given:
        values["priority"] = _priority(given["priority"] or 0)
    if "enabled" in given:
        values["enabled"] = bool(given["enabled"])
    return values


def _trigger(value: Any) -> AutomationTrigger:
    try:
        return AutomationTrigger(value)
    except ValueError:
        raise InvalidArgument.field("trigger", f"{value!r} is not a trigger") from None


def _actions(given: Any) -> tuple[Any, ...]:
    actions = tuple(automation_action(i, a) for i, a in enumerate(given))
    if not 1 <= len(actions) <= MAX_ACTIONS:
        raise InvalidArgument.field("actions", f"a rule has 1 to {MAX_ACTIONS} actions")
    return actions


def _priority(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidArgument.field("priority", "must be a whole number ≥ 0")
    return value
