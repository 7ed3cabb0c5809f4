"""A repository for dataclass aggregates stored as a document plus indexed columns.

Optimistic concurrency: the version an aggregate had when loaded is kept, and
an update only applies `WHERE version = <loaded>`; zero rows means someone else
changed it first (VersionConflict). Lists page by keyset on (create_time, id).

Single-row statements run on the transaction's asyncpg connection (`Driver`), and
`add_later` / `save_later` defer writes to `flush()`, which the unit of work calls before
committing: a batch's rows then cost one pipelined round trip per table.
"""

from __future__ import annotations

import base64
import json
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, ClassVar, Generic, TypeVar, cast

from asyncpg.exceptions import UniqueViolationError
from sqlalchemy import RowMapping, TextClause, text
from sqlalchemy.ext.asyncio import AsyncConnection

from shared.documents import from_document, to_document
from shared.domain import (
    Aggregate,
    AlreadyExists,
    InvalidArgument,
    NotFound,
    VersionConflict,
    VersionedAggregate,
)

A = TypeVar("A", bound=Aggregate)
T = TypeVar("T")


@lru_cache(maxsize=4096)
def sql(statement: str) -> TextClause:
    """A textual statement parsed once: repositories run the same few statements over and
    over, and building a TextClause re-parses its bind parameters every time."""
    return text(statement)


@lru_cache(maxsize=4096)
def positional(statement: str) -> tuple[str, tuple[str, ...]]:
    """A statement with `:name` parameters in asyncpg's `$n` form, and the names in
    order (a name used twice is one parameter); `::type` casts are left alone."""
    names: list[str] = []

    def number(match: re.Match[str]) -> str:
        if match.group(1) not in names:
            names.append(match.group(1))
        return f"${names.index(match.group(1)) + 1}"

    return re.sub(r"(?<![:\w]):([A-Za-z_]\w*)", number, statement), tuple(names)


class Driver:
    """The hot statements of a repository (find one, insert, update) sent straight to
    the transaction's asyncpg connection: the same SQL, values and codecs as through
    SQLAlchemy, without its per-statement compile and result machinery (about half of
    the CPU a small statement costs here). The unit of work has begun the transaction
    and set its tenant before any repository runs, so these statements are inside it."""

    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn
        self._driver: Any = None  # asyncpg.Connection, once asked for

    async def _ready(self) -> Any:
        if self._driver is None:
            self._driver = (await self._conn.get_raw_connection()).driver_connection
        return self._driver

    async def fetchrow(self, statement: str, params: Mapping[str, Any]) -> Any:
        query, names = positional(statement)
        return await (await self._ready()).fetchrow(query, *[params[n] for n in names])

    async def fetch(self, statement: str, params: Mapping[str, Any]) -> list[Any]:
        query, names = positional(statement)
        return list(await (await self._ready()).fetch(query, *[params[n] for n in names]))

    async def executemany(self, statement: str, rows: Sequence[Mapping[str, Any]]) -> None:
        """One statement for many rows, pipelined: one round trip, no results."""
        query, names = positional(statement)
        await (await self._ready()).executemany(query, [[r[n] for n in names] for r in rows])

    async def execute(self, statement: str, params: Mapping[str, Any]) -> int:
        """Runs a statement; returns the rows it affected."""
        query, names = positional(statement)
        status = await (await self._ready()).execute(query, *[params[n] for n in names])
        return int(status.rsplit(" ", 1)[-1])


MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 50
EXACT_COUNT_LIMIT = 1_000


class Where:
    """A list filter: trusted SQL fragments joined by AND, and their bound values."""

    def __init__(self, *clauses: str, **params: Any) -> None:
        self.clauses, self.params = [c for c in clauses if c], dict(params)

    def add(self, clause: str, **params: Any) -> Where:
        self.clauses.append(clause)
        self.params.update(params)
        return self

    def equal(self, column: str, value: object | None) -> Where:
        """`<column> = <value>`, unless the value is None (no filter on that column)."""
        if value is not None:
            name = f"where_{len(self.params)}"
            self.add(f"{column} = :{name}", **{name: value})
        return self

    @property
    def sql(self) -> str:
        return " AND ".join(self.clauses) or "TRUE"


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    next_page_token: str
    total_size: int


