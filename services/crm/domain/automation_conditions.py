"""Conditions of automation rules: comparisons on a dict of facts, in nested AND/OR groups.

Facts are nested dicts ("contact.custom_fields.plan" reads
facts["contact"]["custom_fields"]["plan"]). A missing (or None) field makes a
condition false, except is_null, which it makes true; empty text and empty
lists count as null too. Text compares ignore case; numbers compare across
int/float and numeric strings; times compare as datetimes or RFC 3339 strings;
ordering on anything else is false.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from crm.domain.automation_compare import COMPARISONS, is_empty
from crm.domain.operators import (
    LogicalOperator,
    Operator,
    check_operand_shape,
    logical_operator_of,
    operator_of,
)
from shared.domain import InvalidArgument

MAX_DEPTH = 5
MAX_CONDITIONS = 50
_PATH = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*")
_MISSING = object()


@dataclass(frozen=True)
class AutomationCondition:
    field: str
    operator: Operator
    value: Any = None  # a scalar, a list for in/not_in, None for null checks


@dataclass(frozen=True)
class AutomationConditionGroup:
    logical_operator: LogicalOperator = LogicalOperator.AND
    conditions: tuple[AutomationCondition, ...] = ()
    groups: tuple[AutomationConditionGroup, ...] = ()


def condition_group(
    given: AutomationConditionGroup | Mapping[str, Any], at: str = "conditions", depth: int = 1
) -> AutomationConditionGroup:
    """A checked group; `at` names it in errors ("conditions.groups[0]…")."""
    if depth > MAX_DEPTH:
        raise InvalidArgument.field(at, f"groups nest at most {MAX_DEPTH} levels")
    raw = given.__dict__ if isinstance(given, AutomationConditionGroup) else given
    conditions = tuple(
        _condition(c, f"{at}.conditions[{i}]") for i, c in enumerate(raw.get("conditions") or ())
    )
    if len(conditions) > MAX_CONDITIONS:
        raise InvalidArgument.field(f"{at}.conditions", f"at most {MAX_CONDITIONS} conditions")
    return AutomationConditionGroup(
        logical_operator=logical_operator_of(raw.get("logical_operator"), f"{at}.logical_operator"),
        conditions=conditions,
        groups=tuple(
            condition_group(g, f"{at}.groups[{i}]", depth + 1)
            for i, g in enumerate(raw.get("groups") or ())
        ),
    )


def _condition(given: AutomationCondition | Mapping[str, Any], at: str) -> AutomationCondition:
    raw = given.__dict__ if isinstance(given, AutomationCondition) else given
    path = str(raw.get("field") or "")
    if not _PATH.fullmatch(path):
        raise InvalidArgument.field(f"{at}.field", "must be a dotted path such as contact.tags")
    operator = operator_of(raw.get("operator"), f"{at}.operator")
    value = raw.get("value")
    check_operand_shape(operator, value, f"{at}.value")
    return AutomationCondition(path, operator, list(value) if isinstance(value, tuple) else value)


def group_holds(group: AutomationConditionGroup, facts: Mapping[str, Any]) -> bool:
    """Empty groups hold; AND needs every member, OR at least one."""
    results = [condition_holds(c, facts) for c in group.conditions]
    results += [group_holds(g, facts) for g in group.groups]
    if not results:
        return True
    return all(results) if group.logical_operator is LogicalOperator.AND else any(results)


def condition_holds(condition: AutomationCondition, facts: Mapping[str, Any]) -> bool:
    actual = _resolve(facts, condition.field)
    missing = actual is _MISSING or actual is None
    if condition.operator is Operator.IS_NULL:
        return missing or is_empty(actual)
    if condition.operator is Operator.IS_NOT_NULL:
        return not missing and not is_empty(actual)
    return not missing and COMPARISONS[condition.operator](actual, condition.value)


def _resolve(facts: Mapping[str, Any], path: str) -> Any:
    value: Any = facts
    for name in path.split("."):
        if not isinstance(value, Mapping) or name not in value:
            return _MISSING
        value = value[name]
    return value
