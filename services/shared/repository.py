"""A repository for dataclass aggregates stored as a document plus indexed columns.

Optimistic concurrency: the version an aggregate had when loaded is kept, and
an update only applies `WHERE version = <loaded>`; zero rows means someone else
changed it first (VersionConflict). Lists page by keyset on (create_time, id).
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from shared.documents import from_document, to_document
from shared.domain import Aggregate, AlreadyExists, InvalidArgument, NotFound, VersionConflict

A = TypeVar("A", bound=Aggregate)
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 50
UNIQUE_VIOLATION = "23505"


@dataclass(frozen=True)
class Page(Generic[A]):
    items: list[A]
    next_page_token: str
    total_size: int


def page_size_of(requested: int) -> int:
    if requested < 0:
        raise InvalidArgument.field("page_size", "must not be negative")
    return min(requested or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)


def encode_token(create_time: datetime, id: uuid.UUID) -> str:
    raw = json.dumps([create_time.isoformat(), str(id)]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_token(token: str) -> tuple[datetime, uuid.UUID]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        when, id = json.loads(raw)
        return datetime.fromisoformat(when), uuid.UUID(id)
    except (ValueError, TypeError) as error:
        raise InvalidArgument.field("page_token", "is not a token this service issued") from error


class DocumentRepository(Generic[A]):
    table: ClassVar[str]  # "schema.table"
    model: ClassVar[type]
    kind: ClassVar[str]  # for error messages: "user", "project", ...

    def __init__(self, conn: AsyncConnection, track: Callable[[Aggregate], None]) -> None:
        self._conn, self._track = conn, track
        self._loaded: dict[uuid.UUID, int] = {}

    def columns(self, aggregate: A) -> dict[str, Any]:
        """Indexed or constrained columns besides id, version, times and data."""
        return {}

    def _load(self, row: Mapping[str, Any]) -> A:
        data = row["data"]
        aggregate: A = from_document(
            self.model, json.loads(data) if isinstance(data, str) else data
        )
        self._loaded[aggregate.id] = aggregate.version
        self._track(aggregate)
        return aggregate

    async def find(self, where: str, **params: Any) -> A | None:
        row = (
            (await self._conn.execute(text(f"SELECT data FROM {self.table} WHERE {where}"), params))
            .mappings()
            .first()
        )
        return self._load(row) if row else None

    async def get(self, id: uuid.UUID, *, for_update: bool = False) -> A:
        lock = " FOR UPDATE" if for_update else ""
        found = await self.find(f"id = :id{lock}", id=id)
        if found is None:
            raise NotFound(self.kind, id)
        return found

    async def add(self, aggregate: A) -> None:
        values = self._values(aggregate)
        names = ", ".join(values)
        marks = ", ".join(f":{n}" for n in values)
        try:
            async with self._conn.begin_nested():
                await self._conn.execute(
                    text(f"INSERT INTO {self.table} ({names}) VALUES ({marks})"), values
                )
        except IntegrityError as error:
            if getattr(error.orig, "sqlstate", None) == UNIQUE_VIOLATION:
                raise AlreadyExists(self.kind, aggregate.id) from error
            raise
        self._loaded[aggregate.id] = aggregate.version
        self._track(aggregate)

    async def save(self, aggregate: A) -> None:
        loaded = self._loaded.get(aggregate.id)
        if loaded is None:
            raise RuntimeError(f"{self.kind} {aggregate.id} was not loaded by this repository")
        if loaded == aggregate.version:
            return  # unchanged
        values = self._values(aggregate)
        sets = ", ".join(f"{n} = :{n}" for n in values if n != "id")
        result = await self._conn.execute(
            text(f"UPDATE {self.table} SET {sets} WHERE id = :id AND version = :loaded"),
            {**values, "loaded": loaded},
        )
        if result.rowcount != 1:
            raise VersionConflict(self.kind, aggregate.id, loaded, -1)
        self._loaded[aggregate.id] = aggregate.version

    async def page(
        self, where: str, params: dict[str, Any], page_size: int, page_token: str
    ) -> Page[A]:
        """Newest first, keyset-paged; `where` must be a trusted SQL fragment."""
        size = page_size_of(page_size)
        keyset = ""
        if page_token:
            when, last = decode_token(page_token)
            keyset = " AND (create_time, id) < (:after_time, :after_id)"
            params = {**params, "after_time": when, "after_id": last}
        rows = (
            (
                await self._conn.execute(
                    text(
                        f"SELECT data, create_time, id FROM {self.table} "
                        f"WHERE ({where}){keyset} ORDER BY create_time DESC, id DESC LIMIT :limit"
                    ),
                    {**params, "limit": size + 1},
                )
            )
            .mappings()
            .all()
        )
        items = [self._load(r) for r in rows[:size]]
        more = len(rows) > size
        token = encode_token(rows[size - 1]["create_time"], rows[size - 1]["id"]) if more else ""
        total = await self._count(where, params) if page_token or more else len(items)
        return Page(items, token, total)

    async def _count(self, where: str, params: dict[str, Any]) -> int:
        clean = {k: v for k, v in params.items() if not k.startswith("after_")}
        result = await self._conn.execute(
            text(f"SELECT count(*) FROM {self.table} WHERE {where}"), clean
        )
        return int(result.scalar_one())

    def _values(self, aggregate: A) -> dict[str, Any]:
        return {
            "id": aggregate.id,
            "version": aggregate.version,
            "create_time": aggregate.create_time,
            "update_time": aggregate.update_time,
            "data": json.dumps(to_document(aggregate)),
            **self.columns(aggregate),
        }
