"""The list compiler: every rule the domain accepts becomes parameterised SQL."""

from __future__ import annotations

import re
import uuid
from datetime import datetime

import pytest

from crm.adapters.list_compiler import compile_rules, escape_like
from crm.domain.custom_fields import CustomFieldType
from crm.domain.list_rules import ATTRIBUTES, INTERACTION_MEASURES, OPERATORS, filter_rule
from crm.domain.operators import MEMBERSHIP, NULL_CHECKS, Operator
from shared.domain import InvalidArgument

STATUS = str(uuid.uuid4())
PIPELINE = str(uuid.uuid4())
MOMENT = "2025-03-01T00:00:00+00:00"
BIND = re.compile(r"(?<![:\w]):(\w+)")

# An operand for every kind of value, by what the rule reads.
OPERANDS = {
    "text": "Ana",
    "number": 3,
    "boolean": True,
    "time": MOMENT,
    "choice": "x",
    "list": "vip",
    "json": "x",
    "occurrence": MOMENT,
}


def subjects() -> dict[str, dict]:
    found: dict[str, dict] = {}
    for key in ATTRIBUTES:
        found[f"attribute {key}"] = {"rule_type": "attribute", "field_key": key}
    for key in INTERACTION_MEASURES:
        found[f"interaction {key}"] = {"rule_type": "interaction", "field_key": key}
    for kind in CustomFieldType:
        found[f"custom_field {kind}"] = {
            "rule_type": "custom_field",
            "field_key": "field_one",
            "field_type": kind.value,
        }
    found["tag"] = {"rule_type": "tag"}
    found["pipeline_status"] = {"rule_type": "pipeline_status", "pipeline_id": PIPELINE}
    found["event"] = {"rule_type": "event", "field_key": "crm.contact.tag_added"}
    return found


SUBJECTS = subjects()


def operand_for(target: dict) -> object:
    shell = filter_rule(0, {**target, "operator": "is_null"})
    if target["rule_type"] == "pipeline_status":
        return STATUS
    if target.get("field_key") == "source_channel":
        return "whatsapp"
    return OPERANDS[shell.kind.value]


def rule(target: dict, operator: Operator, operand: object = None):
    if operand is None:
        operand = operand_for(target)
    value = None if operator in NULL_CHECKS else [operand] if operator in MEMBERSHIP else operand
    return filter_rule(0, {**target, "operator": operator.value, "value": value})


def accepted_pairs() -> list[tuple[str, Operator]]:
    pairs = []
    for name, target in SUBJECTS.items():
        for operator in Operator:
            try:
                rule(target, operator)
            except InvalidArgument:
                continue
            pairs.append((name, operator))
    return pairs


PAIRS = accepted_pairs()


def balanced(sql: str) -> bool:
    depth, quoted = 0, False
    for char in sql:
        if char == "'":
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and not quoted


def test_the_pairs_are_every_operator_the_domain_allows_for_each_subject() -> None:
    for name, target in SUBJECTS.items():
        kind = filter_rule(0, {**target, "operator": "is_null"}).kind
        assert {op for s, op in PAIRS if s == name} == OPERATORS[kind], name


def test_the_domain_accepts_a_pair_for_every_rule_type_and_every_operator() -> None:
    types = {SUBJECTS[name]["rule_type"] for name, _ in PAIRS}
    assert types == {"attribute", "tag", "custom_field", "pipeline_status", "event", "interaction"}
    assert {op for _, op in PAIRS} == set(Operator)
    assert len(PAIRS) > 150


@pytest.mark.parametrize(("subject", "operator"), PAIRS, ids=[f"{s}-{o}" for s, o in PAIRS])
def test_every_accepted_rule_compiles_to_sql_whose_parameters_are_all_bound(
    subject: str, operator: Operator
) -> None:
    sql, params = compile_rules([rule(SUBJECTS[subject], operator)], "and")
    assert balanced(sql)
    assert set(BIND.findall(sql)) == set(params)
    for value in params.values():
        if isinstance(value, str) and len(value) > 2:
            assert value not in sql  # operands never become SQL text


