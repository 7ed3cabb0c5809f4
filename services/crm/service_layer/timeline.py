"""The contact timeline: entries recorded from domain events, listed, and followed live."""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crm.adapters.contact_events import ContactEventRepository
from crm.adapters.timeline_listener import TimelineListener
from crm.domain.contacts import Contact
from crm.domain.timeline import ContactEvent, TimelineEntry
from crm.domain.timeline_mapping import timeline_entry_for
from crm.service_layer.unit_of_work import CrmUnitOfWork
from shared.consumer import claim_event
from shared.domain import AlreadyExists, NotFound, utcnow
from shared.repository import Order, Page

log = logging.getLogger(__name__)
UnitOfWorkFactory = Callable[..., CrmUnitOfWork]
CONSUMER = "timeline"
DEFAULT_VISIBILITIES = ("public", "internal")
NEWEST_FIRST = Order("occur_time", True)
REPLAY_PAGE = 100
MAX_MERGE_HOPS = 5


@dataclass(frozen=True)
class TimelineFilter:
    """Which entries a list or a stream shows; no visibilities means public and internal."""

    contact_id: uuid.UUID | None = None
    categories: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    visibilities: tuple[str, ...] = ()
    session_id: uuid.UUID | None = None
    event_types: tuple[str, ...] = ()
    occur_time_after: datetime | None = None
    occur_time_before: datetime | None = None

    @property
    def shown_visibilities(self) -> tuple[str, ...]:
        return self.visibilities or DEFAULT_VISIBILITIES

    def compile(self) -> tuple[str, dict[str, Any]]:
        """A WHERE fragment with bound parameters; every value is a parameter."""
        clauses = ["data ->> 'visibility' = ANY(:visibilities)"]
        params: dict[str, Any] = {"visibilities": list(self.shown_visibilities)}
        if self.contact_id:
            clauses.append("contact_id = :contact_id")
            params["contact_id"] = self.contact_id
        if self.categories:
            clauses.append("category = ANY(:categories)")
            params["categories"] = list(self.categories)
        if self.priorities:
            clauses.append("data ->> 'priority' = ANY(:priorities)")
            params["priorities"] = list(self.priorities)
        if self.session_id:
            clauses.append("data ->> 'session_id' = :session_id")
            params["session_id"] = str(self.session_id)
        if self.event_types:
            clauses.append("data ->> 'event_type' = ANY(:event_types)")
            params["event_types"] = list(self.event_types)
        if self.occur_time_after:
            clauses.append("occur_time >= :occur_after")
            params["occur_after"] = self.occur_time_after
        if self.occur_time_before:
            clauses.append("occur_time < :occur_before")
            params["occur_before"] = self.occur_time_before
        return " AND ".join(clauses), params

    def matches(self, event: ContactEvent) -> bool:
        """The same test in Python, for entries a live stream is told about."""
        after, before = self.occur_time_after, self.occur_time_before
        return (
            event.visibility.value in self.shown_visibilities
            and (self.contact_id is None or event.contact_id == self.contact_id)
            and (not self.categories or event.category.value in self.categories)
            and (not self.priorities or event.priority.value in self.priorities)
            and (self.session_id is None or event.session_id == self.session_id)
            and (not self.event_types or event.event_type in self.event_types)
            and (after is None or event.occur_time >= after)
            and (before is None or event.occur_time < before)
        )


