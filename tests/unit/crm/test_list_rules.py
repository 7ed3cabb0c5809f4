import uuid
from datetime import datetime, timedelta, timezone

import pytest

from crm.domain.list_rules import FilterRule, RuleType, ValueKind, filter_rule
from crm.domain.operators import Operator
from shared.domain import InvalidArgument

Op = Operator
STATUS = str(uuid.uuid4())
PIPELINE = uuid.uuid4()
BRT = timezone(timedelta(hours=-3))

# One representative rule per value kind, with an operand of that kind.
SUBJECTS = {
    "text attribute": ({"rule_type": "attribute", "field_key": "name"}, "Ana"),
    "choice attribute": ({"rule_type": "attribute", "field_key": "source_channel"}, "whatsapp"),
    "time attribute": (
        {"rule_type": "attribute", "field_key": "create_time"},
        "2025-03-01T00:00:00Z",
    ),
    "tag": ({"rule_type": "tag"}, "vip"),
    "number custom field": (
        {"rule_type": "custom_field", "field_key": "seats", "field_type": "number"},
        3,
    ),
    "boolean custom field": (
        {"rule_type": "custom_field", "field_key": "paid", "field_type": "boolean"},
        True,
    ),
    "json custom field": (
        {"rule_type": "custom_field", "field_key": "raw", "field_type": "json"},
        "x",
    ),
    "multi_select custom field": (
        {"rule_type": "custom_field", "field_key": "products", "field_type": "multi_select"},
        "crm",
    ),
    "pipeline status": ({"rule_type": "pipeline_status", "pipeline_id": PIPELINE}, STATUS),
    "event": ({"rule_type": "event", "field_key": "crm.contact.tag_added"}, "2025-03-01T00:00:00Z"),
    "interaction count": ({"rule_type": "interaction", "field_key": "interaction_count"}, 5),
}
ALL = set(Op)
NULLS = {Op.IS_NULL, Op.IS_NOT_NULL}
ALLOWED = {
    "text attribute": ALL - {Op.GT, Op.LT, Op.GTE, Op.LTE},
    "choice attribute": {Op.EQ, Op.NE, Op.IN, Op.NOT_IN} | NULLS,
    "time attribute": {Op.EQ, Op.NE, Op.GT, Op.LT, Op.GTE, Op.LTE} | NULLS,
    "tag": {Op.CONTAINS, Op.NOT_CONTAINS, Op.IN, Op.NOT_IN} | NULLS,
    "number custom field": {Op.EQ, Op.NE, Op.GT, Op.LT, Op.GTE, Op.LTE, Op.IN, Op.NOT_IN} | NULLS,
    "boolean custom field": {Op.EQ, Op.NE} | NULLS,
    "json custom field": {Op.EQ, Op.NE} | NULLS,
    "multi_select custom field": {Op.CONTAINS, Op.NOT_CONTAINS, Op.IN, Op.NOT_IN} | NULLS,
    "pipeline status": {Op.EQ, Op.NE, Op.IN, Op.NOT_IN} | NULLS,
    "event": {Op.GT, Op.LT, Op.GTE, Op.LTE} | NULLS,
    "interaction count": {Op.EQ, Op.NE, Op.GT, Op.LT, Op.GTE, Op.LTE, Op.IN, Op.NOT_IN} | NULLS,
}


def given(subject: str, operator: Operator) -> dict:
    target, operand = SUBJECTS[subject]
    value = None if operator in NULLS else [operand] if operator in (Op.IN, Op.NOT_IN) else operand
    return {**target, "operator": operator.value, "value": value}


PAIRS = [(s, o) for s in SUBJECTS for o in Op]


@pytest.mark.parametrize(("subject", "operator"), [p for p in PAIRS if p[1] in ALLOWED[p[0]]])
def test_an_operator_that_fits_the_value_kind_is_accepted(subject, operator) -> None:
    rule = filter_rule(0, given(subject, operator))
    assert rule.operator is operator


@pytest.mark.parametrize(("subject", "operator"), [p for p in PAIRS if p[1] not in ALLOWED[p[0]]])
def test_an_operator_that_makes_no_sense_for_the_value_is_rejected_naming_the_rule(
    subject, operator
) -> None:
    with pytest.raises(InvalidArgument) as caught:
        filter_rule(3, given(subject, operator))
    assert caught.value.violations[0].field == "filter_rules[3].operator"


