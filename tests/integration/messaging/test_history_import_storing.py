"""How a history import stores its chunks (real PostgreSQL, crm, Temporal and the WAHA
test server): a chunk retried after it committed, live traffic, a second import, chats
imported side by side, and a resume that knows how far every begun chat got."""

from __future__ import annotations

import dataclasses
import time
import uuid
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from temporalio.testing import ActivityEnvironment

from messaging.adapters.messages import MessageRepository
from messaging.bootstrap import Messaging
from messaging.domain.messages import Message
from messaging.service_layer.history_imports import HistoryImports
from messaging.workflows.history_activities import ChunkInput, ChunkResult, HistoryImportInput
from messaging.workflows.history_import import HistoryImportWorkflow
from shared.domain import utcnow
from tests.integration.identity.conftest import Tenant
from tests.integration.messaging.test_history_import import (
    CHATS,
    add_channel,
    counts,
    fill_waha,
    start_import,
    worker,
)
from tests.support.temporal import time_skipping
from tests.support.waha_server import WahaServer, wa_message

pytestmark = pytest.mark.integration


@pytest.fixture
async def waha() -> AsyncIterator[WahaServer]:
    async with WahaServer(api_key=None) as server:
        yield server


@pytest.fixture
async def env() -> AsyncIterator[object]:
    async with time_skipping() as environment:
        yield environment


async def run_import(env: object, app: Messaging, data: HistoryImportInput) -> str:
    queue = f"hi-{uuid.uuid4()}"
    async with worker(env, app, queue):
        state = await env.client.execute_workflow(  # type: ignore[attr-defined]
            HistoryImportWorkflow.run, data, id=f"hi-{uuid.uuid4()}", task_queue=queue
        )
    return str(state.status)


def chunk_of(data: HistoryImportInput, index: int, page_size: int, **at: object) -> ChunkInput:
    return ChunkInput(
        project_id=data.project_id,
        channel_id=data.channel_id,
        import_id=data.import_id,
        chat_index=index,
        chat_id=CHATS[index],
        chat_name=f"Contact {index}",
        offset=int(at.get("offset", 0)),  # type: ignore[call-overload]
        page_size=page_size,
        taken=int(at.get("taken", 0)),  # type: ignore[call-overload]
        skip_until=str(at.get("skip_until", "")),
        expected_last_message_id=str(at.get("last", "")),
    )


async def run_chunks(
    app: Messaging, data: HistoryImportInput, index: int, page_size: int, limit: int = 1_000
) -> ChunkResult:
    """Run a chat's chunks as the workflow would (at most `limit` of them)."""
    environment = ActivityEnvironment()
    offset, taken, skip, last = 0, 0, "", ""
    for _ in range(limit):
        result = await environment.run(
            app.history_activities.import_chunk,
            chunk_of(
                data, index, page_size, offset=offset, taken=taken, skip_until=skip, last=last
            ),
        )
        offset, taken = offset + result.consumed, taken + result.handled
        skip, last = result.skip_until, result.last_message_id
        if result.chat_done:
            break
    return result