@pytest.mark.parametrize("operator", [Operator.NE, Operator.NOT_CONTAINS, Operator.NOT_IN])
def test_negative_operators_are_the_complement_of_the_positive_ones(operator: Operator) -> None:
    target = SUBJECTS["attribute name"]
    sql, _ = compile_rules([rule(target, operator)], "and")
    assert sql.startswith("(NOT (coalesce(")


def test_times_are_bound_as_aware_datetimes_and_numbers_as_exact_text() -> None:
    _, at = compile_rules([rule(SUBJECTS["attribute create_time"], Operator.GT)], "and")
    _, count = compile_rules([rule(SUBJECTS["interaction interaction_count"], Operator.EQ)], "and")
    assert at["lr0_v"] == datetime.fromisoformat(MOMENT)
    assert count["lr0_v"] == "3.0"


def test_rules_join_with_the_logical_operator() -> None:
    rules = [
        rule(SUBJECTS["tag"], Operator.CONTAINS),
        rule(SUBJECTS["attribute name"], Operator.EQ),
    ]
    either, params = compile_rules(rules, "or")
    both, _ = compile_rules(rules, "and")
    assert ") OR (" in either and ") AND (" not in either
    assert ") AND (" in both and ") OR (" not in both
    assert {"lr0_v", "lr1_v"} <= set(params)


def test_a_prefix_keeps_the_parameters_of_several_lists_apart() -> None:
    _, first = compile_rules([rule(SUBJECTS["tag"], Operator.CONTAINS)], "and", prefix="a")
    _, second = compile_rules([rule(SUBJECTS["tag"], Operator.CONTAINS)], "and", prefix="b")
    assert not set(first) & set(second)


def test_no_rules_match_nothing() -> None:
    assert compile_rules([], "and") == ("false", {})


INJECTIONS = [
    "x'); DROP TABLE crm.contacts; --",
    "' OR '1'='1",
    ":smuggled_param",
    "$1",
    "\\'; SELECT pg_sleep(10); --",
]


@pytest.mark.parametrize("attempt", INJECTIONS)
@pytest.mark.parametrize(
    "operator",
    [
        Operator.EQ,
        Operator.CONTAINS,
        Operator.STARTS_WITH,
        Operator.ENDS_WITH,
        Operator.IN,
        Operator.NOT_CONTAINS,
    ],
)
def test_an_injection_attempt_stays_a_parameter(attempt: str, operator: Operator) -> None:
    target = SUBJECTS["custom_field text"]
    sql, params = compile_rules([rule(target, operator, attempt)], "and")
    assert attempt not in sql
    assert "DROP" not in sql and "pg_sleep" not in sql and "'1'='1" not in sql
    assert set(BIND.findall(sql)) == set(params)
    assert any(attempt in str(v) or escape_like(attempt) in str(v) for v in params.values())


def test_like_patterns_escape_wildcards_and_the_escape_character() -> None:
    target = SUBJECTS["attribute name"]
    _, contains = compile_rules([rule(target, Operator.CONTAINS, "50%_off\\")], "and")
    _, starts = compile_rules([rule(target, Operator.STARTS_WITH, "a_b")], "and")
    _, ends = compile_rules([rule(target, Operator.ENDS_WITH, "%")], "and")
    assert contains["lr0_pattern"] == "%50\\%\\_off\\\\%"
    assert starts["lr0_pattern"] == "a\\_b%"
    assert ends["lr0_pattern"] == "%\\%"


def test_keys_and_event_types_are_parameters_too() -> None:
    cf_sql, cf = compile_rules([rule(SUBJECTS["custom_field number"], Operator.GT)], "and")
    ev_sql, ev = compile_rules([rule(SUBJECTS["event"], Operator.IS_NULL)], "and")
    assert cf["lr0_key"] == "field_one" and "field_one" not in cf_sql
    assert ev["lr0_type"] == "crm.contact.tag_added" and "tag_added" not in ev_sql


def test_pipeline_status_rules_bind_the_pipeline_and_the_statuses() -> None:
    sql, params = compile_rules([rule(SUBJECTS["pipeline_status"], Operator.IN)], "and")
    assert "crm.contact_pipeline_statuses" in sql
    assert params["lr0_pipeline"] == PIPELINE and params["lr0_v"] == [STATUS]
