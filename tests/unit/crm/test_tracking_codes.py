import pytest

from crm.domain.tracking_codes import ALPHABET, MAX_CODE, decode_code, encode_code
from shared.domain import InvalidArgument

TEXTS = [
    "Olá! Tudo bem?",
    "a",
    "😀 emoji first",
    "👍🏽 skin tone",
    "👨‍👩‍👧 family first",
    "🇧🇷 flag first",
    "❤️ heart with selector",
    "é composed",
    "e\u0301 combining accent",
    "\U0001d49c astral math letter",
    "مرحبا right to left",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("code", [0, 1, 2, 3, 1000, 2185, MAX_CODE])
def test_a_code_round_trips_through_any_text(text, code) -> None:
    decoded = decode_code(encode_code(code, text))
    assert (decoded.found, decoded.code, decoded.recovered, decoded.clean_text) == (
        True,
        code,
        False,
        text,
    )


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("😀 hi", "😀"),
        ("👨‍👩‍👧 hi", "👨‍👩‍👧"),
        ("🇧🇷 hi", "🇧🇷"),
        ("❤️ hi", "❤️"),
        ("e\u0301 hi", "e\u0301"),
        ("👍🏽 hi", "👍🏽"),
        ("hi", "h"),
    ],
)
def test_the_code_follows_the_first_whole_character(text, first) -> None:
    encoded = encode_code(5, text)
    assert encoded.startswith(first) and encoded[len(first)] in ALPHABET
    assert encoded[len(first) + 7 :] == text[len(first) :]


def test_seven_invisible_characters_are_inserted() -> None:
    encoded = encode_code(MAX_CODE, "hello")
    assert len(encoded) == len("hello") + 7
    assert encoded == "h" + ALPHABET[2] * 7 + "ello"


def test_digits_are_written_most_significant_first() -> None:
    assert encode_code(1, "x") == "x" + ALPHABET[0] * 6 + ALPHABET[1]


def test_encoding_replaces_an_existing_code() -> None:
    decoded = decode_code(encode_code(7, encode_code(1234, "hello")))
    assert (decoded.code, decoded.clean_text) == (7, "hello")


def test_empty_text_cannot_carry_a_code() -> None:
    with pytest.raises(InvalidArgument) as caught:
        encode_code(1, "")
    assert caught.value.violations[0].field == "text"


@pytest.mark.parametrize("code", [-1, MAX_CODE + 1])
def test_codes_outside_the_range_are_rejected(code) -> None:
    with pytest.raises(InvalidArgument):
        encode_code(code, "hi")


@pytest.mark.parametrize("text", ["", "plain text", "👨‍👩‍👧 family", "a\u200bb"])
def test_text_without_a_code_has_none(text) -> None:
    decoded = decode_code(text)
    assert (decoded.found, decoded.clean_text) == (False, text)


def test_a_code_missing_digits_is_recovered_padded_with_zeros() -> None:
    encoded = encode_code(MAX_CODE, "hello")
    truncated = encoded[:5] + encoded[8:]  # lost the last three digits
    decoded = decode_code(truncated)
    assert (decoded.found, decoded.code, decoded.recovered, decoded.clean_text) == (
        True,
        int("2222000", 3),
        True,
        "hello",
    )


def test_the_original_systems_characters_are_read_as_recovered() -> None:
    legacy = "h\u200b\u200b\u200b\u200b\u200b\u2060\ufeffello"  # 0000012
    decoded = decode_code(legacy)
    assert (decoded.code, decoded.recovered, decoded.clean_text) == (5, True, "hello")
