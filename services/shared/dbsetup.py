"""Provisioning: the database, its three roles, and per-context migrations.

Roles (cluster-wide, created once):
  ventros_owner  owns schemas and tables; runs migrations.
  ventros_app    what services log in as: owns nothing, NOBYPASSRLS, DML only.
  ventros_relay  cross-tenant system work: reads and marks outbox rows only.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from alembic import command
from alembic.config import Config

from shared.db import asyncpg_dsn

OWNER, APP, RELAY = "ventros_owner", "ventros_app", "ventros_relay"

# Under row-level security PostgreSQL only lets leakproof operators drive an index
# scan ahead of the policy; LIKE, array overlap/containment and jsonb containment
# are not marked so by default, which turns tenant-scoped search and tag filters
# into scans of the whole tenant. None of them raises an error that reveals row
# data, so this database declares them leakproof (a per-database catalog change,
# made by the provisioning superuser). See docs/architecture.md.
LEAKPROOF = [
    "textlike(text, text)",
    "arrayoverlap(anyarray, anyarray)",
    "arraycontains(anyarray, anyarray)",
    "jsonb_contains(jsonb, jsonb)",
]


@dataclass(frozen=True)
class DatabaseUrls:
    owner: str
    app: str
    relay: str


def with_user(url: str, user: str, database: str | None = None, password: str = "") -> str:
    """The same server as another role (and optionally another database).

    Unix-socket URLs (``postgresql://u@/db?host=/dir``) keep their socket.
    """
    parts = urlsplit(asyncpg_dsn(url))
    address = f"{parts.hostname}:{parts.port or 5432}" if parts.hostname else ""
    netloc = f"{user}:{password}@{address}" if password else f"{user}@{address}"
    path = f"/{database}" if database else parts.path
    return urlunsplit((parts.scheme, netloc, path, parts.query, ""))


async def provision(admin_url: str, database: str, password: str | None = None) -> DatabaseUrls:
    """Create roles and the database when missing; returns a URL per role.

    The three roles get `password` (a fresh random one when not given), set on
    every call so that the returned URLs always work.
    """
    secret = password or secrets.token_urlsafe(24)
    admin = await asyncpg.connect(asyncpg_dsn(admin_url))
    try:
        for role, extra in ((OWNER, ""), (APP, " NOBYPASSRLS"), (RELAY, " NOBYPASSRLS")):
            exists = await admin.fetchval("SELECT 1 FROM pg_roles WHERE rolname = $1", role)
            verb = "ALTER" if exists else "CREATE"
            await admin.execute(f"{verb} ROLE {role} LOGIN{extra} PASSWORD '{secret}'")
        if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", database):
            await admin.execute(f'CREATE DATABASE "{database}" OWNER {OWNER}')
    finally:
        await admin.close()
    admin_parts = urlsplit(asyncpg_dsn(admin_url))
    superuser = with_user(
        admin_url, admin_parts.username or "postgres", database, admin_parts.password or ""
    )
    db = await asyncpg.connect(superuser)
    try:
        await db.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for function in LEAKPROOF:
            await db.execute(f"ALTER FUNCTION pg_catalog.{function} LEAKPROOF")
        await db.execute(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC')
        await db.execute(f'GRANT CONNECT ON DATABASE "{database}" TO {APP}, {RELAY}')
        await db.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    finally:
        await db.close()
    return DatabaseUrls(
        owner=with_user(admin_url, OWNER, database, secret),
        app=with_user(admin_url, APP, database, secret),
        relay=with_user(admin_url, RELAY, database, secret),
    )


def migrate(owner_url: str, migrations: Path, schema: str) -> None:
    """Run a context's Alembic migrations to head as the owner role."""
    config = Config()
    config.set_main_option("script_location", str(migrations))
    config.attributes.update(url=owner_url, schema=schema)
    command.upgrade(config, "head")


async def migrate_async(owner_url: str, migrations: Path, schema: str) -> None:
    await asyncio.to_thread(migrate, owner_url, migrations, schema)
