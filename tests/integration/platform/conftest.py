"""A throwaway context schema built with the same SQL every context's migrations use."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from google.protobuf.message import Message
from sqlalchemy.ext.asyncio import AsyncEngine

from shared import migration_sql
from shared.dbsetup import DatabaseUrls
from shared.domain import Aggregate, DomainEvent
from shared.outbox import OutboxWriter, metadata_for
from shared.uow import UnitOfWork
from tests.integration.conftest import run_as
from ventros.identity.v1 import events_pb2

SCHEMA = "platform_test"


@dataclass(frozen=True, kw_only=True)
class Registered(DomainEvent):
    """Stands in for a context's event; travels as a real contract message."""

    routing_key = "identity.user.registered"
    email: str


def encode(event: DomainEvent, aggregate: Aggregate) -> Message:
    assert isinstance(event, Registered)
    return events_pb2.UserRegistered(metadata=metadata_for(event), default_project_id=event.email)


class Item(Aggregate):
    def __init__(self, project_id: uuid.UUID, name: str) -> None:
        super().__init__()
        self.id, self.project_id, self.name, self.version = uuid.uuid4(), project_id, name, 1
        self.record(Registered(aggregate_id=self.id, project_id=project_id, email=f"{name}@x.io"))


def unit_of_work(engine: AsyncEngine, project_id: uuid.UUID | None, **kw: object) -> UnitOfWork:
    return UnitOfWork(engine, OutboxWriter(SCHEMA, encode), project_id=project_id, **kw)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
async def platform_schema(database: DatabaseUrls) -> AsyncIterator[str]:
    await run_as(
        database.owner,
        *migration_sql.create_schema(SCHEMA),
        f"CREATE TABLE {SCHEMA}.items (id uuid PRIMARY KEY, project_id uuid NOT NULL,"
        " name text NOT NULL, version int NOT NULL DEFAULT 1)",
        *migration_sql.tenant_table(SCHEMA, "items"),
        *migration_sql.outbox(SCHEMA),
        *migration_sql.inbox(SCHEMA),
    )
    yield SCHEMA
