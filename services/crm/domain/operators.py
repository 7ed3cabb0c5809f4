"""Comparison and logical operators shared by contact-list rules and automation conditions."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from shared.domain import InvalidArgument


class Operator(StrEnum):
    EQ = "eq"
    NE = "ne"
    GT = "gt"
    LT = "lt"
    GTE = "gte"
    LTE = "lte"
    CONTAINS = "contains"
    NOT_CONTAINS = "not_contains"
    STARTS_WITH = "starts_with"
    ENDS_WITH = "ends_with"
    IN = "in"
    NOT_IN = "not_in"
    IS_NULL = "is_null"
    IS_NOT_NULL = "is_not_null"


class LogicalOperator(StrEnum):
    AND = "and"
    OR = "or"


EQUALITY = frozenset({Operator.EQ, Operator.NE})
ORDERING = frozenset({Operator.GT, Operator.LT, Operator.GTE, Operator.LTE})
SUBSTRING = frozenset(
    {Operator.CONTAINS, Operator.NOT_CONTAINS, Operator.STARTS_WITH, Operator.ENDS_WITH}
)
MEMBERSHIP = frozenset({Operator.IN, Operator.NOT_IN})
NULL_CHECKS = frozenset({Operator.IS_NULL, Operator.IS_NOT_NULL})
MAX_LIST_OPERAND = 1000


def operator_of(value: Any, field_name: str) -> Operator:
    try:
        return Operator(value)
    except ValueError:
        raise InvalidArgument.field(field_name, f"{value!r} is not an operator") from None


def logical_operator_of(value: Any, field_name: str) -> LogicalOperator:
    try:
        return LogicalOperator(value or LogicalOperator.AND)
    except ValueError:
        raise InvalidArgument.field(field_name, "must be and or or") from None


def check_operand_shape(operator: Operator, value: Any, field_name: str) -> None:
    """Null checks take no operand, in/not_in a non-empty list, the rest one scalar."""
    if operator in NULL_CHECKS:
        if value is not None:
            raise InvalidArgument.field(field_name, f"{operator} takes no value")
    elif operator in MEMBERSHIP:
        if not isinstance(value, list | tuple) or not value:
            raise InvalidArgument.field(field_name, f"{operator} takes a non-empty list")
        if len(value) > MAX_LIST_OPERAND:
            raise InvalidArgument.field(field_name, f"a list has at most {MAX_LIST_OPERAND} items")
    elif value is None or isinstance(value, list | tuple | dict):
        raise InvalidArgument.field(field_name, f"{operator} takes a single value")
