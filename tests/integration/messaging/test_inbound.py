"""Inbound processing: stored WAHA events become contacts, chats, sessions, messages
and events — once, in their own tenant, without losing anything when crm is down."""

from __future__ import annotations

import asyncio
import copy
import logging
import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import grpc
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from messaging.adapters.channels import ChannelRepository
from messaging.adapters.crm_client import CrmContacts
from messaging.adapters.inbound_listener import InboundListener
from messaging.adapters.sessions import SessionRepository
from messaging.adapters.webhook_routes import save_route
from messaging.bootstrap import Messaging
from messaging.domain.channels import Channel, WahaConfig
from messaging.entrypoints.inbound_processor import InboundRunner
from messaging.service_layer.inbound import InboundProcessor
from messaging.service_layer.project_settings import ProjectSettingsChanged
from shared.db import create_engine
from shared.dbsetup import DatabaseUrls
from tests.integration.messaging.conftest import Tenant
from tests.integration.messaging.test_ingress import SECRET, add_channel, ingest, sample
from tests.support.waha_server import WahaServer
from ventros.crm.v1 import contact_service_pb2 as crm_pb
from ventros.crm.v1 import contact_service_pb2_grpc as crm_grpc
from ventros.messaging.v1 import waha_ingress_service_pb2_grpc

pytestmark = pytest.mark.integration
Stub = waha_ingress_service_pb2_grpc.WahaIngressServiceStub

MESSAGES = [
    "01_message_text_dm.json",
    "02_message_any_fromme_api.json",
    "03_message_group_reply_unicode.json",
    "04_message_document_media.json",
    "05_message_location.json",
    "06_message_vcard.json",
]
OTHERS = [
    "09_message_ack_read.json",
    "11_message_reaction.json",
    "12_message_revoked.json",
    "14_session_status_failed.json",
    "15_call_received.json",
    "16_label_upsert.json",
    "19_presence_update.json",
    "20_chat_archive.json",
]


@pytest.fixture
async def waha() -> AsyncIterator[WahaServer]:
    async with WahaServer(api_key=None, session="sales-br-01") as server:
        yield server


@pytest.fixture
async def relay_engine(database: DatabaseUrls) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database.relay, application_name="messaging-tests")
    yield engine
    await engine.dispose()


def message_like(
    name: str, wa_id: str, *, from_me: bool = False, chat: str = "15550100123@c.us"
) -> dict[str, Any]:
    """Sample `name` as another message: new envelope id, message id and chat."""
    payload = copy.deepcopy(sample(name))
    payload["id"] = f"evt_{uuid.uuid4().hex}"
    body = payload["payload"]
    body["id"] = f"{'true' if from_me else 'false'}_{chat}_{wa_id}"
    body["from"], body["fromMe"] = chat, from_me
    data = body.get("_data") or {}
    if isinstance(data.get("key"), dict):
        data["key"].update({"id": wa_id, "fromMe": from_me})
    return payload


async def rows(app: Messaging, channel: Channel, sql: str, **params: Any) -> list[Any]:
    async with app.unit_of_work(project_id=channel.project_id) as uow:
        result = await uow.connection.execute(text(sql), {"ch": channel.id, **params})
        return list(result.mappings().all())


async def event_status(app: Messaging, channel: Channel, event_id: str) -> Any:
    found = await rows(
        app,
        channel,
        "SELECT status, attempts, data FROM messaging.waha_events WHERE id = :id",
        id=uuid.UUID(event_id),
    )
    return found[0]


async def routing_keys(engine: AsyncEngine, project_id: uuid.UUID) -> list[str]:
    async with engine.connect() as conn:
        result = await conn.execute(
            text("SELECT routing_key FROM messaging.outbox WHERE project_id = :p ORDER BY seq"),
            {"p": project_id},
        )
        return [r[0] for r in result]


