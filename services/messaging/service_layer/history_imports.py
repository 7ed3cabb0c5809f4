"""History import use cases: request, read, list, cancel, resume, and the
workflow's steps (begin, record a chunk, finish)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from messaging.adapters.history_imports import ACTIVE, HistoryImportRepository, channel_source
from messaging.domain import errors
from messaging.domain.history_imports import (
    HistoryImport,
    HistoryImportCursor,
    HistoryImportStatus,
)
from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from shared.domain import FailedPrecondition, InvalidArgument, NotFound, check_version
from shared.repository import Order, Page

UowFactory = Callable[..., MessagingUnitOfWork]
ORDERABLE = {"create_time", "update_time"}


class HistoryImportAlreadyRunning(FailedPrecondition):
    """Only one import per channel runs at a time."""


@dataclass(frozen=True)
class HistoryImportFilter:
    channel_id: uuid.UUID | None = None
    status: str = ""

    def compile(self) -> tuple[str, dict[str, object]]:
        clauses: list[str] = ["true"]
        params: dict[str, object] = {}
        if self.channel_id is not None:
            clauses.append("channel_id = :channel_id")
            params["channel_id"] = self.channel_id
        if self.status:
            clauses.append("status = :status")
            params["status"] = self.status
        return " AND ".join(clauses), params


class HistoryImports:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    async def request(
        self,
        *,
        channel_id: uuid.UUID,
        strategy: str,
        days: int = 0,
        per_chat_message_limit: int = 0,
        request_id: str = "",
        project_id: uuid.UUID | None = None,
    ) -> tuple[HistoryImport, bool]:
        """A pending import (created=True), or the one a repeated request_id made."""
        async with self._uow(project_id=project_id) as uow:
            repo = uow.repository(HistoryImportRepository)
            scope = await _project(uow)
            seen = await uow.idempotency.seen(scope, "StartHistoryImport", request_id)
            if seen is not None:
                return await repo.get(seen), False
            if await channel_source(uow.connection, channel_id) is None:
                raise NotFound("channel", channel_id)
            if await repo.running_for(channel_id) is not None:
                raise HistoryImportAlreadyRunning(
                    f"channel {channel_id} already has an import running"
                )
            item = HistoryImport.request(
                project_id=scope,
                channel_id=channel_id,
                strategy=strategy,
                days=days,
                per_chat_message_limit=per_chat_message_limit,
                request_id=request_id,
                correlation_id=str(uuid.uuid4()),
            )
            await repo.add(item)
            await uow.idempotency.remember(scope, "StartHistoryImport", request_id, item.id)
            await uow.commit()
            return item, True

    async def get(self, id: uuid.UUID, *, project_id: uuid.UUID | None = None) -> HistoryImport:
        async with self._uow(project_id=project_id) as uow:
            return await uow.repository(HistoryImportRepository).get(id)

    async def list(
        self, filter: HistoryImportFilter, page_size: int, page_token: str, order_by: str = ""
    ) -> Page[HistoryImport]:
        order = Order.parse(order_by, ORDERABLE)
        where, params = filter.compile()
        async with self._uow() as uow:
            return await uow.repository(HistoryImportRepository).page(
                where, params, page_size, page_token, order
            )

    async def cancel(
        self, id: uuid.UUID, version: int = 0, *, project_id: uuid.UUID | None = None
    ) -> HistoryImport:
        async with self._uow(project_id=project_id) as uow:
            repo = uow.repository(HistoryImportRepository)
            item = await repo.get(id, for_update=True)
            check_version("history import", id, version, item.version)
            if item.status == HistoryImportStatus.CANCELLED:
                return item
            item.cancel()
            await repo.save(item)
            await uow.commit()
            return item

    async def prepare_resume(
        self, id: uuid.UUID, version: int = 0, *, project_id: uuid.UUID | None = None
    ) -> HistoryImport:
        """Check a resume is allowed (failed and resumable); the workflow starts it."""
        async with self._uow(project_id=project_id) as uow:
            repo = uow.repository(HistoryImportRepository)
            item = await repo.get(id)
            check_version("history import", id, version, item.version)
            if item.status != HistoryImportStatus.FAILED:
                raise errors.InvalidTransition("history import", item.status, "running")
            if not item.resumable:
                raise errors.HistoryImportNotResumable(f"history import {id} cannot resume")
            if await repo.running_for(item.channel_id) is not None:
                raise HistoryImportAlreadyRunning(
                    f"channel {item.channel_id} already has an import running"
                )
            return item

    # ------------------------------------------------------------ workflow steps

    async def begin(self, project_id: uuid.UUID, id: uuid.UUID, total_chats: int) -> HistoryImport:
        """Move it to running (a resumed one keeps its cursor); idempotent when running."""
        async with self._uow(project_id=project_id) as uow:
            repo = uow.repository(HistoryImportRepository)
            item = await repo.get(id, for_update=True)
            if item.status in (HistoryImportStatus.PENDING, HistoryImportStatus.FAILED):
                item.start(total_chats=total_chats)
                await repo.save(item)
                await uow.commit()
            return item

    async def finish(
        self, project_id: uuid.UUID, id: uuid.UUID, outcome: str, error: str = ""
    ) -> HistoryImport:
        """completed | failed | cancelled; a second call changes nothing."""
        async with self._uow(project_id=project_id) as uow:
            repo = uow.repository(HistoryImportRepository)
            item = await repo.get(id, for_update=True)
            if item.status not in ACTIVE:
                return item
            if outcome == "completed":
                item.complete()
            elif outcome == "failed":
                item.fail(error or "failed", resumable=True)
            elif outcome == "cancelled":
                item.cancel()
            else:
                raise InvalidArgument.field("outcome", f"unknown outcome {outcome!r}")
            await repo.save(item)
            await uow.commit()
            return item


# ---------------------------------------------------------------- the resume cursor

CHAT_DONE = "*"  # never a WhatsApp message id


def chat_position(cursor: HistoryImportCursor, chat_index: int) -> str | None:
    """How far a chat got: the last message id imported ("" before it began), or
    None once it is done."""
    if chat_index < cursor.chat_index:
        return None
    if chat_index == cursor.chat_index:
        return cursor.last_message_id
    position = cursor.begun_chats.get(str(chat_index), "")
    return None if position == CHAT_DONE else position


def advance_cursor(
    cursor: HistoryImportCursor, chat_index: int, last_message_id: str, chat_done: bool
) -> HistoryImportCursor:
    """The cursor after a chunk of one chat committed. Chats finish out of order; the
    cursor's own chat moves on past every chat already done after it."""
    begun = dict(cursor.begun_chats)
    if chat_index != cursor.chat_index:
        begun[str(chat_index)] = CHAT_DONE if chat_done else last_message_id
        return dataclasses.replace(cursor, begun_chats=begun)
    if not chat_done:
        return dataclasses.replace(cursor, last_message_id=last_message_id)
    index = chat_index + 1
    while begun.get(str(index)) == CHAT_DONE:
        del begun[str(index)]
        index += 1
    return HistoryImportCursor(
        chat_index=index, last_message_id=begun.pop(str(index), ""), begun_chats=begun
    )


async def _project(uow: MessagingUnitOfWork) -> uuid.UUID:
    from sqlalchemy import text

    value = (
        await uow.connection.execute(text("SELECT current_setting('app.project_id', true)"))
    ).scalar_one()
    return uuid.UUID(value)
