"""Channel use cases: create, read, list, update, delete, activate, deactivate, rotate.

The webhook route (channel id → project, secret, active) is written by every use
case that changes what the public ingress must accept, inside the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text

from messaging.adapters.channels import ChannelRepository
from messaging.adapters.webhook_routes import save_route
from messaging.domain.channel_config import ChannelLabel
from messaging.domain.channel_types import CHANNEL_TYPES, ChannelType, ChannelTypeCode
from messaging.domain.channels import Channel
from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from shared.domain import InvalidArgument, NotFound, check_version, utcnow
from shared.repository import Order, Page, page_size_of

UowFactory = Callable[..., MessagingUnitOfWork]
ORDERABLE = {"create_time", "update_time", "name"}
MAX_GRACE = timedelta(days=7)


class ProviderNotSupported(Exception):
    """The channel's provider has no integration yet (only WAHA has one)."""

    def __init__(self, code: ChannelTypeCode, operation: str) -> None:
        self.code, self.operation = code, operation
        super().__init__(
            f"{operation} is not implemented for {code.value} channels; only WAHA channels"
            " are connected to a provider"
        )


@dataclass(frozen=True)
class ChannelFilter:
    status: str = ""
    type_code: str = ""
    pipeline_id: uuid.UUID | None = None
    query: str = ""
    show_deleted: bool = False

    def compile(self) -> tuple[str, dict[str, Any]]:
        clauses, params = ["true"], {}
        if not self.show_deleted:
            clauses.append("delete_time IS NULL")
        if self.status:
            clauses.append("status = :status")
            params["status"] = self.status
        if self.type_code:
            clauses.append("type_code = :type_code")
            params["type_code"] = self.type_code
        if self.pipeline_id is not None:
            clauses.append("data->>'pipeline_id' = :pipeline_id")
            params["pipeline_id"] = str(self.pipeline_id)
        if self.query.strip():
            clauses.append("lower(name) LIKE :query")
            params["query"] = "%" + escape_like(self.query.strip().lower()) + "%"
        return " AND ".join(clauses), params


def offset_page(items: list[Any], page_size: int, page_token: str) -> Page[Any]:
    """A page of a small in-memory list (reference data, lists kept inside a document)."""
    size = page_size_of(page_size)
    try:
        start = int(page_token) if page_token else 0
    except ValueError:
        raise InvalidArgument.field("page_token", "is not a token this list issued") from None
    if start < 0 or start > len(items):
        raise InvalidArgument.field("page_token", "is not a token this list issued")
    end = start + size
    return Page(items[start:end], str(end) if end < len(items) else "", len(items))


def escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class Rotated:
    channel: Channel
    secret: str
    previous_secret_expire_time: datetime | None


class ChannelTypes:
    """The reference data of channel types (no table: it is code)."""

    def list(self, active_only: bool, page_size: int, page_token: str) -> Page[ChannelType]:
        items = sorted(CHANNEL_TYPES.values(), key=lambda t: t.name)
        if active_only:
            items = [t for t in items if t.active]
        return offset_page(items, page_size, page_token)

    def get(self, channel_type_id: uuid.UUID) -> ChannelType:
        for item in CHANNEL_TYPES.values():
            if item.id == channel_type_id:
                return item
        raise NotFound("channel type", channel_type_id)

    def by_code(self, code: str) -> ChannelType:
        try:
            return CHANNEL_TYPES[ChannelTypeCode(code)]
        except ValueError:
            raise InvalidArgument.field("channel.channel_type_code", "is not supported") from None


