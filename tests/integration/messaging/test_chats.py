"""ChatService: read, list with filters, archive/unarchive, participants."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import grpc
import pytest

from messaging.adapters.channels import ChannelRepository
from messaging.adapters.chats import ChatRepository
from messaging.bootstrap import Messaging
from messaging.domain.channels import Channel, WahaConfig
from messaging.domain.chats import Chat, ChatParticipant
from tests.integration.messaging.conftest import Tenant
from ventros.messaging.v1 import chat_pb2, chat_service_pb2_grpc
from ventros.messaging.v1 import chat_service_pb2 as pb

pytestmark = pytest.mark.integration
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def stub(channel: grpc.aio.Channel) -> chat_service_pb2_grpc.ChatServiceStub:
    return chat_service_pb2_grpc.ChatServiceStub(channel)


async def add_channel(app: Messaging, tenant: Tenant) -> Channel:
    channel = Channel.create(
        project_id=uuid.UUID(tenant.project_id),
        name="Vendas",
        channel_type_code="waha",
        waha_config=WahaConfig(base_url="http://127.0.0.1:9", session_name="default"),
    )
    async with app.unit_of_work(project_id=channel.project_id) as uow:
        await uow.repository(ChannelRepository).add(channel)
        await uow.commit()
    return channel


async def add_chat(
    app: Messaging,
    channel: Channel,
    wa: str,
    *,
    contact_id: uuid.UUID | None = None,
    last: datetime | None = None,
    labels: tuple[str, ...] = (),
    subject: str = "",
    members: tuple[ChatParticipant, ...] = (),
    created: datetime = T0,
) -> Chat:
    """What inbound processing would create."""
    chat = Chat.create(
        project_id=channel.project_id,
        channel_id=channel.id,
        provider_chat_id=wa,
        contact_id=contact_id,
        subject=subject,
        now=created,
    )
    if members:
        chat.participants_changed("joined", members, at=T0)
    for label in labels:
        chat.add_label(label)
    if last:
        chat.record_message(last)
    async with app.unit_of_work(project_id=channel.project_id) as uow:
        await uow.repository(ChatRepository).add(chat)
        await uow.commit()
    return chat


async def expect(code: grpc.StatusCode, call: object) -> grpc.aio.AioRpcError:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call  # type: ignore[misc]
    assert caught.value.code() == code, caught.value.details()
    return caught.value


async def test_get_chat_returns_the_chat_with_its_participant_count(
    messaging_channel: grpc.aio.Channel, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    members = (
        ChatParticipant(provider_participant_id="5511911111111@c.us", contact_id=uuid.uuid4()),
        ChatParticipant(provider_participant_id="5511922222222@c.us", admin=True),
    )
    chat = await add_chat(messaging, channel, "1203630@g.us", subject="Equipe", members=members)
    got = await stub(messaging_channel).GetChat(
        pb.GetChatRequest(chat_id=str(chat.id)), metadata=tenant.bearer()
    )
    c = got.chat
    assert (c.type, c.status, c.subject) == (
        chat_pb2.CHAT_TYPE_GROUP,
        chat_pb2.CHAT_STATUS_ACTIVE,
        "Equipe",
    )
    assert c.participant_count == 2 and len(c.participants) == 2
    assert c.channel_id == str(channel.id) and c.provider_chat_id == "1203630@g.us"


async def test_list_chats_is_ordered_by_last_message_and_pages(
    messaging_channel: grpc.aio.Channel, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    old = await add_chat(messaging, channel, "1@c.us", last=T0)
    new = await add_chat(messaging, channel, "2@c.us", last=T0 + timedelta(hours=1))
    # No message yet: it sorts by its creation.
    silent = await add_chat(messaging, channel, "3@c.us", created=T0 - timedelta(hours=1))
    s = stub(messaging_channel)
    first = await s.ListChats(pb.ListChatsRequest(page_size=2), metadata=tenant.bearer())
    second = await s.ListChats(
        pb.ListChatsRequest(page_size=2, page_token=first.next_page_token),
        metadata=tenant.bearer(),
    )
    ids = [c.id for c in [*first.chats, *second.chats]]
    assert ids == [str(new.id), str(old.id), str(silent.id)]
    assert first.total_size == 3 and second.next_page_token == ""


async def test_list_chats_filters_by_type_status_label_contact_and_subject(
    messaging_channel: grpc.aio.Channel, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    ana = uuid.uuid4()
    direct = await add_chat(messaging, channel, "5511911111111@c.us", contact_id=ana, labels=("7",))
    group = await add_chat(
        messaging,
        channel,
        "99@g.us",
        subject="Clientes VIP",
        members=(ChatParticipant(provider_participant_id="5511911111111@c.us", contact_id=ana),),
    )
    other = await add_chat(messaging, channel, "5511933333333@c.us", contact_id=uuid.uuid4())
    s, me = stub(messaging_channel), tenant.bearer()
    await s.ArchiveChat(pb.ArchiveChatRequest(chat_id=str(other.id)), metadata=me)

    async def ids(**kw: object) -> set[str]:
        page = await s.ListChats(pb.ListChatsRequest(**kw), metadata=me)  # type: ignore[arg-type]
        return {c.id for c in page.chats}

    assert await ids(type=chat_pb2.CHAT_TYPE_GROUP) == {str(group.id)}
    assert await ids(status=chat_pb2.CHAT_STATUS_ARCHIVED) == {str(other.id)}
    assert await ids(label_id="7") == {str(direct.id)}
    assert await ids(contact_id=str(ana)) == {str(direct.id), str(group.id)}
    assert await ids(query="vip") == {str(group.id)}
    assert await ids(channel_id=str(channel.id)) == {str(direct.id), str(group.id), str(other.id)}


async def test_archive_and_unarchive_move_the_chat_and_check_the_version(
    messaging_channel: grpc.aio.Channel, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    chat = await add_chat(messaging, channel, "1@c.us")
    s, me = stub(messaging_channel), tenant.bearer()
    archived = await s.ArchiveChat(
        pb.ArchiveChatRequest(chat_id=str(chat.id), version=chat.version), metadata=me
    )
    assert archived.chat.status == chat_pb2.CHAT_STATUS_ARCHIVED
    assert archived.chat.HasField("archive_time")
    await expect(
        grpc.StatusCode.ABORTED,
        s.UnarchiveChat(
            pb.UnarchiveChatRequest(chat_id=str(chat.id), version=chat.version), metadata=me
        ),
    )
    back = await s.UnarchiveChat(
        pb.UnarchiveChatRequest(chat_id=str(chat.id), version=archived.chat.version), metadata=me
    )
    assert back.chat.status == chat_pb2.CHAT_STATUS_ACTIVE
    assert not back.chat.HasField("archive_time")


async def test_list_participants_shows_current_members_admins_and_on_request_those_who_left(
    messaging_channel: grpc.aio.Channel, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    members = tuple(
        ChatParticipant(provider_participant_id=f"55119{i}@c.us", admin=i == 1) for i in range(3)
    )
    chat = await add_chat(messaging, channel, "5@g.us", members=members)
    async with messaging.unit_of_work(project_id=chat.project_id) as uow:
        repo = uow.repository(ChatRepository)
        stored = await repo.get(chat.id, for_update=True)
        stored.participants_changed("left", ["551192@c.us"], at=T0 + timedelta(hours=1))
        await repo.save(stored)
        await uow.commit()
    s, me = stub(messaging_channel), tenant.bearer()
    current = await s.ListChatParticipants(
        pb.ListChatParticipantsRequest(chat_id=str(chat.id)), metadata=me
    )
    assert [p.provider_participant_id for p in current.participants] == [
        "551190@c.us",
        "551191@c.us",
    ]
    admins = await s.ListChatParticipants(
        pb.ListChatParticipantsRequest(chat_id=str(chat.id), admins_only=True), metadata=me
    )
    assert [p.provider_participant_id for p in admins.participants] == ["551191@c.us"]
    everyone = await s.ListChatParticipants(
        pb.ListChatParticipantsRequest(chat_id=str(chat.id), show_left=True), metadata=me
    )
    assert everyone.total_size == 3
    assert [p.HasField("leave_time") for p in everyone.participants].count(True) == 1


async def test_chats_of_another_project_are_invisible(
    messaging_channel: grpc.aio.Channel, messaging: Messaging, tenant: Tenant, other_tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    chat = await add_chat(messaging, channel, "1@c.us")
    s, theirs, cid = stub(messaging_channel), other_tenant.bearer(), str(chat.id)
    for call in [
        s.GetChat(pb.GetChatRequest(chat_id=cid), metadata=theirs),
        s.ArchiveChat(pb.ArchiveChatRequest(chat_id=cid), metadata=theirs),
        s.UnarchiveChat(pb.UnarchiveChatRequest(chat_id=cid), metadata=theirs),
        s.ListChatParticipants(pb.ListChatParticipantsRequest(chat_id=cid), metadata=theirs),
    ]:
        await expect(grpc.StatusCode.NOT_FOUND, call)
    listed = await s.ListChats(pb.ListChatsRequest(), metadata=theirs)
    assert listed.chats == []
    await expect(
        grpc.StatusCode.INVALID_ARGUMENT,
        s.GetChat(pb.GetChatRequest(chat_id="nope"), metadata=tenant.bearer()),
    )
