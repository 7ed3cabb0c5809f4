"""Events of the Pipeline aggregate (pipeline id = aggregate_id); status changes
bump the pipeline's version too."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from crm.domain.pipeline_statuses import PipelineStatus
from shared.domain import DomainEvent

if TYPE_CHECKING:
    from crm.domain.pipelines import Pipeline


@dataclass(frozen=True, kw_only=True)
class PipelineCreated(DomainEvent):
    routing_key: ClassVar[str] = "crm.pipeline.created"
    pipeline: Pipeline  # snapshot, with its statuses


@dataclass(frozen=True, kw_only=True)
class PipelineUpdated(DomainEvent):
    routing_key: ClassVar[str] = "crm.pipeline.updated"
    pipeline: Pipeline  # snapshot after the change
    changed_fields: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class PipelineDeleted(DomainEvent):
    routing_key: ClassVar[str] = "crm.pipeline.deleted"
    pipeline_id: uuid.UUID
    name: str


@dataclass(frozen=True, kw_only=True)
class PipelineStatusAdded(DomainEvent):
    routing_key: ClassVar[str] = "crm.pipeline.status_added"
    pipeline_id: uuid.UUID
    status: PipelineStatus  # copy


@dataclass(frozen=True, kw_only=True)
class PipelineStatusUpdated(DomainEvent):
    routing_key: ClassVar[str] = "crm.pipeline.status_updated"
    pipeline_id: uuid.UUID
    status: PipelineStatus  # copy after the change
    changed_fields: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class PipelineStatusRemoved(DomainEvent):
    routing_key: ClassVar[str] = "crm.pipeline.status_removed"
    pipeline_id: uuid.UUID
    status_id: uuid.UUID
    status_name: str
    replacement_status_id: uuid.UUID | None  # where its contacts moved, when any


@dataclass(frozen=True, kw_only=True)
class PipelineStatusesReordered(DomainEvent):
    routing_key: ClassVar[str] = "crm.pipeline.statuses_reordered"
    pipeline_id: uuid.UUID
    status_ids: tuple[uuid.UUID, ...]  # in the new order
