"""Unit of work: one tenant-scoped transaction that saves aggregates with their events."""

from __future__ import annotations

import uuid
from types import TracebackType
from typing import Any, Self, TypeVar

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from shared import context
from shared.db import set_tenant
from shared.domain import Aggregate, FailedPrecondition
from shared.outbox import OutboxWriter
from shared.repository import DocumentRepository

R = TypeVar("R", bound=DocumentRepository[Any])


class NoTenant(FailedPrecondition):
    """A tenant-scoped unit of work was opened without a project: fail closed."""


class UnitOfWork:
    """Subclasses build their repositories on `self.connection` in `_open`."""

    connection: AsyncConnection

    def __init__(
        self,
        engine: AsyncEngine,
        outbox: OutboxWriter,
        *,
        project_id: uuid.UUID | None = None,
        user_id: uuid.UUID | None = None,
        tenantless: bool = False,
    ) -> None:
        self._engine, self._outbox = engine, outbox
        self._project_id, self._user_id, self._tenantless = project_id, user_id, tenantless
        self._tracked: list[Aggregate] = []
        self._done = False

    async def __aenter__(self) -> Self:
        ctx = context.current()
        project = self._project_id or (ctx.project_id if ctx else None)
        user = self._user_id or (ctx.principal.user_id if ctx and ctx.principal else None)
        if project is None and not self._tenantless:
            raise NoTenant("no project is set for this unit of work")
        self._project_id = project
        self.connection = await self._engine.connect()
        await self.connection.begin()
        await set_tenant(self.connection, project, user)
        self._tracked, self._done = [], False
        self._repositories: dict[type, object] = {}
        self._open()
        return self

    @property
    def project_id(self) -> uuid.UUID | None:
        """The project this transaction is scoped to (None for a tenantless one)."""
        return self._project_id

    def _open(self) -> None:
        """Hook: create repositories bound to self.connection."""

    async def scope_to(
        self, project_id: uuid.UUID | None, user_id: uuid.UUID | None = None
    ) -> None:
        """Move this transaction to a project (a flow that has just created it)."""
        self._project_id, self._user_id = project_id, user_id or self._user_id
        await set_tenant(self.connection, project_id, self._user_id)

    def repository(self, cls: type[R]) -> R:
        """The unit of work's one instance of a repository class, bound to its connection."""
        found = self._repositories.get(cls)
        if found is None:
            found = self._repositories[cls] = cls(self.connection, self.track)
        return found  # type: ignore[return-value]

    def track(self, aggregate: Aggregate) -> None:
        if aggregate not in self._tracked:
            self._tracked.append(aggregate)

    async def commit(self) -> None:
        for repository in self._repositories.values():
            flush = getattr(repository, "flush", None)
            if flush is not None:
                await flush()
        events = [(e, aggregate) for aggregate in self._tracked for e in aggregate.collect_events()]
        await self._outbox.write(self.connection, events)
        await self.connection.commit()
        self._done = True

    async def rollback(self) -> None:
        await self.connection.rollback()
        self._done = True

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if not self._done:
                await self.connection.rollback()
        finally:
            await self.connection.close()
