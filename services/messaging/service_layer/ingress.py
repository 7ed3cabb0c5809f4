"""WAHA webhook ingress: verify, store raw, wake the processor, answer fast; and the
operators' view of stored events (get, list, reprocess)."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from messaging.adapters import waha_events as store
from messaging.adapters.webhook_routes import WebhookRoute, find_route
from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from messaging.waha.hmac import verify_signature
from shared.domain import InvalidArgument, NotFound, Unauthenticated
from shared.repository import Order, decode_token, encode_token, page_size_of

UowFactory = Callable[..., MessagingUnitOfWork]
SIGNATURE = "x-webhook-hmac"
ALGORITHM = "x-webhook-hmac-algorithm"
ROUTE_TTL_SECONDS = 5.0
MAX_CACHED_ROUTES = 50_000
STATUSES = {store.PENDING, store.PROCESSED, store.IGNORED, store.FAILED, "processing"}


@dataclass(frozen=True)
class Ingested:
    id: uuid.UUID
    provider_event_id: str
    duplicate: bool
    project_id: uuid.UUID


def _envelope_head(body: bytes) -> dict[str, Any]:
    """Just what storing needs: id, event, session, engine, timestamp."""
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InvalidArgument.field("body", "is not a JSON WAHA event") from None
    if not isinstance(data, dict):
        raise InvalidArgument.field("body", "must be a JSON object")
    event_id, event = data.get("id"), data.get("event")
    if not isinstance(event_id, str) or not event_id:
        raise InvalidArgument.field("body", "the WAHA event has no id")
    if not isinstance(event, str) or not event:
        raise InvalidArgument.field("body", "the WAHA event has no event type")
    head: dict[str, Any] = {"id": event_id, "event": event}
    head["session"] = data.get("session") if isinstance(data.get("session"), str) else ""
    head["engine"] = data.get("engine") if isinstance(data.get("engine"), str) else ""
    head["conversation"] = _conversation_of(data.get("payload"))
    stamp = data.get("timestamp")
    if isinstance(stamp, int | float) and not isinstance(stamp, bool):
        try:
            head["event_time"] = datetime.fromtimestamp(stamp / 1000, UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            pass
    return head


def _conversation_of(payload: Any) -> str:
    """The chat an event concerns, as far as the envelope tells without normalising it:
    the other party of a message or ack, else the chat or group id it names."""
    if not isinstance(payload, dict):
        return ""
    mine = payload.get("fromMe") is True
    for key in ("to", "from") if mine else ("from", "to"):
        value = payload.get(key)
        if isinstance(value, str) and value:
            return value
    for key in ("chatId", "chat_id", "id"):
        value = payload.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


class Ingress:
    def __init__(
        self, engine: AsyncEngine, uow: UowFactory, route_ttl: float = ROUTE_TTL_SECONDS
    ) -> None:
        self._engine, self._uow = engine, uow
        self._route_ttl = route_ttl
        self._routes: dict[uuid.UUID, tuple[float, WebhookRoute]] = {}

    async def _fetch(self, channel_id: uuid.UUID) -> WebhookRoute | None:
        route = await find_route(self._engine, channel_id)
        if route is None:
            self._routes.pop(channel_id, None)
            return None
        if len(self._routes) >= MAX_CACHED_ROUTES:
            self._routes.clear()
        self._routes[channel_id] = (time.monotonic(), route)
        return route

    async def _verified_route(
        self, channel_id: uuid.UUID, body: bytes, headers: Mapping[str, str]
    ) -> WebhookRoute:
        """Routes are cached for `route_ttl` seconds; a cached route that is inactive or
        refuses the signature is read again before answering, so a secret rotated a moment
        ago works at once, and a deactivation or a revoked secret within `route_ttl`."""
        signature, algorithm = headers.get(SIGNATURE), headers.get(ALGORITHM, "sha512")

        def accepts(route: WebhookRoute | None) -> bool:
            return (
                route is not None
                and route.active
                and any(verify_signature(body, s, signature, algorithm) for s in route.secrets())
            )

        cached = self._routes.get(channel_id)
        if cached is not None and time.monotonic() - cached[0] < self._route_ttl:
            if accepts(cached[1]):
                return cached[1]
        route = await self._fetch(channel_id)
        if route is None or not route.active:
            raise NotFound("channel", channel_id)
        if not accepts(route):
            raise Unauthenticated("the webhook signature (X-Webhook-Hmac) does not match")
        return route

    async def ingest(
        self, channel_id: uuid.UUID, body: bytes, headers: Mapping[str, str]
    ) -> Ingested:
        lowered = {k.lower(): v for k, v in headers.items()}
        route = await self._verified_route(channel_id, body, lowered)
        head = _envelope_head(body)
        data = {
            "session": head["session"],
            "engine": head["engine"],
            "event_time": head.get("event_time"),
            "conversation": head["conversation"],
            "headers": {k: v for k, v in lowered.items() if k.startswith("x-webhook")},
        }
        async with self._uow(project_id=route.project_id) as uow:
            row_id, duplicate = await store.insert(
                uow.connection,
                project_id=route.project_id,
                channel_id=channel_id,
                event_id=head["id"],
                event_type=head["event"],
                raw_body=body,
                data=data,
            )
            if not duplicate:
                lane = store.lane_of(head["conversation"])
                await store.notify(uow.connection, route.project_id, row_id, lane)
            await uow.commit()
        return Ingested(row_id, head["id"], duplicate, route.project_id)

    async def get(self, event_id: uuid.UUID) -> store.WahaEventRow:
        async with self._uow() as uow:
            row = await store.get(uow.connection, event_id)
        if row is None:
            raise NotFound("waha event", event_id)
        return row

    async def list(
        self,
        *,
        page_size: int,
        page_token: str,
        channel_id: uuid.UUID | None = None,
        status: str = "",
        event_type: str = "",
        provider_event_id: str = "",
        start_time: datetime | None = None,
        end_time: datetime | None = None,
    ) -> tuple[list[store.WahaEventRow], str, int]:
        size = page_size_of(page_size)
        order = Order("create_time", True)
        after = None
        seen = 0
        if page_token:
            value, last, seen = decode_token(page_token, order)
            after = (value, last)
        clauses, params = ["true"], {}  # type: ignore[var-annotated]
        if channel_id:
            clauses.append("channel_id = :ch")
            params["ch"] = channel_id
        if status:
            clauses.append("status = :st")
            params["st"] = status
        if event_type:
            clauses.append("event_type = :et")
            params["et"] = event_type
        if provider_event_id:
            clauses.append("event_id = :pe")
            params["pe"] = provider_event_id
        if start_time:
            clauses.append("create_time >= :start")
            params["start"] = start_time
        if end_time:
            clauses.append("create_time < :end")
            params["end"] = end_time
        where = " AND ".join(clauses)
        async with self._uow() as uow:
            rows = await store.page(uow.connection, where, params, size + 1, after)
            total = await store.count(uow.connection, where, params)
        more = len(rows) > size
        rows = rows[:size]
        token = encode_token(order, rows[-1].create_time, rows[-1].id, seen + size) if more else ""
        return rows, token, total

    async def reprocess(self, event_id: uuid.UUID) -> store.WahaEventRow:
        async with self._uow() as uow:
            row = await store.get(uow.connection, event_id)
            if row is None:
                raise NotFound("waha event", event_id)
            row = await store.update(
                uow.connection,
                row,
                status=store.PENDING,
                next_attempt_time=datetime.now(UTC),
                error="",
            )
            await store.notify(uow.connection, row.project_id, row.id, row.lane)
            await uow.commit()
        return row
