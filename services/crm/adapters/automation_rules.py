"""Automation rules in PostgreSQL: the document plus pipeline, trigger and state columns."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import text

from crm.domain.automation import AutomationRule
from crm.domain.automation_triggers import AutomationTrigger
from shared.domain import NotFound
from shared.repository import DocumentRepository

S = "crm"
LIVE = "delete_time IS NULL"
# Rules are always locked in this order (highest priority first), so that transactions
# locking several rules of a pipeline cannot deadlock.
LOCK_ORDER = "(data ->> 'priority')::int DESC, create_time, id"
# Sort keys of rule lists; priority lives in the document.
RULE_ORDER = {
    "priority": "(data ->> 'priority')::int",
    "name": "data ->> 'name'",
    "create_time": "create_time",
    "update_time": "update_time",
}


class AutomationRuleRepository(DocumentRepository[AutomationRule]):
    table, model, kind = f"{S}.automation_rules", AutomationRule, "automation rule"

    def columns(self, rule: AutomationRule) -> dict[str, Any]:
        return {
            "project_id": rule.project_id,
            "pipeline_id": rule.pipeline_id,
            "trigger": rule.trigger.value,
            "enabled": rule.enabled,
            "delete_time": rule.delete_time,
        }

    async def live(
        self, rule_id: uuid.UUID, pipeline_id: uuid.UUID, *, for_update: bool = False
    ) -> AutomationRule:
        """A rule that is not deleted, of that pipeline (NotFound otherwise)."""
        lock = " FOR UPDATE" if for_update else ""
        found = await self.find(
            f"id = :id AND pipeline_id = :pipeline AND {LIVE}{lock}",
            id=rule_id,
            pipeline=pipeline_id,
        )
        if found is None:
            raise NotFound(self.kind, rule_id)
        return found

    async def of_pipeline(self, pipeline_id: uuid.UUID) -> list[AutomationRule]:
        """The pipeline's live rules, locked in the order the automation consumer locks them."""
        rows = await self._conn.execute(
            text(
                f"SELECT data FROM {self.table} WHERE pipeline_id = :pipeline AND {LIVE}"
                f" ORDER BY {LOCK_ORDER} FOR UPDATE"
            ),
            {"pipeline": pipeline_id},
        )
        return [self._load(row) for row in rows.mappings()]

    async def candidates(
        self, triggers: Iterable[AutomationTrigger], pipeline_id: uuid.UUID | None
    ) -> list[AutomationRule]:
        """Enabled live rules of live pipelines with one of the triggers (of one pipeline
        when given), locked, highest priority first."""
        scope = " AND pipeline_id = :pipeline" if pipeline_id else ""
        rows = await self._conn.execute(
            text(
                f"SELECT data FROM {self.table} WHERE trigger = ANY(:triggers) AND enabled"
                f" AND {LIVE}{scope} AND pipeline_id IN"
                f" (SELECT id FROM {S}.pipelines WHERE delete_time IS NULL)"
                f" ORDER BY {LOCK_ORDER} FOR UPDATE"
            ),
            {"triggers": [t.value for t in triggers], "pipeline": pipeline_id},
        )
        return [self._load(row) for row in rows.mappings()]
