"""History import: a Temporal workflow over WAHA's chat history (real Temporal,
real PostgreSQL, real crm, the WAHA test server)."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from typing import Any

import grpc
import pytest
from sqlalchemy import text
from temporalio.worker import Worker

from messaging.adapters.channels import ChannelRepository
from messaging.adapters.crm_client import ContactRef, CrmContacts
from messaging.adapters.history_imports import insert_messages
from messaging.bootstrap import Messaging
from messaging.domain.channel_config import WahaConfig
from messaging.domain.channels import Channel
from messaging.domain.messages import Message
from messaging.service_layer.history_imports import HistoryImports
from messaging.workflows.history_activities import HistoryImportActivities, HistoryImportInput
from messaging.workflows.history_import import HistoryImportState, HistoryImportWorkflow
from shared.documents import to_document
from tests.integration.identity.conftest import Tenant
from tests.integration.messaging.test_sessions import waha_credential
from tests.support.temporal import dev_server, time_skipping
from tests.support.waha_server import WahaServer, wa_message
from ventros.messaging.v1 import channel_service_pb2 as pb
from ventros.messaging.v1 import channel_service_pb2_grpc, history_import_pb2

pytestmark = pytest.mark.integration

CHATS = ["5511900000001@c.us", "5511900000002@c.us", "5511900000003@c.us"]
PER_CHAT = 250
SESSIONS_PER_CHAT = 5  # a two-hour gap every 50 messages


def fill_waha(waha: WahaServer, per_chat: int = PER_CHAT) -> dict[str, list[str]]:
    start = int(time.time()) - 30 * 86400
    ids: dict[str, list[str]] = {}
    for n, chat in enumerate(CHATS):
        waha.add_chat(chat, name=f"Contact {n}")
        messages = []
        for i in range(per_chat):
            ts = start + i * 60 + (i // 50) * 7200
            messages.append(wa_message(chat, f"message {i}", from_me=i % 3 == 0, timestamp=ts))
        waha.add_messages(chat, messages)
        ids[chat] = [m["_data"]["key"]["id"] for m in messages]
    return ids


async def add_channel(
    app: Messaging, project_id: uuid.UUID, base_url: str, credential: uuid.UUID | None = None
) -> uuid.UUID:
    channel = Channel.create(
        project_id=project_id,
        name="Sales",
        channel_type_code="waha",
        waha_config=WahaConfig(
            base_url=base_url, session_name="default", api_key_credential_id=credential
        ),
    )
    async with app.unit_of_work(project_id=project_id) as uow:
        await uow.connection.execute(
            text(
                "INSERT INTO messaging.channels (id, project_id, data, version, create_time,"
                " update_time, name, type_code, status) VALUES (:id, :p, CAST(:d AS jsonb), :v,"
                " :t, :t, :n, 'waha', 'active')"
            ),
            {
                "id": channel.id,
                "p": project_id,
                "d": json.dumps(to_document(channel)),
                "v": channel.version,
                "t": channel.create_time,
                "n": channel.name,
            },
        )
        await uow.commit()
    return channel.id


async def counts(
    app: Messaging, project_id: uuid.UUID, channel_id: uuid.UUID
) -> tuple[int, int, int]:
    async with app.unit_of_work(project_id=project_id) as uow:
        row = (
            await uow.connection.execute(
                text(
                    "SELECT (SELECT count(*) FROM messaging.messages WHERE channel_id = :c),"
                    " (SELECT count(DISTINCT provider_message_id) FROM messaging.messages"
                    "  WHERE channel_id = :c),"
                    " (SELECT count(*) FROM messaging.sessions WHERE channel_id = :c)"
                ),
                {"c": channel_id},
            )
        ).one()
    return int(row[0]), int(row[1]), int(row[2])


@pytest.fixture
async def waha() -> AsyncIterator[WahaServer]:
    async with WahaServer(api_key=None) as server:
        yield server


@pytest.fixture
async def env() -> AsyncIterator[object]:
    async with time_skipping() as environment:
        yield environment


async def start_import(
    app: Messaging, tenant: Tenant, channel_id: uuid.UUID, **options: int
) -> HistoryImportInput:
    project = uuid.UUID(tenant.project_id)
    item, _ = await HistoryImports(app.unit_of_work).request(
        channel_id=channel_id, strategy="full", project_id=project, **options
    )
    return HistoryImportInput(str(project), str(channel_id), str(item.id))


def worker(env: object, app: Messaging, queue: str) -> Worker:
    # No sticky cache: a stopped worker's workflows go straight to the next worker.
    return Worker(
        env.client,  # type: ignore[attr-defined]
        task_queue=queue,
        workflows=app.workflows(),
        activities=app.activities(),
        max_cached_workflows=0,
        graceful_shutdown_timeout=timedelta(seconds=10),
    )


async def test_an_import_of_three_chats_stores_every_message_once_with_sessions_from_gaps(
    messaging: Messaging, tenant: Tenant, waha: WahaServer, env: object
) -> None:
    fill_waha(waha)
    project = uuid.UUID(tenant.project_id)
    channel_id = await add_channel(messaging, project, waha.base_url)
    data = await start_import(messaging, tenant, channel_id)
    queue = f"hi-{uuid.uuid4()}"
    async with worker(env, messaging, queue):
        state = await env.client.execute_workflow(  # type: ignore[attr-defined]
            HistoryImportWorkflow.run, data, id=f"history-import-{data.import_id}", task_queue=queue
        )
    assert state.status == "completed"
    assert await counts(messaging, project, channel_id) == (750, 750, 3 * SESSIONS_PER_CHAT)
    stored = await HistoryImports(messaging.unit_of_work).get(
        uuid.UUID(data.import_id), project_id=project
    )
    assert stored.status == "completed"
    assert stored.progress.imported_messages == 750
    assert stored.progress.sessions_created == 15
    assert stored.progress.processed_chats == 3 and stored.progress.total_chats == 3
    async with messaging.unit_of_work(project_id=project) as uow:
        per_chat = (
            await uow.connection.execute(
                text(
                    "SELECT c.wa_chat_id, count(m.id), c.last_message_time = max(m.message_time)"
                    " FROM messaging.chats c JOIN messaging.messages m ON m.chat_id = c.id"
                    " WHERE c.channel_id = :c GROUP BY c.id"
                ),
                {"c": channel_id},
            )
        ).all()
        counters = (await uow.repository(ChannelRepository).get(channel_id)).counters
    assert sorted(n for _, n, _ in per_chat) == [250, 250, 250]
    assert all(latest for _, _, latest in per_chat)
    assert counters.messages_received + counters.messages_sent == 750


async def test_an_import_beside_live_traffic_stores_no_duplicate(
    messaging: Messaging, tenant: Tenant, waha: WahaServer, env: object
) -> None:
    ids = fill_waha(waha, per_chat=60)
    project = uuid.UUID(tenant.project_id)
    channel_id = await add_channel(messaging, project, waha.base_url)
    live = Message.create(
        project_id=project,
        channel_id=channel_id,
        direction="inbound",
        message_time=messaging_now(),
        provider_serialized_id=f"false_{CHATS[0]}_{ids[CHATS[0]][10]}",
        text="live",
    )
    async with messaging.unit_of_work(project_id=project) as uow:
        assert len(await insert_messages(uow.connection, [live])) == 1
        await uow.commit()
    data = await start_import(messaging, tenant, channel_id)
    queue = f"hi-{uuid.uuid4()}"
    async with worker(env, messaging, queue):
        await env.client.execute_workflow(  # type: ignore[attr-defined]
            HistoryImportWorkflow.run, data, id=f"history-import-{data.import_id}", task_queue=queue
        )
    total, distinct, _ = await counts(messaging, project, channel_id)
    assert total == distinct == 180
    stored = await HistoryImports(messaging.unit_of_work).get(
        uuid.UUID(data.import_id), project_id=project
    )
    assert stored.progress.duplicate_messages == 1
    assert stored.progress.imported_messages == 179


def messaging_now():  # type: ignore[no-untyped-def]
    from shared.domain import utcnow

    return utcnow()


class CrmThatStalls(CrmContacts):
    """crm as a worker sees it when it stops mid-chunk: the call for `stall_on` never
    answers, so that chunk's transaction is open (the import row locked) when the
    worker goes away."""

    def __init__(self, app: Messaging, stall_on: str) -> None:
        super().__init__(app.crm_channel, app.config.service_token)
        self.stall_on, self.stalled = stall_on, asyncio.Event()

    async def find_or_create(self, project_id: uuid.UUID, **fields: Any) -> ContactRef:
        if fields.get("wid") == self.stall_on:
            self.stalled.set()
            await asyncio.Event().wait()  # until the stopping worker cancels the attempt
        return await super().find_or_create(project_id, **fields)


async def test_a_restarted_worker_resumes_the_import_without_storing_a_message_twice(
    messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    # The real server, not the time-skipping one: a worker that stops may take an
    # activity task with it, and the time-skipping server then waits the attempt's
    # whole timeout in real time instead of handing the retry to the next worker.
    fill_waha(waha)
    project = uuid.UUID(tenant.project_id)
    channel_id = await add_channel(messaging, project, waha.base_url)
    data = await start_import(messaging, tenant, channel_id)
    queue = f"hi-{uuid.uuid4()}"
    crm = CrmThatStalls(messaging, stall_on=CHATS[1])
    first = HistoryImportActivities(messaging.unit_of_work, crm, messaging.waha_for)
    async with dev_server() as env:
        async with Worker(
            env.client,
            task_queue=queue,
            workflows=messaging.workflows(),
            activities=[*first.all(), *messaging.session_activities.all()],
            max_cached_workflows=0,
            graceful_shutdown_timeout=timedelta(seconds=1),
        ):
            handle = await env.client.start_workflow(
                HistoryImportWorkflow.run,
                data,
                id=f"history-import-{data.import_id}",
                task_queue=queue,
            )
            await asyncio.wait_for(crm.stalled.wait(), 30)
        # The first worker is gone in the middle of the second chat; a new one
        # retries that chunk (its transaction was rolled back) and goes on. Chats run
        # side by side (HistoryImportInput.lanes), so others may be stored: whole chats only.
        total, distinct, sessions = await counts(messaging, project, channel_id)
        assert total == distinct < 750 and total % PER_CHAT == 0
        assert sessions == SESSIONS_PER_CHAT * total // PER_CHAT
        async with worker(env, messaging, queue):
            state = await asyncio.wait_for(handle.result(), 40)
    assert state.status == "completed"
    assert await counts(messaging, project, channel_id) == (750, 750, 15)


async def test_progress_is_queryable_and_a_cancel_signal_stops_the_import(
    messaging: Messaging, tenant: Tenant, waha: WahaServer, env: object
) -> None:
    fill_waha(waha)
    project = uuid.UUID(tenant.project_id)
    channel_id = await add_channel(messaging, project, waha.base_url)
    data = await start_import(messaging, tenant, channel_id)
    data.page_size = 50  # several pages a chat: the cancel lands between them
    queue = f"hi-{uuid.uuid4()}"
    client = env.client  # type: ignore[attr-defined]
    async with worker(env, messaging, queue):
        handle = await client.start_workflow(
            HistoryImportWorkflow.run, data, id=f"history-import-{data.import_id}", task_queue=queue
        )
        for _ in range(200):
            progress: HistoryImportState = await handle.query(HistoryImportWorkflow.progress)
            if progress.counts.get("imported_messages", 0) >= 100:
                break
            await asyncio.sleep(0.05)
        assert progress.total_chats == 3 and progress.status == "running"
        await handle.signal(HistoryImportWorkflow.cancel)
        state = await handle.result()
    assert state.status == "cancelled"
    stored = await HistoryImports(messaging.unit_of_work).get(
        uuid.UUID(data.import_id), project_id=project
    )
    assert stored.status == "cancelled"
    assert (await counts(messaging, project, channel_id))[0] < 750


# ---------------------------------------------------------------- the RPCs


@pytest.fixture
def temporal_app(messaging: Messaging, env: object) -> Iterator[Messaging]:
    previous = messaging._temporal
    messaging._temporal = env.client  # type: ignore[attr-defined]
    yield messaging
    messaging._temporal = previous


async def test_start_history_import_runs_the_workflow_and_watch_streams_until_completed(
    temporal_app: Messaging,
    messaging_channel: grpc.aio.Channel,
    tenant: Tenant,
    other_tenant: Tenant,
    waha: WahaServer,
    env: object,
) -> None:
    fill_waha(waha, per_chat=30)
    project = uuid.UUID(tenant.project_id)
    channel_id = await add_channel(temporal_app, project, waha.base_url)
    stub = channel_service_pb2_grpc.ChannelServiceStub(messaging_channel)
    async with worker(env, temporal_app, temporal_app.config.task_queue):
        started = await stub.StartHistoryImport(
            pb.StartHistoryImportRequest(
                channel_id=str(channel_id),
                strategy=history_import_pb2.HISTORY_IMPORT_STRATEGY_FULL,
                request_id="import-1",
            ),
            metadata=tenant.bearer(),
        )
        import_id = started.history_import.id
        frames = [
            f.history_import
            async for f in stub.WatchHistoryImport(
                pb.WatchHistoryImportRequest(history_import_id=import_id),
                metadata=tenant.bearer(),
            )
        ]
    assert frames[-1].status == history_import_pb2.HISTORY_IMPORT_STATUS_COMPLETED
    assert frames[-1].progress.imported_messages == 90
    again = await stub.StartHistoryImport(
        pb.StartHistoryImportRequest(
            channel_id=str(channel_id),
            strategy=history_import_pb2.HISTORY_IMPORT_STRATEGY_FULL,
            request_id="import-1",
        ),
        metadata=tenant.bearer(),
    )
    assert again.history_import.id == import_id
    got = await stub.GetHistoryImport(
        pb.GetHistoryImportRequest(history_import_id=import_id), metadata=tenant.bearer()
    )
    assert got.history_import.progress.percent_complete == 100
    listed = await stub.ListHistoryImports(
        pb.ListHistoryImportsRequest(channel_id=str(channel_id)), metadata=tenant.bearer()
    )
    assert [i.id for i in listed.history_imports] == [import_id]
    # Another tenant sees nothing of it.
    with pytest.raises(grpc.aio.AioRpcError) as denied:
        await stub.GetHistoryImport(
            pb.GetHistoryImportRequest(history_import_id=import_id), metadata=other_tenant.bearer()
        )
    assert denied.value.code() == grpc.StatusCode.NOT_FOUND
    others = await stub.ListHistoryImports(
        pb.ListHistoryImportsRequest(), metadata=other_tenant.bearer()
    )
    assert import_id not in [i.id for i in others.history_imports]
    with pytest.raises(grpc.aio.AioRpcError) as denied:
        await stub.CancelHistoryImport(
            pb.CancelHistoryImportRequest(history_import_id=import_id),
            metadata=other_tenant.bearer(),
        )
    assert denied.value.code() == grpc.StatusCode.NOT_FOUND


async def test_cancel_history_import_stops_a_pending_import_and_it_cannot_resume(
    temporal_app: Messaging,
    messaging_channel: grpc.aio.Channel,
    tenant: Tenant,
    waha: WahaServer,
) -> None:
    fill_waha(waha, per_chat=5)
    channel_id = await add_channel(temporal_app, uuid.UUID(tenant.project_id), waha.base_url)
    stub = channel_service_pb2_grpc.ChannelServiceStub(messaging_channel)
    # No worker runs: the import stays pending until cancelled.
    started = await stub.StartHistoryImport(
        pb.StartHistoryImportRequest(
            channel_id=str(channel_id), strategy=history_import_pb2.HISTORY_IMPORT_STRATEGY_FULL
        ),
        metadata=tenant.bearer(),
    )
    cancelled = await stub.CancelHistoryImport(
        pb.CancelHistoryImportRequest(history_import_id=started.history_import.id),
        metadata=tenant.bearer(),
    )
    assert cancelled.history_import.status == history_import_pb2.HISTORY_IMPORT_STATUS_CANCELLED
    with pytest.raises(grpc.aio.AioRpcError) as refused:
        await stub.ResumeHistoryImport(
            pb.ResumeHistoryImportRequest(history_import_id=started.history_import.id),
            metadata=tenant.bearer(),
        )
    assert refused.value.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_an_import_calls_waha_with_the_channels_api_key_from_identity(
    messaging: Messaging, tenant: Tenant, env: object
) -> None:
    async with WahaServer(api_key="waha-secret-key") as keyed:
        fill_waha(keyed, per_chat=20)
        project = uuid.UUID(tenant.project_id)
        credential = await waha_credential(messaging, tenant, "waha-secret-key")
        channel_id = await add_channel(messaging, project, keyed.base_url, credential)
        data = await start_import(messaging, tenant, channel_id)
        queue = f"hi-{uuid.uuid4()}"
        async with worker(env, messaging, queue):
            state = await env.client.execute_workflow(  # type: ignore[attr-defined]
                HistoryImportWorkflow.run,
                data,
                id=f"history-import-{data.import_id}",
                task_queue=queue,
            )
    assert state.status == "completed"
    assert (await counts(messaging, project, channel_id))[0] == 60
