"""Provisioning: the database, its three roles, and per-context migrations.

Roles (cluster-wide, created once):
  ventros_owner  owns schemas and tables; runs migrations.
  ventros_app    what services log in as: owns nothing, NOBYPASSRLS, DML only.
  ventros_relay  cross-tenant system work: reads and marks outbox rows only.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from alembic import command
from alembic.config import Config

from shared.db import asyncpg_dsn

OWNER, APP, RELAY = "ventros_owner", "ventros_app", "ventros_relay"


@dataclass(frozen=True)
class DatabaseUrls:
    owner: str
    app: str
    relay: str


def with_user(url: str, user: str, database: str | None = None) -> str:
    parts = urlsplit(asyncpg_dsn(url))
    host = parts.hostname or "127.0.0.1"
    netloc = f"{user}:{user}@{host}:{parts.port or 5432}"
    path = f"/{database}" if database else parts.path
    return urlunsplit((parts.scheme, netloc, path, parts.query, ""))


async def provision(admin_url: str, database: str) -> DatabaseUrls:
    """Create roles and the database when missing; returns a URL per role."""
    admin = await asyncpg.connect(asyncpg_dsn(admin_url))
    try:
        for role, extra in ((OWNER, ""), (APP, " NOBYPASSRLS"), (RELAY, " NOBYPASSRLS")):
            exists = await admin.fetchval("SELECT 1 FROM pg_roles WHERE rolname = $1", role)
            if not exists:
                await admin.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{role}'{extra}")
        if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", database):
            await admin.execute(f'CREATE DATABASE "{database}" OWNER {OWNER}')
    finally:
        await admin.close()
    db = await asyncpg.connect(asyncpg_dsn(with_user(admin_url, urlsplit(asyncpg_dsn(admin_url)).username or "postgres", database)))
    try:
        await db.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        await db.execute(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC')
        await db.execute(f'GRANT CONNECT ON DATABASE "{database}" TO {APP}, {RELAY}')
        await db.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    finally:
        await db.close()
    return DatabaseUrls(
        owner=with_user(admin_url, OWNER, database),
        app=with_user(admin_url, APP, database),
        relay=with_user(admin_url, RELAY, database),
    )


def migrate(owner_url: str, migrations: Path, schema: str) -> None:
    """Run a context's Alembic migrations to head as the owner role."""
    config = Config()
    config.set_main_option("script_location", str(migrations))
    config.attributes.update(url=owner_url, schema=schema)
    command.upgrade(config, "head")


async def migrate_async(owner_url: str, migrations: Path, schema: str) -> None:
    await asyncio.to_thread(migrate, owner_url, migrations, schema)
