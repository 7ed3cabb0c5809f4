"""Trackings in PostgreSQL: the document plus contact, click id and code columns.

Filters on fields without a column (source, campaign, UTM, session) read the
document; the unique indexes on (project_id, click_id) and (project_id, code)
decide races between concurrent creations.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import text

from crm.domain.tracking import Tracking
from crm.domain.tracking_codes import MAX_CODE
from shared.repository import DocumentRepository

S = "crm"


class TrackingRepository(DocumentRepository[Tracking]):
    table, model, kind = f"{S}.trackings", Tracking, "tracking"

    def columns(self, tracking: Tracking) -> dict[str, Any]:
        return {
            "project_id": tracking.project_id,
            "contact_id": tracking.contact_id,
            "click_id": tracking.click_id or None,
            "code": tracking.code,
        }

    async def by_click_id(self, click_id: str) -> Tracking | None:
        return await self.find("click_id = :click_id", click_id=click_id)

    async def by_code(self, code: int) -> Tracking | None:
        return await self.find("code = :code", code=code)

    async def of_message(self, message_id: uuid.UUID) -> list[Tracking]:
        """The trackings an inbound message produced (its ad, or a link to a coded one)."""
        rows = await self._conn.execute(
            text(
                f"SELECT data FROM {self.table} WHERE data->>'message_id' = :m "
                "ORDER BY create_time, id"
            ),
            {"m": str(message_id)},
        )
        return [self._load(row) for row in rows.mappings().all()]

    async def free_code(self) -> int | None:
        """A random code no tracking of the project (RLS scopes the table) carries yet.

        Random rather than the lowest so that concurrent creations rarely pick the
        same one; the unique index settles the rare collision (the caller retries).
        """
        result = await self._conn.execute(
            text(
                "SELECT c FROM generate_series(0, :max) AS c "
                f"WHERE NOT EXISTS (SELECT 1 FROM {self.table} t WHERE t.code = c) "
                "ORDER BY random() LIMIT 1"
            ),
            {"max": MAX_CODE},
        )
        found = result.scalar_one_or_none()
        return int(found) if found is not None else None
