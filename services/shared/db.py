"""Async SQLAlchemy engines and the tenant setting that row-level security reads."""

from __future__ import annotations

import uuid

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

# Policies compare rows with these settings; an unset or empty setting matches
# nothing, so a transaction that never set its tenant sees no tenant rows.
TENANT_SETTING = "app.project_id"
USER_SETTING = "app.user_id"


def async_url(url: str) -> str:
    """Accept plain postgresql:// URLs and select the asyncpg driver."""
    for prefix in ("postgresql+asyncpg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+asyncpg://" + url[len(prefix) :]
    raise ValueError(f"not a PostgreSQL URL: {url}")


def asyncpg_dsn(url: str) -> str:
    """The same URL for asyncpg itself (relay, LISTEN)."""
    return "postgresql://" + async_url(url).removeprefix("postgresql+asyncpg://")


def create_engine(
    url: str, *, pool_size: int = 10, application_name: str = "ventros"
) -> AsyncEngine:
    return create_async_engine(
        async_url(url),
        pool_size=pool_size,
        max_overflow=pool_size,
        # No pre-ping: it costs a round trip per checkout; asyncpg reports a dead
        # connection on use and the pool discards it.
        pool_pre_ping=False,
        connect_args={"server_settings": {"application_name": application_name}},
    )


_SET_TENANT = text("SELECT set_config(:t, :p, true), set_config(:u, :user, true)")


async def set_tenant(
    conn: AsyncConnection, project_id: uuid.UUID | None, user_id: uuid.UUID | None = None
) -> None:
    """Scope the current transaction (is_local = true) to a project and user."""
    await conn.execute(
        _SET_TENANT,
        {
            "t": TENANT_SETTING,
            "p": str(project_id) if project_id else "",
            "u": USER_SETTING,
            "user": str(user_id) if user_id else "",
        },
    )


_NOTIFY_ALL = text("SELECT pg_notify(:c, p) FROM unnest(CAST(:ps AS text[])) AS p")


async def notify_all(conn: AsyncConnection, channel: str, payloads: list[str]) -> None:
    """NOTIFY `channel` once per payload, in one statement; PostgreSQL delivers the
    notices when the transaction commits, in this order."""
    if payloads:
        await conn.execute(_NOTIFY_ALL, {"c": channel, "ps": payloads})
