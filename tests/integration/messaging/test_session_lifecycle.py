"""Session lifecycle on Temporal: inactivity ends a session; later messages extend it."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from temporalio.client import WorkflowExecutionStatus
from temporalio.worker import Worker

from messaging.adapters.sessions import SessionRepository
from messaging.bootstrap import Messaging
from messaging.domain.sessions import SessionEndReason, SessionStatus
from messaging.entrypoints.session_lifecycle_consumer import SessionLifecycleConsumer
from messaging.workflows.session_lifecycle import (
    CLEANUP_WORKFLOW_ID,
    SessionCleanup,
    SessionCleanupInput,
    SessionLifecycle,
    ensure_cleanup_schedule,
    start_session_lifecycle,
    workflow_id,
)
from shared.consumer import Envelope
from tests.integration.messaging.conftest import Tenant
from tests.integration.messaging.test_sessions import add_channel, add_session
from tests.support.temporal import dev_server, time_skipping
from ventros.messaging.v1 import events_pb2

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


async def test_a_started_session_gets_its_lifecycle_workflow_once(
    messaging: Messaging, tenant: Tenant
) -> None:
    session = await add_session(messaging, await add_channel(messaging, tenant))
    event = events_pb2.SessionStarted()
    event.metadata.aggregate_id = str(session.id)
    event.metadata.project_id = str(session.project_id)
    envelope = Envelope(uuid.uuid4(), "messaging.session.started", session.project_id, "", 0)
    async with dev_server() as env:
        task_queue = queue()

        async def client() -> Any:
            return env.client

        consumer = SessionLifecycleConsumer(client, task_queue)
        await consumer.handle(event, envelope)
        await consumer.handle(event, envelope)  # a redelivery
        described = await env.client.get_workflow_handle(workflow_id(session.id)).describe()
        assert described.status == WorkflowExecutionStatus.RUNNING
        assert described.task_queue == task_queue


async def test_workers_schedule_the_orphan_clean_up_once() -> None:
    async with dev_server() as env:
        await ensure_cleanup_schedule(env.client, task_queue="messaging")
        await ensure_cleanup_schedule(env.client, task_queue="messaging")  # a second worker
        described = await env.client.get_schedule_handle(CLEANUP_WORKFLOW_ID).describe()
        [interval] = described.schedule.spec.intervals
        assert interval.every == timedelta(minutes=5)
        ids = [s.id async for s in await env.client.list_schedules()]
        assert ids.count(CLEANUP_WORKFLOW_ID) == 1
