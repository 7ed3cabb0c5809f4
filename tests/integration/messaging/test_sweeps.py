"""Cross-tenant sweeps: the database answers which projects have due raw events or
expired sessions (project ids only) while row-level security stays whole."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import grpc
import pytest
from sqlalchemy import exc, text
from sqlalchemy.ext.asyncio import AsyncEngine
from temporalio.worker import Worker

from messaging.adapters.sessions import projects_with_expired_sessions
from messaging.adapters.waha_events import projects_with_due_events
from messaging.bootstrap import Messaging
from messaging.domain.sessions import SessionStatus
from messaging.workflows.session_lifecycle import SessionCleanup, SessionCleanupInput
from shared.db import create_engine
from shared.dbsetup import DatabaseUrls
from tests.integration.identity.conftest import register
from tests.integration.messaging.conftest import Tenant
from tests.integration.messaging.test_ingress import add_channel, ingest, sample
from tests.integration.messaging.test_session_lifecycle import read
from tests.integration.messaging.test_sessions import add_channel as add_plain_channel
from tests.integration.messaging.test_sessions import add_session
from tests.support.temporal import time_skipping
from ventros.messaging.v1 import waha_ingress_service_pb2_grpc

pytestmark = pytest.mark.integration
Stub = waha_ingress_service_pb2_grpc.WahaIngressServiceStub


@pytest.fixture
async def relay_engine(database: DatabaseUrls) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database.relay, application_name="messaging-tests")
    yield engine
    await engine.dispose()


async def pending_event(app: Messaging, ingress: Stub, tenant: Tenant) -> uuid.UUID:
    """A stored, not yet processed WAHA event in the tenant's project."""
    channel = await add_channel(app, tenant)
    payload = sample("01_message_text_dm.json")
    payload["id"] = f"evt_{uuid.uuid4().hex}"
    await ingest(ingress, channel, payload)
    return channel.project_id


async def tenantless(app: Messaging, sql: str, **params: Any) -> list[Any]:
    """As the application role in a transaction without app.project_id."""
    async with app.unit_of_work(tenantless=True) as uow:
        return list((await uow.connection.execute(text(sql), params)).all())


async def test_due_events_are_found_in_every_tenant_as_project_ids_only(
    messaging: Messaging, ingress: Stub, tenant: Tenant, channel: grpc.aio.Channel
) -> None:
    first = await pending_event(messaging, ingress, tenant)
    second = await pending_event(messaging, ingress, await register(channel, "Bia"))
    later = await pending_event(messaging, ingress, await register(channel, "Caio"))
    async with messaging.unit_of_work(project_id=later) as uow:
        await uow.connection.execute(
            text("UPDATE messaging.waha_events SET next_attempt_time = now() + interval '1 hour'")
        )
        await uow.commit()
    async with messaging.unit_of_work(tenantless=True) as uow:
        found = await projects_with_due_events(uow.connection)
        assert {first, second} <= set(found) and later not in found
        assert len(await projects_with_due_events(uow.connection, limit=1)) == 1
    columns = await tenantless(
        messaging, "SELECT * FROM messaging.projects_with_due_waha_events(5)"
    )
    assert {len(row) for row in columns} == {1}


async def test_without_a_tenant_the_application_role_still_reads_no_event_or_session(
    messaging: Messaging, ingress: Stub, tenant: Tenant
) -> None:
    project = await pending_event(messaging, ingress, tenant)
    await add_session(messaging, await add_plain_channel(messaging, tenant))
    counts = await tenantless(
        messaging,
        "SELECT (SELECT count(*) FROM messaging.waha_events),"
        " (SELECT count(*) FROM messaging.sessions)",
    )
    assert tuple(counts[0]) == (0, 0)
    async with messaging.unit_of_work(project_id=project) as uow:
        seen = await uow.connection.execute(
            text("SELECT DISTINCT project_id FROM messaging.waha_events")
        )
        assert [r[0] for r in seen] == [project]


async def test_only_the_application_role_may_open_the_doors(
    relay_engine: AsyncEngine,
) -> None:
    for call in (
        "SELECT * FROM messaging.projects_with_due_waha_events(1)",
        "SELECT * FROM messaging.projects_with_expired_sessions(now(), 1)",
    ):
        async with relay_engine.connect() as conn:
            with pytest.raises(exc.ProgrammingError, match="permission denied"):
                await conn.execute(text(call))


async def test_projects_with_expired_sessions_name_only_those_past_their_window(
    messaging: Messaging, tenant: Tenant, other_tenant: Tenant
) -> None:
    long_ago = datetime.now(UTC) - timedelta(hours=3)
    stale = await add_session(messaging, await add_plain_channel(messaging, tenant), start=long_ago)
    fresh = await add_session(messaging, await add_plain_channel(messaging, other_tenant))
    async with messaging.unit_of_work(tenantless=True) as uow:
        found = await projects_with_expired_sessions(uow.connection, datetime.now(UTC))
        before = await projects_with_expired_sessions(uow.connection, long_ago)
    assert stale.project_id in found and fresh.project_id not in found
    assert stale.project_id not in before  # not yet expired three hours ago


async def test_the_clean_up_without_project_ids_ends_orphans_of_every_tenant(
    messaging: Messaging, tenant: Tenant, other_tenant: Tenant
) -> None:
    long_ago = datetime.now(UTC) - timedelta(hours=3)
    orphans = [
        await add_session(messaging, await add_plain_channel(messaging, who), start=long_ago)
        for who in (tenant, other_tenant)
    ]
    fresh = await add_session(messaging, await add_plain_channel(messaging, tenant))
    async with time_skipping() as env:
        queue = f"cleanup-{uuid.uuid4()}"
        async with Worker(
            env.client,
            task_queue=queue,
            workflows=[SessionCleanup],
            activities=messaging.session_activities.all(),
        ):
            ended = await env.client.execute_workflow(
                SessionCleanup.run, SessionCleanupInput(), id=queue, task_queue=queue
            )
    assert ended >= 2
    for orphan in orphans:
        assert (await read(messaging, orphan.project_id, orphan.id)).status == SessionStatus.ENDED
    assert (await read(messaging, fresh.project_id, fresh.id)).status == SessionStatus.ACTIVE