async def test_a_chunk_run_again_after_it_committed_stores_and_counts_nothing_twice(
    messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    fill_waha(waha, per_chat=120)
    project = uuid.UUID(tenant.project_id)
    channel_id = await add_channel(messaging, project, waha.base_url)
    data = await start_import(messaging, tenant, channel_id)
    imports = HistoryImports(messaging.unit_of_work)
    await imports.begin(project, uuid.UUID(data.import_id), len(CHATS))
    chunk = chunk_of(data, 0, page_size=50)
    environment = ActivityEnvironment()
    first = await environment.run(messaging.history_activities.import_chunk, chunk)
    stored = await counts(messaging, project, channel_id)
    # The worker died after the commit, before Temporal heard of it: the same chunk again.
    again = await environment.run(messaging.history_activities.import_chunk, chunk)
    assert first.counts["imported_messages"] == stored[0] == 20  # the page's newest session
    assert await counts(messaging, project, channel_id) == stored
    assert (again.consumed, again.handled, again.last_message_id, again.chat_done) == (
        first.consumed,
        first.handled,
        first.last_message_id,
        first.chat_done,
    )
    progress = (await imports.get(uuid.UUID(data.import_id), project_id=project)).progress
    assert (progress.imported_messages, progress.duplicate_messages) == (20, 0)
    assert progress.sessions_created == stored[2] == 1


async def test_a_live_message_under_its_lid_chat_and_the_imported_one_are_one_row(
    messaging: Messaging, tenant: Tenant, waha: WahaServer, env: object
) -> None:
    ids = fill_waha(waha, per_chat=40)
    project = uuid.UUID(tenant.project_id)
    channel_id = await add_channel(messaging, project, waha.base_url)
    # Stored by the live path first, as WAHA sent it: the same message, an @lid chat id.
    live = Message.create(
        project_id=project,
        channel_id=channel_id,
        direction="inbound",
        message_time=utcnow(),
        provider_serialized_id=f"false_187654321@lid_{ids[CHATS[0]][7]}",
        text="live",
    )
    async with messaging.unit_of_work(project_id=project) as uow:
        await uow.repository(MessageRepository).add(live)
        await uow.commit()
    data = await start_import(messaging, tenant, channel_id)
    assert await run_import(env, messaging, data) == "completed"
    total, distinct, _ = await counts(messaging, project, channel_id)
    assert total == distinct == 120
    async with messaging.unit_of_work(project_id=project) as uow:
        kept = await uow.repository(MessageRepository).by_provider_id(channel_id, ids[CHATS[0]][7])
    assert kept is not None and kept.id == live.id and kept.text == "live"
    progress = (
        await HistoryImports(messaging.unit_of_work).get(
            uuid.UUID(data.import_id), project_id=project
        )
    ).progress
    assert (progress.imported_messages, progress.duplicate_messages) == (119, 1)


async def test_a_second_import_of_the_same_history_stores_nothing_and_opens_no_session(
    messaging: Messaging, tenant: Tenant, waha: WahaServer, env: object
) -> None:
    fill_waha(waha, per_chat=60)
    project = uuid.UUID(tenant.project_id)
    channel_id = await add_channel(messaging, project, waha.base_url)
    assert await run_import(env, messaging, await start_import(messaging, tenant, channel_id))
    before = await counts(messaging, project, channel_id)
    data = await start_import(messaging, tenant, channel_id)
    assert await run_import(env, messaging, data) == "completed"
    assert await counts(messaging, project, channel_id) == before == (180, 180, 6)
    progress = (
        await HistoryImports(messaging.unit_of_work).get(
            uuid.UUID(data.import_id), project_id=project
        )
    ).progress
    assert (progress.imported_messages, progress.duplicate_messages) == (0, 180)
    assert progress.sessions_created == 0 and progress.processed_chats == 3


async def test_chats_imported_side_by_side_in_pages_store_everything_once(
    messaging: Messaging, tenant: Tenant, waha: WahaServer, env: object
) -> None:
    fill_waha(waha, per_chat=130)
    start = int(time.time()) - 86400
    extra = [f"55119000001{n:02d}@c.us" for n in range(4)]
    for chat in extra:  # more chats than lanes, of other lengths
        waha.add_chat(chat, name=chat)
        waha.add_messages(chat, [wa_message(chat, f"x{i}", timestamp=start + i) for i in range(7)])
    project = uuid.UUID(tenant.project_id)
    channel_id = await add_channel(messaging, project, waha.base_url)
    data = dataclasses.replace(
        await start_import(messaging, tenant, channel_id), page_size=60, lanes=2
    )
    assert await run_import(env, messaging, data) == "completed"
    # 3 chats x 130 in sessions of 50 (3 each), 4 chats x 7 in one session each.
    assert await counts(messaging, project, channel_id) == (418, 418, 13)
    stored = await HistoryImports(messaging.unit_of_work).get(
        uuid.UUID(data.import_id), project_id=project
    )
    assert stored.progress.processed_chats == stored.progress.total_chats == 7
    assert stored.progress.imported_messages == 418 and stored.progress.duplicate_messages == 0
    assert stored.cursor.chat_index == 7 and stored.cursor.begun_chats == {}


async def test_a_resumed_import_skips_chats_done_after_its_cursor_and_goes_on_with_begun_ones(
    messaging: Messaging, tenant: Tenant, waha: WahaServer, env: object
) -> None:
    fill_waha(waha, per_chat=150)
    project = uuid.UUID(tenant.project_id)
    channel_id = await add_channel(messaging, project, waha.base_url)
    data = await start_import(messaging, tenant, channel_id)
    import_id = uuid.UUID(data.import_id)
    imports = HistoryImports(messaging.unit_of_work)
    await imports.begin(project, import_id, len(CHATS))
    # Lanes had finished the second chat and begun the third when the import failed.
    await run_chunks(messaging, data, 1, page_size=60)
    await run_chunks(messaging, data, 2, page_size=60, limit=1)
    await imports.finish(project, import_id, "failed", "worker lost")
    partial = (await imports.get(import_id, project_id=project)).cursor
    assert partial.chat_index == 0 and set(partial.begun_chats) == {"1", "2"}
    assert await run_import(env, messaging, data) == "completed"
    assert await counts(messaging, project, channel_id) == (450, 450, 9)
    stored = await imports.get(import_id, project_id=project)
    assert stored.resume_count == 1
    # Nothing read again: the done chat was skipped, the begun one went on after its last.
    assert stored.progress.imported_messages == 450 and stored.progress.duplicate_messages == 0
    assert stored.progress.processed_chats == 3


async def test_a_conversation_longer_than_a_page_is_one_session(
    messaging: Messaging, tenant: Tenant, waha: WahaServer
) -> None:
    """150 messages a minute apart, read 60 at a time: the import reads on until the
    conversation's first message (a gap longer than the session timeout, or the start of
    the chat) before it builds the session, so the three pages make one session."""
    chat = CHATS[0]
    waha.add_chat(chat, name="Contact 0")
    start = int(time.time()) - 10 * 86400
    earlier = [wa_message(chat, f"old {i}", timestamp=start + i * 60) for i in range(5)]
    talk = [
        wa_message(chat, f"talk {i}", from_me=i % 2 == 0, timestamp=start + 86400 + i * 60)
        for i in range(150)
    ]
    waha.add_messages(chat, earlier + talk)
    project = uuid.UUID(tenant.project_id)
    channel_id = await add_channel(messaging, project, waha.base_url)
    data = await start_import(messaging, tenant, channel_id)
    await HistoryImports(messaging.unit_of_work).begin(project, uuid.UUID(data.import_id), 1)
    result = await run_chunks(messaging, data, 0, page_size=60)
    assert result.chat_done
    assert await counts(messaging, project, channel_id) == (155, 155, 2)
    async with messaging.unit_of_work(project_id=project) as uow:
        sizes = [
            row[0]
            for row in await uow.connection.execute(
                text(
                    "SELECT count(*) FROM messaging.messages WHERE channel_id = :c"
                    " GROUP BY session_id ORDER BY 1"
                ),
                {"c": channel_id},
            )
        ]
    assert sizes == [5, 150]
