"""Projects (tenants): create another project, read, list the caller's, update, archive.

A credential acts in one project: updates and archiving apply only to the
caller's current project. Users may read every project they belong to (the
`member_projects` policy); API keys see only their own project.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from identity.domain.assignment import AgentAssignment
from identity.domain.billing.accounts import BillingAccount
from identity.domain.members import ProjectMember
from identity.domain.projects import Project
from identity.domain.roles import ProjectRole
from identity.domain.users import User
from identity.domain.values import DEFAULT_SESSION_TIMEOUT_MINUTES
from identity.service_layer.unit_of_work import IdentityUnitOfWork
from identity.service_layer.users import like_pattern
from shared.context import Principal
from shared.domain import FailedPrecondition, NotFound, PermissionDenied, check_version
from shared.repository import Page
from shared.requests import caller

UnitOfWorkFactory = Callable[..., IdentityUnitOfWork]
S = "identity"
CREATE_OPERATION = "CreateProject"


async def current_project_id(
    uow: IdentityUnitOfWork, me: Principal, project_id: uuid.UUID | None
) -> uuid.UUID:
    """The project a tenant-scoped operation acts on: the caller's own.

    Another project the caller belongs to is PERMISSION_DENIED (their role there
    is not this credential's); a project they cannot see is NOT_FOUND.
    """
    if me.project_id is None:
        raise PermissionDenied("the credential is not scoped to a project")
    if project_id is None or project_id == me.project_id:
        return me.project_id
    if me.kind == "user" and await uow.projects.find("id = :id", id=project_id) is not None:
        raise PermissionDenied(
            f"this credential acts in project {me.project_id}; log in to project {project_id}"
        )
    raise NotFound("project", project_id)


@dataclass(frozen=True)
class ProjectValues:
    """Fields of a project to set; None keeps (or, on create, defaults) the value."""

    name: str | None = None
    description: str | None = None
    settings: dict[str, Any] | None = None
    session_timeout_minutes: int | None = None
    agent_assignment: AgentAssignment | None = None
    time_zone: str | None = None
    language_code: str | None = None


class Projects:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def create(
        self,
        values: ProjectValues,
        *,
        billing_account_id: uuid.UUID | None = None,
        request_id: str = "",
    ) -> Project:
        """Another project for the caller, who becomes its owner and admin member."""
        me = caller()
        if me.user_id is None or me.project_id is None:
            raise PermissionDenied("creating a project needs a user's credential")
        async with self._uow() as uow:
            done = await uow.idempotency.seen(me.project_id, CREATE_OPERATION, request_id)
            if done is not None:
                return await uow.projects.get(done)
            owner = await uow.users.get(me.user_id)
            account = await self._paying_account(uow, owner, billing_account_id)
            current = await uow.projects.get(me.project_id)
            project = Project.create(
                owner=owner,
                billing_account=account,
                name=values.name or "",
                description=values.description or "",
                settings=values.settings,
                session_timeout_minutes=values.session_timeout_minutes
                or DEFAULT_SESSION_TIMEOUT_MINUTES,
                agent_assignment=values.agent_assignment,
                time_zone=values.time_zone or current.time_zone,
                language_code=values.language_code or current.language_code,
            )
            member = ProjectMember.add(
                project_id=project.id, user=owner, role=ProjectRole.ADMIN, now=project.create_time
            )
            await uow.idempotency.remember(me.project_id, CREATE_OPERATION, request_id, project.id)
            # The new project is the tenant of its own rows and events.
            await uow.scope_to(project.id, owner.id)
            await uow.projects.add(project)
            await uow.members.add(member)
            await uow.commit()
        return project

    async def get(self, project_id: uuid.UUID) -> Project:
        me = caller()
        async with self._uow() as uow:
            if me.kind != "user" and project_id != me.project_id:
                raise NotFound("project", project_id)
            return await uow.projects.get(project_id)

    async def list(
        self,
        *,
        state: str,
        owner_user_id: uuid.UUID | None,
        billing_account_id: uuid.UUID | None,
        query: str,
        page_size: int,
        page_token: str,
    ) -> Page[Project]:
        me = caller()
        clauses: list[str] = []
        params: dict[str, Any] = {}
        if me.kind == "user" and me.user_id is not None:
            clauses.append(
                f"id IN (SELECT project_id FROM {S}.project_members WHERE user_id = :me)"
            )
            params["me"] = me.user_id
        else:
            clauses.append("id = :current")
            params["current"] = me.project_id
        clauses.append("NOT active" if state == "archived" else "active")
        if owner_user_id is not None:
            clauses.append("owner_user_id = :owner")
            params["owner"] = owner_user_id
        if billing_account_id is not None:
            clauses.append("billing_account_id = :account")
            params["account"] = billing_account_id
        if query.strip():
            clauses.append(
                "(name ILIKE :q ESCAPE '\\' OR data->>'description' ILIKE :q ESCAPE '\\')"
            )
            params["q"] = like_pattern(query)
        async with self._uow() as uow:
            return await uow.projects.page(" AND ".join(clauses), params, page_size, page_token)

    async def update(
        self, project_id: uuid.UUID, values: ProjectValues, *, version: int = 0
    ) -> Project:
        me = caller()
        async with self._uow() as uow:
            project = await uow.projects.get(
                await current_project_id(uow, me, project_id), for_update=True
            )
            check_version("project", project.id, version, project.version)
            project.update(
                name=values.name,
                description=values.description,
                settings=values.settings,
                session_timeout_minutes=values.session_timeout_minutes,
                agent_assignment=values.agent_assignment,
                time_zone=values.time_zone,
                language_code=values.language_code,
            )
            await uow.projects.save(project)
            await uow.commit()
        return project

    async def archive(self, project_id: uuid.UUID, reason: str, *, version: int = 0) -> Project:
        me = caller()
        async with self._uow() as uow:
            project = await uow.projects.get(
                await current_project_id(uow, me, project_id), for_update=True
            )
            check_version("project", project.id, version, project.version)
            project.archive(reason)
            await uow.projects.save(project)
            await uow.commit()
        return project

    @staticmethod
    async def _paying_account(
        uow: IdentityUnitOfWork, owner: User, account_id: uuid.UUID | None
    ) -> BillingAccount:
        """The account that funds the new project: the given one, or the owner's first."""
        if account_id is None:
            account = await uow.billing_accounts.find(
                "owner_user_id = :owner ORDER BY create_time LIMIT 1", owner=owner.id
            )
            if account is None:
                raise FailedPrecondition(
                    "you own no billing account; name one in project.billing_account_id"
                )
            return account
        account = await uow.billing_accounts.get(account_id)
        if account.owner_user_id != owner.id:
            raise PermissionDenied("only the billing account's owner may fund projects with it")
        return account
