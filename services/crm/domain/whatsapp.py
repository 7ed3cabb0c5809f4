"""WhatsApp addresses of a contact: phone-based ids, linked ids ("@lid") and JIDs.

A "…@lid" is an opaque linked id WhatsApp uses to hide a phone number. It is
never a phone: it is kept beside the phone as an alias that also finds the
contact.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm.domain.phones import DIGITS, WHATSAPP_PHONE_DOMAINS, Phone
from shared.domain import InvalidArgument

MAX_ID_DIGITS = 20
_JID_DOMAINS = (*WHATSAPP_PHONE_DOMAINS, "lid")


def _digits_of(value: str, domains: tuple[str, ...], field_name: str) -> str:
    """The user part of "<digits>[:device]@<domain>", or bare digits."""
    user, at, domain = value.strip().partition("@")
    if at and domain.lower() not in domains:
        raise InvalidArgument.field(field_name, f"must end with @{' or @'.join(domains)}")
    number = user.partition(":")[0]
    if not number or len(number) > MAX_ID_DIGITS or any(c not in DIGITS for c in number):
        raise InvalidArgument.field(field_name, "must be the digits of a WhatsApp id")
    return number


@dataclass(frozen=True)
class LidAlias:
    """A WhatsApp linked id, digits only (the "…@lid" suffix stripped)."""

    value: str

    @classmethod
    def parse(cls, raw: str) -> LidAlias:
        return cls(_digits_of(raw, ("lid",), "lid"))

    @property
    def jid(self) -> str:
        return f"{self.value}@lid"


def parse_whatsapp_address(raw: str, default_region: str = "") -> Phone | LidAlias:
    """What a sender address names: a phone number, or a linked id."""
    if raw.strip().lower().endswith("@lid"):
        return LidAlias.parse(raw)
    return Phone.parse(raw, default_region)


@dataclass(frozen=True)
class WhatsAppIdentifiers:
    """wid: the phone-based id's digits; lid: the linked id's digits; jid: as last seen."""

    wid: str = ""
    lid: str = ""
    jid: str = ""

    @classmethod
    def of(cls, wid: str = "", lid: str = "", jid: str = "") -> WhatsAppIdentifiers:
        """Normalise ids given with or without their suffixes."""
        jid = jid.strip()
        if jid:
            _digits_of(jid, _JID_DOMAINS, "whatsapp_ids.jid")
        return cls(
            wid=_digits_of(wid, WHATSAPP_PHONE_DOMAINS, "whatsapp_ids.wid") if wid.strip() else "",
            lid=_digits_of(lid, ("lid",), "whatsapp_ids.lid") if lid.strip() else "",
            jid=jid,
        )

    @property
    def is_empty(self) -> bool:
        return not (self.wid or self.lid or self.jid)

    def filled_from(self, other: WhatsAppIdentifiers) -> WhatsAppIdentifiers:
        """These ids, with the ones missing here taken from `other`."""
        return WhatsAppIdentifiers(
            self.wid or other.wid, self.lid or other.lid, self.jid or other.jid
        )

    def updated_by(self, seen: WhatsAppIdentifiers) -> WhatsAppIdentifiers:
        """These ids after seeing `seen`: what it names replaces what it does not leave out."""
        return seen.filled_from(self)
