"""Pipelines, contacts' places in them, and the history of their stays, in PostgreSQL.

A contact's place in a pipeline is one row of contact_pipeline_statuses while
the contact is in it (the UNIQUE (project_id, contact_id, pipeline_id) keeps it
to one) and is deleted when the contact leaves. Its document holds the current
stay only; every stay, closed or current, is a row of contact_pipeline_history.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text

from crm.domain.contact_pipeline import ContactPipelineHistoryEntry, ContactPipelineStatus
from crm.domain.pipelines import Pipeline
from shared.documents import from_document, to_document
from shared.domain import VersionConflict
from shared.repository import DocumentRepository, Order, decode_token, encode_token, page_size_of

S = "crm"
# Sort keys of a contact's places: entering a status is the place's last change.
PLACE_ORDER = {
    "enter_time": "update_time",
    "pipeline.position": f"(SELECT p.position FROM {S}.pipelines p WHERE p.id = pipeline_id)",
}


class PipelineRepository(DocumentRepository[Pipeline]):
    table, model, kind = f"{S}.pipelines", Pipeline, "pipeline"

    def columns(self, pipeline: Pipeline) -> dict[str, Any]:
        return {
            "project_id": pipeline.project_id,
            "name": pipeline.name,
            "position": pipeline.position,
            "active": pipeline.active,
            "delete_time": pipeline.delete_time,
        }

    async def shared(self, pipeline_id: uuid.UUID) -> Pipeline | None:
        """Read under a share lock: statuses cannot be removed while contacts move in."""
        return await self.find("id = :id FOR SHARE", id=pipeline_id)

    async def next_position(self) -> int:
        result = await self._conn.execute(
            text(
                f"SELECT coalesce(max(position) + 1, 0) FROM {self.table} WHERE delete_time IS NULL"
            )
        )
        return int(result.scalar_one())

    async def lock_for_provisioning(self, project_id: uuid.UUID) -> None:
        """Serialise default-pipeline checks of one project until the transaction ends."""
        await self._conn.execute(
            text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
            {"key": f"crm.provisioning:{project_id}"},
        )

    async def any_exists(self) -> bool:
        """Whether the project has (or had: deleted ones count) any pipeline."""
        result = await self._conn.execute(text(f"SELECT EXISTS (SELECT 1 FROM {self.table})"))
        return bool(result.scalar_one())


@dataclass(frozen=True)
class HistoryPage:
    items: list[ContactPipelineHistoryEntry]
    next_page_token: str
    total_size: int


class ContactPipelineStatusRepository(DocumentRepository[ContactPipelineStatus]):
    table, model, kind = (
        f"{S}.contact_pipeline_statuses",
        ContactPipelineStatus,
        "contact pipeline status",
    )

    def columns(self, place: ContactPipelineStatus) -> dict[str, Any]:
        return {
            "project_id": place.project_id,
            "contact_id": place.contact_id,
            "pipeline_id": place.pipeline_id,
            "status_id": place.status_id,
        }

    def _values(self, place: ContactPipelineStatus) -> dict[str, Any]:
        values = super()._values(place)
        current = place.current_stay
        document = json.loads(values["data"])
        document["history"] = [to_document(current)] if current else []
        return {**values, "data": json.dumps(document)}

    async def of(
        self, contact_id: uuid.UUID, pipeline_id: uuid.UUID, *, for_update: bool = False
    ) -> ContactPipelineStatus | None:
        lock = " FOR UPDATE" if for_update else ""
        return await self.find(
            f"contact_id = :contact AND pipeline_id = :pipeline{lock}",
            contact=contact_id,
            pipeline=pipeline_id,
        )

    async def in_pipeline(
        self, pipeline_id: uuid.UUID, status_id: uuid.UUID | None = None
    ) -> list[ContactPipelineStatus]:
        """Every place in the pipeline (or in one of its statuses), locked, in id order."""
        status = " AND status_id = :status" if status_id else ""
        rows = await self._conn.execute(
            text(
                f"SELECT data FROM {self.table} WHERE pipeline_id = :pipeline{status}"
                " ORDER BY id FOR UPDATE"
            ),
            {"pipeline": pipeline_id, "status": status_id},
        )
        return [self._load(row) for row in rows.mappings()]

    async def count_in_status(self, pipeline_id: uuid.UUID, status_id: uuid.UUID) -> int:
        result = await self._conn.execute(
            text(
                f"SELECT count(*) FROM {self.table}"
                " WHERE pipeline_id = :pipeline AND status_id = :status"
            ),
            {"pipeline": pipeline_id, "status": status_id},
        )
        return int(result.scalar_one())

    async def store(self, place: ContactPipelineStatus) -> None:
        """Insert, update or (once the contact left) delete the place; write its stays."""
        stored = place.id in self._loaded
        if place.status_id is None:
            if stored:
                await self._remove(place)
        elif stored:
            await self.save(place)
        else:
            await self.add(place)
        await self._write_history(place.history)

    async def _remove(self, place: ContactPipelineStatus) -> None:
        loaded = self._loaded.pop(place.id)
        result = await self._conn.execute(
            text(f"DELETE FROM {self.table} WHERE id = :id AND version = :loaded"),
            {"id": place.id, "loaded": loaded},
        )
        if result.rowcount != 1:
            raise VersionConflict(self.kind, place.id, loaded, -1)

    async def _write_history(self, stays: list[ContactPipelineHistoryEntry]) -> None:
        if not stays:
            return
        await self._conn.execute(
            text(
                f"INSERT INTO {S}.contact_pipeline_history"
                " (id, project_id, contact_id, pipeline_id, data, enter_time)"
                " VALUES (:id, :project_id, :contact_id, :pipeline_id, :data, :enter_time)"
                " ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data"
            ),
            [
                {
                    "id": stay.id,
                    "project_id": stay.project_id,
                    "contact_id": stay.contact_id,
                    "pipeline_id": stay.pipeline_id,
                    "data": json.dumps(to_document(stay)),
                    "enter_time": stay.enter_time,
                }
                for stay in stays
            ],
        )

    async def history(
        self,
        where: str,
        params: dict[str, Any],
        page_size: int,
        page_token: str,
        descending: bool,
    ) -> HistoryPage:
        """Stays keyset-paged by (enter_time, id); `where` must be a trusted SQL fragment."""
        order = Order("enter_time", descending)
        size = page_size_of(page_size)
        direction, compare = ("DESC", "<") if descending else ("ASC", ">")
        keyset = ""
        query = dict(params)
        if page_token:
            after, last, *_ = decode_token(page_token, order)
            keyset = f" AND (enter_time, id) {compare} (:after_time, :after_id)"
            query |= {"after_time": after, "after_id": last}
        rows = (
            (
                await self._conn.execute(
                    text(
                        f"SELECT id, data, enter_time FROM {S}.contact_pipeline_history"
                        f" WHERE ({where}){keyset}"
                        f" ORDER BY enter_time {direction}, id {direction} LIMIT :limit"
                    ),
                    {**query, "limit": size + 1},
                )
            )
            .mappings()
            .all()
        )
        items = [_stay(row["data"]) for row in rows[:size]]
        more = len(rows) > size
        token = ""
        if more:
            last_row = rows[size - 1]
            token = encode_token(order, last_row["enter_time"], last_row["id"])
        total = len(items)
        if page_token or more:
            counted = await self._conn.execute(
                text(f"SELECT count(*) FROM {S}.contact_pipeline_history WHERE {where}"), params
            )
            total = int(counted.scalar_one())
        return HistoryPage(items, token, total)


def _stay(data: Any) -> ContactPipelineHistoryEntry:
    return from_document(
        ContactPipelineHistoryEntry, json.loads(data) if isinstance(data, str) else data
    )


def history_filter(
    contact_id: uuid.UUID,
    pipeline_id: uuid.UUID | None,
    enter_after: datetime | None,
    enter_before: datetime | None,
) -> tuple[str, dict[str, Any]]:
    clauses = ["contact_id = :contact"]
    params: dict[str, Any] = {"contact": contact_id}
    if pipeline_id:
        clauses.append("pipeline_id = :pipeline")
        params["pipeline"] = pipeline_id
    if enter_after:
        clauses.append("enter_time >= :enter_after")
        params["enter_after"] = enter_after
    if enter_before:
        clauses.append("enter_time < :enter_before")
        params["enter_before"] = enter_before
    return " AND ".join(clauses), params
