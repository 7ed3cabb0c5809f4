"""Pipeline use cases: pipelines and their statuses, and contacts moving through them."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crm.adapters.automation_rules import AutomationRuleRepository
from crm.adapters.pipelines import (
    PLACE_ORDER,
    ContactPipelineStatusRepository,
    HistoryPage,
    PipelineRepository,
    history_filter,
)
from crm.domain.contact_pipeline import ContactPipelineStatus
from crm.domain.pipeline_statuses import NewStatus, PipelineStatus
from crm.domain.pipelines import Pipeline
from crm.domain.values import Actor
from crm.service_layer.unit_of_work import CrmUnitOfWork
from shared.domain import AlreadyExists, NotFound, check_version
from shared.repository import Order, Page

UnitOfWorkFactory = Callable[..., CrmUnitOfWork]
PIPELINE_SORTS = {"position", "name", "create_time", "update_time"}
BY_POSITION = Order("position", descending=False)
BY_ENTRY = Order("enter_time", descending=True)


@dataclass(frozen=True)
class PipelineQuery:
    active_only: bool = False
    name: str = ""  # contained, ignoring case
    show_deleted: bool = False

    def compile(self) -> tuple[str, dict[str, Any]]:
        clauses, params = ["true"], dict[str, Any]()
        if not self.show_deleted:
            clauses.append("delete_time IS NULL")
        if self.active_only:
            clauses.append("active")
        if self.name.strip():
            escaped = self.name.strip().lower().replace("\\", "\\\\")
            escaped = escaped.replace("%", "\\%").replace("_", "\\_")
            clauses.append("lower(name) LIKE :name")
            params["name"] = f"%{escaped}%"
        return " AND ".join(clauses), params


@dataclass(frozen=True)
class HistoryQuery:
    contact_id: uuid.UUID
    pipeline_id: uuid.UUID | None = None
    enter_after: datetime | None = None
    enter_before: datetime | None = None


@dataclass(frozen=True)
class Move:
    """A contact's move in a pipeline: where it is now (None: out), where it was."""

    place: ContactPipelineStatus | None
    previous_status_id: uuid.UUID | None
    changed: bool


async def move_contact(
    uow: CrmUnitOfWork,
    pipeline: Pipeline,
    contact_id: uuid.UUID,
    status_id: uuid.UUID | None,
    *,
    reason: str = "",
    actor: Actor | None = None,
) -> Move:
    """Move a (live) contact to a status of the pipeline, or out of it, in `uow`."""
    (await uow.contacts.get(contact_id)).check_live()
    places = uow.repository(ContactPipelineStatusRepository)
    try:
        return await _move(places, pipeline, contact_id, status_id, reason, actor)
    except AlreadyExists:  # a concurrent move put the contact in the pipeline first
        return await _move(places, pipeline, contact_id, status_id, reason, actor)


async def _move(
    places: ContactPipelineStatusRepository,
    pipeline: Pipeline,
    contact_id: uuid.UUID,
    status_id: uuid.UUID | None,
    reason: str,
    actor: Actor | None,
) -> Move:
    place = await places.of(contact_id, pipeline.id, for_update=True)
    if place is None:
        place = ContactPipelineStatus.start(
            project_id=pipeline.project_id, contact_id=contact_id, pipeline_id=pipeline.id
        )
    previous = place.status_id
    changed = place.change_status(pipeline, status_id, reason=reason, changed_by=actor)
    if changed:
        await places.store(place)
    return Move(place if place.status_id else None, previous, changed)


