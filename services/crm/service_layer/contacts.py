"""Contact use cases: each opens one tenant-scoped unit of work and commits once."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crm.domain.contacts import Contact
from crm.domain.custom_fields import CustomFieldValue
from crm.domain.phones import Phone
from crm.domain.whatsapp import WhatsAppIdentifiers
from crm.service_layer.contact_filters import ContactFilter
from crm.service_layer.unit_of_work import CrmUnitOfWork
from shared.domain import AlreadyExists, InvalidArgument, check_version
from shared.repository import Order, Page

UnitOfWorkFactory = Callable[..., CrmUnitOfWork]
SORTABLE = {"create_time", "update_time", "name", "last_interaction_time"}


@dataclass(frozen=True)
class PhoneLookup:
    phone: str = ""
    wid: str = ""
    lid: str = ""
    jid: str = ""
    name: str = ""
    source_channel: str = ""
    source_channel_id: uuid.UUID | None = None
    default_region: str = ""
    profile_picture_url: str = ""


class Contacts:
    def __init__(self, uow: UnitOfWorkFactory, default_region: str) -> None:
        self._uow, self._region = uow, default_region

    async def create(
        self, project_id: uuid.UUID, fields: Mapping[str, Any], request_id: str
    ) -> Contact:
        async with self._uow() as uow:
            seen = await uow.idempotency.seen(project_id, "create_contact", request_id)
            if seen:
                return await uow.contacts.get(seen)
            fields = dict(fields)
            contact = Contact.create(
                project_id=project_id,
                name=fields.pop("name", ""),
                default_region=self._region,
                **fields,
            )
            await self._add_unique(uow, contact)
            await uow.idempotency.remember(project_id, "create_contact", request_id, contact.id)
            await uow.commit()
            return contact

    async def get(self, contact_id: uuid.UUID) -> Contact:
        async with self._uow() as uow:
            return await uow.contacts.get(contact_id)

    async def update(
        self, contact_id: uuid.UUID, changes: Mapping[str, Any], mask: Iterable[str], version: int
    ) -> Contact:
        return await self._change(
            contact_id, version, lambda c: c.update(changes, mask, default_region=self._region)
        )

    async def delete(self, contact_id: uuid.UUID, version: int) -> Contact:
        return await self._change(contact_id, version, lambda c: c.delete())

    async def undelete(self, contact_id: uuid.UUID, version: int) -> Contact:
        return await self._change(contact_id, version, lambda c: c.undelete())

    async def add_tags(
        self, contact_id: uuid.UUID, tags: list[str], version: int
    ) -> tuple[Contact, Any]:
        added: list[Any] = []
        contact = await self._change(contact_id, version, lambda c: added.extend(c.add_tags(tags)))
        return contact, added

    async def remove_tags(
        self, contact_id: uuid.UUID, tags: list[str], version: int
    ) -> tuple[Contact, Any]:
        removed: list[Any] = []
        contact = await self._change(
            contact_id, version, lambda c: removed.extend(c.remove_tags(tags))
        )
        return contact, removed

    async def set_custom_field(
        self, contact_id: uuid.UUID, key: str, value: CustomFieldValue | None, version: int
    ) -> Contact:
        return await self._change(contact_id, version, lambda c: c.set_custom_field(key, value))

    async def record_interaction(
        self, contact_id: uuid.UUID, at: datetime, **details: Any
    ) -> Contact:
        return await self._change(contact_id, 0, lambda c: c.record_interaction(at, **details))

    async def list(
        self, where: ContactFilter, page_size: int, page_token: str, order_by: str
    ) -> Page[Contact]:
        order = Order.parse(order_by, SORTABLE)
        sql, params = where.compile(self._region)
        async with self._uow() as uow:
            return await uow.contacts.page(sql, params, page_size, page_token, order)

    async def search(self, query: str, page_size: int, page_token: str) -> Page[Contact]:
        if len(query.strip()) < 2:
            raise InvalidArgument.field("query", "needs at least 2 characters")
        async with self._uow() as uow:
            return await uow.contacts.search(query.strip(), page_size, page_token)

    async def find_or_create_by_phone(
        self, project_id: uuid.UUID, lookup: PhoneLookup
    ) -> tuple[Contact, bool]:
        """Idempotent under concurrency: the unique phone index decides who creates."""
        region = lookup.default_region or self._region
        seen = WhatsAppIdentifiers.of(lookup.wid, lookup.lid, lookup.jid)
        phone = (
            Phone.parse(lookup.phone, region)
            if lookup.phone
            else Phone.parse(f"{seen.wid}@c.us")  # a wid is always international
            if seen.wid
            else None
        )
        if phone is None and not seen.lid:
            raise InvalidArgument.field("phone", "give a phone, a wid or a lid")
        async with self._uow() as uow:
            existing = await self._existing(uow, phone, seen)
            if existing is None:
                contact = Contact.create(
                    project_id=project_id,
                    name=lookup.name or (phone.e164 if phone else seen.lid),
                    default_region=region,
                    phone=phone,
                    whatsapp_ids=seen,
                    source_channel=lookup.source_channel or "whatsapp",
                    source_channel_id=lookup.source_channel_id,
                    profile_picture_url=lookup.profile_picture_url,
                )
                try:
                    await uow.contacts.add(contact)
                    await uow.commit()
                    return contact, True
                except AlreadyExists:
                    existing = await self._existing(uow, phone, seen)  # a concurrent call won
                    if existing is None:
                        raise
            if existing.learn_whatsapp_ids(seen):
                await uow.contacts.save(existing)
            await uow.commit()
            return existing, False

    async def merge(
        self,
        survivor_id: uuid.UUID,
        merged_id: uuid.UUID,
        prefer: Iterable[str],
        version: int,
        merged_version: int,
    ) -> tuple[Contact, Contact]:
        async with self._uow() as uow:
            # Lock both rows in id order so two opposite merges cannot deadlock.
            first, second = sorted((survivor_id, merged_id))
            locked = {
                c.id: c
                for c in [
                    await uow.contacts.get(first, for_update=True),
                    await uow.contacts.get(second, for_update=True),
                ]
            }
            survivor, merged = locked[survivor_id], locked[merged_id]
            check_version("contact", survivor_id, version, survivor.version)
            check_version("contact", merged_id, merged_version, merged.version)
            if merged.merge_into(survivor, prefer_merged_fields=prefer):
                await uow.contacts.save(merged)  # frees its phone for the survivor
                await uow.contacts.save(survivor)
                await uow.contacts.move_references(merged.id, survivor.id)
            await uow.commit()
            return survivor, merged

    async def _existing(
        self, uow: CrmUnitOfWork, phone: Phone | None, seen: WhatsAppIdentifiers
    ) -> Contact | None:
        found = await uow.contacts.by_phone_key(phone.match_key) if phone else None
        if found is None and seen.lid:
            found = await uow.contacts.by_lid(seen.lid)
        return found

    async def _change(
        self, contact_id: uuid.UUID, version: int, change: Callable[[Contact], object]
    ) -> Contact:
        async with self._uow() as uow:
            contact = await uow.contacts.get(contact_id, for_update=True)
            check_version("contact", contact_id, version, contact.version)
            change(contact)
            await uow.contacts.save(contact)
            await uow.commit()
            return contact

    @staticmethod
    async def _add_unique(uow: CrmUnitOfWork, contact: Contact) -> None:
        try:
            await uow.contacts.add(contact)
        except AlreadyExists:
            raise AlreadyExists(
                "contact with phone", contact.phone.e164 if contact.phone else contact.id
            ) from None
