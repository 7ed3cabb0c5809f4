"""The AutomationRule aggregate of a pipeline, and its pure evaluation.

`matches(rule, facts)` says whether a live, enabled rule's trigger filters and
conditions hold for the facts of a firing; `actions_due(rule, facts)` lists
the actions to run then, each with its delay. Facts are a nested dict: the
subjects by name ("contact", "session", "message", …) and the firing's details
under "trigger" (see automation_triggers).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from crm.domain import errors
from crm.domain.automation_actions import AutomationAction, DueAction
from crm.domain.automation_conditions import AutomationConditionGroup, group_holds
from crm.domain.automation_rule_fields import SETTABLE, rule_fields
from crm.domain.automation_triggers import (
    AutomationTrigger,
    AutomationTriggerConfig,
    trigger_admits,
)
from crm.domain.base import VersionedAggregate
from crm.domain.events import (
    AutomationRuleCreated,
    AutomationRuleDeleted,
    AutomationRuleDisabled,
    AutomationRuleEnabled,
    AutomationRuleTriggered,
    AutomationRuleUpdated,
)
from crm.domain.masks import masked_changes
from shared.domain import new_id, utcnow


@dataclass(eq=False, kw_only=True)
class AutomationRule(VersionedAggregate):
    pipeline_id: uuid.UUID
    name: str
    description: str = ""
    trigger: AutomationTrigger
    trigger_config: AutomationTriggerConfig
    conditions: AutomationConditionGroup | None = None  # None always holds
    actions: tuple[AutomationAction, ...]
    priority: int = 0  # higher first among rules with the same trigger
    enabled: bool = True
    last_trigger_time: datetime | None = None
    trigger_count: int = 0
    next_run_time: datetime | None = None  # scheduled rules, kept by the scheduler
    delete_time: datetime | None = None

    @classmethod
    def create(
        cls,
        *,
        project_id: uuid.UUID,
        pipeline_id: uuid.UUID,
        name: str,
        trigger: AutomationTrigger | str,
        actions: Iterable[Any],
        id: uuid.UUID | None = None,
        now: datetime | None = None,
        **fields: Any,
    ) -> AutomationRule:
        """`fields`: description, trigger_config, conditions, priority, enabled."""
        unknown = set(fields) - SETTABLE - {"enabled"}
        if unknown:
            raise TypeError(f"AutomationRule.create got unknown fields {sorted(unknown)}")
        moment = now or utcnow()
        given = {
            "trigger_config": None,
            **fields,
            "name": name,
            "trigger": trigger,
            "actions": actions,
        }
        rule = cls(
            id=id or new_id(),
            project_id=project_id,
            pipeline_id=pipeline_id,
            create_time=moment,
            update_time=moment,
            **rule_fields(given),
        )
        rule.record(
            AutomationRuleCreated(**rule._envelope(moment), automation_rule=rule.snapshot())
        )
        return rule

    def update(
        self,
        changes: Mapping[str, Any],
        mask: Iterable[str] | None = None,
        *,
        now: datetime | None = None,
    ) -> tuple[str, ...]:
        """Change what the rule does; enabled changes through enable/disable."""
        self._check_live()
        paths = masked_changes(changes, mask, SETTABLE, immutable=("enabled", "pipeline_id"))
        context = {
            "trigger": paths.get("trigger", self.trigger),
            "trigger_config": paths.get("trigger_config", self.trigger_config),
        }
        wanted = {
            k: v
            for k, v in rule_fields({**paths, **context}).items()
            if k in paths or k == "trigger_config"
        }
        changed, moment = self._apply_changes(wanted, now)
        if moment is not None:
            self.record(
                AutomationRuleUpdated(
                    **self._envelope(moment),
                    automation_rule=self.snapshot(),
                    changed_fields=changed,
                )
            )
        return changed

    def enable(self, *, now: datetime | None = None) -> bool:
        return self._switch(True, now)

    def disable(self, *, now: datetime | None = None) -> bool:
        return self._switch(False, now)

    def delete(self, *, now: datetime | None = None) -> None:
        self._check_live()
        moment = self._touch(now)
        self.delete_time = moment
        self.record(AutomationRuleDeleted(**self._envelope(moment), **self._refs()))

    def fire(
        self,
        facts: Mapping[str, Any],
        *,
        contact_id: uuid.UUID | None = None,
        session_id: uuid.UUID | None = None,
        triggering_event_id: uuid.UUID | None = None,
        triggering_event_type: str = "",
        now: datetime | None = None,
    ) -> tuple[DueAction, ...]:
        """Evaluate the rule on a firing; when it matches, count it and record
        AutomationRuleTriggered with the actions. Returns the actions due."""
        due = actions_due(self, facts)
        if due:
            moment = self._touch(now)
            self.last_trigger_time, self.trigger_count = moment, self.trigger_count + 1
            self.record(
                AutomationRuleTriggered(
                    **self._envelope(moment),
                    **self._refs(),
                    trigger=self.trigger,
                    contact_id=contact_id,
                    session_id=session_id,
                    triggering_event_id=triggering_event_id,
                    triggering_event_type=triggering_event_type,
                    actions=self.actions,
                    trigger_time=moment,
                )
            )
        return due

    def _switch(self, enabled: bool, now: datetime | None) -> bool:
        self._check_live()
        if self.enabled == enabled:
            return False
        moment = self._touch(now)
        self.enabled = enabled
        event = AutomationRuleEnabled if enabled else AutomationRuleDisabled
        self.record(event(**self._envelope(moment), **self._refs()))
        return True

    def _refs(self) -> dict[str, Any]:
        return {"automation_rule_id": self.id, "pipeline_id": self.pipeline_id}

    def _check_live(self) -> None:
        if self.delete_time is not None:
            raise errors.AutomationRuleIsDeleted(f"automation rule {self.id} is deleted")


def matches(rule: AutomationRule, facts: Mapping[str, Any]) -> bool:
    """Disabled or deleted rules never match."""
    if not rule.enabled or rule.delete_time is not None:
        return False
    if not trigger_admits(rule.trigger_config, facts):
        return False
    return rule.conditions is None or group_holds(rule.conditions, facts)


def actions_due(rule: AutomationRule, facts: Mapping[str, Any]) -> tuple[DueAction, ...]:
    if not matches(rule, facts):
        return ()
    return tuple(DueAction(a, a.delay or timedelta(0)) for a in rule.actions)
