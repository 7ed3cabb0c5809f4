"""Per-request context carried in contextvars across awaits."""

from __future__ import annotations

import uuid
from contextvars import ContextVar
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Principal:
    """Who is calling, in which project, with which permissions."""

    subject: str  # user id, API key id or service name
    kind: str  # "user" | "api_key" | "service"
    project_id: uuid.UUID | None
    role: str
    permissions: frozenset[str] = field(default_factory=frozenset)
    user_id: uuid.UUID | None = None


@dataclass(frozen=True)
class RequestContext:
    request_id: str
    correlation_id: str
    principal: Principal | None = None

    @property
    def project_id(self) -> uuid.UUID | None:
        return self.principal.project_id if self.principal else None


_current: ContextVar[RequestContext | None] = ContextVar("ventros_request", default=None)


def current() -> RequestContext | None:
    return _current.get()


def set_current(ctx: RequestContext | None) -> object:
    return _current.set(ctx)


def reset(token: object) -> None:
    _current.reset(token)  # type: ignore[arg-type]


def new_request(correlation_id: str | None = None) -> RequestContext:
    request_id = uuid.uuid4().hex
    return RequestContext(request_id=request_id, correlation_id=correlation_id or request_id)
