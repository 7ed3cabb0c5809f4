"""The invisible tracking code: a number 0..2186 hidden in message text.

The code is written as 7 base-3 digits (most significant first), each as a
zero-width character, inserted after the first character the reader sees
(a whole emoji, flag or accented letter is never split). Reading also accepts
the characters the original system used for 1 and 2 (WORD JOINER, BOM) and
codes missing some digits; both set `recovered`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from shared.domain import InvalidArgument

DIGITS = 7
MAX_CODE = 3**DIGITS - 1  # 2186
ALPHABET = ("\u200b", "\u200c", "\u200d")  # zero width space, non-joiner, joiner
_LEGACY = {"\u2060": 1, "\ufeff": 2}
_VALUES = {char: digit for digit, char in enumerate(ALPHABET)} | _LEGACY
MIN_FOUND = 3  # fewer invisible characters in a row is ordinary text (e.g. an emoji ZWJ)


@dataclass(frozen=True)
class DecodedCode:
    found: bool
    code: int = 0
    recovered: bool = False
    clean_text: str = ""


def encode_code(code: int, text: str) -> str:
    """`text` carrying `code` (an existing code in it is replaced)."""
    if not 0 <= code <= MAX_CODE:
        raise InvalidArgument.field("code", f"must be between 0 and {MAX_CODE}")
    clean = decode_code(text).clean_text
    if not clean:
        raise InvalidArgument.field("text", "must have at least one character")
    digits, rest = [], code
    for _ in range(DIGITS):
        rest, digit = divmod(rest, 3)
        digits.append(ALPHABET[digit])
    cut = _first_cluster_end(clean)
    return clean[:cut] + "".join(reversed(digits)) + clean[cut:]


def decode_code(text: str) -> DecodedCode:
    """Find the first run of at least 3 code characters; read up to 7 of them."""
    start = 0
    while start < len(text):
        if text[start] in _VALUES:
            end = start
            while end < len(text) and end - start < DIGITS and text[end] in _VALUES:
                end += 1
            if end - start >= MIN_FOUND:
                return _read(text, start, end)
            start = end
        else:
            start += 1
    return DecodedCode(found=False, clean_text=text)


def _read(text: str, start: int, end: int) -> DecodedCode:
    run = text[start:end]
    digits = [_VALUES[c] for c in run] + [0] * (DIGITS - len(run))  # pad lost low digits
    code = 0
    for digit in digits:
        code = code * 3 + digit
    recovered = len(run) < DIGITS or any(c in _LEGACY for c in run)
    return DecodedCode(
        found=True, code=code, recovered=recovered, clean_text=text[:start] + text[end:]
    )


def _first_cluster_end(text: str) -> int:
    """Where the first user-perceived character ends (an approximation of a
    grapheme cluster: marks, variation selectors, skin tones, keycaps, tags,
    ZWJ sequences and regional-indicator pairs stay whole)."""
    end = 1
    if _is_regional_indicator(text[0]) and len(text) > 1 and _is_regional_indicator(text[1]):
        return 2
    while end < len(text):
        char = text[end]
        if char == "\u200d" and end + 1 < len(text):
            end += 2  # the joiner and the emoji it joins
        elif _extends(char):
            end += 1
        else:
            break
    return end


def _extends(char: str) -> bool:
    point = ord(char)
    return (
        unicodedata.category(char) in ("Mn", "Me", "Mc")
        or 0xFE00 <= point <= 0xFE0F
        or 0x1F3FB <= point <= 0x1F3FF
        or 0xE0020 <= point <= 0xE007F
    )


def _is_regional_indicator(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF
