"""The Pipeline aggregate: ordered statuses a contact moves through."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from crm.domain import errors
from crm.domain.base import VersionedAggregate
from crm.domain.events import (
    PipelineCreated,
    PipelineDeleted,
    PipelineStatusAdded,
    PipelineStatusesReordered,
    PipelineStatusRemoved,
    PipelineStatusUpdated,
    PipelineUpdated,
)
from crm.domain.lead_qualification import LeadQualificationConfig
from crm.domain.masks import masked_changes
from crm.domain.pipeline_fields import SETTABLE, default_statuses, pipeline_fields
from crm.domain.pipeline_statuses import (
    STATUS_FIELDS,
    NewStatus,
    PipelineStatus,
    name_key,
)
from shared.domain import InvalidArgument, NotFound, new_id, utcnow


@dataclass(eq=False, kw_only=True)
class Pipeline(VersionedAggregate):
    name: str
    description: str = ""
    color: str = ""
    position: int = 0
    active: bool = True
    session_timeout: timedelta | None = None  # None inherits channel → project → 30 min
    statuses: list[PipelineStatus] = field(default_factory=list)  # by position
    lead_qualification: LeadQualificationConfig | None = None
    delete_time: datetime | None = None

    @classmethod
    def create(
        cls,
        *,
        project_id: uuid.UUID,
        name: str,
        statuses: Sequence[NewStatus] = (),
        id: uuid.UUID | None = None,
        now: datetime | None = None,
        **fields: Any,
    ) -> Pipeline:
        """`fields`: description, color, position, active, session_timeout, lead_qualification."""
        moment = now or utcnow()
        pipeline = cls(
            id=id or new_id(),
            project_id=project_id,
            create_time=moment,
            update_time=moment,
            **pipeline_fields({"name": name, **fields}),
        )
        for status in statuses:
            pipeline._insert(status, None, moment)
        pipeline.record(PipelineCreated(**pipeline._envelope(moment), pipeline=pipeline.snapshot()))
        return pipeline

    @classmethod
    def create_default(
        cls,
        *,
        project_id: uuid.UUID,
        name: str,
        language_code: str = "en",
        now: datetime | None = None,
    ) -> Pipeline:
        return cls.create(
            project_id=project_id, name=name, statuses=default_statuses(language_code), now=now
        )

    def update(
        self,
        changes: Mapping[str, Any],
        mask: Iterable[str] | None = None,
        *,
        now: datetime | None = None,
    ) -> tuple[str, ...]:
        """Change the pipeline's own fields; statuses change through the status methods."""
        self._check_live()
        wanted = pipeline_fields(masked_changes(changes, mask, SETTABLE, immutable=("statuses",)))
        changed, moment = self._apply_changes(wanted, now)
        if moment is not None:
            self.record(
                PipelineUpdated(
                    **self._envelope(moment), pipeline=self.snapshot(), changed_fields=changed
                )
            )
        return changed

    def delete(self, *, now: datetime | None = None) -> None:
        self._check_live()
        moment = self._touch(now)
        self.delete_time = moment
        self.record(PipelineDeleted(**self._envelope(moment), pipeline_id=self.id, name=self.name))

    def status(self, status_id: uuid.UUID) -> PipelineStatus:
        for status in self.statuses:
            if status.id == status_id:
                return status
        raise NotFound("pipeline status", status_id)

    def check_can_enter(self, status_id: uuid.UUID) -> PipelineStatus:
        """The status a contact may move into: of this live, active pipeline, and active."""
        self._check_live()
        if not self.active:
            raise errors.PipelineIsInactive(f"pipeline {self.id} is inactive")
        status = self.status(status_id)
        if not status.active:
            raise errors.PipelineStatusIsInactive(f"status {status.name!r} is inactive")
        return status

    def add_status(
        self, new: NewStatus, *, position: int | None = None, now: datetime | None = None
    ) -> PipelineStatus:
        """Insert a status at `position` (default: last); later ones shift down."""
        self._check_live()
        status = self._insert(new, position, now or utcnow())  # validates before it changes
        moment = self._touch(status.create_time)
        self.record(
            PipelineStatusAdded(
                **self._envelope(moment), pipeline_id=self.id, status=replace(status)
            )
        )
        return status

    def update_status(
        self,
        status_id: uuid.UUID,
        changes: Mapping[str, Any],
        mask: Iterable[str] | None = None,
        *,
        now: datetime | None = None,
    ) -> tuple[str, ...]:
        """Change name, description, color, type or active (position: reorder_statuses)."""
        self._check_live()
        status = self.status(status_id)
        paths = masked_changes(changes, mask, STATUS_FIELDS, immutable=("position", "id"))
        wanted = {k: STATUS_FIELDS[k](v) for k, v in paths.items()}
        if "name" in wanted:
            self._check_name_free(wanted["name"], status.id)
        changed = tuple(k for k, v in wanted.items() if v != getattr(status, k))
        if changed:
            moment = self._touch(now)
            for key in changed:
                setattr(status, key, wanted[key])
            status.update_time = moment
            self.record(
                PipelineStatusUpdated(
                    **self._envelope(moment),
                    pipeline_id=self.id,
                    status=replace(status),
                    changed_fields=changed,
                )
            )
        return changed

    def remove_status(
        self,
        status_id: uuid.UUID,
        *,
        contacts_in_status: int,
        replacement_status_id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> None:
        """Remove a status; its contacts (the caller counts them) move to the replacement."""
        self._check_live()
        status = self.status(status_id)
        if replacement_status_id is not None:
            if replacement_status_id == status_id:
                raise InvalidArgument.field("replacement_status_id", "must be another status")
            self.check_can_enter(replacement_status_id)
        elif contacts_in_status > 0:
            raise errors.StatusHasContacts(
                f"{contacts_in_status} contacts are in {status.name!r}; name a replacement status"
            )
        moment = self._touch(now)
        self.statuses.remove(status)
        self._renumber(moment)
        self.record(
            PipelineStatusRemoved(
                **self._envelope(moment),
                pipeline_id=self.id,
                status_id=status.id,
                status_name=status.name,
                replacement_status_id=replacement_status_id,
            )
        )

    def reorder_statuses(
        self, status_ids: Sequence[uuid.UUID], *, now: datetime | None = None
    ) -> bool:
        """`status_ids` must list every status once; returns False when the order is unchanged."""
        self._check_live()
        current = [s.id for s in self.statuses]
        if sorted(map(str, status_ids)) != sorted(map(str, current)):
            raise InvalidArgument.field(
                "status_ids", "must list every status of the pipeline exactly once"
            )
        if list(status_ids) == current:
            return False
        moment = self._touch(now)
        by_id = {s.id: s for s in self.statuses}
        self.statuses = [by_id[i] for i in status_ids]
        self._renumber(moment)
        self.record(
            PipelineStatusesReordered(
                **self._envelope(moment), pipeline_id=self.id, status_ids=tuple(status_ids)
            )
        )
        return True

    def _insert(self, new: NewStatus, position: int | None, moment: datetime) -> PipelineStatus:
        values = {k: STATUS_FIELDS[k](getattr(new, k)) for k in STATUS_FIELDS}
        self._check_name_free(values["name"], None)
        at = len(self.statuses) if position is None else position
        if not 0 <= at <= len(self.statuses):
            raise InvalidArgument.field("position", f"must be 0..{len(self.statuses)}")
        status = PipelineStatus(
            id=new_id(),
            pipeline_id=self.id,
            position=at,
            create_time=moment,
            update_time=moment,
            **values,
        )
        self.statuses.insert(at, status)
        self._renumber(moment)
        return status

    def _renumber(self, moment: datetime) -> None:
        for position, status in enumerate(self.statuses):
            if status.position != position:
                status.position, status.update_time = position, moment

    def _check_name_free(self, name: str, own_id: uuid.UUID | None) -> None:
        if any(name_key(s.name) == name_key(name) and s.id != own_id for s in self.statuses):
            raise errors.DuplicateStatusName(name)

    def _check_live(self) -> None:
        if self.delete_time is not None:
            raise errors.PipelineIsDeleted(f"pipeline {self.id} is deleted")
