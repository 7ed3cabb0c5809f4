"""The body of every context's migrations/env.py: async, own schema, own version table."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy import Connection, pool, text
from sqlalchemy.ext.asyncio import create_async_engine

from shared.db import async_url


def _run(connection: Connection, schema: str) -> None:
    context.configure(
        connection=connection,
        version_table_schema=schema,
        include_schemas=True,
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _migrate(url: str, schema: str) -> None:
    engine = create_async_engine(async_url(url), poolclass=pool.NullPool)
    try:
        async with engine.begin() as conn:
            await conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {schema}"))
            await conn.run_sync(_run, schema)
    finally:
        await engine.dispose()


def run_migrations() -> None:
    attributes = context.config.attributes
    asyncio.run(_migrate(attributes["url"], attributes["schema"]))
