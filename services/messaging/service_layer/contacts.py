"""crm's contact for a WhatsApp person, as inbound messages and history imports need it."""

from __future__ import annotations

import uuid

from messaging.adapters.crm_client import ContactFinder, ContactRef, PhoneRefused
from messaging.waha.ids import phone_digits, to_cus


async def contact_of_whatsapp(
    crm: ContactFinder,
    project_id: uuid.UUID,
    jids: list[str],
    *,
    name: str = "",
    channel_id: uuid.UUID | None = None,
) -> ContactRef | None:
    """Find or create the contact behind WhatsApp ids (`@c.us`/`@s.whatsapp.net`, `@lid`):
    by the phone number they carry, or, when crm refuses it as a number, by the ids alone.
    None when none of them names a person. Raises CrmUnavailable when crm is down."""
    ids = [to_cus(x) for x in jids if x]
    wid = next((x for x in ids if x.endswith("@c.us")), "")
    lid = next((x for x in ids if x.endswith("@lid")), "")
    if not wid and not lid:
        return None
    phone = phone_digits(wid) if wid else None
    if phone:
        try:
            return await crm.find_or_create(
                project_id, phone=f"+{phone}", wid=wid, lid=lid, name=name, channel_id=channel_id
            )
        except PhoneRefused:
            pass
    return await crm.find_or_create(project_id, wid=wid, lid=lid, name=name, channel_id=channel_id)
