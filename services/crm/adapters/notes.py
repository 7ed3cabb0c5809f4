"""Notes in PostgreSQL: the document plus the columns indexes and filters use.

Notes sort on more than one key (pinned first, or by priority rank), so they
page with their own keyset rather than DocumentRepository.page's single column.
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text

from crm.domain.notes import Note
from shared.domain import InvalidArgument
from shared.repository import DocumentRepository, Page, page_size_of

S = "crm"
PRIORITY_RANK = (
    "(CASE data ->> 'priority' WHEN 'low' THEN 1 WHEN 'normal' THEN 2"
    " WHEN 'high' THEN 3 WHEN 'urgent' THEN 4 ELSE 0 END)"
)


@dataclass(frozen=True)
class NoteOrder:
    """A sort over SQL key expressions (most significant first), all in one direction."""

    name: str
    keys: tuple[str, ...]
    descending: bool = True


PINNED_FIRST = NoteOrder("pinned, create_time desc", ("pinned", "create_time"))
OLDEST_FIRST = NoteOrder("create_time", ("create_time",), descending=False)
PRIORITY_DESC = NoteOrder("priority desc", (PRIORITY_RANK, "create_time"))
PRIORITY_ASC = NoteOrder("priority", (PRIORITY_RANK, "create_time"), descending=False)


class NoteRepository(DocumentRepository[Note]):
    table, model, kind = f"{S}.notes", Note, "note"

    def columns(self, note: Note) -> dict[str, Any]:
        return {
            "project_id": note.project_id,
            "contact_id": note.contact_id,
            "session_id": note.session_id,
            "pinned": note.pinned,
            "delete_time": note.delete_time,
        }

    async def sorted_page(
        self,
        where: str,
        params: dict[str, Any],
        page_size: int,
        page_token: str,
        order: NoteOrder,
    ) -> Page[Note]:
        """Keyset-paged by `order`'s keys then id; `where` must be a trusted SQL fragment."""
        size = page_size_of(page_size)
        direction, compare = ("DESC", "<") if order.descending else ("ASC", ">")
        keys = [*order.keys, "id"]
        names = [f"k{i}" for i in range(len(keys))]
        selected = ", ".join(f"{key} AS {name}" for key, name in zip(keys, names, strict=True))
        keyset = ""
        if page_token:
            values = _decode_token(page_token, order, len(keys))
            marks = ", ".join(f":after_{name}" for name in names)
            keyset = f" AND ({', '.join(keys)}) {compare} ({marks})"
            params = {**params, **{f"after_{n}": v for n, v in zip(names, values, strict=True)}}
        ordering = ", ".join(f"{key} {direction}" for key in keys)
        rows = (
            (
                await self._conn.execute(
                    text(
                        f"SELECT data, {selected} FROM {self.table} WHERE ({where}){keyset}"
                        f" ORDER BY {ordering} LIMIT :limit"
                    ),
                    {**params, "limit": size + 1},
                )
            )
            .mappings()
            .all()
        )
        items = [self._load(r) for r in rows[:size]]
        more = len(rows) > size
        token = _encode_token(order, [rows[size - 1][n] for n in names]) if more else ""
        total = (
            await self._count(where, params, len(items) + int(more))
            if page_token or more
            else len(items)
        )
        return Page(items, token, total)


def _encode_token(order: NoteOrder, values: list[Any]) -> str:
    shown = [_jsonable(value) for value in values]
    raw = json.dumps([order.name, shown]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value) if isinstance(value, uuid.UUID) else value


def _decode_token(token: str, order: NoteOrder, count: int) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        name, values = json.loads(raw)
        if name != order.name or not isinstance(values, list) or len(values) != count:
            raise ValueError("the token belongs to another order")
        decoded: list[Any] = []
        for key, value in zip([*order.keys, "id"], values, strict=True):
            if key == "create_time":
                value = datetime.fromisoformat(value)
            elif key == "id":
                value = uuid.UUID(value)
            elif key == "pinned" and not isinstance(value, bool):
                raise ValueError("pinned must be a boolean")
            elif key == PRIORITY_RANK and not isinstance(value, int):
                raise ValueError("rank must be an integer")
            decoded.append(value)
        return decoded
    except (ValueError, TypeError) as error:
        raise InvalidArgument.field("page_token", "is not a token this list issued") from error
