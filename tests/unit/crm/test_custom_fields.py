from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from crm.domain.custom_fields import (
    CustomFieldType,
    CustomFieldValue,
    OptionList,
    check_custom_field_key,
)
from shared.domain import InvalidArgument

T = CustomFieldType
BRT = timezone(timedelta(hours=-3))


@pytest.mark.parametrize(
    ("kind", "given", "attribute", "stored"),
    [
        (T.TEXT, "  Gold plan ", "text_value", "Gold plan"),
        (T.NUMBER, 42, "number_value", 42.0),
        (T.NUMBER, 2.5, "number_value", 2.5),
        (T.NUMBER, "1e3", "number_value", 1000.0),
        (T.BOOLEAN, True, "bool_value", True),
        (T.BOOLEAN, "no", "bool_value", False),
        (T.DATE, date(2025, 3, 1), "date_value", datetime(2025, 3, 1, tzinfo=UTC)),
        (T.DATE, "2025-03-01", "date_value", datetime(2025, 3, 1, tzinfo=UTC)),
        (
            T.DATE,
            datetime(2025, 3, 1, 9, 0, tzinfo=BRT),
            "date_value",
            datetime(2025, 3, 1, 12, 0, tzinfo=UTC),
        ),
        (T.DATE, "2025-03-01T09:00:00-03:00", "date_value", datetime(2025, 3, 1, 12, tzinfo=UTC)),
        (T.JSON, {"a": [1, 2]}, "json_value", {"a": [1, 2]}),
        (T.URL, "https://example.com/x?y=1", "text_value", "https://example.com/x?y=1"),
        (T.EMAIL, " Ana@Example.COM ", "text_value", "ana@example.com"),
        (T.PHONE, "+55 11 99999-9999", "text_value", "+5511999999999"),
        (T.SELECT, "gold", "text_value", "gold"),
        (T.MULTI_SELECT, ["a", "b", "a"], "options_value", OptionList(("a", "b"))),
        (T.LABEL, ["VIP ", "vip", "Lead"], "options_value", OptionList(("vip", "lead"))),
        (T.LABEL, "vip", "options_value", OptionList(("vip",))),
    ],
)
def test_a_value_of_the_right_type_is_stored_normalised(kind, given, attribute, stored) -> None:
    value = CustomFieldValue.of(kind, given)
    assert getattr(value, attribute) == stored
    assert value.type is kind


@pytest.mark.parametrize(
    ("kind", "given"),
    [
        (T.TEXT, ""),
        (T.TEXT, 5),
        (T.TEXT, "x" * 5001),
        (T.NUMBER, float("nan")),
        (T.NUMBER, float("inf")),
        (T.NUMBER, True),
        (T.NUMBER, "ten"),
        (T.BOOLEAN, "maybe"),
        (T.BOOLEAN, 1),
        (T.DATE, "yesterday"),
        (T.DATE, datetime(2025, 3, 1, 9, 0)),
        (T.DATE, 20250301),
        (T.JSON, {"x": float("nan")}),
        (T.JSON, {1, 2}),
        (T.URL, "ftp://example.com"),
        (T.URL, "example.com"),
        (T.URL, "https://"),
        (T.EMAIL, "not-an-email"),
        (T.PHONE, "call me"),
        (T.MULTI_SELECT, []),
        (T.MULTI_SELECT, [1, 2]),
        (T.LABEL, [""]),
        (T.SELECT, ["a"]),
    ],
)
def test_a_value_that_does_not_fit_its_type_is_rejected(kind, given) -> None:
    with pytest.raises(InvalidArgument) as caught:
        CustomFieldValue.of(kind, given, field_name="custom_fields.plan")
    assert caught.value.violations[0].field == "custom_fields.plan"


def test_a_select_value_must_be_one_of_the_options() -> None:
    with pytest.raises(InvalidArgument, match="options"):
        CustomFieldValue.of("select", "platinum", options=["gold", "silver"])


def test_every_multi_select_value_must_be_one_of_the_options() -> None:
    with pytest.raises(InvalidArgument, match="'bronze'"):
        CustomFieldValue.of("multi_select", ["gold", "bronze"], options=["gold", "silver"])


def test_select_accepts_any_value_when_no_options_are_given() -> None:
    assert CustomFieldValue.of("select", "platinum").text_value == "platinum"


def test_a_missing_value_is_rejected_as_removal_is_done_by_unsetting() -> None:
    with pytest.raises(InvalidArgument, match="unset"):
        CustomFieldValue.of("text", None)


def test_an_unknown_type_is_an_error() -> None:
    with pytest.raises(ValueError):
        CustomFieldValue.of("colour", "red")


def test_value_returns_the_python_value_whatever_the_type() -> None:
    assert CustomFieldValue.of("multi_select", ["a"]).value == ("a",)
    assert CustomFieldValue.of("boolean", False).value is False
    assert CustomFieldValue.of("json", [1]).value == [1]


@pytest.mark.parametrize("key", ["plan", "ticket_size", "a1"])
def test_keys_are_lower_snake_case(key) -> None:
    assert check_custom_field_key(key) == key


@pytest.mark.parametrize("key", ["", "Plan", "1st", "ticket-size", "a" * 65])
def test_other_keys_are_rejected(key) -> None:
    with pytest.raises(InvalidArgument):
        check_custom_field_key(key)
