"""Actions of automation rules: what to do, with which parameters, after which delay.

Parameters are plain JSON values keyed by the proto field names of the action's
params message; the action also answers to that message's oneof name
(`action.send_message` is its params when it is a send_message action), so a
name-based mapper fills AutomationAction directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from crm.domain.automation_params import PARAMS
from shared.domain import InvalidArgument

MAX_DELAY = timedelta(days=365)


class AutomationActionType(StrEnum):
    SEND_MESSAGE = "send_message"
    CHANGE_PIPELINE_STATUS = "change_pipeline_status"
    ASSIGN_AGENT = "assign_agent"
    ADD_TAG = "add_tag"
    REMOVE_TAG = "remove_tag"
    UPDATE_CUSTOM_FIELD = "update_custom_field"
    CREATE_NOTE = "create_note"
    SEND_WEBHOOK = "send_webhook"
    NOTIFY_AGENT = "notify_agent"


_ONEOF_NAMES = frozenset(t.value for t in AutomationActionType)


@dataclass(frozen=True)
class AutomationAction:
    type: AutomationActionType
    params: dict[str, Any]
    delay: timedelta | None = None  # None runs at once

    def __getattr__(self, name: str) -> Any:
        if name in _ONEOF_NAMES:
            return self.params if self.type == name else None
        raise AttributeError(name)


@dataclass(frozen=True)
class DueAction:
    """An action to run `delay` after the rule fired."""

    action: AutomationAction
    delay: timedelta


def automation_action(
    index: int,
    given: AutomationAction | Mapping[str, Any],
) -> AutomationAction:
    """The action at `index` of a rule, with its parameters checked and completed."""
    raw = dict(given.__dict__ if isinstance(given, AutomationAction) else given)
    at = f"actions[{index}]"
    try:
        kind = AutomationActionType(str(raw.get("type") or ""))
    except ValueError:
        raise InvalidArgument.field(f"{at}.type", "is not an action type") from None
    delay = raw.get("delay")
    if delay is not None and not timedelta(0) <= delay <= MAX_DELAY:
        raise InvalidArgument.field(f"{at}.delay", "must be between 0 and 365 days")
    params = raw.get("params")
    if params is None:  # also accepted under the oneof name, as in the proto
        params = raw.get(kind.value) or {}
    return AutomationAction(kind, PARAMS[kind.value](dict(params), f"{at}.params"), delay)
