"""Events of Project and ProjectMember (project_id is always the project)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from identity.domain.roles import ProjectRole
from shared.domain import DomainEvent

if TYPE_CHECKING:
    from identity.domain.members import ProjectMember
    from identity.domain.projects import Project


@dataclass(frozen=True, kw_only=True)
class ProjectCreated(DomainEvent):
    """A tenant exists: crm creates its default pipeline, messaging reads the session
    timeout and agent assignment from the snapshot."""

    routing_key: ClassVar[str] = "identity.project.created"
    project: Project  # snapshot
    is_default_project: bool
    create_default_pipeline: bool
    default_pipeline_name: str  # localised to project.language_code
    owner_name: str
    owner_email: str


@dataclass(frozen=True, kw_only=True)
class ProjectUpdated(DomainEvent):
    routing_key: ClassVar[str] = "identity.project.updated"
    project: Project  # snapshot after the change
    changed_fields: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class ProjectArchived(DomainEvent):
    """Read-only from now on: no new sessions, messages or automations."""

    routing_key: ClassVar[str] = "identity.project.archived"
    reason: str


@dataclass(frozen=True, kw_only=True)
class MemberAdded(DomainEvent):
    routing_key: ClassVar[str] = "identity.member.added"
    member: ProjectMember  # snapshot
    user_name: str
    user_email: str


@dataclass(frozen=True, kw_only=True)
class MemberRoleChanged(DomainEvent):
    routing_key: ClassVar[str] = "identity.member.role_changed"
    user_id: uuid.UUID
    previous_role: ProjectRole
    role: ProjectRole


@dataclass(frozen=True, kw_only=True)
class MemberRemoved(DomainEvent):
    routing_key: ClassVar[str] = "identity.member.removed"
    user_id: uuid.UUID
    role: ProjectRole
    revoked_api_key_ids: tuple[uuid.UUID, ...]  # the member's keys, revoked with them
