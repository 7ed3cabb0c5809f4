"""The comparisons behind each condition operator (see automation_conditions)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from crm.domain.operators import Operator


def is_empty(value: Any) -> bool:
    return isinstance(value, str | list | tuple | set | frozenset | dict) and not value


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        number = float(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return number if number is not None and math.isfinite(number) else None


def _time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _comparable(actual: Any, expected: Any) -> tuple[Any, Any] | None:
    """The pair as two numbers or two aware datetimes, when both read as such."""
    numbers = _number(actual), _number(expected)
    if numbers[0] is not None and numbers[1] is not None:
        return numbers
    times = _time(actual), _time(expected)
    if (
        times[0] is not None
        and times[1] is not None
        and (times[0].tzinfo is None) == (times[1].tzinfo is None)
    ):
        return times
    return None


def _equal(actual: Any, expected: Any) -> bool:
    if isinstance(actual, str) and isinstance(expected, str):
        return actual.casefold() == expected.casefold()
    if isinstance(actual, bool) or isinstance(expected, bool):
        return actual is expected
    pair = _comparable(actual, expected)
    return pair[0] == pair[1] if pair else bool(actual == expected)


def _eq(actual: Any, expected: Any) -> bool:
    if isinstance(actual, list | tuple | set | frozenset):
        wanted = expected if isinstance(expected, list | tuple) else [expected]
        return len(actual) == len(wanted) and all(_in(a, wanted) for a in actual)
    return _equal(actual, expected)


def _in(actual: Any, options: Any) -> bool:
    items = actual if isinstance(actual, list | tuple | set | frozenset) else [actual]
    return any(_equal(a, o) for a in items for o in options)


def _contains(actual: Any, expected: Any) -> bool | None:
    """None when `actual` cannot contain anything (so not_contains is false too)."""
    if isinstance(actual, str):
        return str(expected).casefold() in actual.casefold()
    if isinstance(actual, list | tuple | set | frozenset):
        return any(_equal(a, expected) for a in actual)
    if isinstance(actual, Mapping):
        return expected in actual
    return None


def _order(test: Callable[[Any, Any], bool]) -> Callable[[Any, Any], bool]:
    def compare(actual: Any, expected: Any) -> bool:
        pair = _comparable(actual, expected)
        return pair is not None and test(*pair)

    return compare


def _affix(test: Callable[[str, str], bool]) -> Callable[[Any, Any], bool]:
    def compare(actual: Any, expected: Any) -> bool:
        return isinstance(actual, str) and test(actual.casefold(), str(expected).casefold())

    return compare


COMPARISONS: dict[Operator, Callable[[Any, Any], bool]] = {
    Operator.EQ: _eq,
    Operator.NE: lambda a, e: not _eq(a, e),
    Operator.GT: _order(lambda a, e: a > e),
    Operator.LT: _order(lambda a, e: a < e),
    Operator.GTE: _order(lambda a, e: a >= e),
    Operator.LTE: _order(lambda a, e: a <= e),
    Operator.CONTAINS: lambda a, e: _contains(a, e) is True,
    Operator.NOT_CONTAINS: lambda a, e: _contains(a, e) is False,
    Operator.STARTS_WITH: _affix(str.startswith),
    Operator.ENDS_WITH: _affix(str.endswith),
    Operator.IN: _in,
    Operator.NOT_IN: lambda a, e: not _in(a, e),
}