class Timeline:
    def __init__(self, uow: UnitOfWorkFactory, listener: TimelineListener) -> None:
        self._uow, self._listener = uow, listener

    # -- recording (the timeline consumer) ------------------------------------------

    async def record(
        self,
        routing_key: str,
        payload: Mapping[str, Any],
        event_id: uuid.UUID,
        project_id: uuid.UUID | None,
    ) -> ContactEvent | None:
        """Store the entry a domain event means, once per event; None when there is none.

        In one transaction: claim the event in the inbox, store the entry (the unique
        source_event_id per project also absorbs a redelivery under another message
        id), NOTIFY the live streams and write contact_event.created to the outbox.
        """
        entry = timeline_entry_for(routing_key, payload)
        tenant = project_id or (entry.project_id if entry else None)
        if tenant is None:
            log.warning("event without a project", extra={"fields": {"key": routing_key}})
            return None
        async with self._uow(project_id=tenant) as uow:
            if not await claim_event(uow.connection, "crm", CONSUMER, event_id):
                await uow.commit()
                return None
            stored = await self._store(uow, tenant, entry, event_id) if entry else None
            await uow.commit()
            return stored

    async def _store(
        self, uow: CrmUnitOfWork, tenant: uuid.UUID, entry: TimelineEntry, event_id: uuid.UUID
    ) -> ContactEvent | None:
        contact = await _current_contact(uow, entry.contact_id)
        if contact is None:
            log.warning(
                "timeline entry for an unknown contact skipped",
                extra={"fields": {"contact_id": str(entry.contact_id), "event_id": str(event_id)}},
            )
            return None
        entry = dataclasses.replace(
            entry, contact_id=contact.id, source_event_id=entry.source_event_id or event_id
        )
        event = ContactEvent.from_entry(entry, project_id=tenant)
        repository = uow.repository(ContactEventRepository)
        try:
            await repository.add(event)
        except AlreadyExists:
            return None  # the same domain event, delivered again
        await repository.notify(event)
        return event

    # -- reading --------------------------------------------------------------------

    async def get(self, contact_event_id: uuid.UUID) -> ContactEvent:
        async with self._uow() as uow:
            return await uow.repository(ContactEventRepository).get(contact_event_id)

    async def list(
        self, where: TimelineFilter, page_size: int, page_token: str, order_by: str
    ) -> Page[ContactEvent]:
        order = Order.parse(order_by, {"occur_time"}, NEWEST_FIRST)
        sql, params = where.compile()
        async with self._uow() as uow:
            if where.contact_id is not None:
                await _existing_contact(uow, where.contact_id)
            return await uow.repository(ContactEventRepository).page(
                sql, params, page_size, page_token, order
            )

    async def follow(
        self,
        project_id: uuid.UUID,
        where: TimelineFilter,
        since: datetime | None = None,
        on_live: Callable[[], Awaitable[None]] | None = None,
    ) -> AsyncGenerator[ContactEvent, None]:
        """Entries after `since` (oldest first), then each new entry as it is committed.

        Subscribes before replaying so nothing falls between the two; an entry both
        replayed and announced is yielded once. `on_live` runs once the subscription
        is in place. Ends only with the caller (cancellation) or a StreamEnded error.
        """
        if where.contact_id is not None:
            async with self._uow() as uow:
                await _existing_contact(uow, where.contact_id)
        subscription = await self._listener.subscribe(project_id, where.contact_id)
        try:
            if on_live is not None:
                await on_live()
            replayed: set[uuid.UUID] = set()
            if since is not None:
                async for entry in self._replay(where, since):
                    replayed.add(entry.id)
                    yield entry
            while True:
                notices = await subscription.next()
                fresh = [n.event_id for n in notices if n.event_id not in replayed]
                replayed.difference_update(n.event_id for n in notices)
                async with self._uow() as uow:
                    found = await uow.repository(ContactEventRepository).by_ids(fresh)
                now = utcnow()
                for event_id in fresh:
                    event = found.get(event_id)
                    if event is not None and where.matches(event) and event.is_live_at(now):
                        yield event
        finally:
            subscription.close()

    async def _replay(self, where: TimelineFilter, since: datetime) -> AsyncIterator[ContactEvent]:
        sql, params = where.compile()
        sql, params = f"{sql} AND occur_time > :since", {**params, "since": since}
        token, oldest_first = "", Order("occur_time", False)
        while True:
            async with self._uow() as uow:
                page = await uow.repository(ContactEventRepository).page(
                    sql, params, REPLAY_PAGE, token, oldest_first
                )
            now = utcnow()
            for event in page.items:
                if event.is_live_at(now):
                    yield event
            token = page.next_page_token
            if not token:
                return


async def _existing_contact(uow: CrmUnitOfWork, contact_id: uuid.UUID) -> Contact:
    found = await uow.contacts.find("id = :id", id=contact_id)
    if found is None:
        raise NotFound("contact", contact_id)
    return found


async def _current_contact(uow: CrmUnitOfWork, contact_id: uuid.UUID) -> Contact | None:
    """The contact, or the survivor it was merged into (entries follow merges)."""
    contact = await uow.contacts.find("id = :id", id=contact_id)
    for _ in range(MAX_MERGE_HOPS):
        if contact is None or contact.merged_into_contact_id is None:
            break
        contact = await uow.contacts.find("id = :id", id=contact.merged_into_contact_id)
    return contact