async def test_every_shared_sample_is_processed_end_to_end(
    ingress: Stub,
    messaging: Messaging,
    tenant: Tenant,
    waha: WahaServer,
    relay_engine: AsyncEngine,
    crm_channel: grpc.aio.Channel,
) -> None:
    channel = await add_channel(messaging, tenant, base_url=waha.base_url)
    waha.add_media(b"%PDF-1.4 contract", "application/pdf", wa_id="3A7E0D5C9B1F2468ACE0")
    project = channel.project_id
    for name in MESSAGES:
        await ingest(ingress, channel, sample(name))
    # The targets of the reaction and the revoke.
    await ingest(
        ingress,
        channel,
        message_like(
            "01_message_text_dm.json", "3EB0D9E8F7A6B5C4D3E2", from_me=True, chat="15550100321@c.us"
        ),
    )
    await ingest(ingress, channel, message_like("01_message_text_dm.json", "3AB9C8D7E6F5A4B3C2D1"))
    results = await messaging.inbound.sweep(project)
    assert {r.status for r in results} == {"processed"}, results
    ids = {}
    for name in OTHERS:
        ids[name] = (await ingest(ingress, channel, sample(name))).waha_event_id
    results = await messaging.inbound.sweep(project)
    assert {r.status for r in results} <= {"processed", "ignored"}, results
    for name, event_id in ids.items():
        status = await event_status(messaging, channel, event_id)
        assert status["status"] in ("processed", "ignored"), (name, status)

    messages = await rows(
        messaging,
        channel,
        "SELECT provider_message_id, content_type, status, contact_id, session_id, chat_id,"
        " direction, data FROM messaging.messages WHERE channel_id = :ch",
    )
    by_id = {m["provider_message_id"]: m for m in messages}
    assert len(messages) == 8
    text_dm = by_id["3AF1C9B27D4E6A8B0C1D"]
    assert text_dm["content_type"] == "text" and text_dm["session_id"] and text_dm["chat_id"]
    assert text_dm["data"]["attribution"]["from_ad"] is True
    assert by_id["3A7E0D5C9B1F2468ACE0"]["content_type"] == "document"
    assert by_id["3A7E0D5C9B1F2468ACE0"]["data"]["media"]["storage_status"] == "stored"
    assert by_id["3A0F1E2D3C4B5A697887"]["content_type"] == "location"
    assert by_id["3EB0F1E2D3C4B5A69788"]["content_type"] == "contact"
    assert by_id["3EB0C4F2A91D7B6E5F30"]["status"] == "read"  # the ack applied
    assert by_id["3EB0D9E8F7A6B5C4D3E2"]["data"]["reactions"][0]["emoji"] == "❤️"
    assert by_id["3AB9C8D7E6F5A4B3C2D1"]["data"]["revoked"] is True

    contacts = crm_grpc.ContactServiceStub(crm_channel)
    got = await contacts.GetContact(
        crm_pb.GetContactRequest(contact_id=str(text_dm["contact_id"])), metadata=tenant.bearer()
    )
    assert got.contact.id == str(text_dm["contact_id"])

    sessions = await rows(
        messaging, channel, "SELECT status FROM messaging.sessions WHERE channel_id = :ch"
    )
    assert sessions and all(s["status"] == "active" for s in sessions)
    chats = await rows(
        messaging, channel, "SELECT wa_chat_id, data FROM messaging.chats WHERE channel_id = :ch"
    )
    by_chat = {c["wa_chat_id"]: c for c in chats}
    assert "120363041234567890@g.us" in by_chat
    assert by_chat["15550100321@c.us"]["data"]["status"] == "archived"

    keys = await routing_keys(relay_engine, project)
    assert "messaging.message.received" in keys
    assert "messaging.session.started" in keys
    assert "messaging.call.received" in keys


