"""Registration's events leave identity through the outbox relay as contract messages."""

from __future__ import annotations

import asyncio
import uuid

import grpc
import pytest

from identity import bootstrap
from shared import amqp
from shared.dbsetup import DatabaseUrls
from shared.relay import OutboxRelay
from tests.integration.identity.conftest import register
from ventros.identity.v1 import events_pb2

pytestmark = pytest.mark.integration

REGISTRATION_EVENTS = {
    "identity.user.registered",
    "identity.billing_account.created",
    "identity.project.created",
    "identity.member.added",
    "identity.credential.created",
}


async def test_registering_publishes_its_five_events_with_one_correlation_id(
    channel: grpc.aio.Channel, database: DatabaseUrls, amqp_url: str, identity: bootstrap.Identity
) -> None:
    connection = await amqp.connect(amqp_url)
    relay = OutboxRelay(dsn=database.relay, schema=bootstrap.SCHEMA, amqp_url=amqp_url)
    try:
        tap = await (await connection.channel()).declare_queue(exclusive=True)
        await tap.bind(amqp.EVENTS_EXCHANGE, routing_key="identity.#")
        await relay.start()
        while await relay.publish_batch():  # earlier tests' events
            pass
        while await tap.get(fail=False):
            pass
        tenant = await register(channel)
        assert await relay.publish_batch() == 5
        got = []
        async with asyncio.timeout(10):
            while len(got) < 5:
                message = await tap.get(fail=False)
                if message is None:
                    await asyncio.sleep(0.02)
                    continue
                await message.ack()
                got.append(message)
    finally:
        await relay.close()
        await connection.close()
    assert {m.routing_key for m in got} == REGISTRATION_EVENTS
    assert len({m.correlation_id for m in got}) == 1
    registered = next(m for m in got if m.routing_key == "identity.user.registered")
    event = events_pb2.UserRegistered.FromString(registered.body)
    assert event.user.email == tenant.email
    assert event.default_project_id == tenant.project_id
    assert uuid.UUID(event.metadata.event_id) == uuid.UUID(registered.message_id)
    created = next(m for m in got if m.routing_key == "identity.project.created")
    project = events_pb2.ProjectCreated.FromString(created.body)
    assert project.project.id == tenant.project_id
    assert project.project.default_session_timeout_minutes == 30
    assert project.metadata.project_id == tenant.project_id
