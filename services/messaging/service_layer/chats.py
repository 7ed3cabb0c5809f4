"""Chat use cases: read, list (with filters), archive, unarchive, participants."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from messaging.adapters.chats import ChatListing, ChatRepository
from messaging.domain.chats import Chat, ChatParticipant
from messaging.service_layer.channels import escape_like, offset_page
from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from shared.domain import check_version
from shared.repository import Order, Page

UowFactory = Callable[..., MessagingUnitOfWork]
# The API's names → the listing's columns (activity_time never is NULL).
ORDERABLE = {
    "last_message_time": "activity_time",
    "create_time": "create_time",
    "update_time": "update_time",
}


@dataclass(frozen=True)
class ChatFilter:
    type: str = ""
    status: str = ""
    label_id: str = ""
    contact_id: uuid.UUID | None = None
    channel_id: uuid.UUID | None = None
    query: str = ""

    def compile(self) -> tuple[str, dict[str, Any]]:
        clauses: list[str] = ["true"]
        params: dict[str, Any] = {}
        if self.type:
            clauses.append("kind = :kind")
            params["kind"] = self.type
        if self.status:
            clauses.append("data->>'status' = :status")
            params["status"] = self.status
        if self.label_id:
            clauses.append("data->'label_ids' ? :label_id")
            params["label_id"] = self.label_id
        if self.contact_id is not None:
            # The 1:1 chat with the contact, or a group it is (or was) part of.
            clauses.append(
                "(contact_id = :contact_id OR data->'participants' @> CAST(:member AS jsonb))"
            )
            params["contact_id"] = self.contact_id
            params["member"] = json.dumps([{"contact_id": str(self.contact_id)}])
        if self.channel_id is not None:
            clauses.append("channel_id = :channel_id")
            params["channel_id"] = self.channel_id
        if self.query.strip():
            clauses.append("lower(coalesce(data->>'subject', '')) LIKE :query")
            params["query"] = "%" + escape_like(self.query.strip().lower()) + "%"
        return " AND ".join(clauses), params


@dataclass(frozen=True)
class ParticipantFilter:
    admins_only: bool = False
    show_left: bool = False


class Chats:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    async def get(self, chat_id: uuid.UUID) -> Chat:
        async with self._uow() as uow:
            return await uow.repository(ChatRepository).get(chat_id)

    async def list(
        self, where: ChatFilter, page_size: int, page_token: str, order_by: str
    ) -> Page[Chat]:
        parsed = Order.parse(order_by, set(ORDERABLE), Order("last_message_time", True))
        order = Order(ORDERABLE[parsed.column], parsed.descending)
        sql, params = where.compile()
        async with self._uow() as uow:
            return await uow.repository(ChatListing).page(sql, params, page_size, page_token, order)

    async def archive(self, chat_id: uuid.UUID, version: int) -> Chat:
        return await self._change(chat_id, version, lambda c: c.archive())

    async def unarchive(self, chat_id: uuid.UUID, version: int) -> Chat:
        return await self._change(chat_id, version, lambda c: c.unarchive())

    async def participants(
        self,
        chat_id: uuid.UUID,
        where: ParticipantFilter,
        page_size: int,
        page_token: str,
        order_by: str,
    ) -> Page[ChatParticipant]:
        order = Order.parse(
            order_by, {"join_time", "provider_participant_id"}, Order("join_time", False)
        )
        chat = await self.get(chat_id)
        items = [
            p
            for p in chat.participants
            if (where.show_left or p.leave_time is None) and (p.admin or not where.admins_only)
        ]
        if order.column == "join_time":
            floor = chat.create_time
            items.sort(
                key=lambda p: (p.join_time or floor, p.provider_participant_id),
                reverse=order.descending,
            )
        else:
            items.sort(key=lambda p: p.provider_participant_id, reverse=order.descending)
        return offset_page(items, page_size, page_token)

    async def _change(
        self, chat_id: uuid.UUID, version: int, change: Callable[[Chat], object]
    ) -> Chat:
        async with self._uow() as uow:
            repo = uow.repository(ChatRepository)
            chat = await repo.get(chat_id, for_update=True)
            check_version("chat", chat_id, version, chat.version)
            change(chat)
            await repo.save(chat)
            await uow.commit()
            return chat
