from datetime import UTC, datetime

import pytest

from crm.domain.automation_conditions import (
    AutomationCondition,
    condition_group,
    condition_holds,
    group_holds,
)
from crm.domain.operators import Operator
from shared.domain import InvalidArgument

FACTS = {
    "contact": {
        "name": "Marina Souza",
        "tags": ["vip", "lead"],
        "custom_fields": {"plan": "Gold", "seats": 3, "paid": True, "empty": ""},
        "create_time": datetime(2025, 3, 1, tzinfo=UTC),
        "email": None,
    },
    "session": {"message_count": 12, "score": "7.5"},
    "message": {"text": "Quero o plano anual, qual o preço?"},
}
Op = Operator


@pytest.mark.parametrize(
    ("field", "operator", "value", "expected"),
    [
        ("contact.name", Op.EQ, "marina souza", True),
        ("contact.name", Op.EQ, "Marina", False),
        ("session.message_count", Op.EQ, 12.0, True),
        ("session.score", Op.EQ, 7.5, True),
        ("contact.custom_fields.paid", Op.EQ, True, True),
        ("contact.custom_fields.paid", Op.EQ, 1, False),
        ("contact.tags", Op.EQ, ["lead", "vip"], True),
        ("contact.name", Op.NE, "Ana", True),
        ("contact.name", Op.NE, "MARINA SOUZA", False),
        ("session.message_count", Op.GT, 10, True),
        ("session.message_count", Op.GT, 12, False),
        ("session.score", Op.GT, 7, True),
        ("contact.create_time", Op.GT, "2025-02-01T00:00:00Z", True),
        ("contact.name", Op.GT, "A", False),  # no lexicographic ordering
        ("session.message_count", Op.LT, 13, True),
        ("session.message_count", Op.LT, 12, False),
        ("session.message_count", Op.GTE, 12, True),
        ("session.message_count", Op.GTE, 13, False),
        ("session.message_count", Op.LTE, 12, True),
        ("contact.create_time", Op.LTE, "2025-03-01T00:00:00+00:00", True),
        ("session.message_count", Op.LTE, 11, False),
        ("message.text", Op.CONTAINS, "PREÇO", True),
        ("message.text", Op.CONTAINS, "desconto", False),
        ("contact.tags", Op.CONTAINS, "VIP", True),
        ("contact.tags", Op.CONTAINS, "churned", False),
        ("contact.custom_fields", Op.CONTAINS, "plan", True),
        ("session.message_count", Op.CONTAINS, 1, False),
        ("message.text", Op.NOT_CONTAINS, "desconto", True),
        ("contact.tags", Op.NOT_CONTAINS, "vip", False),
        ("session.message_count", Op.NOT_CONTAINS, 1, False),
        ("message.text", Op.STARTS_WITH, "quero", True),
        ("message.text", Op.STARTS_WITH, "plano", False),
        ("message.text", Op.ENDS_WITH, "PREÇO?", True),
        ("message.text", Op.ENDS_WITH, "anual", False),
        ("contact.custom_fields.plan", Op.IN, ["gold", "platinum"], True),
        ("contact.custom_fields.plan", Op.IN, ["silver"], False),
        ("contact.tags", Op.IN, ["churned", "lead"], True),
        ("session.message_count", Op.IN, [12, 13], True),
        ("contact.custom_fields.plan", Op.NOT_IN, ["silver"], True),
        ("contact.tags", Op.NOT_IN, ["vip"], False),
        ("contact.email", Op.IS_NULL, None, True),
        ("contact.phone", Op.IS_NULL, None, True),
        ("contact.custom_fields.empty", Op.IS_NULL, None, True),
        ("contact.name", Op.IS_NULL, None, False),
        ("contact.name", Op.IS_NOT_NULL, None, True),
        ("contact.email", Op.IS_NOT_NULL, None, False),
        ("contact.phone", Op.IS_NOT_NULL, None, False),
    ],
)
def test_each_operator_compares_as_specified(field, operator, value, expected) -> None:
    assert condition_holds(AutomationCondition(field, operator, value), FACTS) is expected


@pytest.mark.parametrize("operator", [o for o in Operator if o is not Op.IS_NULL])
def test_a_missing_field_makes_every_condition_but_is_null_false(operator) -> None:
    value = None if operator is Op.IS_NOT_NULL else ["x"] if operator in (Op.IN, Op.NOT_IN) else "x"
    condition = AutomationCondition("contact.custom_fields.nothing", operator, value)
    assert not condition_holds(condition, FACTS)


TRUE = {"field": "contact.tags", "operator": "contains", "value": "vip"}
FALSE = {"field": "contact.tags", "operator": "contains", "value": "churned"}


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        ({}, True),
        ({"logical_operator": "and", "conditions": [TRUE, TRUE]}, True),
        ({"logical_operator": "and", "conditions": [TRUE, FALSE]}, False),
        ({"logical_operator": "or", "conditions": [FALSE, TRUE]}, True),
        ({"logical_operator": "or", "conditions": [FALSE, FALSE]}, False),
        (
            {
                "logical_operator": "and",
                "conditions": [TRUE],
                "groups": [{"logical_operator": "or", "conditions": [FALSE, TRUE]}],
            },
            True,
        ),
        (
            {
                "logical_operator": "and",
                "conditions": [TRUE],
                "groups": [{"logical_operator": "or", "conditions": [FALSE, FALSE]}],
            },
            False,
        ),
        (
            {
                "logical_operator": "or",
                "conditions": [FALSE],
                "groups": [
                    {
                        "logical_operator": "and",
                        "conditions": [TRUE],
                        "groups": [{"logical_operator": "or", "conditions": [TRUE]}],
                    }
                ],
            },
            True,
        ),
        ({"logical_operator": "or", "groups": [{}]}, True),
    ],
)
def test_groups_join_conditions_and_nested_groups(group, expected) -> None:
    assert group_holds(condition_group(group), FACTS) is expected


@pytest.mark.parametrize(
    ("group", "field"),
    [
        (
            {"conditions": [{"field": "", "operator": "eq", "value": 1}]},
            "conditions.conditions[0].field",
        ),
        (
            {"conditions": [{"field": "a", "operator": "like", "value": 1}]},
            "conditions.conditions[0].operator",
        ),
        (
            {"conditions": [{"field": "a", "operator": "in", "value": 1}]},
            "conditions.conditions[0].value",
        ),
        (
            {"conditions": [{"field": "a", "operator": "is_null", "value": 1}]},
            "conditions.conditions[0].value",
        ),
        ({"groups": [{"logical_operator": "xor"}]}, "conditions.groups[0].logical_operator"),
        (
            {"groups": [{"groups": [{"groups": [{"groups": [{"groups": [{}]}]}]}]}]},
            "conditions.groups[0].groups[0].groups[0].groups[0].groups[0]",
        ),
    ],
)
def test_malformed_conditions_are_rejected_naming_the_path(group, field) -> None:
    with pytest.raises(InvalidArgument) as caught:
        condition_group(group)
    assert caught.value.violations[0].field == field
