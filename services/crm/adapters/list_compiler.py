"""Dynamic-list filter rules compiled to one parameterised SQL predicate over crm.contacts.

`compile_rules(rules, logical_operator)` is a pure function: it returns a boolean
SQL expression that refers to the contact row as `contacts` (write
`FROM crm.contacts AS contacts`) and the parameters it binds. Every operand, key,
pipeline and event type is a bound parameter; LIKE patterns are escaped, so no
rule can change the shape of the query.

Meaning (see crm.domain.list_rules):
- each rule is two-valued (never SQL NULL), so AND / OR and the negations are exact;
- ne, not_contains and not_in are the complements of eq, contains and in: a contact
  without the value matches them;
- text compares ignore case; choices (source channel, select, status) compare exactly;
- gt, lt, gte, lte never match a missing value; is_null matches a missing value,
  empty text and empty lists;
- custom fields are read from the `custom_fields` jsonb column with guarded casts
  (a value of the wrong JSON type counts as missing, never as an error);
- event rules look at the latest crm.contact_events entry whose source event type
  (the routing key it came from) is the rule's field_key.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from crm.domain.list_rules import FilterRule, RuleType, ValueKind
from crm.domain.operators import LogicalOperator, Operator

C = "contacts"  # the alias the predicate refers to
_NEGATED = {
    Operator.NE: Operator.EQ,
    Operator.NOT_CONTAINS: Operator.CONTAINS,
    Operator.NOT_IN: Operator.IN,
}
_ORDER_SQL = {
    Operator.EQ: "=",
    Operator.GT: ">",
    Operator.LT: "<",
    Operator.GTE: ">=",
    Operator.LTE: "<=",
}
_SQL_TYPE = {
    ValueKind.NUMBER: "numeric",
    ValueKind.TIME: "timestamptz",
    ValueKind.BOOLEAN: "boolean",
}
_ATTRIBUTES = {
    "name": f"{C}.name",
    "email": f"{C}.email",
    "phone": f"{C}.phone_e164",
    "language": f"({C}.data ->> 'language')",
    "timezone": f"({C}.data ->> 'timezone')",
    "source_channel": f"({C}.data ->> 'source_channel')",
    "first_interaction_time": f"{C}.first_interaction_time",
    "last_interaction_time": f"{C}.last_interaction_time",
    "create_time": f"{C}.create_time",
    "update_time": f"{C}.update_time",
}
_INTERACTION_COUNT = (
    f"(CASE WHEN jsonb_typeof({C}.data -> 'interaction_count') = 'number'"
    f" THEN CAST({C}.data -> 'interaction_count' AS numeric) END)"
)
# Guards for text that must look like a number / an ISO 8601 date before it is cast.
_NUMBER_TEXT = r"^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d{1,4})?\s*$"
_DATE_TEXT = r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$"


def compile_rules(
    rules: Sequence[FilterRule], logical_operator: LogicalOperator | str, *, prefix: str = "lr"
) -> tuple[str, dict[str, Any]]:
    """One boolean SQL expression for the rules joined by `logical_operator`.

    `prefix` names the parameters (distinct prefixes let several lists share a query).
    No rules match no contact.
    """
    joiner = " OR " if LogicalOperator(logical_operator) is LogicalOperator.OR else " AND "
    params: dict[str, Any] = {}
    parts = [f"({compile_rule(rule, f'{prefix}{i}_', params)})" for i, rule in enumerate(rules)]
    return (joiner.join(parts) if parts else "false"), params


def compile_rule(rule: FilterRule, prefix: str, params: dict[str, Any]) -> str:
    """One rule as a two-valued SQL predicate; its parameters are added to `params`."""
    return _Rule(rule, prefix, params).sql()


class _Rule:
    def __init__(self, rule: FilterRule, prefix: str, params: dict[str, Any]) -> None:
        self.rule, self.prefix, self.params = rule, prefix, params

    def bind(self, name: str, value: Any) -> str:
        key = f"{self.prefix}{name}"
        self.params[key] = value
        return f":{key}"

    def sql(self) -> str:
        rule, op = self.rule, self.rule.operator
        if op in _NEGATED:
            positive = FilterRule(**{**rule.__dict__, "operator": _NEGATED[op]})
            return f"NOT ({_Rule(positive, self.prefix, self.params).sql()})"
        if rule.rule_type is RuleType.PIPELINE_STATUS:
            return self.pipeline_status()
        if rule.rule_type is RuleType.EVENT:
            return self.event()
        if rule.rule_type is RuleType.TAG:
            return self.tags()
        kind = rule.kind
        if kind is ValueKind.LIST:
            return self.option_list()
        if kind is ValueKind.JSON:
            return self.json_value()
        value = self.value_expression(kind)
        if kind in (ValueKind.TEXT, ValueKind.CHOICE):
            return self.text(value, ignore_case=kind is ValueKind.TEXT)
        return self.scalar(value, kind)

    # --- what a rule reads -------------------------------------------------------------

    def value_expression(self, kind: ValueKind) -> str:
        rule = self.rule
        if rule.rule_type is RuleType.ATTRIBUTE:
            return _ATTRIBUTES[rule.field_key]
        if rule.rule_type is RuleType.INTERACTION:
            if rule.field_key == "interaction_count":
                return _INTERACTION_COUNT
            return _ATTRIBUTES[rule.field_key]
        return self.custom_field(kind)

    def custom_field(self, kind: ValueKind) -> str:
        key = self.bind("key", self.rule.field_key)
        field = f"{C}.custom_fields -> CAST({key} AS text)"
        text = f"({C}.custom_fields ->> CAST({key} AS text))"
        typed = f"jsonb_typeof({field})"
        if kind is ValueKind.NUMBER:
            return (
                f"(CASE {typed} WHEN 'number' THEN CAST({field} AS numeric)"
                f" WHEN 'string' THEN CASE WHEN {text} ~ '{_NUMBER_TEXT}'"
                f" THEN CAST(trim({text}) AS numeric) END END)"
            )
        if kind is ValueKind.BOOLEAN:
            return f"(CASE WHEN {typed} = 'boolean' THEN CAST({field} AS boolean) END)"
        if kind is ValueKind.TIME:
            return (
                f"(CASE WHEN {typed} = 'string' AND {text} ~ '{_DATE_TEXT}'"
                f" THEN CAST({text} AS timestamptz) END)"
            )
        # text and choice: strings as they are, other scalars as their JSON text
        return f"(CASE WHEN {typed} IN ('string', 'number', 'boolean') THEN {text} END)"

    # --- value kinds -------------------------------------------------------------------

    def text(self, value: str, *, ignore_case: bool) -> str:
        op = self.rule.operator

        def fold(sql: str) -> str:
            return f"lower({sql})" if ignore_case else sql

        if op is Operator.IS_NULL:
            return f"({value} IS NULL OR {value} = '')"
        if op is Operator.IS_NOT_NULL:
            return f"({value} IS NOT NULL AND {value} <> '')"
        if op is Operator.IN:
            items = self.bind("v", [str(v) for v in self.rule.value])
            return (
                f"coalesce({fold(value)} IN (SELECT {fold('u')}"
                f" FROM unnest(CAST({items} AS text[])) AS u), false)"
            )
        operand = str(self.rule.value)
        if op is Operator.EQ:
            bound = self.bind("v", operand)
            return f"coalesce({fold(value)} = {fold(f'CAST({bound} AS text)')}, false)"
        pattern = {
            Operator.CONTAINS: "%{}%",
            Operator.STARTS_WITH: "{}%",
            Operator.ENDS_WITH: "%{}",
        }[op].format(escape_like(operand))
        bound = self.bind("pattern", pattern)
        like = fold(f"CAST({bound} AS text)")
        return f"coalesce({fold(value)} LIKE {like} ESCAPE '\\', false)"

    def scalar(self, value: str, kind: ValueKind) -> str:
        op, sql_type = self.rule.operator, _SQL_TYPE[kind]
        if op is Operator.IS_NULL:
            return f"({value} IS NULL)"
        if op is Operator.IS_NOT_NULL:
            return f"({value} IS NOT NULL)"
        if op is Operator.IN:
            items = self.bind("v", [_param(kind, v) for v in self.rule.value])
            source = f"CAST({items} AS text[])" if kind is ValueKind.NUMBER else items
            return f"coalesce({value} = ANY(CAST({source} AS {sql_type}[])), false)"
        operand = self.operand(kind, self.rule.value)
        return f"coalesce({value} {_ORDER_SQL[op]} {operand}, false)"

    def operand(self, kind: ValueKind, value: Any) -> str:
        bound = self.bind("v", _param(kind, value))
        if kind is ValueKind.NUMBER:  # exact decimal text, as json stores the number
            return f"CAST(CAST({bound} AS text) AS numeric)"
        return f"CAST({bound} AS {_SQL_TYPE[kind]})"

    def tags(self) -> str:
        op, tags = self.rule.operator, f"{C}.tags"
        if op is Operator.IS_NULL:
            return f"(cardinality(coalesce({tags}, '{{}}')) = 0)"
        if op is Operator.IS_NOT_NULL:
            return f"(cardinality(coalesce({tags}, '{{}}')) > 0)"
        if op is Operator.CONTAINS:
            return (
                f"coalesce({tags} @> ARRAY[CAST({self.bind('v', str(self.rule.value))} AS text)],"
                " false)"
            )
        items = self.bind("v", [str(v) for v in self.rule.value])
        return f"coalesce({tags} && CAST({items} AS text[]), false)"

    def option_list(self) -> str:
        """multi_select and label custom fields: a JSON array of strings."""
        field = f"{C}.custom_fields -> CAST({self.bind('key', self.rule.field_key)} AS text)"
        array = f"(CASE WHEN jsonb_typeof({field}) = 'array' THEN {field} ELSE '[]' END)"
        op = self.rule.operator
        if op is Operator.IS_NULL:
            return f"(jsonb_array_length({array}) = 0)"
        if op is Operator.IS_NOT_NULL:
            return f"(jsonb_array_length({array}) > 0)"
        if op is Operator.CONTAINS:
            wanted = f"lower(CAST({self.bind('v', str(self.rule.value))} AS text))"
        else:
            items = self.bind("v", [str(v) for v in self.rule.value])
            wanted = f"ANY(SELECT lower(u) FROM unnest(CAST({items} AS text[])) AS u)"
        return (
            f"EXISTS (SELECT 1 FROM jsonb_array_elements({array}) AS e(item)"
            f" WHERE jsonb_typeof(e.item) = 'string' AND lower(e.item #>> '{{}}') = {wanted})"
        )

    def json_value(self) -> str:
        field = f"{C}.custom_fields -> CAST({self.bind('key', self.rule.field_key)} AS text)"
        op = self.rule.operator
        if op is Operator.IS_NULL:
            return f"({field} IS NULL OR {field} = 'null')"
        if op is Operator.IS_NOT_NULL:
            return f"({field} IS NOT NULL AND {field} <> 'null')"
        bound = self.bind("v", json.dumps(self.rule.value, sort_keys=True))
        return f"coalesce({field} = CAST(CAST({bound} AS text) AS jsonb), false)"

    def pipeline_status(self) -> str:
        op = self.rule.operator
        where = (
            f"s.project_id = {C}.project_id AND s.contact_id = {C}.id"
            f" AND s.pipeline_id = CAST({self.bind('pipeline', str(self.rule.pipeline_id))}"
            " AS uuid)"
        )
        table, placed = "crm.contact_pipeline_statuses s", "s.status_id IS NOT NULL"
        if op is Operator.IS_NULL:
            return f"NOT {_exists(table, where, placed)}"
        if op is Operator.IS_NOT_NULL:
            return _exists(table, where, placed)
        if op is Operator.EQ:
            status = f"s.status_id = CAST({self.bind('v', str(self.rule.value))} AS uuid)"
        else:
            items = self.bind("v", [str(v) for v in self.rule.value])
            status = f"s.status_id = ANY(CAST(CAST({items} AS text[]) AS uuid[]))"
        return _exists(table, where, status)

    def event(self) -> str:
        """The latest event of the type: EXISTS over the contact's timeline."""
        op = self.rule.operator
        table = "crm.contact_events e"
        where = (
            f"e.project_id = {C}.project_id AND e.contact_id = {C}.id"
            f" AND (e.data ->> 'source_event_type') = CAST({self.bind('type', self.rule.field_key)}"
            " AS text)"
        )
        if op is Operator.IS_NULL:
            return f"NOT {_exists(table, where)}"
        if op is Operator.IS_NOT_NULL:
            return _exists(table, where)
        moment = self.operand(ValueKind.TIME, self.rule.value)
        if op in (Operator.GT, Operator.GTE):
            return _exists(table, where, f"e.occur_time {_ORDER_SQL[op]} {moment}")
        # the latest is before (or at) the moment: some event, and none after it
        later = ">=" if op is Operator.LT else ">"
        after = _exists(table, where, f"e.occur_time {later} {moment}")
        return f"({_exists(table, where)} AND NOT {after})"


def _exists(table: str, where: str, extra: str = "") -> str:
    return f"EXISTS (SELECT 1 FROM {table} WHERE {where}{f' AND {extra}' if extra else ''})"


def _param(kind: ValueKind, value: Any) -> Any:
    """A bound value of the kind: numbers as exact text, times as aware datetimes."""
    if kind is ValueKind.NUMBER:
        return json.dumps(float(value))
    if kind in (ValueKind.TIME, ValueKind.OCCURRENCE):
        return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if kind is ValueKind.BOOLEAN:
        return bool(value)
    return value


def escape_like(text: str) -> str:
    """`text` matched literally inside a LIKE pattern (escape character: backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
