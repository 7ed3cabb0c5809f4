"""Contact list use cases: each opens one tenant-scoped unit of work and commits once.

A dynamic list is recalculated (membership snapshotted, joined/left recorded)
when it is created and whenever its rules or logical operator change.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crm.adapters.contact_lists import MEMBER_ORDERS, ContactListRepository, MemberPage
from crm.adapters.list_compiler import escape_like
from crm.domain.contact_lists import ContactList, ContactListType
from crm.service_layer.unit_of_work import CrmUnitOfWork
from shared.domain import InvalidArgument, NotFound, check_version, utcnow
from shared.repository import Order, Page

UnitOfWorkFactory = Callable[..., CrmUnitOfWork]
SORTABLE = {"name", "create_time", "update_time"}
RULE_FIELDS = {"filter_rules", "logical_operator"}


@dataclass(frozen=True)
class ListQuery:
    type: str = ""  # "static" | "dynamic" | "" for both
    name: str = ""  # contains, case-insensitive
    contact_id: uuid.UUID | None = None  # lists holding this contact now
    show_deleted: bool = False


class ContactLists:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def create(
        self, project_id: uuid.UUID, fields: Mapping[str, Any], request_id: str
    ) -> ContactList:
        async with self._uow() as uow:
            lists = uow.repository(ContactListRepository)
            seen = await uow.idempotency.seen(project_id, "create_contact_list", request_id)
            if seen:
                return await lists.get(seen)
            contact_list = ContactList.create(project_id=project_id, **fields)
            await lists.add(contact_list)
            if contact_list.type is ContactListType.DYNAMIC:
                await self._recalculate(lists, contact_list)
                await lists.save(contact_list)
            await uow.idempotency.remember(
                project_id, "create_contact_list", request_id, contact_list.id
            )
            await uow.commit()
            return contact_list

    async def get(self, list_id: uuid.UUID) -> ContactList:
        async with self._uow() as uow:
            return await uow.repository(ContactListRepository).get(list_id)

    async def list(
        self, query: ListQuery, page_size: int, page_token: str, order_by: str
    ) -> Page[ContactList]:
        order = Order.parse(order_by, SORTABLE)
        clauses = [] if query.show_deleted else ["delete_time IS NULL"]
        params: dict[str, Any] = {}
        if query.type:
            clauses.append("kind = :kind")
            params["kind"] = query.type
        if query.name.strip():
            clauses.append("lower(name) LIKE lower(CAST(:name AS text)) ESCAPE '\\'")
            params["name"] = f"%{escape_like(query.name.strip())}%"
        async with self._uow() as uow:
            lists = uow.repository(ContactListRepository)
            if query.contact_id is not None:
                dynamic = await lists.live_dynamic_lists()
                matching = await lists.dynamic_lists_matching(dynamic, query.contact_id)
                clauses.append(
                    "((kind = 'static' AND EXISTS (SELECT 1 FROM crm.contact_list_members m"
                    " WHERE m.contact_list_id = contact_lists.id AND m.contact_id = :contact))"
                    " OR id = ANY(:dynamic_ids))"
                )
                params |= {"contact": query.contact_id, "dynamic_ids": sorted(matching)}
            return await lists.page(
                " AND ".join(clauses) or "true", params, page_size, page_token, order
            )

    async def update(
        self, list_id: uuid.UUID, changes: Mapping[str, Any], mask: Iterable[str], version: int
    ) -> ContactList:
        async with self._uow() as uow:
            lists = uow.repository(ContactListRepository)
            contact_list = await lists.get(list_id, for_update=True)
            check_version("contact list", list_id, version, contact_list.version)
            changed = contact_list.update(changes, mask)
            if contact_list.type is ContactListType.DYNAMIC and RULE_FIELDS & set(changed):
                await self._recalculate(lists, contact_list)
            await lists.save(contact_list)
            await uow.commit()
            return contact_list

    async def delete(self, list_id: uuid.UUID, version: int) -> ContactList:
        async with self._uow() as uow:
            lists = uow.repository(ContactListRepository)
            contact_list = await lists.get(list_id, for_update=True)
            check_version("contact list", list_id, version, contact_list.version)
            contact_list.delete()
            await lists.save(contact_list)
            await uow.commit()
            return contact_list

    async def add_members(
        self, list_id: uuid.UUID, contact_ids: Sequence[uuid.UUID]
    ) -> tuple[ContactList, tuple[uuid.UUID, ...]]:
        async with self._uow() as uow:
            lists = uow.repository(ContactListRepository)
            contact_list = await lists.get(list_id, for_update=True)
            present = await lists.member_ids_among(list_id, contact_ids)
            now = utcnow()
            added = contact_list.add_members(contact_ids, already_members=present, now=now)
            if added:
                live = await lists.live_contact_ids(added)
                missing = [c for c in added if c not in live]
                if missing:
                    raise NotFound("contact", missing[0])
                await lists.insert_members(contact_list, added, now)
                await lists.save(contact_list)
            await uow.commit()
            return contact_list, added

    async def remove_members(
        self, list_id: uuid.UUID, contact_ids: Sequence[uuid.UUID]
    ) -> tuple[ContactList, tuple[uuid.UUID, ...]]:
        async with self._uow() as uow:
            lists = uow.repository(ContactListRepository)
            contact_list = await lists.get(list_id, for_update=True)
            present = await lists.member_ids_among(list_id, contact_ids)
            removed = contact_list.remove_members(contact_ids, current_members=present)
            if removed:
                await lists.delete_members(list_id, removed)
                await lists.save(contact_list)
            await uow.commit()
            return contact_list, removed

    async def members(
        self,
        list_id: uuid.UUID,
        page_size: int,
        page_token: str,
        order_by: str,
        add_time_after: datetime | None = None,
    ) -> tuple[ContactList, MemberPage]:
        async with self._uow() as uow:
            lists = uow.repository(ContactListRepository)
            contact_list = await lists.get(list_id)
            static = contact_list.type is ContactListType.STATIC
            allowed = set(MEMBER_ORDERS) if static else set(MEMBER_ORDERS) - {"add_time"}
            default = Order("add_time" if static else "contact.create_time", True)
            order = Order.parse(order_by, allowed, default)
            if add_time_after is not None and not static:
                raise InvalidArgument.field(
                    "add_time_after", "applies to static lists; dynamic members are computed"
                )
            page = await lists.member_page(
                contact_list, order, page_size, page_token, add_time_after
            )
            return contact_list, page

    async def count(self, list_id: uuid.UUID) -> int:
        async with self._uow() as uow:
            lists = uow.repository(ContactListRepository)
            return await lists.count_members(await lists.get(list_id))

    async def recalculate(self, list_id: uuid.UUID) -> ContactList:
        async with self._uow() as uow:
            lists = uow.repository(ContactListRepository)
            contact_list = await lists.get(list_id, for_update=True)
            await self._recalculate(lists, contact_list)
            await lists.save(contact_list)
            await uow.commit()
            return contact_list

    @staticmethod
    async def _recalculate(lists: ContactListRepository, contact_list: ContactList) -> None:
        """Fresh member_count; a dynamic list also snapshots its members and who moved."""
        if contact_list.delete_time is not None:
            contact_list.recalculated(contact_list.member_count)  # raises: the list is deleted
        now = utcnow()
        if contact_list.type is ContactListType.DYNAMIC:
            result = await lists.snapshot_members(contact_list, now)
            contact_list.recalculated(
                result.member_count, joined=result.joined, left=result.left, now=now
            )
        else:
            contact_list.recalculated(await lists.count_members(contact_list), now=now)
