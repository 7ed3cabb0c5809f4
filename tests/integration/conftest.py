"""Real PostgreSQL and RabbitMQ on loopback: a fresh database per test session."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator

import asyncpg
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.db import asyncpg_dsn, create_engine
from shared.dbsetup import DatabaseUrls, provision

ADMIN_URL = os.environ.get(
    "VENTROS_TEST_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
AMQP_URL = os.environ.get("VENTROS_TEST_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/")


@pytest.fixture(scope="session")
def amqp_url() -> str:
    return AMQP_URL


@pytest.fixture(scope="session")
async def database() -> AsyncIterator[DatabaseUrls]:
    name = f"ventros_test_{uuid.uuid4().hex[:10]}"
    urls = await provision(ADMIN_URL, name)
    yield urls
    admin = await asyncpg.connect(asyncpg_dsn(ADMIN_URL))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@pytest.fixture(scope="session")
async def app_engine(database: DatabaseUrls) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database.app, pool_size=5)
    yield engine
    await engine.dispose()


async def run_as(url: str, *statements: str) -> None:
    conn = await asyncpg.connect(asyncpg_dsn(url))
    try:
        for statement in statements:
            await conn.execute(statement)
    finally:
        await conn.close()
