"""Session lifecycle on Temporal: inactivity ends a session; later messages extend it."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from temporalio.worker import Worker

from messaging.adapters.sessions import SessionRepository
from messaging.bootstrap import Messaging
from messaging.domain.sessions import SessionEndReason, SessionStatus
from messaging.workflows.session_lifecycle import (
    SessionCleanup,
    SessionCleanupInput,
    SessionLifecycle,
    start_session_lifecycle,
    workflow_id,
)
from tests.integration.messaging.conftest import Tenant
from tests.integration.messaging.test_sessions import add_channel, add_session
from tests.support.temporal import time_skipping

pytestmark = pytest.mark.integration


async def sleeping(handle: Any) -> None:
    """Wait until the workflow has read the deadline and started its timer."""
    for _ in range(200):
        async for event in handle.fetch_history_events():
            if event.HasField("timer_started_event_attributes"):
                return
        await asyncio.sleep(0.05)
    raise AssertionError("the workflow never started its timer")


def queue() -> str:
    return f"sessions-{uuid.uuid4()}"


async def read(app: Messaging, project_id: uuid.UUID, session_id: uuid.UUID):  # type: ignore[no-untyped-def]
    async with app.unit_of_work(project_id=project_id) as uow:
        return await uow.repository(SessionRepository).get(session_id)


async def test_a_session_without_new_messages_ends_for_inactivity_at_its_last_activity(
    messaging: Messaging, tenant: Tenant
) -> None:
    session = await add_session(messaging, await add_channel(messaging, tenant))
    async with time_skipping() as env:
        task_queue = queue()
        async with Worker(
            env.client,
            task_queue=task_queue,
            workflows=[SessionLifecycle],
            activities=messaging.session_activities.all(),
        ):
            handle = await start_session_lifecycle(
                env.client, session.id, session.project_id, task_queue=task_queue
            )
            result = await handle.result()
    assert result.ended and result.extensions == 0
    ended = await read(messaging, session.project_id, session.id)
    assert ended.status == SessionStatus.ENDED
    assert ended.end_reason == SessionEndReason.INACTIVITY_TIMEOUT
    assert ended.end_time == session.last_activity_time


async def test_a_message_before_the_deadline_extends_the_session(
    messaging: Messaging, tenant: Tenant
) -> None:
    session = await add_session(messaging, await add_channel(messaging, tenant))
    later = session.last_activity_time + timedelta(minutes=20)
    async with time_skipping() as env:
        task_queue = queue()
        async with Worker(
            env.client,
            task_queue=task_queue,
            workflows=[SessionLifecycle],
            activities=messaging.session_activities.all(),
        ):
            handle = await start_session_lifecycle(
                env.client, session.id, session.project_id, task_queue=task_queue
            )
            await sleeping(handle)
            # A message 20 minutes in (recorded by inbound processing, not Temporal).
            async with messaging.unit_of_work(project_id=session.project_id) as uow:
                repository = uow.repository(SessionRepository)
                found = await repository.get(session.id, for_update=True)
                found.record_message("inbound", later)
                await repository.save(found)
                await uow.commit()
            result = await handle.result()
    assert result.ended and result.extensions == 1
    ended = await read(messaging, session.project_id, session.id)
    assert ended.end_reason == SessionEndReason.INACTIVITY_TIMEOUT
    assert ended.end_time == later


async def test_starting_the_lifecycle_twice_is_harmless(
    messaging: Messaging, tenant: Tenant
) -> None:
    session = await add_session(messaging, await add_channel(messaging, tenant))
    async with time_skipping() as env:
        task_queue = queue()
        async with Worker(
            env.client,
            task_queue=task_queue,
            workflows=[SessionLifecycle],
            activities=messaging.session_activities.all(),
        ):
            handle = await start_session_lifecycle(
                env.client, session.id, session.project_id, task_queue=task_queue
            )
            again = await start_session_lifecycle(
                env.client, session.id, session.project_id, task_queue=task_queue
            )
            assert again.id == handle.id == workflow_id(session.id)
            result = await handle.result()
            await start_session_lifecycle(  # after it finished, too
                env.client, session.id, session.project_id, task_queue=task_queue
            )
    assert result.ended


async def test_the_clean_up_ends_orphaned_expired_sessions_only(
    messaging: Messaging, tenant: Tenant
) -> None:
    channel = await add_channel(messaging, tenant)
    long_ago = datetime.now(UTC) - timedelta(hours=3)
    orphan = await add_session(messaging, channel, start=long_ago)
    fresh = await add_session(messaging, channel)
    async with time_skipping() as env:
        task_queue = queue()
        async with Worker(
            env.client,
            task_queue=task_queue,
            workflows=[SessionCleanup],
            activities=messaging.session_activities.all(),
        ):
            ended = await env.client.execute_workflow(
                SessionCleanup.run,
                SessionCleanupInput([str(channel.project_id)]),
                id=f"cleanup-{uuid.uuid4()}",
                task_queue=task_queue,
            )
    assert ended >= 1
    gone = await read(messaging, channel.project_id, orphan.id)
    assert gone.status == SessionStatus.ENDED
    assert gone.end_reason == SessionEndReason.INACTIVITY_TIMEOUT
    assert (await read(messaging, channel.project_id, fresh.id)).status == SessionStatus.ACTIVE
