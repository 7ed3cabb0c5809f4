"""MessageService reads: get, list, search, and the live stream of a session or chat."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import grpc
import pytest

from messaging.adapters.messages import MessageRepository
from messaging.bootstrap import Messaging
from tests.integration.messaging.conftest import Tenant
from tests.integration.messaging.test_sessions import (
    add_channel,
    add_chat,
    add_message,
    add_session,
)
from ventros.messaging.v1 import message_pb2, message_service_pb2_grpc
from ventros.messaging.v1 import message_service_pb2 as pb

pytestmark = pytest.mark.integration
Stub = message_service_pb2_grpc.MessageServiceStub


@pytest.fixture
def messages(messaging_channel: grpc.aio.Channel) -> Stub:
    return Stub(messaging_channel)


async def a_session(app: Messaging, tenant: Tenant) -> Any:
    channel = await add_channel(app, tenant)
    chat = await add_chat(app, channel, uuid.uuid4())
    return await add_session(app, channel, chat=chat)


async def code_of(call: Any) -> grpc.StatusCode:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value.code()


async def test_a_message_is_read_and_hidden_from_other_tenants(
    messages: Stub, messaging: Messaging, tenant: Tenant, other_tenant: Tenant
) -> None:
    made = await add_message(messaging, await a_session(messaging, tenant), "bom dia")
    got = await messages.GetMessage(
        pb.GetMessageRequest(message_id=str(made.id)), metadata=tenant.bearer()
    )
    assert got.message.text == "bom dia"
    assert got.message.direction == message_pb2.MESSAGE_DIRECTION_INBOUND
    hidden = messages.GetMessage(
        pb.GetMessageRequest(message_id=str(made.id)), metadata=other_tenant.bearer()
    )
    assert await code_of(hidden) == grpc.StatusCode.NOT_FOUND


async def test_messages_are_listed_by_session_and_direction(
    messages: Stub, messaging: Messaging, tenant: Tenant, other_tenant: Tenant
) -> None:
    session = await a_session(messaging, tenant)
    inbound = await add_message(messaging, session, "oi")
    await add_message(messaging, session, "olá", direction="outbound")
    listed = await messages.ListMessages(
        pb.ListMessagesRequest(
            session_id=str(session.id), direction=message_pb2.MESSAGE_DIRECTION_INBOUND
        ),
        metadata=tenant.bearer(),
    )
    assert [m.id for m in listed.messages] == [str(inbound.id)]
    theirs = await messages.ListMessages(
        pb.ListMessagesRequest(session_id=str(session.id)), metadata=other_tenant.bearer()
    )
    assert not theirs.messages


async def test_search_finds_text_case_insensitively_within_the_tenant(
    messages: Stub, messaging: Messaging, tenant: Tenant, other_tenant: Tenant
) -> None:
    word = f"Pedido{uuid.uuid4().hex[:8]}"
    session = await a_session(messaging, tenant)
    found = await add_message(messaging, session, f"Qual o status do {word}?")
    await add_message(messaging, session, "nada a ver")
    await add_message(messaging, await a_session(messaging, other_tenant), f"{word} deles")
    result = await messages.SearchMessages(
        pb.SearchMessagesRequest(query=word.lower()), metadata=tenant.bearer()
    )
    assert [m.id for m in result.messages] == [str(found.id)]


async def test_a_too_short_search_names_the_query(messages: Stub, tenant: Tenant) -> None:
    call = messages.SearchMessages(pb.SearchMessagesRequest(query="a"), metadata=tenant.bearer())
    assert await code_of(call) == grpc.StatusCode.INVALID_ARGUMENT


async def test_the_stream_shows_new_and_changed_messages_of_its_session_only(
    messages: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    session = await a_session(messaging, tenant)
    elsewhere = await a_session(messaging, tenant)
    call = messages.StreamMessages(
        pb.StreamMessagesRequest(session_id=str(session.id)), metadata=tenant.bearer()
    )
    await asyncio.wait_for(call.initial_metadata(), 5)
    await add_message(messaging, elsewhere, "not for this stream")
    mine = await add_message(messaging, session, "primeira")
    stream = call.__aiter__()
    first = await asyncio.wait_for(stream.__anext__(), 5)
    async with messaging.unit_of_work(project_id=session.project_id) as uow:
        repository = uow.repository(MessageRepository)
        found = await repository.get(mine.id)
        found.react("❤️", contact_id=session.contact_id)
        await repository.save(found)
        repository.notify(found)
        await uow.commit()
    second = await asyncio.wait_for(stream.__anext__(), 5)
    call.cancel()
    assert first.change_type == pb.MESSAGE_CHANGE_TYPE_CREATED
    assert first.message.text == "primeira"
    assert second.change_type == pb.MESSAGE_CHANGE_TYPE_UPDATED
    assert [r.emoji for r in second.message.reactions] == ["❤️"]


async def test_the_stream_replays_since_a_time_then_follows(
    messages: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    session = await a_session(messaging, tenant)
    before = datetime.now(UTC) - timedelta(seconds=1)
    old = await add_message(messaging, session, "antes")
    request = pb.StreamMessagesRequest(session_id=str(session.id))
    request.since_time.FromDatetime(before)
    call = messages.StreamMessages(request, metadata=tenant.bearer())
    stream = call.__aiter__()
    replayed = await asyncio.wait_for(stream.__anext__(), 5)
    new = await add_message(messaging, session, "depois")
    live = await asyncio.wait_for(stream.__anext__(), 5)
    call.cancel()
    assert (replayed.message.id, live.message.id) == (str(old.id), str(new.id))


async def test_another_tenants_session_cannot_be_streamed(
    messages: Stub, messaging: Messaging, tenant: Tenant, other_tenant: Tenant
) -> None:
    session = await a_session(messaging, tenant)
    call = messages.StreamMessages(
        pb.StreamMessagesRequest(session_id=str(session.id)), metadata=other_tenant.bearer()
    )
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        async for _ in call:
            pass
    assert caught.value.code() == grpc.StatusCode.NOT_FOUND


async def test_a_stream_needs_a_session_or_a_chat(messages: Stub, tenant: Tenant) -> None:
    call = messages.StreamMessages(pb.StreamMessagesRequest(), metadata=tenant.bearer())
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        async for _ in call:
            pass
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
