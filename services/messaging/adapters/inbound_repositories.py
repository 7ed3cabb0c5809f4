"""Chats and channels as the inbound processor needs them."""

from __future__ import annotations

import uuid
from datetime import datetime

from messaging.adapters.channels import ChannelRepository
from messaging.adapters.chats import ChatRepository
from messaging.domain.chats import Chat, ChatType
from messaging.waha.ids import to_cus
from shared.domain import utcnow

S = "messaging"

__all__ = [
    "ChannelRepository",
    "ChatRepository",
    "chat_for",
    "find_chat",
]


async def find_chat(
    repo: ChatRepository, channel_id: uuid.UUID, provider_chat_id: str
) -> Chat | None:
    return await repo.by_provider_id(channel_id, provider_chat_id)


async def chat_for(
    chats: ChatRepository,
    project_id: uuid.UUID,
    channel_id: uuid.UUID,
    wa_chat_id: str,
    contact_id: uuid.UUID | None = None,
    *,
    first_message: datetime | None = None,
    now: datetime | None = None,
    known: Chat | None = None,
    looked: bool = False,
) -> Chat:
    """Find or create the chat (UNIQUE (project, channel, wa chat id), `@c.us` form); an
    individual chat found without its contact gets it; a chat created for a message is
    stored with that message's time already recorded. `known`: the chat as this
    transaction already holds it, not read again; `looked`: the caller has looked it up
    already, so no `known` means none is stored."""
    key = to_cus(wa_chat_id)
    found = known if known is not None or looked else await find_chat(chats, channel_id, key)
    if found is not None:
        if found.contact_id is None and contact_id and found.type == ChatType.INDIVIDUAL:
            await chats.attach_contact(found, contact_id, now or utcnow())
        return found
    chat = Chat.create(
        project_id=project_id,
        channel_id=channel_id,
        provider_chat_id=key,
        contact_id=contact_id if not key.endswith(("@g.us", "@newsletter")) else None,
        now=now,
    )
    if first_message is not None:
        chat.record_message(first_message)
    await chats.add(chat)
    return chat
