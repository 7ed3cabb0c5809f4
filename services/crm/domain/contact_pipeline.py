"""A contact's place in one pipeline: its current status and the history of its stays."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from crm.domain.base import VersionedAggregate
from crm.domain.events import ContactPipelineStatusChanged
from crm.domain.pipeline_statuses import PipelineStatusType
from crm.domain.pipelines import Pipeline
from crm.domain.values import Actor, optional_text
from shared.domain import InvalidArgument, new_id, utcnow

MAX_REASON_LENGTH = 1000


@dataclass(kw_only=True)
class ContactPipelineHistoryEntry:
    """One stay of the contact in a status; exit_time and duration unset while current."""

    id: uuid.UUID
    project_id: uuid.UUID
    contact_id: uuid.UUID
    pipeline_id: uuid.UUID
    status_id: uuid.UUID
    status_name: str
    enter_time: datetime
    exit_time: datetime | None = None
    duration: timedelta | None = None
    reason: str = ""
    changed_by: Actor | None = None


@dataclass(eq=False, kw_only=True)
class ContactPipelineStatus(VersionedAggregate):
    """At most one current status per contact and pipeline (the pair is the key).

    Its events name the contact as their aggregate (see ContactPipelineStatusChanged).
    """

    contact_id: uuid.UUID
    pipeline_id: uuid.UUID
    status_id: uuid.UUID | None = None  # None: not in the pipeline (never, or left)
    status_name: str = ""
    status_type: PipelineStatusType | None = None
    enter_time: datetime | None = None
    reason: str = ""
    changed_by: Actor | None = None
    history: list[ContactPipelineHistoryEntry] = field(default_factory=list)  # oldest first

    @classmethod
    def start(
        cls,
        *,
        project_id: uuid.UUID,
        contact_id: uuid.UUID,
        pipeline_id: uuid.UUID,
        now: datetime | None = None,
    ) -> ContactPipelineStatus:
        """A contact outside the pipeline, ready to enter it (records nothing)."""
        moment = now or utcnow()
        return cls(
            id=new_id(),
            project_id=project_id,
            contact_id=contact_id,
            pipeline_id=pipeline_id,
            create_time=moment,
            update_time=moment,
        )

    def change_status(
        self,
        pipeline: Pipeline,
        status_id: uuid.UUID | None,
        *,
        reason: str = "",
        changed_by: Actor | None = None,
        now: datetime | None = None,
    ) -> bool:
        """Move to `status_id` (None: leave the pipeline); moving to the current
        status is a no-op (returns False)."""
        if pipeline.id != self.pipeline_id:
            raise InvalidArgument.field("pipeline_id", "is not this contact status's pipeline")
        if status_id == self.status_id:
            return False
        status = pipeline.check_can_enter(status_id) if status_id is not None else None
        reason = optional_text(reason, "reason", MAX_REASON_LENGTH)
        previous_id, previous_name = self.status_id, self.status_name
        moment = self._touch(now)
        stayed = self._close_current_stay(moment)
        self.status_id, self.reason, self.changed_by = status_id, reason, changed_by
        self.status_name = status.name if status else ""
        self.status_type = status.type if status else None
        self.enter_time = moment if status else None
        if status is not None:
            self.history.append(
                ContactPipelineHistoryEntry(
                    id=new_id(),
                    project_id=self.project_id,
                    contact_id=self.contact_id,
                    pipeline_id=self.pipeline_id,
                    status_id=status.id,
                    status_name=status.name,
                    enter_time=moment,
                    reason=reason,
                    changed_by=changed_by,
                )
            )
        self.record(
            ContactPipelineStatusChanged(
                **self._envelope(moment, aggregate_id=self.contact_id),
                contact_id=self.contact_id,
                pipeline_id=self.pipeline_id,
                pipeline_name=pipeline.name,
                previous_status_id=previous_id,
                previous_status_name=previous_name,
                new_status_id=status_id,
                new_status_name=self.status_name,
                new_status_type=self.status_type,
                reason=reason,
                change_time=moment,
                previous_status_duration=stayed,
            )
        )
        return True

    @property
    def current_stay(self) -> ContactPipelineHistoryEntry | None:
        last = self.history[-1] if self.history else None
        return last if last is not None and last.exit_time is None else None

    def _close_current_stay(self, moment: datetime) -> timedelta | None:
        stay = self.current_stay
        if stay is None:
            return None
        stay.exit_time = moment
        stay.duration = max(moment - stay.enter_time, timedelta(0))  # clocks may disagree
        return stay.duration