def test_contains_on_a_boolean_custom_field_is_rejected() -> None:
    with pytest.raises(InvalidArgument, match="boolean"):
        filter_rule(1, given("boolean custom field", Op.CONTAINS))


def test_ordering_text_is_rejected_rather_than_compared_lexicographically() -> None:
    with pytest.raises(InvalidArgument) as caught:
        filter_rule(0, given("text attribute", Op.GT))
    assert "text" in caught.value.violations[0].description


@pytest.mark.parametrize(
    ("subject", "operator", "value"),
    [
        ("text attribute", Op.IS_NULL, "Ana"),
        ("text attribute", Op.EQ, None),
        ("text attribute", Op.EQ, ["Ana"]),
        ("text attribute", Op.IN, []),
        ("text attribute", Op.IN, "Ana"),
        ("text attribute", Op.EQ, 5),
        ("number custom field", Op.GT, "three"),
        ("number custom field", Op.GT, True),
        ("boolean custom field", Op.EQ, "yes"),
        ("time attribute", Op.GT, "last tuesday"),
        ("time attribute", Op.GT, "2025-03-01T00:00:00"),
        ("choice attribute", Op.EQ, "carrier_pigeon"),
        ("pipeline status", Op.EQ, "qualified"),
        ("tag", Op.CONTAINS, " "),
    ],
)
def test_an_operand_that_does_not_fit_is_rejected_naming_the_value(
    subject, operator, value
) -> None:
    target, _ = SUBJECTS[subject]
    with pytest.raises(InvalidArgument) as caught:
        filter_rule(2, {**target, "operator": operator.value, "value": value})
    assert caught.value.violations[0].field == "filter_rules[2].value"


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        ({"rule_type": "attribute", "field_key": "password", "operator": "is_null"}, "field_key"),
        ({"rule_type": "interaction", "field_key": "name", "operator": "is_null"}, "field_key"),
        ({"rule_type": "event", "field_key": "tag added", "operator": "is_null"}, "field_key"),
        (
            {
                "rule_type": "custom_field",
                "field_key": "Plan",
                "field_type": "text",
                "operator": "is_null",
            },
            "field_key",
        ),
        ({"rule_type": "custom_field", "field_key": "plan", "operator": "is_null"}, "field_type"),
        ({"rule_type": "pipeline_status", "operator": "is_null"}, "pipeline_id"),
        ({"rule_type": "vibes", "operator": "is_null"}, "rule_type"),
        ({"rule_type": "tag", "operator": "like"}, "operator"),
    ],
)
def test_a_rule_must_name_what_it_looks_at(rule, field) -> None:
    with pytest.raises(InvalidArgument) as caught:
        filter_rule(0, rule)
    assert caught.value.violations[0].field == f"filter_rules[0].{field}"


def test_operands_are_normalised_for_the_compiler() -> None:
    rule = filter_rule(0, given("time attribute", Op.GTE))
    assert rule.value == "2025-03-01T00:00:00+00:00"
    assert filter_rule(
        0, {"rule_type": "tag", "operator": "in", "value": [" VIP ", "Lead"]}
    ).value == ["vip", "lead"]
    assert filter_rule(
        0, {**given("time attribute", Op.LT), "value": datetime(2025, 3, 1, 9, tzinfo=BRT)}
    ).value == ("2025-03-01T12:00:00+00:00")
    assert filter_rule(0, given("number custom field", Op.LT)).value == 3.0


def test_a_rule_keeps_its_kind_and_gets_an_id() -> None:
    rule = filter_rule(0, given("multi_select custom field", Op.CONTAINS))
    assert isinstance(rule, FilterRule) and isinstance(rule.id, uuid.UUID)
    assert (rule.rule_type, rule.kind) == (RuleType.CUSTOM_FIELD, ValueKind.LIST)


def test_tag_rules_ignore_the_field_key() -> None:
    assert (
        filter_rule(
            0, {"rule_type": "tag", "field_key": "whatever", "operator": "is_null"}
        ).field_key
        == ""
    )
