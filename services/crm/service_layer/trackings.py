"""Tracking use cases: record attributions, list them, encode and decode invisible codes."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError

from crm.adapters.trackings import TrackingRepository
from crm.domain.tracking import Attribution, Tracking
from crm.domain.tracking_codes import DecodedCode, decode_code, encode_code
from crm.service_layer.unit_of_work import CrmUnitOfWork
from shared.domain import AlreadyExists, FailedPrecondition
from shared.repository import Order, Page

UnitOfWorkFactory = Callable[..., CrmUnitOfWork]
SORTABLE = {"create_time", "update_time"}
OPERATION = "create_tracking"
CODE_ATTEMPTS = 50  # random picks among the free codes; a collision is rare


class TrackingCodesExhausted(FailedPrecondition):
    """Every code 0..2186 is carried by a tracking of the project."""

    def __init__(self) -> None:
        super().__init__("every tracking code of the project is in use")


class TrackingHasNoCode(FailedPrecondition):
    """Only a tracking that was assigned a code can have it written into a text."""

    def __init__(self, tracking_id: uuid.UUID) -> None:
        super().__init__(f"tracking {tracking_id} has no code")


@dataclass(frozen=True)
class TrackingFilter:
    """ListTrackings' typed filters, compiled to a trusted SQL fragment with parameters."""

    contact_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None
    sources: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    campaign: str = ""
    ad_id: str = ""
    click_id: str = ""
    utm_source: str = ""
    utm_medium: str = ""
    utm_campaign: str = ""
    create_time_after: datetime | None = None
    create_time_before: datetime | None = None

    def compile(self) -> tuple[str, dict[str, Any]]:
        clauses = ["TRUE"]
        params: dict[str, Any] = {}
        if self.contact_id:
            clauses.append("contact_id = :contact_id")
            params["contact_id"] = self.contact_id
        if self.session_id:
            clauses.append("data->>'session_id' = :session_id")
            params["session_id"] = str(self.session_id)
        if self.sources:
            clauses.append("data->>'source' = ANY(:sources)")
            params["sources"] = list(self.sources)
        if self.platforms:
            clauses.append("data->>'platform' = ANY(:platforms)")
            params["platforms"] = list(self.platforms)
        for name in ("campaign", "ad_id", "utm_source", "utm_medium", "utm_campaign"):
            value = getattr(self, name).strip()
            if value:
                clauses.append(f"data->>'{name}' = :{name}")
                params[name] = value
        if self.click_id.strip():
            clauses.append("click_id = :click_id")
            params["click_id"] = self.click_id.strip()
        if self.create_time_after:
            clauses.append("create_time >= :after")
            params["after"] = self.create_time_after
        if self.create_time_before:
            clauses.append("create_time < :before")
            params["before"] = self.create_time_before
        return " AND ".join(clauses), params


async def record_tracking(
    uow: CrmUnitOfWork,
    *,
    project_id: uuid.UUID,
    contact_id: uuid.UUID,
    attribution: Attribution,
    session_id: uuid.UUID | None = None,
    message_id: uuid.UUID | None = None,
    assign_code: bool,
) -> tuple[Tracking, bool]:
    """Add a tracking in `uow`, or return the one already carrying its click id.

    With `assign_code`, a free code is picked in SQL; the unique index on
    (project_id, code) settles concurrent picks and the loser picks again.
    Returns (tracking, created).
    """
    repository = uow.repository(TrackingRepository)

    def build(code: int | None) -> Tracking:
        return Tracking.create(
            project_id=project_id,
            contact_id=contact_id,
            attribution=attribution,
            session_id=session_id,
            message_id=message_id,
            code=code,
        )

    click_id = build(None).click_id  # validates and normalises before any lookup
    if click_id:
        existing = await repository.by_click_id(click_id)
        if existing is not None:
            return existing, False
    for _ in range(CODE_ATTEMPTS):
        code = None
        if assign_code:
            code = await repository.free_code()
            if code is None:
                raise TrackingCodesExhausted()
        tracking = build(code)
        try:
            await repository.add(tracking)
            return tracking, True
        except AlreadyExists:
            if click_id:  # a concurrent creation with the same click id won
                existing = await repository.by_click_id(click_id)
                if existing is not None:
                    return existing, False
            if not assign_code:
                raise
    raise FailedPrecondition("no free tracking code could be claimed; retry")


class _ConcurrentRetry(Exception):
    """Another call with the same request_id committed first."""


class Trackings:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def create(
        self,
        project_id: uuid.UUID,
        contact_id: uuid.UUID,
        attribution: Attribution,
        *,
        session_id: uuid.UUID | None = None,
        message_id: uuid.UUID | None = None,
        request_id: str = "",
    ) -> tuple[Tracking, bool]:
        """Record an attribution with a fresh code; a known click id returns its tracking."""
        try:
            return await self._create(
                project_id, contact_id, attribution, session_id, message_id, request_id
            )
        except _ConcurrentRetry:
            async with self._uow() as uow:
                seen = await uow.idempotency.seen(project_id, OPERATION, request_id)
                assert seen is not None
                return await uow.repository(TrackingRepository).get(seen), True

    async def _create(
        self,
        project_id: uuid.UUID,
        contact_id: uuid.UUID,
        attribution: Attribution,
        session_id: uuid.UUID | None,
        message_id: uuid.UUID | None,
        request_id: str,
    ) -> tuple[Tracking, bool]:
        async with self._uow() as uow:
            seen = await uow.idempotency.seen(project_id, OPERATION, request_id)
            if seen:
                return await uow.repository(TrackingRepository).get(seen), True
            contact = await uow.contacts.get(contact_id)
            contact.check_live()
            tracking, created = await record_tracking(
                uow,
                project_id=project_id,
                contact_id=contact.id,
                attribution=attribution,
                session_id=session_id,
                message_id=message_id,
                assign_code=True,
            )
            if created and request_id:
                try:
                    async with uow.connection.begin_nested():
                        await uow.idempotency.remember(
                            project_id, OPERATION, request_id, tracking.id
                        )
                except IntegrityError:
                    await uow.rollback()
                    raise _ConcurrentRetry() from None
            await uow.commit()
            return tracking, created

    async def get(self, tracking_id: uuid.UUID) -> Tracking:
        async with self._uow() as uow:
            return await uow.repository(TrackingRepository).get(tracking_id)

    async def list(
        self, where: TrackingFilter, page_size: int, page_token: str, order_by: str
    ) -> Page[Tracking]:
        order = Order.parse(order_by, SORTABLE)
        sql, params = where.compile()
        async with self._uow() as uow:
            if where.contact_id:
                await uow.contacts.get(where.contact_id)  # NOT_FOUND for an unknown contact
            return await uow.repository(TrackingRepository).page(
                sql, params, page_size, page_token, order
            )

    async def encode(
        self, text: str, *, tracking_id: uuid.UUID | None = None, code: int | None = None
    ) -> tuple[str, int]:
        """`text` carrying the tracking's code (or the raw `code`); returns (text, code)."""
        if tracking_id is not None:
            async with self._uow() as uow:
                tracking = await uow.repository(TrackingRepository).get(tracking_id)
            if tracking.code is None:
                raise TrackingHasNoCode(tracking.id)
            code = tracking.code
        assert code is not None
        return encode_code(code, text), code

    async def decode(self, text: str) -> tuple[DecodedCode, Tracking | None]:
        """The code a text carries and the project's tracking holding it, when any."""
        decoded = decode_code(text)
        if not decoded.found:
            return decoded, None
        async with self._uow() as uow:
            return decoded, await uow.repository(TrackingRepository).by_code(decoded.code)