class Channels:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    async def create(
        self,
        project_id: uuid.UUID,
        name: str,
        type_code: ChannelTypeCode,
        settings: Mapping[str, Any],
        request_id: str,
    ) -> tuple[Channel, str]:
        """The new channel and its webhook secret (empty for non-WAHA channels)."""
        async with self._uow() as uow:
            repo = uow.repository(ChannelRepository)
            seen = await uow.idempotency.seen(project_id, "create_channel", request_id)
            if seen:
                found = await repo.get(seen)
                return found, _secret(found)
            channel = Channel.create(
                project_id=project_id, name=name, channel_type_code=type_code, **settings
            )
            await repo.add(channel)
            # WAHA may already be WORKING: its session.status makes the channel active.
            await _route(uow, channel, active=True, previous=(None, None))
            await uow.idempotency.remember(project_id, "create_channel", request_id, channel.id)
            await uow.commit()
            return channel, _secret(channel)

    async def get(self, channel_id: uuid.UUID) -> Channel:
        async with self._uow() as uow:
            return await uow.repository(ChannelRepository).get(channel_id)

    async def list(
        self, where: ChannelFilter, page_size: int, page_token: str, order_by: str
    ) -> Page[Channel]:
        order = Order.parse(order_by, ORDERABLE)
        sql, params = where.compile()
        async with self._uow() as uow:
            return await uow.repository(ChannelRepository).page(
                sql, params, page_size, page_token, order
            )

    async def update(
        self,
        channel_id: uuid.UUID,
        version: int,
        build: Callable[[Channel], Mapping[str, Any]],
    ) -> Channel:
        """`build` turns the current channel into the changes (masked fields only)."""
        return await self._change(channel_id, version, lambda c: c.update(build(c)))

    async def delete(self, channel_id: uuid.UUID, version: int) -> Channel:
        return await self._change(channel_id, version, lambda c: c.delete(), active=False)

    async def activate(self, channel_id: uuid.UUID, version: int) -> Channel:
        def activate(channel: Channel) -> None:
            if channel.channel_type_code != ChannelTypeCode.WAHA:
                raise ProviderNotSupported(channel.channel_type_code, "ActivateChannel")
            channel.activate()

        return await self._change(channel_id, version, activate, active=True)

    async def deactivate(self, channel_id: uuid.UUID, version: int, reason: str) -> Channel:
        return await self._change(channel_id, version, lambda c: c.deactivate(reason), active=False)

    async def rotate_webhook_secret(
        self, channel_id: uuid.UUID, version: int, grace: timedelta | None
    ) -> Rotated:
        if grace is not None and not timedelta(0) <= grace <= MAX_GRACE:
            raise InvalidArgument.field(
                "previous_secret_grace_period", "must be between 0 and 7 days"
            )
        async with self._uow() as uow:
            repo = uow.repository(ChannelRepository)
            channel = await repo.get(channel_id, for_update=True)
            check_version("channel", channel_id, version, channel.version)
            if channel.channel_type_code != ChannelTypeCode.WAHA:
                raise ProviderNotSupported(channel.channel_type_code, "RotateChannelWebhookSecret")
            previous = _secret(channel)
            now = utcnow()
            secret = channel.rotate_webhook_secret(now=now)
            expire = now + grace if grace else None
            await repo.save(channel)
            await _route(uow, channel, previous=(previous, expire) if expire else (None, None))
            await uow.commit()
            return Rotated(channel, secret, expire)

    async def labels(
        self, channel_id: uuid.UUID, page_size: int, page_token: str, order_by: str
    ) -> Page[ChannelLabel]:
        order = Order.parse(order_by, {"name", "update_time", "id"}, Order("name", False))
        channel = await self.get(channel_id)
        key = {
            "name": lambda x: (x.name.lower(), x.id),
            "id": lambda x: (x.id, x.id),
            "update_time": lambda x: (x.update_time or channel.create_time, x.id),
        }[order.column]
        items = sorted(channel.labels, key=key, reverse=order.descending)
        return offset_page(items, page_size, page_token)

    async def _change(
        self,
        channel_id: uuid.UUID,
        version: int,
        change: Callable[[Channel], object],
        *,
        active: bool | None = None,
    ) -> Channel:
        async with self._uow() as uow:
            repo = uow.repository(ChannelRepository)
            channel = await repo.get(channel_id, for_update=True)
            check_version("channel", channel_id, version, channel.version)
            change(channel)
            await repo.save(channel)
            await _route(uow, channel, active=active)
            await uow.commit()
            return channel


def _secret(channel: Channel) -> str:
    return channel.waha_config.webhook_secret if channel.waha_config else ""


async def _route(
    uow: MessagingUnitOfWork,
    channel: Channel,
    *,
    active: bool | None = None,
    previous: tuple[str | None, datetime | None] | None = None,
) -> None:
    """Write the channel's ingress route (WAHA channels only: others have no webhook).

    `active` None keeps the route's current flag; `previous` None keeps the current
    previous secret and its grace period. A deleted channel is never active."""
    secret = _secret(channel)
    if not secret:
        return
    current = await _current_route(uow, channel.id)
    if active is None:
        active = bool(current and current["active"])
    if previous is None:
        previous = (
            (current["previous_secret"], current["previous_secret_expire_time"])
            if current
            else (None, None)
        )
    await save_route(
        uow.connection,
        channel.id,
        secret,
        active=active and channel.is_live,
        previous_secret=previous[0],
        previous_secret_expire_time=previous[1],
    )


async def _current_route(uow: MessagingUnitOfWork, channel_id: uuid.UUID) -> Any:
    return (
        (
            await uow.connection.execute(
                text(
                    "SELECT previous_secret, previous_secret_expire_time, active"
                    " FROM messaging.webhook_route(:c)"
                ),
                {"c": channel_id},
            )
        )
        .mappings()
        .first()
    )