async def test_message_and_message_any_of_the_same_payload_store_one_message(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    first = sample("01_message_text_dm.json")
    other = copy.deepcopy(first)
    other["id"], other["event"] = "evt_other_delivery", "message.any"
    await ingest(ingress, channel, first)
    await ingest(ingress, channel, other)
    await messaging.inbound.sweep(channel.project_id)
    stored = await rows(
        messaging, channel, "SELECT id FROM messaging.messages WHERE channel_id = :ch"
    )
    assert len(stored) == 1


async def test_the_same_message_under_lid_and_cus_is_one_message(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    cus = message_like("01_message_text_dm.json", "3AFF00112233445566AA")
    lid = message_like(
        "01_message_text_dm.json", "3AFF00112233445566AA", chat="208416093512999@lid"
    )
    await ingest(ingress, channel, cus)
    await ingest(ingress, channel, lid)
    await messaging.inbound.sweep(channel.project_id)
    stored = await rows(
        messaging, channel, "SELECT id FROM messaging.messages WHERE channel_id = :ch"
    )
    assert len(stored) == 1


async def test_an_ack_lower_than_the_current_status_changes_nothing(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    await ingest(ingress, channel, sample("02_message_any_fromme_api.json"))
    await ingest(ingress, channel, sample("09_message_ack_read.json"))  # READ
    await messaging.inbound.sweep(channel.project_id)
    lower = copy.deepcopy(sample("09_message_ack_read.json"))
    lower["id"] = "evt_lower_ack"
    lower["payload"].update({"ack": 2, "ackName": "DEVICE"})
    await ingest(ingress, channel, lower)
    await messaging.inbound.sweep(channel.project_id)
    stored = await rows(
        messaging, channel, "SELECT status, version FROM messaging.messages WHERE channel_id = :ch"
    )
    assert [m["status"] for m in stored] == ["read"]


async def test_an_ack_before_its_message_is_applied_once_the_message_arrives(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    ack = await ingest(ingress, channel, sample("09_message_ack_read.json"))
    results = await messaging.inbound.sweep(channel.project_id)
    assert [r.status for r in results] == ["pending"]
    waiting = await event_status(messaging, channel, ack.waha_event_id)
    assert waiting["status"] == "pending" and waiting["attempts"] == 1
    await ingest(ingress, channel, sample("02_message_any_fromme_api.json"))
    await messaging.inbound.sweep(channel.project_id)
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:  # retry now
        await uow.connection.execute(
            text("UPDATE messaging.waha_events SET next_attempt_time = now() WHERE id = :id"),
            {"id": uuid.UUID(ack.waha_event_id)},
        )
        await uow.commit()
    await messaging.inbound.sweep(channel.project_id)
    assert (await event_status(messaging, channel, ack.waha_event_id))["status"] == "processed"
    stored = await rows(
        messaging, channel, "SELECT status FROM messaging.messages WHERE channel_id = :ch"
    )
    assert [m["status"] for m in stored] == ["read"]


async def test_a_crm_outage_leaves_the_event_pending_and_nothing_is_lost(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    answer = await ingest(ingress, channel, sample("01_message_text_dm.json"))
    async with grpc.aio.insecure_channel("127.0.0.1:9") as closed:
        down = InboundProcessor(
            messaging.unit_of_work,
            CrmContacts(closed, messaging.config.service_token, timeout=1.0),
            messaging.waha_for,
            messaging.config.media_dir,
        )
        results = await down.sweep(channel.project_id)
    assert [r.status for r in results] == ["pending"]
    stored = await event_status(messaging, channel, answer.waha_event_id)
    assert stored["status"] == "pending" and stored["attempts"] >= 1
    assert "crm" in stored["data"]["error"]
    assert (
        await rows(messaging, channel, "SELECT id FROM messaging.messages WHERE channel_id = :ch")
        == []
    )
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:  # crm is back
        await uow.connection.execute(
            text("UPDATE messaging.waha_events SET next_attempt_time = now() WHERE id = :id"),
            {"id": uuid.UUID(answer.waha_event_id)},
        )
        await uow.commit()
    await messaging.inbound.sweep(channel.project_id)
    assert (await event_status(messaging, channel, answer.waha_event_id))["status"] == "processed"
    assert (
        len(
            await rows(
                messaging, channel, "SELECT id FROM messaging.messages WHERE channel_id = :ch"
            )
        )
        == 1
    )


async def test_a_message_after_the_session_timeout_opens_a_new_session(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    first = sample("01_message_text_dm.json")
    later = message_like("01_message_text_dm.json", "3ALATER0000000000001")
    later["payload"]["timestamp"] = first["payload"]["timestamp"] + 31 * 60
    await ingest(ingress, channel, first)
    await ingest(ingress, channel, later)
    await messaging.inbound.sweep(channel.project_id)
    sessions = await rows(
        messaging,
        channel,
        "SELECT status FROM messaging.sessions WHERE channel_id = :ch ORDER BY start_time",
    )
    assert [s["status"] for s in sessions] == ["ended", "active"]


async def test_a_tenants_channel_never_writes_into_another_tenant(
    ingress: Stub, messaging: Messaging, tenant: Tenant, other_tenant: Tenant
) -> None:
    mine = await add_channel(messaging, tenant)
    theirs = await add_channel(messaging, other_tenant)
    await ingest(ingress, mine, sample("01_message_text_dm.json"))
    # Processing in the wrong tenant finds nothing to claim.
    assert await messaging.inbound.sweep(theirs.project_id) == []
    await messaging.inbound.sweep(mine.project_id)
    assert (
        len(await rows(messaging, mine, "SELECT id FROM messaging.messages WHERE channel_id = :ch"))
        == 1
    )
    assert await rows(messaging, theirs, "SELECT id FROM messaging.messages") == []
    assert (
        await rows(messaging, theirs, "SELECT id FROM messaging.messages WHERE channel_id = :ch")
        == []
    )


async def test_the_runner_processes_a_delivery_woken_by_notify(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    runner = InboundRunner(
        messaging.inbound, InboundListener(messaging.config.database_url), poll_interval=0.2
    )
    stop = asyncio.Event()
    task = asyncio.create_task(runner(stop))
    try:
        for _ in range(50):
            if runner._listener.connected:
                break
            await asyncio.sleep(0.05)
        answer = await ingest(ingress, channel, sample("01_message_text_dm.json"))
        for _ in range(100):
            if (await event_status(messaging, channel, answer.waha_event_id))[
                "status"
            ] != "pending":
                break
            await asyncio.sleep(0.05)
        assert (await event_status(messaging, channel, answer.waha_event_id))[
            "status"
        ] == "processed"
        assert channel.project_id in runner.projects
    finally:
        stop.set()
        await task


async def test_stored_messages_are_counted_on_their_channel_by_direction(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    for wa_id, from_me, chat in [
        ("3EB0C0FFEE0000000001", False, "15550100123@c.us"),
        ("3EB0C0FFEE0000000002", False, "15550100124@c.us"),
        ("3EB0C0FFEE0000000003", True, "15550100124@c.us"),
    ]:
        await ingest(
            ingress,
            channel,
            message_like("01_message_text_dm.json", wa_id, from_me=from_me, chat=chat),
        )
    duplicate = message_like("01_message_text_dm.json", "3EB0C0FFEE0000000001")
    await ingest(ingress, channel, duplicate)
    await messaging.inbound.sweep(channel.project_id)
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        counted = (await uow.repository(ChannelRepository).get(channel.id)).counters
    assert (counted.messages_received, counted.messages_sent) == (2, 1)
    assert counted.last_message_time is not None


async def test_a_batch_of_events_is_applied_in_one_transaction(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    answers = [
        await ingest(ingress, channel, message_like("01_message_text_dm.json", f"3EB0BA7C0{n}"))
        for n in range(3)
    ]
    ids = [uuid.UUID(a.waha_event_id) for a in answers]
    results = await messaging.inbound.process_many(channel.project_id, ids)
    assert [r.status for r in results] == ["processed"] * 3
    stored = await rows(
        messaging, channel, "SELECT id FROM messaging.messages WHERE channel_id = :ch"
    )
    assert len(stored) == 3


async def test_a_batch_with_an_event_that_must_wait_keeps_the_others(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    early_ack = await ingest(ingress, channel, sample("09_message_ack_read.json"))
    message = await ingest(ingress, channel, message_like("01_message_text_dm.json", "3EB0BA7C99"))
    ids = [uuid.UUID(early_ack.waha_event_id), uuid.UUID(message.waha_event_id)]
    results = await messaging.inbound.process_many(channel.project_id, ids)
    assert [r.status for r in results] == ["pending", "processed"]
    assert (await event_status(messaging, channel, early_ack.waha_event_id))["status"] == "pending"


async def test_a_restarted_runner_finds_events_left_pending_in_a_quiet_project(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    # Stored while no processor listened: its wake-up is gone for good.
    answer = await ingest(ingress, channel, message_like("01_message_text_dm.json", "3EB0AF7E01"))
    runner = InboundRunner(
        messaging.inbound,
        InboundListener(messaging.config.database_url),
        poll_interval=0.2,
        due_projects=messaging.inbound.projects_with_due_events,
    )
    stop = asyncio.Event()
    task = asyncio.create_task(runner(stop))
    try:
        async with asyncio.timeout(15):
            while (await event_status(messaging, channel, answer.waha_event_id))[
                "status"
            ] == "pending":
                await asyncio.sleep(0.05)
        assert (await event_status(messaging, channel, answer.waha_event_id))[
            "status"
        ] == "processed"
        assert channel.project_id not in runner.projects  # found by the sweep door alone
    finally:
        stop.set()
        await task


async def test_a_new_session_takes_the_projects_timeout_when_the_channel_sets_none(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    await messaging.project_settings.keep(
        ProjectSettingsChanged(
            project_id=channel.project_id, version=1, default_session_timeout_minutes=7
        )
    )
    await ingest(ingress, channel, message_like("01_message_text_dm.json", "3EB0713E0UT1"))
    await messaging.inbound.sweep(channel.project_id)
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        session = await uow.repository(SessionRepository).find("channel_id = :ch", ch=channel.id)
    assert session is not None and session.timeout == timedelta(minutes=7)


async def test_media_of_a_channel_whose_waha_key_cannot_be_read_is_marked_failed(
    ingress: Stub, messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    channel = Channel.create(
        project_id=uuid.UUID(tenant.project_id),
        name="Vendas",
        channel_type_code="waha",
        waha_config=WahaConfig(
            base_url=waha.base_url,
            session_name="sales-br-01",
            webhook_secret=SECRET,
            api_key_credential_id=uuid.uuid4(),  # no such credential in identity
        ),
    )
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        await uow.repository(ChannelRepository).add(channel)
        await save_route(uow.connection, channel.id, SECRET, active=True)
        await uow.commit()
    await ingest(ingress, channel, sample("04_message_document_media.json"))
    await messaging.inbound.sweep(channel.project_id)
    [stored] = await rows(
        messaging, channel, "SELECT data FROM messaging.messages WHERE channel_id = :ch"
    )
    assert stored["data"]["media"]["storage_status"] == "failed"


async def test_a_batch_reuses_what_was_stored_before_and_what_its_earlier_events_stored(
    ingress: Stub, messaging: Messaging, tenant: Tenant, caplog: pytest.LogCaptureFixture
) -> None:
    """A batch looks its messages, chats and sessions up at once: a chat and session
    stored before it are continued, a message already stored (or stored by an earlier
    event of the batch, as message.any) is not stored again, and a chat first seen in
    the batch is created once for its two messages."""
    channel = await add_channel(messaging, tenant)
    chat_a, chat_b = "15550100123@c.us", "15550100456@c.us"
    first = await ingest(
        ingress, channel, message_like("01_message_text_dm.json", "3EB0A1", chat=chat_a)
    )
    await messaging.inbound.process(channel.project_id, uuid.UUID(first.waha_event_id))
    again_any = message_like("01_message_text_dm.json", "3EB0A2", chat=chat_a)
    again_any["event"] = "message.any"
    batch = [
        message_like("01_message_text_dm.json", "3EB0A2", chat=chat_a),
        again_any,  # the same message again, as message.any
        message_like("01_message_text_dm.json", "3EB0A1", chat=chat_a),  # stored before
        message_like("01_message_text_dm.json", "3EB0B1", chat=chat_b),
        message_like("01_message_text_dm.json", "3EB0B2", chat=chat_b),
    ]
    ids = [uuid.UUID((await ingest(ingress, channel, p)).waha_event_id) for p in batch]
    with caplog.at_level(logging.INFO, logger="messaging.service_layer.inbound"):
        results = await messaging.inbound.process_many(channel.project_id, ids)
    assert "one by one" not in caplog.text  # applied as one batch
    assert [r.status for r in results] == ["processed"] * 5
    stored = await rows(
        messaging,
        channel,
        "SELECT m.provider_message_id AS wa, m.session_id, c.wa_chat_id AS chat"
        " FROM messaging.messages m JOIN messaging.chats c ON c.id = m.chat_id"
        " WHERE m.channel_id = :ch ORDER BY m.provider_message_id",
    )
    assert [(r["wa"], r["chat"]) for r in stored] == [
        ("3EB0A1", chat_a),
        ("3EB0A2", chat_a),
        ("3EB0B1", chat_b),
        ("3EB0B2", chat_b),
    ]
    assert stored[0]["session_id"] == stored[1]["session_id"] != stored[2]["session_id"]
    assert stored[2]["session_id"] == stored[3]["session_id"]
    chats = await rows(messaging, channel, "SELECT id FROM messaging.chats WHERE channel_id = :ch")
    assert len(chats) == 2
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        sessions = uow.repository(SessionRepository)
        for row in (stored[0], stored[2]):
            session = await sessions.get(row["session_id"])
            assert session.metrics.message_count == 2


async def test_nul_characters_in_a_waha_event_are_dropped_not_fatal(
    ingress: Stub, messaging: Messaging, tenant: Tenant
) -> None:
    """PostgreSQL text and jsonb cannot hold U+0000: WAHA strings lose it, on the way
    in (the stored envelope fields) and when processed (the message's text)."""
    channel = await add_channel(messaging, tenant)
    payload = message_like("01_message_text_dm.json", "3EB0NUL001")
    payload["session"] = "def\u0000ault"
    payload["payload"]["body"] = "oi\u0000 tudo bem?"
    answer = await ingest(ingress, channel, payload)
    result = await messaging.inbound.process(channel.project_id, uuid.UUID(answer.waha_event_id))
    assert result.status == "processed"
    stored = await rows(
        messaging, channel, "SELECT text FROM messaging.messages WHERE channel_id = :ch"
    )
    assert [r["text"] for r in stored] == ["oi tudo bem?"]


async def test_an_unexpected_error_is_retried_with_back_off_then_the_event_fails(
    ingress: Stub, messaging: Messaging, tenant: Tenant, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug or a refused write neither loses the event nor retries it at every sweep:
    it stays pending with back-off and the error, and fails after WAIT_LIMIT tries."""
    from messaging.service_layer import inbound_handlers
    from messaging.service_layer.inbound import WAIT_LIMIT
    from messaging.waha.commands import InboundMessage

    async def broken(*_: Any) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setitem(inbound_handlers.HANDLERS, InboundMessage, broken)
    channel = await add_channel(messaging, tenant)
    answer = await ingest(ingress, channel, message_like("01_message_text_dm.json", "3EB0B06"))
    row_id = uuid.UUID(answer.waha_event_id)
    first = await messaging.inbound.process(channel.project_id, row_id)
    assert first.status == "pending" and "RuntimeError: a bug" in first.detail
    stored = await event_status(messaging, channel, answer.waha_event_id)
    assert stored["attempts"] == 1 and stored["data"]["error"] == "RuntimeError: a bug"
    assert (await messaging.inbound.process(channel.project_id, row_id)).status == "skipped"
    monkeypatch.setattr(messaging.inbound, "wait_base", timedelta(0))  # due at once from now
    async with messaging.unit_of_work(project_id=channel.project_id) as uow:
        await uow.connection.execute(  # as if the back-off had passed
            text("UPDATE messaging.waha_events SET next_attempt_time = now() WHERE id = :id"),
            {"id": row_id},
        )
        await uow.commit()
    results = [await messaging.inbound.process(channel.project_id, row_id) for _ in range(20)]
    assert [r.status for r in results if r.status != "skipped"][-1] == "failed"
    stored = await event_status(messaging, channel, answer.waha_event_id)
    assert stored["status"] == "failed" and stored["attempts"] == WAIT_LIMIT
