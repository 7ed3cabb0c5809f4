"""The countries whose numbers we can validate: calling code, lengths, trunk prefix.

A deliberately small table (no external numbering-plan library). Numbers of
other countries are accepted in international form with their digits as given.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    region_code: str  # ISO 3166-1 alpha-2
    calling_code: str
    national_lengths: frozenset[int]  # digits after the calling code
    trunk_prefix: str = ""  # dialled before national numbers at home ("0" in BR)


def _lengths(*lengths: int) -> frozenset[int]:
    return frozenset(lengths)


COUNTRIES: tuple[Country, ...] = (
    Country("BR", "55", _lengths(10, 11), "0"),  # 2-digit area code + 8 or 9 digits
    Country("US", "1", _lengths(10), "1"),
    Country("CA", "1", _lengths(10), "1"),
    Country("PT", "351", _lengths(9)),
    Country("AR", "54", _lengths(10, 11), "0"),  # 11: mobile with the leading 9
    Country("MX", "52", _lengths(10, 11)),  # 11: mobile with the legacy leading 1
    Country("ES", "34", _lengths(9)),
    Country("GB", "44", _lengths(9, 10), "0"),
    Country("DE", "49", frozenset(range(6, 14)), "0"),  # open numbering plan
    Country("IN", "91", _lengths(10), "0"),
    Country("FR", "33", _lengths(9), "0"),
    Country("IT", "39", frozenset(range(6, 12))),  # the leading 0 is part of the number
    Country("CO", "57", _lengths(10)),
    Country("CL", "56", _lengths(9)),
)

BY_REGION: dict[str, Country] = {c.region_code: c for c in COUNTRIES}
# +1 is shared: a number is Canadian when its area code is, else American.
BY_CALLING_CODE: dict[str, Country] = {}
for _country in COUNTRIES:
    BY_CALLING_CODE.setdefault(_country.calling_code, _country)

CANADIAN_AREA_CODES = frozenset(
    "204 226 236 249 250 263 289 306 343 354 365 367 368 382 387 403 416 418 428 431 437 "
    "438 450 468 474 506 514 519 548 579 581 584 587 604 613 639 647 672 683 705 709 742 "
    "753 778 780 782 807 819 825 867 873 879 902 905".split()
)


def country_by_calling_code(digits: str) -> Country | None:
    """The country whose calling code starts `digits` (codes are prefix-free)."""
    for size in (1, 2, 3):
        found = BY_CALLING_CODE.get(digits[:size])
        if found is not None:
            return found
    return None


def region_of(country: Country, national: str) -> str:
    if country.calling_code == "1" and national[:3] in CANADIAN_AREA_CODES:
        return "CA"
    return country.region_code


def is_valid_national(country: Country, national: str) -> bool:
    """Length, plus the structural rules we know for the busiest plans."""
    if len(national) not in country.national_lengths:
        return False
    if country.calling_code == "55":  # area codes 11..99 without zeros; 9-digit = mobile
        return "0" not in national[:2] and (len(national) == 10 or national[2] == "9")
    if country.calling_code == "1":  # NANP: area code and exchange start with 2..9
        return national[0] not in "01" and national[3] not in "01"
    return True
