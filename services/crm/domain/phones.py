"""Phone numbers: parsing raw input and WhatsApp ids, E.164, and the matching key.

Phone is unique per project under its `match_key`, not its spelling: Brazilian
mobiles were given a ninth digit in 2012-2016 and WhatsApp still knows many by
the old 8-digit form, so "+55 11 9XXXX-XXXX" and "+55 11 XXXX-XXXX" are one
contact. Mexican mobiles with the legacy "1" after +52 are treated the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crm.domain.calling_codes import (
    BY_REGION,
    Country,
    country_by_calling_code,
    is_valid_national,
    region_of,
)
from shared.domain import InvalidArgument

DIGITS = frozenset("0123456789")
_PUNCTUATION = frozenset(" -().\u00a0")
WHATSAPP_PHONE_DOMAINS = ("c.us", "s.whatsapp.net")
MIN_DIGITS, MAX_DIGITS = 8, 15  # E.164 allows at most 15


def _invalid(description: str) -> InvalidArgument:
    return InvalidArgument.field("phone", description)


def match_key(digits: str) -> str:
    """The key under which spellings of one number collide (digits, no "+")."""
    if (
        len(digits) == 13
        and digits.startswith("55")
        and digits[4] == "9"
        and "0" not in digits[2:4]
    ):
        return digits[:4] + digits[5:]  # 55 + area code + 8 digits
    if len(digits) == 13 and digits.startswith("521"):
        return "52" + digits[3:]
    return digits


@dataclass(frozen=True)
class Phone:
    """A phone number: "+<digits>" (E.164) when its country is known, else digits only.

    Two phones are equal when their canonical forms are; `raw` is how it was given.
    """

    e164: str
    region_code: str = ""
    raw: str = field(default="", compare=False)

    @classmethod
    def parse(cls, raw: str, default_region: str = "") -> Phone:
        """Read a number as users and providers write it.

        International numbers start with "+" or "00"; WhatsApp ids ("…@c.us",
        "…@s.whatsapp.net", device suffix ":N" allowed) are always international.
        Other numbers are national to `default_region` (trunk prefix optional),
        or, without one, kept as digits of an unknown country.
        """
        text = raw.strip()
        if not text:
            raise _invalid("is required")
        if "@" in text:
            return cls._from_whatsapp_id(text, raw)
        country = _region(default_region)
        international = text.lstrip(" (").startswith("+")  # "+55 …", "(+55) …"
        body = text.replace("+", "", 1) if international else text
        if any(c not in DIGITS and c not in _PUNCTUATION for c in body):
            raise _invalid(
                "may contain only digits, a leading '+', spaces, dashes, dots and parentheses"
            )
        digits = "".join(c for c in body if c in DIGITS)
        if international:
            return cls._international(digits, raw)
        if digits.startswith("00"):
            return cls._international(digits[2:], raw)
        if country is not None:
            return cls._national(digits, country, raw)
        if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
            raise _invalid(f"must have {MIN_DIGITS} to {MAX_DIGITS} digits")
        return cls(digits, "", raw)

    @property
    def digits(self) -> str:
        return self.e164.removeprefix("+")

    @property
    def match_key(self) -> str:
        return match_key(self.digits)

    @property
    def whatsapp_id(self) -> str:
        """The chat id WhatsApp (WAHA) knows this number by."""
        return f"{self.digits}@c.us"

    @classmethod
    def _international(cls, digits: str, raw: str, *, strict: bool = True) -> Phone:
        if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
            raise _invalid(f"must have {MIN_DIGITS} to {MAX_DIGITS} digits with the country code")
        country = country_by_calling_code(digits)
        if country is None:
            return cls("+" + digits, "", raw)
        national = digits[len(country.calling_code) :]
        if not is_valid_national(country, national):
            if not strict:
                return cls("+" + digits, "", raw)
            raise _invalid(f"is not a valid +{country.calling_code} number")
        return cls("+" + digits, region_of(country, national), raw)

    @classmethod
    def _national(cls, digits: str, country: Country, raw: str) -> Phone:
        trunk = country.trunk_prefix
        if trunk and digits.startswith(trunk) and is_valid_national(country, digits[len(trunk) :]):
            national = digits[len(trunk) :]
        elif is_valid_national(country, digits):
            national = digits
        elif digits.startswith(country.calling_code) and is_valid_national(
            country, digits[len(country.calling_code) :]
        ):
            national = digits[len(country.calling_code) :]  # already had its country code
        else:
            raise _invalid(f"is not a valid {country.region_code} number")
        return cls("+" + country.calling_code + national, region_of(country, national), raw)

    @classmethod
    def _from_whatsapp_id(cls, text: str, raw: str) -> Phone:
        user, _, domain = text.partition("@")
        domain = domain.lower()
        if domain == "lid":
            raise _invalid(
                "a WhatsApp '@lid' is a linked id, not a phone number; keep it as the contact's lid"
            )
        if domain == "g.us":
            raise _invalid("a WhatsApp group id is not a phone number")
        if domain not in WHATSAPP_PHONE_DOMAINS:
            raise _invalid("is not a phone number nor a WhatsApp phone id")
        number = user.partition(":")[0]  # "5511…:12@s.whatsapp.net" names a device
        if not number or any(c not in DIGITS for c in number):
            raise _invalid("a WhatsApp id must be the number's digits before the '@'")
        # WhatsApp has already verified the number; our national-plan table must not
        # reject a real account because it is narrower than the world's numbering plans.
        return cls._international(number, raw, strict=False)


def _region(code: str) -> Country | None:
    if not code.strip():
        return None
    country = BY_REGION.get(code.strip().upper())
    if country is None:
        raise InvalidArgument.field("default_region_code", f"{code!r} is not a region we know")
    return country
