"""Contact lists in PostgreSQL: the list document, its member rows, and member queries.

Static members are rows of crm.contact_list_members. A dynamic list's members are
the live contacts its rules match, evaluated in SQL (crm.adapters.list_compiler);
a recalculation snapshots them into the same table.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text

from crm.adapters.contacts import LIVE
from crm.adapters.list_compiler import compile_rules
from crm.domain.contact_lists import ContactList, ContactListType
from crm.domain.contacts import Contact
from shared.documents import from_document
from shared.repository import DocumentRepository, Order, decode_token, encode_token, page_size_of

S = "crm"
MEMBERS = f"{S}.contact_list_members"
CONTACTS = f"{S}.contacts AS contacts"
LIVE_CONTACT = " AND ".join(f"contacts.{part}" for part in LIVE.split(" AND "))
# Member orders: the request's name → the SQL it sorts by.
MEMBER_ORDERS = {
    "add_time": "m.add_time",
    "contact.name": "contacts.name",
    "contact.create_time": "contacts.create_time",
    "contact.update_time": "contacts.update_time",
}
LISTS_PER_QUERY = 50  # dynamic lists evaluated together when asking which hold a contact


@dataclass(frozen=True)
class Member:
    contact: Contact
    add_time: datetime | None  # static lists only


@dataclass(frozen=True)
class MemberPage:
    items: list[Member]
    next_page_token: str
    total_size: int


@dataclass(frozen=True)
class Recalculation:
    joined: tuple[uuid.UUID, ...]
    left: tuple[uuid.UUID, ...]
    member_count: int


class ContactListRepository(DocumentRepository[ContactList]):
    table, model, kind = f"{S}.contact_lists", ContactList, "contact list"

    def columns(self, contact_list: ContactList) -> dict[str, Any]:
        return {
            "project_id": contact_list.project_id,
            "name": contact_list.name,
            "kind": contact_list.type.value,
            "delete_time": contact_list.delete_time,
        }

    # --- which contacts ------------------------------------------------------------------

    def members_source(self, contact_list: ContactList) -> tuple[str, str, dict[str, Any]]:
        """FROM … and WHERE … selecting the list's current live members (as `contacts`)."""
        if contact_list.type is ContactListType.STATIC:
            source = f"{MEMBERS} m JOIN {CONTACTS} ON contacts.id = m.contact_id"
            return (
                source,
                f"m.contact_list_id = :list AND {LIVE_CONTACT}",
                {"list": contact_list.id},
            )
        predicate, params = compile_rules(contact_list.filter_rules, contact_list.logical_operator)
        return CONTACTS, f"{LIVE_CONTACT} AND ({predicate})", params

    async def live_contact_ids(self, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
        """The ids among `ids` of live contacts this tenant can see."""
        rows = await self._conn.execute(
            text(
                f"SELECT contacts.id FROM {CONTACTS}"
                f" WHERE contacts.id = ANY(:ids) AND {LIVE_CONTACT}"
            ),
            {"ids": list(ids)},
        )
        return {r[0] for r in rows}

    async def member_ids_among(
        self, list_id: uuid.UUID, ids: Sequence[uuid.UUID]
    ) -> set[uuid.UUID]:
        rows = await self._conn.execute(
            text(
                f"SELECT contact_id FROM {MEMBERS}"
                " WHERE contact_list_id = :list AND contact_id = ANY(:ids)"
            ),
            {"list": list_id, "ids": list(ids)},
        )
        return {r[0] for r in rows}

    async def insert_members(
        self, contact_list: ContactList, ids: Sequence[uuid.UUID], add_time: datetime
    ) -> None:
        if ids:
            await self._conn.execute(
                text(
                    f"INSERT INTO {MEMBERS} (project_id, contact_list_id, contact_id, add_time)"
                    " SELECT :project, :list, id, :add_time FROM unnest(CAST(:ids AS uuid[])) AS id"
                    " ON CONFLICT DO NOTHING"
                ),
                {
                    "project": contact_list.project_id,
                    "list": contact_list.id,
                    "ids": list(ids),
                    "add_time": add_time,
                },
            )

    async def delete_members(self, list_id: uuid.UUID, ids: Sequence[uuid.UUID]) -> None:
        if ids:
            await self._conn.execute(
                text(
                    f"DELETE FROM {MEMBERS}"
                    " WHERE contact_list_id = :list AND contact_id = ANY(:ids)"
                ),
                {"list": list_id, "ids": list(ids)},
            )

    async def count_members(self, contact_list: ContactList) -> int:
        source, where, params = self.members_source(contact_list)
        result = await self._conn.execute(
            text(f"SELECT count(*) FROM {source} WHERE {where}"), params
        )
        return int(result.scalar_one())

    async def snapshot_members(self, contact_list: ContactList, now: datetime) -> Recalculation:
        """Store a dynamic list's current matches as its member rows; who joined and left."""
        predicate, params = compile_rules(contact_list.filter_rules, contact_list.logical_operator)
        rows = await self._conn.execute(
            text(
                f"WITH matching AS (SELECT contacts.id FROM {CONTACTS}"
                f" WHERE {LIVE_CONTACT} AND ({predicate})),"
                f" gone AS (DELETE FROM {MEMBERS} m WHERE m.contact_list_id = :list"
                "  AND NOT EXISTS (SELECT 1 FROM matching WHERE matching.id = m.contact_id)"
                "  RETURNING m.contact_id),"
                f" joined AS (INSERT INTO {MEMBERS} (project_id, contact_list_id, contact_id,"
                "  add_time) SELECT :project, :list, matching.id, :now FROM matching"
                "  ON CONFLICT DO NOTHING RETURNING contact_id)"
                " SELECT true AS joined, contact_id FROM joined"
                " UNION ALL SELECT false, contact_id FROM gone"
            ),
            {**params, "list": contact_list.id, "project": contact_list.project_id, "now": now},
        )
        changes = rows.all()
        joined = tuple(sorted(r[1] for r in changes if r[0] is True))
        left = tuple(sorted(r[1] for r in changes if r[0] is False))
        count = await self._conn.execute(
            text(f"SELECT count(*) FROM {MEMBERS} WHERE contact_list_id = :list"),
            {"list": contact_list.id},
        )
        return Recalculation(joined, left, int(count.scalar_one()))

    async def member_page(
        self,
        contact_list: ContactList,
        order: Order,
        page_size: int,
        page_token: str,
        add_time_after: datetime | None = None,
    ) -> MemberPage:
        """Keyset-paged members, sorted by `order` (a MEMBER_ORDERS key) then contact id."""
        size = page_size_of(page_size)
        source, where, params = self.members_source(contact_list)
        if add_time_after is not None:
            where += " AND m.add_time >= :add_time_after"
            params = {**params, "add_time_after": add_time_after}
        sort = MEMBER_ORDERS[order.column]
        direction, compare = ("DESC", "<") if order.descending else ("ASC", ">")
        keyset, keyset_params = "", {}
        if page_token:
            value, last, _ = decode_token(page_token, order)
            keyset = f" AND ({sort}, contacts.id) {compare} (:after_value, :after_id)"
            keyset_params = {"after_value": value, "after_id": last}
        static = contact_list.type is ContactListType.STATIC
        rows = (
            (
                await self._conn.execute(
                    text(
                        f"SELECT contacts.data, {'m.add_time' if static else 'NULL'} AS add_time,"
                        f" {sort} AS sort_value, contacts.id FROM {source}"
                        f" WHERE {where}{keyset}"
                        f" ORDER BY {sort} {direction}, contacts.id {direction} LIMIT :limit"
                    ),
                    {**params, **keyset_params, "limit": size + 1},
                )
            )
            .mappings()
            .all()
        )
        items = [Member(_contact(r["data"]), r["add_time"]) for r in rows[:size]]
        more = len(rows) > size
        token = (
            encode_token(order, rows[size - 1]["sort_value"], rows[size - 1]["id"]) if more else ""
        )
        if page_token or more:
            total = await self._conn.execute(
                text(f"SELECT count(*) FROM {source} WHERE {where}"), params
            )
            total_size = int(total.scalar_one())
        else:
            total_size = len(items)
        return MemberPage(items, token, total_size)

    async def dynamic_lists_matching(
        self, lists: Sequence[ContactList], contact_id: uuid.UUID
    ) -> set[uuid.UUID]:
        """The dynamic lists among `lists` whose rules the (live) contact matches now."""
        found: set[uuid.UUID] = set()
        for start in range(0, len(lists), LISTS_PER_QUERY):
            parts, params = [], {"contact": contact_id}
            for i, contact_list in enumerate(lists[start : start + LISTS_PER_QUERY]):
                predicate, bound = compile_rules(
                    contact_list.filter_rules, contact_list.logical_operator, prefix=f"l{i}r"
                )
                params |= {**bound, f"l{i}": contact_list.id}
                parts.append(
                    f"SELECT CAST(:l{i} AS uuid) AS id WHERE EXISTS (SELECT 1 FROM {CONTACTS}"
                    f" WHERE contacts.id = :contact AND {LIVE_CONTACT} AND ({predicate}))"
                )
            if parts:
                rows = await self._conn.execute(text(" UNION ALL ".join(parts)), params)
                found |= {r[0] for r in rows}
        return found

    async def live_dynamic_lists(self) -> list[ContactList]:
        rows = await self._conn.execute(
            text(f"SELECT data FROM {self.table} WHERE kind = 'dynamic' AND delete_time IS NULL")
        )
        return [from_document(ContactList, _document(r[0])) for r in rows]


def _document(data: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(data) if isinstance(data, str) else data
    return document


def _contact(data: Any) -> Contact:
    return from_document(Contact, _document(data))
