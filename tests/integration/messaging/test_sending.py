"""SendMessage (and edit, revoke, mark read) through a WAHA-compatible server."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import grpc
import pytest

from messaging.bootstrap import Messaging
from tests.integration.messaging.conftest import Tenant
from tests.integration.messaging.test_sessions import (
    add_channel,
    add_chat,
    add_message,
    add_session,
    waha_credential,
)
from tests.support.waha_server import WahaServer
from ventros.identity.v1 import credential_service_pb2, credential_service_pb2_grpc
from ventros.messaging.v1 import message_pb2, message_service_pb2_grpc
from ventros.messaging.v1 import message_service_pb2 as pb

pytestmark = pytest.mark.integration
Stub = message_service_pb2_grpc.MessageServiceStub
KEY = "channel-key"


@pytest.fixture
def messages(messaging_channel: grpc.aio.Channel) -> Stub:
    return Stub(messaging_channel)


@pytest.fixture
async def waha() -> AsyncIterator[WahaServer]:
    async with WahaServer(api_key=KEY, session="default") as server:
        yield server


async def chat_for(app: Messaging, tenant: Tenant, waha: WahaServer) -> Any:
    channel = await add_channel(app, tenant, waha.base_url, api_key=KEY)
    return await add_chat(app, channel, uuid.uuid4())


def text(chat: Any, body: str = "Olá!", **extra: Any) -> pb.SendMessageRequest:
    return pb.SendMessageRequest(
        channel_id=str(chat.channel_id),
        chat_id=str(chat.id),
        text=pb.TextContent(text=body),
        **extra,
    )


async def code_of(call: Any) -> grpc.StatusCode:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value.code()


async def test_a_text_is_sent_through_the_channels_waha_and_records_the_provider_id(
    messages: Stub, messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    chat = await chat_for(messaging, tenant, waha)
    sent = (await messages.SendMessage(text(chat), metadata=tenant.bearer())).message
    assert sent.status == message_pb2.MESSAGE_STATUS_SENT
    assert sent.direction == message_pb2.MESSAGE_DIRECTION_OUTBOUND and sent.from_me
    assert sent.provider_message_id and sent.provider_serialized_id.startswith("true_")
    [call] = waha.requests_to("/api/sendText")
    assert call.json["chatId"] == "5511988887777@c.us" and call.json["text"] == "Olá!"
    assert call.headers["X-Api-Key"] == KEY


async def test_a_repeated_request_id_sends_once(
    messages: Stub, messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    chat = await chat_for(messaging, tenant, waha)
    first = await messages.SendMessage(text(chat, request_id="r-1"), metadata=tenant.bearer())
    again = await messages.SendMessage(text(chat, request_id="r-1"), metadata=tenant.bearer())
    assert first.message.id == again.message.id
    assert len(waha.requests_to("/api/sendText")) == 1


async def test_an_outbound_message_counts_in_the_contacts_active_session(
    messages: Stub, messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    chat = await chat_for(messaging, tenant, waha)
    channel_id = chat.channel_id
    session = await add_session(messaging, _channel_stub(channel_id, chat.project_id), chat=chat)
    sent = (await messages.SendMessage(text(chat), metadata=tenant.bearer())).message
    assert sent.session_id == str(session.id)


def _channel_stub(channel_id: uuid.UUID, project_id: uuid.UUID) -> Any:
    class Ref:
        id = channel_id

    Ref.project_id = project_id  # type: ignore[attr-defined]
    return Ref


async def test_a_rejected_send_is_marked_failed_with_the_error(
    messages: Stub, messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    chat = await chat_for(messaging, tenant, waha)
    waha.fail_next(1, status=400)
    failed = (await messages.SendMessage(text(chat), metadata=tenant.bearer())).message
    assert failed.status == message_pb2.MESSAGE_STATUS_FAILED
    assert failed.error.code == "waha_400" and failed.HasField("failed_time")


async def test_an_unavailable_provider_fails_the_message_after_the_clients_retries(
    messages: Stub, messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    chat = await chat_for(messaging, tenant, waha)
    waha.fail_next(10, status=503)
    failed = (await messages.SendMessage(text(chat), metadata=tenant.bearer())).message
    assert failed.status == message_pb2.MESSAGE_STATUS_FAILED
    assert failed.error.code == "waha_unavailable"
    assert len(waha.requests_to("/api/sendText")) == 4  # the first try and 3 retries


async def test_a_send_that_may_have_arrived_stays_queued_as_delivery_unknown(
    messages: Stub, messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    chat = await chat_for(messaging, tenant, waha)
    waha.close_connections_next(1)
    unsure = (await messages.SendMessage(text(chat), metadata=tenant.bearer())).message
    assert unsure.status == message_pb2.MESSAGE_STATUS_QUEUED
    assert unsure.error.code == "delivery_unknown"
    assert len(waha.requests_to("/api/sendText")) == 1  # never re-sent blindly


async def test_location_contact_card_and_reaction_are_sent(
    messages: Stub, messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    chat = await chat_for(messaging, tenant, waha)
    where = await messages.SendMessage(
        pb.SendMessageRequest(
            channel_id=str(chat.channel_id),
            chat_id=str(chat.id),
            location=pb.LocationContent(latitude=-23.5, longitude=-46.6, name="Loja"),
        ),
        metadata=tenant.bearer(),
    )
    assert where.message.content_type == message_pb2.MESSAGE_CONTENT_TYPE_LOCATION
    card = await messages.SendMessage(
        pb.SendMessageRequest(
            channel_id=str(chat.channel_id),
            chat_id=str(chat.id),
            contacts=pb.ContactCardsContent(vcards=["BEGIN:VCARD\nFN:Lia\nEND:VCARD"]),
            reply_to_message_id=where.message.id,
        ),
        metadata=tenant.bearer(),
    )
    assert card.message.status == message_pb2.MESSAGE_STATUS_SENT
    assert card.message.reply_to_message_id == where.message.provider_message_id
    reaction = await messages.SendMessage(
        pb.SendMessageRequest(
            channel_id=str(chat.channel_id),
            chat_id=str(chat.id),
            reaction=pb.ReactionContent(message_id=where.message.id, emoji="👍"),
        ),
        metadata=tenant.bearer(),
    )
    assert reaction.message.status == message_pb2.MESSAGE_STATUS_SENT
    assert waha.reactions[-1]["reaction"] == "👍"
    reacted = await messages.GetMessage(
        pb.GetMessageRequest(message_id=where.message.id), metadata=tenant.bearer()
    )
    assert [r.emoji for r in reacted.message.reactions] == ["👍"]


async def test_media_by_url_is_sent_as_an_image(
    messages: Stub, messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    chat = await chat_for(messaging, tenant, waha)
    sent = await messages.SendMessage(
        pb.SendMessageRequest(
            channel_id=str(chat.channel_id),
            chat_id=str(chat.id),
            media=pb.MediaContent(
                url="https://example.com/a.jpg", mimetype="image/jpeg", caption="c"
            ),
        ),
        metadata=tenant.bearer(),
    )
    assert sent.message.content_type == message_pb2.MESSAGE_CONTENT_TYPE_IMAGE
    assert len(waha.requests_to("/api/sendImage")) == 1


async def test_a_sent_text_is_edited_then_revoked(
    messages: Stub, messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    chat = await chat_for(messaging, tenant, waha)
    sent = (await messages.SendMessage(text(chat, "oi"), metadata=tenant.bearer())).message
    edited = (
        await messages.EditMessage(
            pb.EditMessageRequest(message_id=sent.id, version=sent.version, text="olá"),
            metadata=tenant.bearer(),
        )
    ).message
    assert edited.text == "olá" and edited.edited and edited.edits[0].previous_text == "oi"
    revoked = (
        await messages.RevokeMessage(
            pb.RevokeMessageRequest(message_id=sent.id), metadata=tenant.bearer()
        )
    ).message
    assert revoked.revoked
    again = messages.EditMessage(
        pb.EditMessageRequest(message_id=sent.id, text="x"), metadata=tenant.bearer()
    )
    assert await code_of(again) == grpc.StatusCode.FAILED_PRECONDITION


async def test_a_contacts_message_cannot_be_edited(
    messages: Stub, messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    chat = await chat_for(messaging, tenant, waha)
    session = await add_session(
        messaging, _channel_stub(chat.channel_id, chat.project_id), chat=chat
    )
    theirs = await add_message(messaging, session, "hello")
    call = messages.EditMessage(
        pb.EditMessageRequest(message_id=str(theirs.id), text="x"), metadata=tenant.bearer()
    )
    assert await code_of(call) == grpc.StatusCode.FAILED_PRECONDITION


async def test_messages_are_marked_read_on_whatsapp(
    messages: Stub, messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    chat = await chat_for(messaging, tenant, waha)
    session = await add_session(
        messaging, _channel_stub(chat.channel_id, chat.project_id), chat=chat
    )
    await add_message(
        messaging, session, "one", provider_serialized_id="false_5511988887777@c.us_AAA1"
    )
    await add_message(
        messaging, session, "two", provider_serialized_id="false_5511988887777@c.us_AAA2"
    )
    marked = await messages.MarkMessagesRead(
        pb.MarkMessagesReadRequest(chat_id=str(chat.id)), metadata=tenant.bearer()
    )
    assert marked.marked_count == 2
    [seen] = waha.requests_to("/api/sendSeen")
    assert set(seen.json["messageIds"]) == {
        "false_5511988887777@c.us_AAA1",
        "false_5511988887777@c.us_AAA2",
    }


async def test_sending_on_another_tenants_channel_is_not_found(
    messages: Stub, messaging: Messaging, tenant: Tenant, other_tenant: Tenant, waha: WahaServer
) -> None:
    chat = await chat_for(messaging, tenant, waha)
    call = messages.SendMessage(text(chat), metadata=other_tenant.bearer())
    assert await code_of(call) == grpc.StatusCode.NOT_FOUND
    read = messages.MarkMessagesRead(
        pb.MarkMessagesReadRequest(chat_id=str(chat.id)), metadata=other_tenant.bearer()
    )
    assert await code_of(read) == grpc.StatusCode.NOT_FOUND
    assert not waha.requests_to("/api/sendText")


async def test_a_send_without_content_names_the_field(
    messages: Stub, messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    chat = await chat_for(messaging, tenant, waha)
    call = messages.SendMessage(
        pb.SendMessageRequest(channel_id=str(chat.channel_id), chat_id=str(chat.id)),
        metadata=tenant.bearer(),
    )
    assert await code_of(call) == grpc.StatusCode.INVALID_ARGUMENT


async def test_a_channel_whose_waha_key_was_revoked_fails_the_send_and_calls_nobody(
    messages: Stub, messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    credential = await waha_credential(messaging, tenant, KEY)
    async with grpc.aio.insecure_channel(messaging.config.identity_address) as channel:
        await credential_service_pb2_grpc.CredentialServiceStub(channel).RevokeCredential(
            credential_service_pb2.RevokeCredentialRequest(
                credential_id=str(credential), reason="leaked"
            ),
            metadata=tenant.bearer(),
        )
    channel = await add_channel(messaging, tenant, waha.base_url, credential=credential)
    chat = await add_chat(messaging, channel, uuid.uuid4())
    sent = (await messages.SendMessage(text(chat), metadata=tenant.bearer())).message
    assert sent.status == message_pb2.MESSAGE_STATUS_FAILED
    assert sent.error.code == "credential_unavailable"
    assert waha.requests_to("/api/sendText") == []
