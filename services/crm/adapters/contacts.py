"""Contacts in PostgreSQL: the document plus the columns filters and indexes use."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import text

from crm.domain.contacts import Contact
from shared.protomap import jsonable
from shared.repository import DocumentRepository, Page

S = "crm"
LIVE = "delete_time IS NULL AND merged_into_contact_id IS NULL"


class ContactRepository(DocumentRepository[Contact]):
    table, model, kind = f"{S}.contacts", Contact, "contact"

    def columns(self, contact: Contact) -> dict[str, Any]:
        phone = contact.phone
        return {
            "project_id": contact.project_id,
            "name": contact.name,
            "email": str(contact.email) if contact.email else None,
            "phone_e164": phone.e164 if phone else None,
            "phone_key": phone.match_key if phone else None,
            "wid": contact.whatsapp_ids.wid or None,
            "lid": contact.whatsapp_ids.lid or None,
            "external_id": contact.external_id or None,
            "tags": sorted(contact.tags),
            "custom_fields": json.dumps(
                {key: jsonable(value.value) for key, value in contact.custom_fields.items()}
            ),
            "first_interaction_time": contact.first_interaction_time,
            "last_interaction_time": contact.last_interaction_time,
            "merged_into_contact_id": contact.merged_into_contact_id,
            "delete_time": contact.delete_time,
        }

    async def by_phone_key(self, key: str) -> Contact | None:
        return await self.find(f"phone_key = :key AND {LIVE}", key=key)

    async def by_lid(self, lid: str) -> Contact | None:
        return await self.find(f"lid = :lid AND {LIVE}", lid=lid)

    async def live(self, contact_id: uuid.UUID) -> Contact | None:
        return await self.find(f"id = :id AND {LIVE}", id=contact_id)

    async def search(self, query: str, page_size: int, page_token: str) -> Page[Contact]:
        """Substring search over name, email and phone through the trigram index."""
        pattern = (
            "%" + query.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        return await self.page(
            f"{LIVE} AND search_text LIKE :pattern", {"pattern": pattern}, page_size, page_token
        )

    async def move_references(self, merged: uuid.UUID, survivor: uuid.UUID) -> None:
        """Point crm's own rows at the survivor (other contexts react to contact.merged)."""
        for table in ("notes", "trackings", "contact_events", "contact_pipeline_history"):
            await self._conn.execute(
                text(
                    f"UPDATE {S}.{table} SET contact_id = :s,"
                    " data = jsonb_set(data, '{contact_id}', to_jsonb(CAST(:s_text AS text)))"
                    " WHERE contact_id = :m"
                ),
                {"s": survivor, "m": merged, "s_text": str(survivor)},
            )
        await self._conn.execute(
            text(
                f"INSERT INTO {S}.contact_list_members (project_id, contact_list_id, contact_id)"
                f" SELECT project_id, contact_list_id, :s FROM {S}.contact_list_members"
                " WHERE contact_id = :m ON CONFLICT DO NOTHING"
            ),
            {"s": survivor, "m": merged},
        )
        await self._conn.execute(
            text(f"DELETE FROM {S}.contact_list_members WHERE contact_id = :m"), {"m": merged}
        )
        # The survivor keeps its own place in a pipeline; it takes the merged
        # contact's place only in pipelines where it had none.
        await self._conn.execute(
            text(
                f"UPDATE {S}.contact_pipeline_statuses m SET contact_id = :s,"
                " data = jsonb_set(m.data, '{contact_id}', to_jsonb(CAST(:s_text AS text)))"
                " WHERE m.contact_id = :m AND NOT EXISTS (SELECT 1 FROM"
                f" {S}.contact_pipeline_statuses s WHERE s.contact_id = :s"
                " AND s.pipeline_id = m.pipeline_id)"
            ),
            {"s": survivor, "m": merged, "s_text": str(survivor)},
        )
        await self._conn.execute(
            text(f"DELETE FROM {S}.contact_pipeline_statuses WHERE contact_id = :m"), {"m": merged}
        )
