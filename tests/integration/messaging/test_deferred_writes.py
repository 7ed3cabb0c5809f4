"""DocumentRepository.add_later / save_later: a transaction's new rows and changes written
in one statement each at commit, with the same checks as add and save."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from messaging.adapters.messages import MessageRepository
from messaging.adapters.sessions import SessionRepository
from messaging.bootstrap import Messaging
from messaging.domain.messages import Message
from shared.documents import to_document
from shared.domain import AlreadyExists
from tests.integration.messaging.conftest import Tenant
from tests.integration.messaging.test_sessions import add_channel, add_chat, add_session

pytestmark = pytest.mark.integration


def a_message(session, wa_id: str, text: str = "oi") -> Message:  # type: ignore[no-untyped-def]
    return Message.receive(
        project_id=session.project_id,
        channel_id=session.channel_id,
        session_id=session.id,
        chat_id=session.chat_id,
        contact_id=session.contact_id,
        message_time=datetime.now(UTC),
        provider_message_id=wa_id,
        text=text,
    )


async def stored(app: Messaging, project_id: uuid.UUID, sql: str, **params: object) -> list:  # type: ignore[type-arg]
    async with app.unit_of_work(project_id=project_id) as uow:
        return list((await uow.connection.execute(text(sql), params)).mappings().all())


async def test_deferred_inserts_and_saves_are_written_at_commit_exactly_as_add_and_save(
    messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    contact = uuid.uuid4()
    session = await add_session(
        messaging, channel, chat=await add_chat(messaging, channel, contact)
    )
    messages = [a_message(session, f"3EB0DEF{n}", f"mensagem {n}") for n in range(5)]
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        repo, sessions = uow.repository(MessageRepository), uow.repository(SessionRepository)
        loaded = await sessions.get(session.id, for_update=True)
        for message in messages:
            repo.add_later(message)
            loaded.record_message("inbound", message.message_time, message_id=message.id)
            sessions.save_later(loaded)
        assert await repo.by_provider_id(channel.id, "3EB0DEF0") is None  # not written yet
        messages[0].edit("editada", from_me=False, at=datetime.now(UTC))
        await repo.save(messages[0])  # a pending insert: written at commit as it is then
        await uow.commit()
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        repo, sessions = uow.repository(MessageRepository), uow.repository(SessionRepository)
        for message in messages:
            again = await repo.get(message.id)
            assert to_document(again) == to_document(message)
            assert again.version == message.version
        assert (await sessions.get(session.id)).metrics.message_count == 6
    rows = await stored(
        messaging,
        channel.project_id,
        "SELECT text, provider_message_id, data->>'text' AS doc FROM messaging.messages"
        " WHERE id = :id",
        id=messages[0].id,
    )
    assert rows[0]["text"] == rows[0]["doc"] == "editada"


async def test_a_deferred_insert_that_conflicts_fails_the_commit_and_keeps_nothing(
    messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    session = await add_session(
        messaging, channel, chat=await add_chat(messaging, channel, uuid.uuid4())
    )
    first = a_message(session, "3EB0C0F1")
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        await uow.repository(MessageRepository).add(first)
        await uow.commit()
    fresh, repeat = a_message(session, "3EB0C0F2"), a_message(session, "3EB0C0F1")
    with pytest.raises(AlreadyExists):
        async with messaging.unit_of_work(project_id=channel.project_id) as uow:
            uow.repository(MessageRepository).add_later(fresh)
            uow.repository(MessageRepository).add_later(repeat)
            await uow.commit()
    rows = await stored(
        messaging,
        channel.project_id,
        "SELECT provider_message_id FROM messaging.messages WHERE channel_id = :ch",
        ch=channel.id,
    )
    assert [r["provider_message_id"] for r in rows] == ["3EB0C0F1"]


async def test_a_deferred_save_needs_the_row_locked_by_the_transaction(
    messaging: Messaging, tenant: Tenant
) -> None:
    """A pipelined write cannot report a lost optimistic check, so save_later only takes
    what nobody else can change before the commit: rows locked or inserted here."""
    channel = await add_channel(messaging, tenant)
    session = await add_session(
        messaging, channel, chat=await add_chat(messaging, channel, uuid.uuid4())
    )
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        sessions = uow.repository(SessionRepository)
        unlocked = await sessions.get(session.id)
        unlocked.record_message("inbound", datetime.now(UTC))
        with pytest.raises(RuntimeError, match="not locked"):
            sessions.save_later(unlocked)


async def test_deferred_saves_cannot_write_another_tenants_rows(
    messaging: Messaging, tenant: Tenant, other_tenant: Tenant
) -> None:
    """Row-level security holds for pipelined writes too: even an aggregate of another
    project smuggled into a repository (a bug, simulated here) changes nothing."""
    channel = await add_channel(messaging, tenant)
    session = await add_session(
        messaging, channel, chat=await add_chat(messaging, channel, uuid.uuid4())
    )
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        victim = await uow.repository(SessionRepository).get(session.id)
    async with messaging.unit_of_work(project_id=uuid.UUID(other_tenant.project_id)) as uow:
        sessions = uow.repository(SessionRepository)
        assert await sessions.find("id = :id FOR UPDATE", id=session.id) is None
        sessions._loaded[victim.id] = victim.version  # the simulated bug
        sessions._locked.add(victim.id)
        victim.record_message("inbound", datetime.now(UTC))
        sessions.save_later(victim)
        await uow.commit()
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        stored = await uow.repository(SessionRepository).get(session.id)
    assert stored.metrics.message_count == 1 and stored.version == session.version
