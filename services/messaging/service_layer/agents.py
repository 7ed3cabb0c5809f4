"""Agent use cases: create, read, list, update, delete, status, participations."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from messaging.adapters.agents import AgentListing, AgentRepository
from messaging.adapters.sessions import AgentSessionRepository
from messaging.domain.agent_sessions import AgentSession
from messaging.domain.agents import Agent, AgentType
from messaging.service_layer.channels import escape_like
from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from shared.domain import InvalidArgument, PermissionDenied, check_version
from shared.repository import Order, Page

UowFactory = Callable[..., MessagingUnitOfWork]
ORDERABLE = {
    "name": "name",
    "create_time": "create_time",
    "update_time": "update_time",
    "last_activity_time": "activity_time",
}
CREATABLE = {AgentType.HUMAN, AgentType.AI, AgentType.BOT, AgentType.VIRTUAL}


@dataclass(frozen=True)
class AgentFilter:
    type: str = ""
    status: str = ""
    active: bool | None = None
    skill: str = ""
    language: str = ""
    user_id: uuid.UUID | None = None
    query: str = ""

    def compile(self) -> tuple[str, dict[str, Any]]:
        clauses: list[str] = ["delete_time IS NULL"]
        params: dict[str, Any] = {}
        if self.type:
            clauses.append("type = :type")
            params["type"] = self.type
        if self.status:
            clauses.append("status = :status")
            params["status"] = self.status
        if self.active is not None:
            clauses.append("(data->>'active')::boolean = :active")
            params["active"] = self.active
        if self.skill.strip():
            clauses.append("data->'skills' ? :skill")
            params["skill"] = self.skill.strip()
        if self.language.strip():
            clauses.append("data->'languages' ? :language")
            params["language"] = self.language.strip()
        if self.user_id is not None:
            clauses.append("user_id = :user_id")
            params["user_id"] = self.user_id
        if self.query.strip():
            clauses.append("lower(name || ' ' || coalesce(data->>'email', '')) LIKE :query")
            params["query"] = "%" + escape_like(self.query.strip().lower()) + "%"
        return " AND ".join(clauses), params


@dataclass(frozen=True)
class AgentSessionFilter:
    session_id: uuid.UUID | None = None
    agent_id: uuid.UUID | None = None
    role: str = ""
    active: bool | None = None

    def compile(self) -> tuple[str, dict[str, Any]]:
        if self.session_id is None and self.agent_id is None:
            raise InvalidArgument.field("session_id", "set session_id, agent_id or both")
        clauses, params = ["true"], {}
        for name in ("session_id", "agent_id"):
            value = getattr(self, name)
            if value is not None:
                clauses.append(f"{name} = :{name}")
                params[name] = value
        if self.role:
            clauses.append("role = :role")
            params["role"] = self.role
        if self.active is not None:
            clauses.append("left_time IS NULL" if self.active else "left_time IS NOT NULL")
        return " AND ".join(clauses), params


class Agents:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    async def create(
        self,
        project_id: uuid.UUID,
        type: str,
        name: str,
        user_id: uuid.UUID | None,
        settings: Mapping[str, Any],
        request_id: str,
    ) -> Agent:
        if not type:
            raise InvalidArgument.field("agent.type", "is required")
        if AgentType(type) not in CREATABLE:
            raise InvalidArgument.field("agent.type", "system agents are fixed, not created")
        async with self._uow() as uow:
            repo = uow.repository(AgentRepository)
            seen = await uow.idempotency.seen(project_id, "create_agent", request_id)
            if seen:
                return await repo.get(seen)
            agent = Agent.create(
                project_id=project_id, type=type, name=name, user_id=user_id, **settings
            )
            await repo.add(agent)
            await uow.idempotency.remember(project_id, "create_agent", request_id, agent.id)
            await uow.commit()
            return agent

    async def get(self, agent_id: uuid.UUID) -> Agent:
        async with self._uow() as uow:
            return await uow.repository(AgentRepository).get(agent_id)

    async def list(
        self, where: AgentFilter, page_size: int, page_token: str, order_by: str
    ) -> Page[Agent]:
        parsed = Order.parse(order_by, set(ORDERABLE), Order("create_time", True))
        order = Order(ORDERABLE[parsed.column], parsed.descending)
        sql, params = where.compile()
        async with self._uow() as uow:
            return await uow.repository(AgentListing).page(
                sql, params, page_size, page_token, order
            )

    async def update(
        self, agent_id: uuid.UUID, version: int, changes: Mapping[str, Any], mask: Iterable[str]
    ) -> Agent:
        wanted = {k: v for k, v in changes.items() if k in set(mask)}
        return await self._change(agent_id, version, lambda a: a.update(wanted))

    async def delete(self, agent_id: uuid.UUID, version: int) -> Agent:
        return await self._change(agent_id, version, lambda a: a.delete())

    async def set_status(
        self,
        agent_id: uuid.UUID,
        version: int,
        status: str,
        *,
        only_for_user: uuid.UUID | None = None,
    ) -> Agent:
        """Change the agent's availability; with `only_for_user`, only when the agent is
        that user's own (a user without agent:update setting their own status)."""
        if not status:
            raise InvalidArgument.field("status", "is required")

        def change(agent: Agent) -> None:
            if only_for_user is not None and agent.user_id != only_for_user:
                raise PermissionDenied("only the agent's own user may set its status")
            agent.set_status(status)

        return await self._change(agent_id, version, change)

    async def sessions(
        self, where: AgentSessionFilter, page_size: int, page_token: str, order_by: str
    ) -> Page[AgentSession]:
        # A participation is created when the agent joins: join_time is create_time.
        parsed = Order.parse(order_by, {"join_time", "create_time"}, Order("create_time", True))
        order = Order("create_time", parsed.descending)
        sql, params = where.compile()
        async with self._uow() as uow:
            return await uow.repository(AgentSessionRepository).page(
                sql, params, page_size, page_token, order
            )

    async def _change(
        self, agent_id: uuid.UUID, version: int, change: Callable[[Agent], object]
    ) -> Agent:
        async with self._uow() as uow:
            repo = uow.repository(AgentRepository)
            agent = await repo.get(agent_id, for_update=True)
            check_version("agent", agent_id, version, agent.version)
            change(agent)
            await repo.save(agent)
            await uow.commit()
            return agent
