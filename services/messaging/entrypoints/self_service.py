"""RPCs a user may call on their own resource without the RPC's permission.

An agent sets its own status (available, away, …) although its role lacks
agent:update. The contract keeps agent:update on SetAgentStatus, so the permission
interceptor lets a user without it through for the methods listed here only, and
the servicer then allows the call just for the user's own agent (see `acting_user`).
Every other method, and every non-user principal, is checked exactly as before.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator, Iterable
from typing import Any

import grpc

from shared import domain
from shared.authz import grants
from shared.interceptors import (
    AccessRule,
    Authenticator,
    PermissionInterceptor,
    standard_interceptors,
    standard_scopes,
)
from shared.requests import caller

SET_AGENT_STATUS = "/ventros.messaging.v1.AgentService/SetAgentStatus"
SELF_SERVICE = frozenset({SET_AGENT_STATUS})


class SelfServicePermissionInterceptor(PermissionInterceptor):
    def __init__(self, methods: Iterable[str]) -> None:
        self._methods = frozenset(methods)

    # Returns what @asynccontextmanager makes of PermissionInterceptor.scope (the type
    # an override must keep) — both branches are such context managers.
    def scope(
        self, method: str, rule: AccessRule, ctx: grpc.aio.ServicerContext[Any, Any]
    ) -> contextlib._AsyncGeneratorContextManager[None, None]:
        if method not in self._methods:
            return super().scope(method, rule, ctx)
        return _users_or_permitted(rule)


@contextlib.asynccontextmanager
async def _users_or_permitted(rule: AccessRule) -> AsyncIterator[None]:
    principal = caller()
    if principal.kind != "user" and not grants(principal.permissions, rule.permission):
        raise domain.PermissionDenied(
            f"role {principal.role!r} lacks permission {rule.permission!r}"
        )
    yield


def acting_user(method: str) -> uuid.UUID | None:
    """None when the caller holds the method's permission; else the user the call is
    confined to (their own resource), or PermissionDenied when there is none."""
    principal = caller()
    permission = AccessRule.for_method(method).permission
    if grants(principal.permissions, permission):
        return None
    if principal.kind != "user" or principal.user_id is None:
        raise domain.PermissionDenied(f"role {principal.role!r} lacks permission {permission!r}")
    return principal.user_id


def interceptors(authenticator: Authenticator) -> list[grpc.aio.ServerInterceptor[Any, Any]]:
    """The standard chain with the self-service permission check in its place."""
    scopes = [
        SelfServicePermissionInterceptor(SELF_SERVICE)
        if isinstance(scope, PermissionInterceptor)
        else scope
        for scope in standard_scopes(authenticator)
    ]
    return standard_interceptors(authenticator, scopes)
