"""Message reads: get, list, search, and the live stream of a session or chat."""

from __future__ import annotations

import uuid
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text

from messaging.adapters.message_listener import MessageListener
from messaging.adapters.messages import MessageRepository
from messaging.domain.messages import Message
from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from shared.domain import InvalidArgument, NotFound, utcnow
from shared.repository import Order, Page

UowFactory = Callable[..., MessagingUnitOfWork]
ORDERABLE = {"create_time", "message_time"}
REPLAY_PAGE = 100


@dataclass(frozen=True)
class MessageFilter:
    session_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    chat_id: uuid.UUID | None = None
    channel_id: uuid.UUID | None = None
    direction: str = ""
    content_type: str = ""
    status: str = ""
    source: str = ""
    agent_id: uuid.UUID | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None

    def compile(self) -> tuple[str, dict[str, Any]]:
        clauses, params = ["true"], {}
        for name in ("session_id", "contact_id", "chat_id", "channel_id"):
            value = getattr(self, name)
            if value is not None:
                clauses.append(f"{name} = :{name}")
                params[name] = value
        for name in ("direction", "content_type", "status"):
            value = getattr(self, name)
            if value:
                clauses.append(f"{name} = :{name}")
                params[name] = value
        if self.source:
            clauses.append("data->>'source' = :source")
            params["source"] = self.source
        if self.agent_id is not None:
            clauses.append("data->>'agent_id' = :agent_id")
            params["agent_id"] = str(self.agent_id)
        if self.start_time is not None:
            clauses.append("message_time >= :start_time")
            params["start_time"] = self.start_time
        if self.end_time is not None:
            clauses.append("message_time < :end_time")
            params["end_time"] = self.end_time
        return " AND ".join(clauses), params

    def matches(self, message: Message) -> bool:
        return (self.session_id is None or message.session_id == self.session_id) and (
            self.chat_id is None or message.chat_id == self.chat_id
        )


class Messages:
    def __init__(self, uow: UowFactory, listener: MessageListener) -> None:
        self._uow, self._listener = uow, listener

    async def get(self, message_id: uuid.UUID) -> Message:
        async with self._uow() as uow:
            return await uow.repository(MessageRepository).get(message_id)

    async def list(
        self, where: MessageFilter, page_size: int, page_token: str, order_by: str
    ) -> Page[Message]:
        order = Order.parse(order_by, ORDERABLE)
        sql, params = where.compile()
        async with self._uow() as uow:
            return await uow.repository(MessageRepository).page(
                sql, params, page_size, page_token, order
            )

    async def search(
        self, query: str, where: MessageFilter, page_size: int, page_token: str
    ) -> Page[Message]:
        if len(query.strip()) < 2:
            raise InvalidArgument.field("query", "search for at least 2 characters")
        sql, params = where.compile()
        async with self._uow() as uow:
            return await uow.repository(MessageRepository).search(
                query.strip(), sql, params, page_size, page_token
            )

    async def follow(
        self,
        project_id: uuid.UUID,
        where: MessageFilter,
        since: datetime | None = None,
        on_live: Callable[[], Awaitable[None]] | None = None,
    ) -> AsyncGenerator[tuple[bool, Message], None]:
        """(created, message): those after `since` (oldest first), then each new or
        changed message of the session or chat as it is committed.

        Subscribes before replaying so nothing falls between the two. A message is
        "created" the first time this stream shows it if it was created after the
        stream began (or after `since`); otherwise "updated".
        """
        await self._check_exists(where)
        began = since or utcnow()
        subscription = await self._listener.subscribe(project_id, where.session_id, where.chat_id)
        shown: dict[uuid.UUID, int] = {}
        try:
            if on_live is not None:
                await on_live()
            if since is not None:
                async for replayed in self._replay(where, since):
                    shown[replayed.id] = replayed.version
                    yield True, replayed
            while True:
                notices = await subscription.next()
                ids = list(dict.fromkeys(n.message_id for n in notices))
                async with self._uow(project_id=project_id) as uow:
                    found = await uow.repository(MessageRepository).by_ids(ids)
                for message_id in ids:
                    message = found.get(message_id)
                    if message is None or not where.matches(message):
                        continue
                    if shown.get(message_id, 0) >= message.version:
                        continue  # already shown at this version (replayed, or a repeat)
                    created = message_id not in shown and message.create_time >= began
                    shown[message_id] = message.version
                    yield created, message
        finally:
            subscription.close()

    async def _check_exists(self, where: MessageFilter) -> None:
        async with self._uow() as uow:
            for table, kind, value in (
                ("messaging.sessions", "session", where.session_id),
                ("messaging.chats", "chat", where.chat_id),
            ):
                if value is None:
                    continue
                row = (
                    await uow.connection.execute(
                        text(f"SELECT 1 FROM {table} WHERE id = :id"), {"id": value}
                    )
                ).first()
                if row is None:
                    raise NotFound(kind, value)

    async def _replay(self, where: MessageFilter, since: datetime) -> AsyncIterator[Message]:
        sql, params = where.compile()
        sql, params = f"{sql} AND create_time > :since", {**params, "since": since}
        token, oldest_first = "", Order("create_time", False)
        while True:
            async with self._uow() as uow:
                page = await uow.repository(MessageRepository).page(
                    sql, params, REPLAY_PAGE, token, oldest_first
                )
            for message in page.items:
                yield message
            token = page.next_page_token
            if not token:
                return
