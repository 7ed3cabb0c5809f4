import pytest

from identity.domain.values import Email, Password, PersonName
from shared.domain import InvalidArgument


def test_email_is_trimmed_and_lower_cased() -> None:
    assert Email("  Ana.Silva@Example.COM ") == "ana.silva@example.com"


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "ana",
        "ana@",
        "@example.com",
        "ana@example",
        "ana@@example.com",
        "ana silva@x.com",
        "ana..silva@example.com",
        "ana@-example.com",
        "a" * 65 + "@example.com",
    ],
)
def test_malformed_email_is_rejected_naming_the_email_field(raw: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        Email(raw)
    assert [v.field for v in caught.value.violations] == ["email"]


def test_email_errors_can_name_another_field() -> None:
    with pytest.raises(InvalidArgument) as caught:
        Email("nope", "billing_email")
    assert caught.value.violations[0].field == "billing_email"


def test_person_name_is_trimmed() -> None:
    assert PersonName("  Ana Silva ") == "Ana Silva"


@pytest.mark.parametrize("raw", ["", "   ", "x" * 201])
def test_person_name_must_be_1_to_200_characters(raw: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        PersonName(raw)
    assert caught.value.violations[0].field == "name"


@pytest.mark.parametrize("raw", ["x" * 8, "x" * 128])
def test_password_of_8_to_128_characters_is_accepted(raw: str) -> None:
    assert Password(raw).value == raw


@pytest.mark.parametrize("raw", ["x" * 7, "x" * 129, " " * 10])
def test_password_outside_the_policy_is_rejected_naming_the_field(raw: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        Password(raw, "new_password")
    assert caught.value.violations[0].field == "new_password"


def test_password_never_appears_in_its_repr() -> None:
    assert "secret-value" not in repr(Password("secret-value"))
