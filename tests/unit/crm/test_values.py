import pytest

from crm.domain.values import Email, hex_color, language_tag, normalise_tags, time_zone
from shared.domain import InvalidArgument


@pytest.mark.parametrize(
    ("raw", "email"),
    [
        (" Ana@Example.COM ", "ana@example.com"),
        ("first.last+tag@sub.example.co", "first.last+tag@sub.example.co"),
    ],
)
def test_emails_are_trimmed_and_lower_cased(raw, email) -> None:
    assert Email(raw) == email


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "ana",
        "ana@",
        "@example.com",
        "ana@example",
        "ana@@example.com",
        "a b@example.com",
        "x" * 65 + "@e.co",
    ],
)
def test_malformed_emails_are_rejected(raw) -> None:
    with pytest.raises(InvalidArgument) as caught:
        Email(raw)
    assert caught.value.violations[0].field == "email"


@pytest.mark.parametrize(
    ("raw", "color"), [("#3b82f6", "#3B82F6"), ("3B82F6", "#3B82F6"), ("", "")]
)
def test_colours_are_hash_rrggbb_in_upper_case(raw, color) -> None:
    assert hex_color(raw) == color


@pytest.mark.parametrize("raw", ["#FFF", "red", "#GGGGGG", "#3B82F6FF"])
def test_other_colours_are_rejected(raw) -> None:
    with pytest.raises(InvalidArgument):
        hex_color(raw)


def test_tags_are_trimmed_lower_cased_and_unique() -> None:
    assert normalise_tags([" VIP ", "vip", "Hot  Lead", "hot lead"]) == ("vip", "hot lead")


@pytest.mark.parametrize("tag", ["", "   ", "x" * 51])
def test_empty_or_long_tags_are_rejected(tag) -> None:
    with pytest.raises(InvalidArgument):
        normalise_tags([tag])


def test_language_defaults_to_english_and_accepts_bcp47() -> None:
    assert (language_tag(""), language_tag("pt-BR"), language_tag("es-419")) == (
        "en",
        "pt-BR",
        "es-419",
    )


def test_time_zones_must_be_iana_names() -> None:
    assert time_zone("America/Sao_Paulo") == "America/Sao_Paulo"
    with pytest.raises(InvalidArgument):
        time_zone("GMT-3ish")
