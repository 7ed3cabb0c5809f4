"""Session use cases: read, list, close, assign, transfer, resolve, escalate, expire."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from messaging.adapters.sessions import (
    AgentSessionRepository,
    SessionRepository,
    projects_with_expired_sessions,
    read_agent,
)
from messaging.domain import errors
from messaging.domain.agent_sessions import AgentSession, AgentSessionRole
from messaging.domain.sessions import Session, SessionEndReason, SessionStatus
from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from shared.domain import InvalidArgument, NotFound, check_version, utcnow
from shared.repository import Order, Page

UowFactory = Callable[..., MessagingUnitOfWork]
ORDERABLE = {"create_time", "start_time", "last_activity_time", "end_time"}


@dataclass(frozen=True)
class SessionFilter:
    status: str = ""
    channel_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    agent_id: uuid.UUID | None = None
    pipeline_id: uuid.UUID | None = None
    chat_id: uuid.UUID | None = None
    start_time_from: datetime | None = None
    start_time_to: datetime | None = None
    end_reason: str = ""
    resolved: bool | None = None
    escalated: bool | None = None
    query: str = ""

    def compile(self) -> tuple[str, dict[str, Any]]:
        clauses, params = ["true"], {}
        for name in ("channel_id", "contact_id", "pipeline_id", "chat_id"):
            value = getattr(self, name)
            if value is not None:
                clauses.append(f"{name} = :{name}")
                params[name] = value
        if self.agent_id is not None:
            # Any agent that took part, not only the current one.
            clauses.append("data->'agent_ids' ? :agent_id")
            params["agent_id"] = str(self.agent_id)
        if self.status:
            clauses.append("status = :status")
            params["status"] = self.status
        if self.start_time_from is not None:
            clauses.append("start_time >= :start_from")
            params["start_from"] = self.start_time_from
        if self.start_time_to is not None:
            clauses.append("start_time < :start_to")
            params["start_to"] = self.start_time_to
        if self.end_reason:
            clauses.append("data->>'end_reason' = :end_reason")
            params["end_reason"] = self.end_reason
        if self.resolved is not None:
            clauses.append("(data->>'resolved')::boolean = :resolved")
            params["resolved"] = self.resolved
        if self.escalated is not None:
            clauses.append("(data->>'escalated')::boolean = :escalated")
            params["escalated"] = self.escalated
        if self.query.strip():
            clauses.append(
                "lower(coalesce(data->>'summary', '') || ' ' || coalesce(data->>'close_note', '')"
                " || ' ' || coalesce(data->>'escalation_reason', '')) LIKE :query"
            )
            params["query"] = "%" + _escape_like(self.query.strip().lower()) + "%"
        return " AND ".join(clauses), params


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Sessions:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    async def get(self, session_id: uuid.UUID) -> Session:
        async with self._uow() as uow:
            return await uow.repository(SessionRepository).get(session_id)

    async def list(
        self, where: SessionFilter, page_size: int, page_token: str, order_by: str
    ) -> Page[Session]:
        order = Order.parse(order_by, ORDERABLE)
        sql, params = where.compile()
        async with self._uow() as uow:
            return await uow.repository(SessionRepository).page(
                sql, params, page_size, page_token, order
            )

    async def close(self, session_id: uuid.UUID, version: int, reason: str, note: str) -> Session:
        end_reason = SessionEndReason(reason or SessionEndReason.MANUAL_CLOSE)
        if end_reason == SessionEndReason.INACTIVITY_TIMEOUT:
            raise InvalidArgument.field("end_reason", "inactivity_timeout is set by the system")
        async with self._uow() as uow:
            repository = uow.repository(SessionRepository)
            session = await repository.get(session_id, for_update=True)
            check_version("session", session_id, version, session.version)
            if not session.end(end_reason, note=note):
                raise errors.SessionIsEnded(f"session {session_id} has already ended")
            await self._leave_all(uow, session)
            await repository.save(session)
            await uow.commit()
            return session

    async def assign(
        self,
        session_id: uuid.UUID,
        version: int,
        agent_id: uuid.UUID,
        role: str,
        reason: str,
    ) -> tuple[Session, AgentSession]:
        wanted = AgentSessionRole(role or AgentSessionRole.PRIMARY)
        async with self._uow() as uow:
            repository = uow.repository(SessionRepository)
            session = await repository.get(session_id, for_update=True)
            check_version("session", session_id, version, session.version)
            await _assignable(uow, agent_id, "agent_id")
            previous = session.current_agent_id
            session.assign_agent(agent_id, role=wanted, reason=reason)
            if wanted == AgentSessionRole.PRIMARY and previous not in (None, agent_id):
                await self._leave(uow, session_id, previous)
            participation = await self._join(uow, session, agent_id, wanted)
            await repository.save(session)
            await uow.commit()
            return session, participation

    async def transfer(
        self,
        session_id: uuid.UUID,
        version: int,
        to_agent_id: uuid.UUID,
        reason: str,
        keep_previous: bool,
    ) -> tuple[Session, AgentSession]:
        async with self._uow() as uow:
            repository = uow.repository(SessionRepository)
            session = await repository.get(session_id, for_update=True)
            check_version("session", session_id, version, session.version)
            await _assignable(uow, to_agent_id, "to_agent_id")
            previous = session.current_agent_id
            if not session.transfer(to_agent_id, reason=reason):
                raise InvalidArgument.field("to_agent_id", "is already the session's agent")
            if previous is not None:
                if keep_previous:
                    held = await uow.repository(AgentSessionRepository).current(
                        session_id, previous
                    )
                    if held is not None:
                        held.change_role(AgentSessionRole.SUPPORT)
                        await uow.repository(AgentSessionRepository).save(held)
                else:
                    await self._leave(uow, session_id, previous)
            participation = await self._join(uow, session, to_agent_id, AgentSessionRole.PRIMARY)
            await repository.save(session)
            await uow.commit()
            return session, participation

    async def resolve(self, session_id: uuid.UUID, version: int, note: str) -> Session:
        async with self._uow() as uow:
            repository = uow.repository(SessionRepository)
            session = await repository.get(session_id, for_update=True)
            check_version("session", session_id, version, session.version)
            session.resolve(note=note)
            await repository.save(session)
            await uow.commit()
            return session

    async def escalate(
        self, session_id: uuid.UUID, version: int, reason: str, to_agent_id: uuid.UUID | None
    ) -> Session:
        if not reason.strip():
            raise InvalidArgument.field("reason", "is required")
        async with self._uow() as uow:
            repository = uow.repository(SessionRepository)
            session = await repository.get(session_id, for_update=True)
            check_version("session", session_id, version, session.version)
            if to_agent_id is not None:
                await _assignable(uow, to_agent_id, "to_agent_id")
            session.escalate(reason, to_agent_id=to_agent_id)
            if to_agent_id is not None and session.current_agent_id != to_agent_id:
                previous = session.current_agent_id
                session.transfer(to_agent_id, reason=f"escalation: {reason}")
                if previous is not None:
                    await self._leave(uow, session_id, previous)
                await self._join(uow, session, to_agent_id, AgentSessionRole.PRIMARY)
            await repository.save(session)
            await uow.commit()
            return session

    # -- lifecycle (Temporal activities call these) ---------------------------------

    async def expire_time(self, project_id: uuid.UUID, session_id: uuid.UUID) -> datetime | None:
        """When the session's inactivity window closes; None once it has ended (or is gone)."""
        async with self._uow(project_id=project_id) as uow:
            try:
                session = await uow.repository(SessionRepository).get(session_id)
            except NotFound:
                return None
            return session.expire_time if session.is_active else None

    async def end_if_inactive(
        self, project_id: uuid.UUID, session_id: uuid.UUID, now: datetime
    ) -> bool:
        """End the session for inactivity if its window has passed at `now` (re-read
        under lock: a message recorded meanwhile extends it). True when it ended."""
        async with self._uow(project_id=project_id) as uow:
            repository = uow.repository(SessionRepository)
            try:
                session = await repository.get(session_id, for_update=True)
            except NotFound:
                return False
            if not session.is_active or not session.is_expired(now):
                return False
            session.end(SessionEndReason.INACTIVITY_TIMEOUT)
            await self._leave_all(uow, session)
            await repository.save(session)
            await uow.commit()
            return True

    async def end_expired(
        self, project_id: uuid.UUID, now: datetime | None = None, limit: int = 100
    ) -> builtins.list[uuid.UUID]:
        """End the project's active sessions whose window has passed (orphans whose
        lifecycle workflow is gone). Returns the sessions ended."""
        moment = now or utcnow()
        async with self._uow(project_id=project_id) as uow:
            candidates = await uow.repository(SessionRepository).expired(moment, limit)
        ended = []
        for session_id in candidates:
            if await self.end_if_inactive(project_id, session_id, moment):
                ended.append(session_id)
        return ended

    async def end_orphans(
        self, project_ids: builtins.list[uuid.UUID] | None = None, now: datetime | None = None
    ) -> int:
        """End expired active sessions of the given projects, or, when none are given,
        of every project that has some (found across tenants through the database's
        project-ids-only door; each project is then worked in its own tenant)."""
        moment = now or utcnow()
        if not project_ids:
            async with self._uow(tenantless=True) as uow:
                project_ids = await projects_with_expired_sessions(uow.connection, moment)
        ended = 0
        for project in project_ids:
            ended += len(await self.end_expired(project, moment))
        return ended

    # -- participation --------------------------------------------------------------

    async def _join(
        self,
        uow: MessagingUnitOfWork,
        session: Session,
        agent_id: uuid.UUID,
        role: AgentSessionRole,
    ) -> AgentSession:
        participations = uow.repository(AgentSessionRepository)
        held = await participations.current(session.id, agent_id)
        if held is not None:
            if held.change_role(role):
                await participations.save(held)
            return held
        joined = AgentSession.join(
            project_id=session.project_id, session_id=session.id, agent_id=agent_id, role=role
        )
        await participations.add(joined)
        return joined

    async def _leave(
        self, uow: MessagingUnitOfWork, session_id: uuid.UUID, agent_id: uuid.UUID
    ) -> None:
        participations = uow.repository(AgentSessionRepository)
        held = await participations.current(session_id, agent_id)
        if held is not None and held.leave():
            await participations.save(held)

    async def _leave_all(self, uow: MessagingUnitOfWork, session: Session) -> None:
        participations = uow.repository(AgentSessionRepository)
        for held in await participations.active_in(session.id):
            if held.leave():
                await participations.save(held)


async def _assignable(uow: MessagingUnitOfWork, agent_id: uuid.UUID, field: str) -> None:
    agent = await read_agent(uow.connection, agent_id)
    if agent is None:
        raise NotFound("agent", agent_id)
    if not agent.assignable:
        raise errors.AgentNotAssignable(f"agent {agent_id} ({agent.type}) cannot take sessions")


__all__ = ["SessionFilter", "SessionStatus", "Sessions"]
