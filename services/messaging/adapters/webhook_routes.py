"""The WAHA ingress's one door across tenants: channel id → project and webhook secret.

Reads go through messaging.webhook_route() (SECURITY DEFINER, one row by channel id, no
listing); writes through messaging.set_webhook_route(), which only accepts the caller's
own tenant. See migrations/versions/0001_messaging_schema.py.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from shared.domain import utcnow


@dataclass(frozen=True)
class WebhookRoute:
    project_id: uuid.UUID
    secret: str
    previous_secret: str | None
    previous_secret_expire_time: datetime | None
    active: bool

    def secrets(self, now: datetime | None = None) -> list[str]:
        """The secrets a signature may use now (the previous one during its grace period)."""
        moment = now or utcnow()
        valid = [self.secret]
        if self.previous_secret and (
            self.previous_secret_expire_time is None or self.previous_secret_expire_time > moment
        ):
            valid.append(self.previous_secret)
        return valid


async def find_route(engine: AsyncEngine, channel_id: uuid.UUID) -> WebhookRoute | None:
    async with engine.connect() as conn:
        row = (
            (
                await conn.execute(
                    text("SELECT * FROM messaging.webhook_route(:c)"), {"c": channel_id}
                )
            )
            .mappings()
            .first()
        )
    if row is None:
        return None
    return WebhookRoute(
        project_id=row["project_id"],
        secret=row["webhook_secret"],
        previous_secret=row["previous_secret"],
        previous_secret_expire_time=row["previous_secret_expire_time"],
        active=row["active"],
    )


async def save_route(
    conn: AsyncConnection,
    channel_id: uuid.UUID,
    secret: str,
    *,
    active: bool,
    previous_secret: str | None = None,
    previous_secret_expire_time: datetime | None = None,
) -> None:
    """Inside the channel's own tenant-scoped transaction."""
    await conn.execute(
        text("SELECT messaging.set_webhook_route(:c, :s, :p, :pe, :a)"),
        {
            "c": channel_id,
            "s": secret,
            "p": previous_secret,
            "pe": previous_secret_expire_time,
            "a": active,
        },
    )