def page_size_of(requested: int) -> int:
    if requested < 0:
        raise InvalidArgument.field("page_size", "must not be negative")
    return min(requested or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)


@dataclass(frozen=True)
class Order:
    """A list's sort: a column of the table (id breaks ties) and its direction."""

    column: str = "create_time"
    descending: bool = True

    @classmethod
    def parse(cls, order_by: str, allowed: set[str], default: Order | None = None) -> Order:
        """AIP-132 `order_by`: "field" or "field desc"; one field, from `allowed`."""
        if not order_by.strip():
            return default or cls()
        parts = order_by.split()
        if len(parts) > 2 or parts[0] not in allowed or parts[1:] not in ([], ["asc"], ["desc"]):
            raise InvalidArgument.field(
                "order_by", f"use one of {sorted(allowed)}, optionally followed by asc or desc"
            )
        return cls(parts[0], parts[1:] == ["desc"])


def encode_token(order: Order, value: Any, id: uuid.UUID, seen: int = 0) -> str:
    """Where the next page starts, and how many items came before it."""
    shown = value.isoformat() if isinstance(value, datetime) else value
    raw = json.dumps([order.column, order.descending, shown, str(id), seen]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_token(token: str, order: Order) -> tuple[Any, uuid.UUID, int]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        column, descending, value, id, seen = json.loads(raw)
        if (column, descending) != (order.column, order.descending):
            raise ValueError("the token belongs to another order")
        if isinstance(value, str) and column.endswith("_time"):
            value = datetime.fromisoformat(value)
        return value, uuid.UUID(id), int(seen)
    except (ValueError, TypeError) as error:
        raise InvalidArgument.field("page_token", "is not a token this list issued") from error


def _locks(where: str) -> bool:
    return "FOR UPDATE" in where.upper()


class DocumentRepository(Generic[A]):
    table: ClassVar[str]  # "schema.table"
    model: ClassVar[type]
    kind: ClassVar[str]  # for error messages: "user", "project", ...

    def __init__(self, conn: AsyncConnection, track: Callable[[Aggregate], None]) -> None:
        self._conn, self._track = conn, track
        self._driver = Driver(conn)
        self._loaded: dict[uuid.UUID, int] = {}
        # loaded FOR UPDATE or inserted by this transaction: no one else can change them
        self._locked: set[uuid.UUID] = set()
        self._inserts: dict[uuid.UUID, A] = {}  # add_later, until flush
        self._saves: dict[uuid.UUID, A] = {}  # save_later, until flush

    def columns(self, aggregate: A) -> dict[str, Any]:
        """Indexed or constrained columns besides id, version, times and data."""
        return {}

    def add_later(self, aggregate: A) -> None:
        """`add` at flush, sent with the other deferred inserts of this repository in
        one pipelined round trip (asyncpg executemany) instead of one each. Until then
        SQL does not see the row; a conflict raises AlreadyExists at flush."""
        self._inserts[aggregate.id] = aggregate
        self._track(aggregate)

    def save_later(self, aggregate: A) -> None:
        """`save` at flush, pipelined with the other deferred saves. Only for an
        aggregate this transaction loaded FOR UPDATE or inserted: nobody else can change
        the row before the commit, so the optimistic check, which a pipelined write
        cannot report, has nothing to catch. A later `save` supersedes it."""
        if aggregate.id in self._inserts:
            return  # inserted at flush as it is then
        if aggregate.id not in self._locked:
            raise RuntimeError(f"{self.kind} {aggregate.id} is not locked by this transaction")
        if self._loaded[aggregate.id] != aggregate.version:
            self._saves[aggregate.id] = aggregate

    async def flush(self) -> None:
        """Write the deferred inserts, then the deferred saves; the unit of work calls it
        just before committing. Subclasses that defer more call this too."""
        inserts, self._inserts = list(self._inserts.values()), {}
        saves, self._saves = list(self._saves.values()), {}
        if inserts:
            rows = [self._values(a) for a in inserts]
            names = ", ".join(rows[0])
            marks = ", ".join(f":{n}" for n in rows[0])
            try:
                await self._driver.executemany(
                    f"INSERT INTO {self.table} ({names}) VALUES ({marks})", rows
                )
            except UniqueViolationError as error:
                raise AlreadyExists(self.kind, str(error.detail or error)) from None
        if saves:
            rows = [{**self._values(a), "loaded": self._loaded[a.id]} for a in saves]
            sets = ", ".join(f"{n} = :{n}" for n in rows[0] if n not in ("id", "loaded"))
            await self._driver.executemany(
                f"UPDATE {self.table} SET {sets} WHERE id = :id AND version = :loaded", rows
            )
        for aggregate in inserts + saves:
            self._loaded[aggregate.id] = aggregate.version
        self._locked.update(a.id for a in inserts)

    def _load(self, row: Mapping[str, Any] | RowMapping, *, locked: bool = False) -> A:
        data = row["data"]
        aggregate: A = from_document(
            self.model, json.loads(data) if isinstance(data, str) else data
        )
        self._loaded[aggregate.id] = aggregate.version
        if locked:
            self._locked.add(aggregate.id)
        self._track(aggregate)
        return aggregate

    async def find(self, where: str, **params: Any) -> A | None:
        """The first row matching a trusted SQL fragment (which may end in FOR UPDATE)."""
        row = await self._driver.fetchrow(f"SELECT data FROM {self.table} WHERE {where}", params)
        return self._load(row, locked=_locks(where)) if row else None

    async def find_all(self, where: str, **params: Any) -> list[A]:
        rows = await self._driver.fetch(f"SELECT data FROM {self.table} WHERE {where}", params)
        return [self._load(row, locked=_locks(where)) for row in rows]

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
        # ON CONFLICT instead of a savepoint around the insert: one statement, not three.
        inserted = await self._driver.execute(
            f"INSERT INTO {self.table} ({names}) VALUES ({marks}) ON CONFLICT DO NOTHING", values
        )
        if inserted != 1:
            raise AlreadyExists(self.kind, aggregate.id)
        self._loaded[aggregate.id] = aggregate.version
        self._locked.add(aggregate.id)  # nobody else sees the row before the commit
        self._track(aggregate)

    async def save(self, aggregate: A) -> None:
        if aggregate.id in self._inserts:
            return  # inserted at flush as it is then
        loaded = self._loaded.get(aggregate.id)
        if loaded is None:
            raise RuntimeError(f"{self.kind} {aggregate.id} was not loaded by this repository")
        self._saves.pop(aggregate.id, None)  # this save writes the latest state
        if loaded == aggregate.version:
            return  # unchanged
        values = self._values(aggregate)
        sets = ", ".join(f"{n} = :{n}" for n in values if n != "id")
        updated = await self._driver.execute(
            f"UPDATE {self.table} SET {sets} WHERE id = :id AND version = :loaded",
            {**values, "loaded": loaded},
        )
        if updated != 1:
            raise VersionConflict(self.kind, aggregate.id, loaded, -1)
        self._loaded[aggregate.id] = aggregate.version

    async def page(
        self,
        where: str,
        params: dict[str, Any],
        page_size: int,
        page_token: str,
        order: Order | None = None,
    ) -> Page[A]:
        """Keyset-paged by `order` then id; `where` must be a trusted SQL fragment."""
        order = order or Order()
        size = page_size_of(page_size)
        direction, compare = ("DESC", "<") if order.descending else ("ASC", ">")
        keyset, seen = "", 0
        if page_token:
            value, last, seen = decode_token(page_token, order)
            keyset = f" AND ({order.column}, id) {compare} (:after_value, :after_id)"
            params = {**params, "after_value": value, "after_id": last}
        rows = (
            (
                await self._conn.execute(
                    text(
                        f"SELECT data, {order.column} AS sort_value, id FROM {self.table} "
                        f"WHERE ({where}){keyset} "
                        f"ORDER BY {order.column} {direction}, id {direction} LIMIT :limit"
                    ),
                    {**params, "limit": size + 1},
                )
            )
            .mappings()
            .all()
        )
        items = [self._load(r) for r in rows[:size]]
        more = len(rows) > size
        last_row = rows[size - 1] if more else None
        token = (
            encode_token(order, last_row["sort_value"], last_row["id"], seen + size)
            if last_row
            else ""
        )
        # Exact on the last page (the token counts what came before); estimated otherwise.
        total = (
            await self._count(where, params, seen + len(items) + 1) if more else seen + len(items)
        )
        return Page(items, token, total)

    async def _count(self, where: str, params: dict[str, Any], at_least: int) -> int:
        """Exact up to EXACT_COUNT_LIMIT matches, the planner's estimate beyond.

        AIP-132 allows an estimate; an exact count of a large result costs more than the
        page itself (a tag filter matching 100,000 of a million contacts: ~200 ms to count,
        <5 ms for the page), while counting up to a thousand rows is cheap.
        """
        clean = {k: v for k, v in params.items() if not k.startswith("after_")}
        capped = (
            await self._conn.execute(
                text(
                    f"SELECT count(*) FROM (SELECT 1 FROM {self.table} WHERE {where}"
                    " LIMIT :cap) AS capped"
                ),
                {**clean, "cap": EXACT_COUNT_LIMIT + 1},
            )
        ).scalar_one()
        if capped <= EXACT_COUNT_LIMIT:
            return max(int(capped), at_least)
        plan = await self._conn.execute(
            text(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM {self.table} WHERE {where}"), clean
        )
        document = plan.scalar_one()
        estimate = (json.loads(document) if isinstance(document, str) else document)[0]
        return max(int(estimate["Plan"]["Plan Rows"]), int(capped), at_least)

    def _values(self, aggregate: A) -> dict[str, Any]:
        # Every stored aggregate is a VersionedAggregate; A stays bound to Aggregate for callers.
        versioned = cast(VersionedAggregate, aggregate)
        return {
            "id": aggregate.id,
            "version": aggregate.version,
            "create_time": versioned.create_time,
            "update_time": versioned.update_time,
            "data": json.dumps(to_document(aggregate)),
            **self.columns(aggregate),
        }


class IdempotencyKeys:
    """request_id → the resource a create made, so a retried create returns it again."""

    def __init__(self, conn: AsyncConnection, schema: str) -> None:
        self._conn, self._table = conn, f"{schema}.idempotency_keys"

    async def seen(
        self, project_id: uuid.UUID, operation: str, request_id: str
    ) -> uuid.UUID | None:
        if not request_id:
            return None
        found = await self._conn.execute(
            text(
                f"SELECT resource_id FROM {self._table} "
                "WHERE project_id = :p AND operation = :o AND request_id = :r"
            ),
            {"p": project_id, "o": operation, "r": request_id},
        )
        value = found.scalar_one_or_none()
        return uuid.UUID(str(value)) if value is not None else None

    async def remember(
        self, project_id: uuid.UUID, operation: str, request_id: str, resource_id: uuid.UUID
    ) -> None:
        if request_id:
            await self._conn.execute(
                text(
                    f"INSERT INTO {self._table}"
                    " (project_id, operation, request_id, resource_id) VALUES (:p, :o, :r, :id)"
                ),
                {"p": project_id, "o": operation, "r": request_id, "id": resource_id},
            )
