"""Filter rules of dynamic contact lists: what each rule reads and which operators fit it.

Each rule reads a value of one kind; the kind decides the operators (see
OPERATORS). Ordering (gt, lt, gte, lte) applies to numbers and times only: on
text it would follow the database collation and mean nothing to a user, so it
is rejected rather than compiled lexicographically.

Meaning, for the adapter that compiles rules to SQL (text compares ignore case):
- text: eq/ne whole value, contains/starts_with/ends_with substrings, in/not_in
  any of the listed values;
- list (tags, multi_select, label): contains = has the element, not_contains =
  lacks it, in = has any listed, not_in = has none listed;
- occurrence (event rules): the time of the contact's latest event of that type,
  is_null = never happened;
- pipeline_status: the current status id in rule.pipeline_id, is_null = not in it;
- is_null also matches empty text and empty lists.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from crm.domain.custom_fields import CustomFieldType, check_custom_field_key
from crm.domain.operators import (
    EQUALITY,
    MEMBERSHIP,
    NULL_CHECKS,
    ORDERING,
    SUBSTRING,
    Operator,
    check_operand_shape,
    operator_of,
)
from crm.domain.rule_values import operand
from shared.domain import InvalidArgument, new_id


class RuleType(StrEnum):
    ATTRIBUTE = "attribute"
    TAG = "tag"
    CUSTOM_FIELD = "custom_field"
    PIPELINE_STATUS = "pipeline_status"
    EVENT = "event"
    INTERACTION = "interaction"


class ValueKind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    BOOLEAN = "boolean"
    TIME = "time"
    CHOICE = "choice"  # one of known values: an enum, a select option, a status id
    LIST = "list"
    JSON = "json"
    OCCURRENCE = "occurrence"


OPERATORS: dict[ValueKind, frozenset[Operator]] = {
    ValueKind.TEXT: EQUALITY | SUBSTRING | MEMBERSHIP | NULL_CHECKS,
    ValueKind.NUMBER: EQUALITY | ORDERING | MEMBERSHIP | NULL_CHECKS,
    ValueKind.BOOLEAN: EQUALITY | NULL_CHECKS,
    ValueKind.TIME: EQUALITY | ORDERING | NULL_CHECKS,
    ValueKind.CHOICE: EQUALITY | MEMBERSHIP | NULL_CHECKS,
    ValueKind.LIST: frozenset({Operator.CONTAINS, Operator.NOT_CONTAINS})
    | MEMBERSHIP
    | NULL_CHECKS,
    ValueKind.JSON: EQUALITY | NULL_CHECKS,
    ValueKind.OCCURRENCE: ORDERING | NULL_CHECKS,
}
_T, _TIME = ValueKind.TEXT, ValueKind.TIME
ATTRIBUTES: dict[str, ValueKind] = {
    "name": _T,
    "email": _T,
    "phone": _T,
    "language": _T,
    "timezone": _T,
    "source_channel": ValueKind.CHOICE,
    "first_interaction_time": _TIME,
    "last_interaction_time": _TIME,
    "create_time": _TIME,
    "update_time": _TIME,
}
INTERACTION_MEASURES: dict[str, ValueKind] = {
    "first_interaction_time": _TIME,
    "last_interaction_time": _TIME,
    "interaction_count": ValueKind.NUMBER,
}
_F = CustomFieldType
CUSTOM_FIELD_KINDS: dict[CustomFieldType, ValueKind] = {
    _F.TEXT: _T,
    _F.URL: _T,
    _F.EMAIL: _T,
    _F.PHONE: _T,
    _F.NUMBER: ValueKind.NUMBER,
    _F.BOOLEAN: ValueKind.BOOLEAN,
    _F.DATE: _TIME,
    _F.JSON: ValueKind.JSON,
    _F.SELECT: ValueKind.CHOICE,
    _F.MULTI_SELECT: ValueKind.LIST,
    _F.LABEL: ValueKind.LIST,
}
_EVENT_TYPE = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+")


@dataclass(frozen=True, kw_only=True)
class FilterRule:
    id: uuid.UUID
    rule_type: RuleType
    field_key: str = ""
    field_type: CustomFieldType | None = None  # custom_field rules
    operator: Operator
    value: Any = None  # plain JSON: UTC RFC 3339 times, floats, lists for in/not_in
    pipeline_id: uuid.UUID | None = None  # pipeline_status rules

    @property
    def kind(self) -> ValueKind:
        if self.rule_type is RuleType.ATTRIBUTE:
            return ATTRIBUTES[self.field_key]
        if self.rule_type is RuleType.INTERACTION:
            return INTERACTION_MEASURES[self.field_key]
        if self.rule_type is RuleType.CUSTOM_FIELD:
            return CUSTOM_FIELD_KINDS[CustomFieldType(str(self.field_type))]
        return {
            RuleType.TAG: ValueKind.LIST,
            RuleType.EVENT: ValueKind.OCCURRENCE,
            RuleType.PIPELINE_STATUS: ValueKind.CHOICE,
        }[self.rule_type]


def filter_rule(index: int, rule: FilterRule | Mapping[str, Any]) -> FilterRule:
    """The rule at `index` of a list, checked and with its value normalised."""
    given = dict(rule.__dict__ if isinstance(rule, FilterRule) else rule)
    at = f"filter_rules[{index}]"
    try:
        rule_type = RuleType(str(given.get("rule_type") or ""))
    except ValueError:
        raise InvalidArgument.field(f"{at}.rule_type", "is not a rule type") from None
    field_key, field_type, pipeline_id = _target(rule_type, given, at)
    operator = operator_of(given.get("operator"), f"{at}.operator")
    rule_id = given.get("id") or new_id()
    try:
        rule_id = rule_id if isinstance(rule_id, uuid.UUID) else uuid.UUID(str(rule_id))
    except ValueError:
        raise InvalidArgument.field(f"{at}.id", "must be a rule id") from None
    shell = FilterRule(
        id=rule_id,
        rule_type=rule_type,
        field_key=field_key,
        field_type=field_type,
        operator=operator,
        pipeline_id=pipeline_id,
    )
    if operator not in OPERATORS[shell.kind]:
        raise InvalidArgument.field(
            f"{at}.operator",
            f"{operator} does not apply to {rule_type} rules on "
            f"{field_key or rule_type} (a {shell.kind} value)",
        )
    value = given.get("value")
    check_operand_shape(operator, value, f"{at}.value")
    items: list[Any] = [] if value is None else list(value) if operator in MEMBERSHIP else [value]
    normalised = tuple(
        operand(shell.kind, rule_type, field_key, item, f"{at}.value") for item in items
    )
    final = list(normalised) if operator in MEMBERSHIP else (normalised[0] if normalised else None)
    return FilterRule(**{**shell.__dict__, "value": final})


def _target(
    rule_type: RuleType, given: Mapping[str, Any], at: str
) -> tuple[str, CustomFieldType | None, uuid.UUID | None]:
    """field_key, field_type and pipeline_id as the rule type needs them."""
    key = str(given.get("field_key") or "").strip()
    if rule_type is RuleType.ATTRIBUTE and key not in ATTRIBUTES:
        raise InvalidArgument.field(f"{at}.field_key", f"must be one of {sorted(ATTRIBUTES)}")
    if rule_type is RuleType.INTERACTION and key not in INTERACTION_MEASURES:
        raise InvalidArgument.field(
            f"{at}.field_key", f"must be one of {sorted(INTERACTION_MEASURES)}"
        )
    if rule_type is RuleType.EVENT and not _EVENT_TYPE.fullmatch(key):
        raise InvalidArgument.field(
            f"{at}.field_key", "must be an event type such as crm.contact.tag_added"
        )
    if rule_type is RuleType.CUSTOM_FIELD:
        check_custom_field_key(key, f"{at}.field_key")
        try:
            return key, CustomFieldType(str(given.get("field_type") or "")), None
        except ValueError:
            raise InvalidArgument.field(
                f"{at}.field_type", "is required for custom fields"
            ) from None
    if rule_type is RuleType.PIPELINE_STATUS:
        try:
            return "", None, uuid.UUID(str(given.get("pipeline_id")))
        except ValueError:
            raise InvalidArgument.field(f"{at}.pipeline_id", "must be a pipeline id") from None
    return ("" if rule_type is RuleType.TAG else key), None, None
