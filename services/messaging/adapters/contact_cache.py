"""crm's answers to find-or-create, remembered by the process that asks.

Most messages come from people already known: asking crm again costs a gRPC call and
a crm transaction per message. A hit needs every WhatsApp id the message carries to
map to the same contact, so a new id (a first @lid beside a known @c.us) still goes to
crm, which links it. Entries expire after `ttl` and are dropped at once when crm
announces that a contact changed, was deleted, restored or merged (see
entrypoints/contact_invalidation.py); after a lost broker connection the whole cache
is cleared, since announcements may have been missed.
"""

from __future__ import annotations

import time
import uuid
from collections import OrderedDict

from messaging.adapters.crm_client import ContactRef, CrmContacts, PhoneRefused

Key = tuple[uuid.UUID, str]  # (project, WhatsApp id or phone)


class ContactCache:
    def __init__(self, ttl: float = 600.0, max_entries: int = 100_000) -> None:
        self.ttl, self.max_entries = ttl, max_entries
        self._entries: OrderedDict[Key, tuple[float, ContactRef]] = OrderedDict()
        self._keys_of: dict[uuid.UUID, set[Key]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, project_id: uuid.UUID, ids: list[str]) -> ContactRef | None:
        """The contact all `ids` map to, if every one is cached and fresh."""
        now = time.monotonic()
        found: ContactRef | None = None
        for value in ids:
            entry = self._entries.get((project_id, value))
            if entry is None or entry[0] <= now or (found and entry[1].id != found.id):
                return None
            found = entry[1]
        return found

    def put(self, project_id: uuid.UUID, ids: list[str], contact: ContactRef) -> None:
        expires = time.monotonic() + self.ttl
        for value in ids:
            key = (project_id, value)
            self._drop(key)
            self._entries[key] = (expires, contact)
            self._keys_of.setdefault(contact.id, set()).add(key)
        while len(self._entries) > self.max_entries:
            self._drop(next(iter(self._entries)))

    def forget(self, contact_id: uuid.UUID) -> None:
        for key in self._keys_of.pop(contact_id, set()):
            self._entries.pop(key, None)

    def clear(self) -> None:
        self._entries.clear()
        self._keys_of.clear()

    def _drop(self, key: Key) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            keys = self._keys_of.get(entry[1].id)
            if keys is not None:
                keys.discard(key)
                if not keys:
                    del self._keys_of[entry[1].id]


class CachedContacts:
    """CrmContacts with a ContactCache in front of find-or-create."""

    def __init__(self, crm: CrmContacts, cache: ContactCache) -> None:
        self._crm, self.cache = crm, cache
        # Numbers crm refused (not valid phone numbers) stay refused: remembered as long
        # as an entry, so each message does not ask crm once in vain before its fallback.
        self._refused: dict[tuple[uuid.UUID, str], float] = {}

    async def find_or_create(
        self,
        project_id: uuid.UUID,
        *,
        phone: str = "",
        wid: str = "",
        lid: str = "",
        name: str = "",
        channel_id: uuid.UUID | None = None,
        profile_picture_url: str = "",
    ) -> ContactRef:
        ids = [value for value in (wid, lid, phone) if value]
        known = self.cache.get(project_id, ids) if ids else None
        if known is not None:
            return ContactRef(known.id, False, known.name)
        refused = self._refused.get((project_id, phone)) if phone else None
        if refused is not None and refused > time.monotonic():
            raise PhoneRefused(f"{phone} was refused by crm")
        try:
            contact = await self._crm.find_or_create(
                project_id,
                phone=phone,
                wid=wid,
                lid=lid,
                name=name,
                channel_id=channel_id,
                profile_picture_url=profile_picture_url,
            )
        except PhoneRefused:
            if len(self._refused) >= self.cache.max_entries:
                self._refused.clear()
            self._refused[(project_id, phone)] = time.monotonic() + self.cache.ttl
            raise
        if ids:
            self.cache.put(project_id, ids, contact)
        return contact