class Pipelines:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def create(
        self,
        project_id: uuid.UUID,
        fields: Mapping[str, Any],
        statuses: Sequence[NewStatus],
        request_id: str,
    ) -> Pipeline:
        async with self._uow() as uow:
            pipelines = uow.repository(PipelineRepository)
            seen = await uow.idempotency.seen(project_id, "create_pipeline", request_id)
            if seen:
                return await pipelines.get(seen)
            fields = dict(fields)
            fields["position"] = fields.get("position") or await pipelines.next_position()
            pipeline = Pipeline.create(
                project_id=project_id, name=fields.pop("name", ""), statuses=statuses, **fields
            )
            await pipelines.add(pipeline)
            await uow.idempotency.remember(project_id, "create_pipeline", request_id, pipeline.id)
            await uow.commit()
            return pipeline

    async def get(self, pipeline_id: uuid.UUID) -> Pipeline:
        async with self._uow() as uow:
            return await uow.repository(PipelineRepository).get(pipeline_id)

    async def list(
        self, query: PipelineQuery, page_size: int, page_token: str, order_by: str
    ) -> Page[Pipeline]:
        order = Order.parse(order_by, PIPELINE_SORTS, BY_POSITION)
        where, params = query.compile()
        async with self._uow() as uow:
            return await uow.repository(PipelineRepository).page(
                where, params, page_size, page_token, order
            )

    async def update(
        self, pipeline_id: uuid.UUID, changes: Mapping[str, Any], mask: Iterable[str], version: int
    ) -> Pipeline:
        return await self._change(pipeline_id, version, lambda p: p.update(changes, mask))

    async def delete(self, pipeline_id: uuid.UUID, version: int) -> Pipeline:
        """Close the stays of the contacts in it, stop its rules, then delete it."""
        async with self._uow() as uow:
            # Locks rules, then the pipeline, then places: the automation consumer's order.
            rules = uow.repository(AutomationRuleRepository)
            stopping = await rules.of_pipeline(pipeline_id)
            pipeline = await self._locked(uow, pipeline_id, version)
            for rule in stopping:
                if rule.disable():
                    await rules.save(rule)
            places = uow.repository(ContactPipelineStatusRepository)
            for place in await places.in_pipeline(pipeline.id):
                if place.change_status(pipeline, None, reason="pipeline deleted"):
                    await places.store(place)
            pipeline.delete()
            await uow.repository(PipelineRepository).save(pipeline)
            await uow.commit()
            return pipeline

    async def add_status(
        self, pipeline_id: uuid.UUID, new: NewStatus, position: int, version: int
    ) -> tuple[PipelineStatus, Pipeline]:
        added: list[PipelineStatus] = []

        def add(pipeline: Pipeline) -> None:
            at = position if 0 <= position < len(pipeline.statuses) else None  # beyond: append
            added.append(pipeline.add_status(new, position=at))

        pipeline = await self._change(pipeline_id, version, add)
        return added[0], pipeline

    async def update_status(
        self,
        pipeline_id: uuid.UUID,
        status_id: uuid.UUID,
        changes: Mapping[str, Any],
        mask: Iterable[str],
        version: int,
    ) -> tuple[PipelineStatus, Pipeline]:
        pipeline = await self._change(
            pipeline_id, version, lambda p: p.update_status(status_id, changes, mask)
        )
        return pipeline.status(status_id), pipeline

    async def remove_status(
        self,
        pipeline_id: uuid.UUID,
        status_id: uuid.UUID,
        replacement_id: uuid.UUID | None,
        version: int,
    ) -> Pipeline:
        """Contacts in the status move to the replacement in the same transaction."""
        async with self._uow() as uow:
            pipeline = await self._locked(uow, pipeline_id, version)
            places = uow.repository(ContactPipelineStatusRepository)
            name = pipeline.status(status_id).name
            inside = await places.count_in_status(pipeline.id, status_id)
            pipeline.remove_status(
                status_id, contacts_in_status=inside, replacement_status_id=replacement_id
            )
            if replacement_id is not None:
                for place in await places.in_pipeline(pipeline.id, status_id):
                    place.change_status(pipeline, replacement_id, reason=f"{name!r} was removed")
                    await places.store(place)
            await uow.repository(PipelineRepository).save(pipeline)
            await uow.commit()
            return pipeline

    async def reorder_statuses(
        self, pipeline_id: uuid.UUID, status_ids: Sequence[uuid.UUID], version: int
    ) -> Pipeline:
        return await self._change(pipeline_id, version, lambda p: p.reorder_statuses(status_ids))

    async def change_contact_status(
        self,
        contact_id: uuid.UUID,
        pipeline_id: uuid.UUID,
        status_id: uuid.UUID | None,
        reason: str,
        actor: Actor | None,
    ) -> Move:
        async with self._uow() as uow:
            pipeline = await uow.repository(PipelineRepository).shared(pipeline_id)
            if pipeline is None:
                raise NotFound("pipeline", pipeline_id)
            move = await move_contact(
                uow, pipeline, contact_id, status_id, reason=reason, actor=actor
            )
            await uow.commit()
            return move

    async def contact_status(
        self, contact_id: uuid.UUID, pipeline_id: uuid.UUID
    ) -> ContactPipelineStatus:
        async with self._uow() as uow:
            place = await uow.repository(ContactPipelineStatusRepository).of(
                contact_id, pipeline_id
            )
            if place is None:
                raise NotFound("contact pipeline status", f"{contact_id} in {pipeline_id}")
            return place

    async def contact_statuses(
        self, contact_id: uuid.UUID, page_size: int, page_token: str, order_by: str
    ) -> Page[ContactPipelineStatus]:
        chosen = Order.parse(order_by, set(PLACE_ORDER), BY_ENTRY)
        order = Order(PLACE_ORDER[chosen.column], chosen.descending)
        async with self._uow() as uow:
            await uow.contacts.get(contact_id)
            return await uow.repository(ContactPipelineStatusRepository).page(
                "contact_id = :contact", {"contact": contact_id}, page_size, page_token, order
            )

    async def contact_history(
        self, query: HistoryQuery, page_size: int, page_token: str, order_by: str
    ) -> HistoryPage:
        order = Order.parse(order_by, {"enter_time"}, BY_ENTRY)
        where, params = history_filter(
            query.contact_id, query.pipeline_id, query.enter_after, query.enter_before
        )
        async with self._uow() as uow:
            await uow.contacts.get(query.contact_id)
            return await uow.repository(ContactPipelineStatusRepository).history(
                where, params, page_size, page_token, order.descending
            )

    async def _locked(self, uow: CrmUnitOfWork, pipeline_id: uuid.UUID, version: int) -> Pipeline:
        pipeline = await uow.repository(PipelineRepository).get(pipeline_id, for_update=True)
        check_version("pipeline", pipeline_id, version, pipeline.version)
        return pipeline

    async def _change(
        self, pipeline_id: uuid.UUID, version: int, change: Callable[[Pipeline], object]
    ) -> Pipeline:
        async with self._uow() as uow:
            pipeline = await self._locked(uow, pipeline_id, version)
            change(pipeline)
            await uow.repository(PipelineRepository).save(pipeline)
            await uow.commit()
            return pipeline
