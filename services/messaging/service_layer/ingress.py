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
from messaging.waha.envelope import json_body
from messaging.waha.hmac import verify_signature
from shared.domain import InvalidArgument, NotFound, Unauthenticated
from shared.group_commit import GroupCommit
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
        data = json_body(body.decode())
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
        self._writer: GroupCommit[tuple[uuid.UUID, store.Delivery], tuple[uuid.UUID, bool]] = (
            GroupCommit(self._store)
        )

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
        """Verify and store one delivery; answers once it is committed (deliveries that
        arrive together share a transaction: see shared.group_commit)."""
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
        delivery = store.Delivery(channel_id, head["id"], head["event"], body, data)
        row_id, duplicate = await self._writer.submit((route.project_id, delivery))
        return Ingested(row_id, head["id"], duplicate, route.project_id)

    async def _store(
        self, items: list[tuple[uuid.UUID, store.Delivery]]
    ) -> list[tuple[uuid.UUID, bool] | BaseException]:
        """Store deliveries together; when that fails, each alone, so that one bad
        delivery fails only its own caller."""
        try:
            return list(await self._store_together(items))
        except Exception:
            if len(items) == 1:
                raise
        results: list[tuple[uuid.UUID, bool] | BaseException] = []
        for item in items:
            try:
                results.extend(await self._store_together([item]))
            except Exception as error:
                results.append(error)
        return results

    async def _store_together(
        self, items: list[tuple[uuid.UUID, store.Delivery]]
    ) -> list[tuple[uuid.UUID, bool]]:
        """One transaction: each project's deliveries under its own tenant setting, and
        one NOTIFY statement waking the processor for the new ones."""
        projects: dict[uuid.UUID, list[int]] = {}
        for n, (project_id, _) in enumerate(items):
            projects.setdefault(project_id, []).append(n)
        results: dict[int, tuple[uuid.UUID, bool]] = {}
        notices = []
        async with self._uow(project_id=items[0][0]) as uow:
            for project_id, positions in projects.items():
                if project_id != uow.project_id:
                    await uow.scope_to(project_id)
                deliveries = [items[n][1] for n in positions]
                stored = await store.insert_many(uow.connection, project_id, deliveries)
                for n, delivery, (row_id, duplicate) in zip(
                    positions, deliveries, stored, strict=True
                ):
                    results[n] = (row_id, duplicate)
                    if not duplicate:
                        lane = store.lane_of(delivery.data["conversation"])
                        notices.append(store.notice(project_id, row_id, lane))
            await store.notify(uow.connection, notices)
            await uow.commit()
        return [results[n] for n in range(len(items))]

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
        clauses: list[str] = ["true"]
        params: dict[str, Any] = {}
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
            await store.notify(uow.connection, [store.notice(row.project_id, row.id, row.lane)])
            await uow.commit()
        return row
