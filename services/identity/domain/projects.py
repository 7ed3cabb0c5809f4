"""The Project aggregate: the tenant every other context's rows belong to."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from identity.domain.assignment import AgentAssignment
from identity.domain.base import VersionedAggregate
from identity.domain.billing import BillingAccount
from identity.domain.errors import ArchivedProjectIsReadOnly
from identity.domain.events import ProjectArchived, ProjectCreated, ProjectUpdated
from identity.domain.users import User
from identity.domain.values import (
    DEFAULT_SESSION_TIMEOUT_MINUTES,
    check_session_timeout,
    check_time_zone,
    optional_text,
    required_text,
)
from shared.domain import new_id, utcnow

MAX_DESCRIPTION_LENGTH = 2000
_PIPELINE_NAMES = {"en": "Main pipeline", "pt": "Pipeline Principal", "es": "Pipeline principal"}


def default_pipeline_name(language_code: str) -> str:
    """The name crm gives a new project's first pipeline, in the project's language."""
    return _PIPELINE_NAMES.get(language_code.split("-")[0].lower(), _PIPELINE_NAMES["en"])


@dataclass(eq=False, kw_only=True)
class Project(VersionedAggregate):
    owner_user_id: uuid.UUID
    billing_account_id: uuid.UUID
    name: str
    description: str = ""
    settings: dict[str, Any] = field(default_factory=dict)
    active: bool = True
    session_timeout_minutes: int = DEFAULT_SESSION_TIMEOUT_MINUTES
    agent_assignment: AgentAssignment = field(default_factory=AgentAssignment)
    time_zone: str = "UTC"
    language_code: str = "en"
    archive_time: datetime | None = None

    @property
    def tenant_id(self) -> uuid.UUID | None:
        return self.id

    @classmethod
    def create(
        cls,
        *,
        owner: User,
        billing_account: BillingAccount,
        name: str,
        description: str = "",
        settings: dict[str, Any] | None = None,
        session_timeout_minutes: int = DEFAULT_SESSION_TIMEOUT_MINUTES,
        agent_assignment: AgentAssignment | None = None,
        time_zone: str = "UTC",
        language_code: str = "en",
        is_default: bool = False,
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> Project:
        moment = now or utcnow()
        billing_account.check_can_create_project(moment)
        project = cls(
            id=id or new_id(),
            owner_user_id=owner.id,
            billing_account_id=billing_account.id,
            name=required_text(name, "name"),
            description=optional_text(description, "description", MAX_DESCRIPTION_LENGTH),
            settings=dict(settings or {}),
            session_timeout_minutes=check_session_timeout(session_timeout_minutes),
            agent_assignment=agent_assignment or AgentAssignment(),
            time_zone=check_time_zone(time_zone),
            language_code=required_text(language_code, "language_code", 35),
            create_time=moment,
            update_time=moment,
        )
        project.record(
            ProjectCreated(
                **project._envelope(moment),
                project=project.snapshot(),
                is_default_project=is_default,
                create_default_pipeline=True,
                default_pipeline_name=default_pipeline_name(project.language_code),
                owner_name=owner.name,
                owner_email=owner.email,
            )
        )
        return project

    def update(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        settings: dict[str, Any] | None = None,
        session_timeout_minutes: int | None = None,
        agent_assignment: AgentAssignment | None = None,
        time_zone: str | None = None,
        language_code: str | None = None,
        now: datetime | None = None,
    ) -> tuple[str, ...]:
        """Change the given fields (None = keep); returns the names that changed."""
        self._check_active()
        wanted: dict[str, Any] = {
            "name": None if name is None else required_text(name, "name"),
            "description": None
            if description is None
            else optional_text(description, "description", MAX_DESCRIPTION_LENGTH),
            "settings": None if settings is None else dict(settings),
            "session_timeout_minutes": None
            if session_timeout_minutes is None
            else check_session_timeout(session_timeout_minutes),
            "agent_assignment": agent_assignment,
            "time_zone": None if time_zone is None else check_time_zone(time_zone),
            "language_code": None
            if language_code is None
            else required_text(language_code, "language_code", 35),
        }
        changed = tuple(k for k, v in wanted.items() if v is not None and v != getattr(self, k))
        if changed:
            moment = self._touch(now)
            for key in changed:
                setattr(self, key, wanted[key])
            self.record(
                ProjectUpdated(
                    **self._envelope(moment),
                    project=self.snapshot(),
                    changed_fields=changed,
                )
            )
        return changed

    def archive(self, reason: str = "", *, now: datetime | None = None) -> None:
        self._check_active()
        reason = optional_text(reason, "reason", MAX_DESCRIPTION_LENGTH)
        moment = self._touch(now)
        self.active, self.archive_time = False, moment
        self.record(ProjectArchived(**self._envelope(moment), reason=reason))

    def _check_active(self) -> None:
        if not self.active:
            raise ArchivedProjectIsReadOnly(f"project {self.id} is archived")
