"""Events of the AutomationRule aggregate (rule id = aggregate_id)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from crm.domain.automation_actions import AutomationAction
from crm.domain.automation_triggers import AutomationTrigger
from shared.domain import DomainEvent

if TYPE_CHECKING:
    from crm.domain.automation import AutomationRule


@dataclass(frozen=True, kw_only=True)
class AutomationRuleCreated(DomainEvent):
    routing_key: ClassVar[str] = "crm.automation_rule.created"
    automation_rule: AutomationRule  # snapshot


@dataclass(frozen=True, kw_only=True)
class AutomationRuleUpdated(DomainEvent):
    routing_key: ClassVar[str] = "crm.automation_rule.updated"
    automation_rule: AutomationRule  # snapshot after the change
    changed_fields: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class AutomationRuleDeleted(DomainEvent):
    routing_key: ClassVar[str] = "crm.automation_rule.deleted"
    automation_rule_id: uuid.UUID
    pipeline_id: uuid.UUID


@dataclass(frozen=True, kw_only=True)
class AutomationRuleEnabled(DomainEvent):
    routing_key: ClassVar[str] = "crm.automation_rule.enabled"
    automation_rule_id: uuid.UUID
    pipeline_id: uuid.UUID


@dataclass(frozen=True, kw_only=True)
class AutomationRuleDisabled(DomainEvent):
    routing_key: ClassVar[str] = "crm.automation_rule.disabled"
    automation_rule_id: uuid.UUID
    pipeline_id: uuid.UUID


@dataclass(frozen=True, kw_only=True)
class AutomationRuleTriggered(DomainEvent):
    """The trigger matched and the conditions held; carries the actions to run."""

    routing_key: ClassVar[str] = "crm.automation_rule.triggered"
    automation_rule_id: uuid.UUID
    pipeline_id: uuid.UUID
    trigger: AutomationTrigger
    contact_id: uuid.UUID | None
    session_id: uuid.UUID | None
    triggering_event_id: uuid.UUID | None  # None for scheduled runs
    triggering_event_type: str
    actions: tuple[AutomationAction, ...]
    trigger_time: datetime
