"""Authenticating bearer credentials: access tokens locally, API keys via identity."""

from __future__ import annotations

import hashlib
import time
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from shared.context import Principal
from shared.domain import Unauthenticated
from shared.tokens import TokenVerifier, looks_like_jwt

ApiKeyLookup = Callable[[str], Awaitable[Principal]]


class BearerAuthenticator:
    """Tokens are verified here; API keys go to `lookup`, cached for a short while.

    The cache keeps revocation prompt (its TTL bounds how long a revoked key
    still works) while sparing identity a call per request.
    """

    def __init__(
        self,
        verifier: TokenVerifier,
        lookup: ApiKeyLookup,
        *,
        ttl_seconds: float = 30.0,
        max_entries: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._verifier, self._lookup = verifier, lookup
        self._ttl, self._max, self._clock = ttl_seconds, max_entries, clock
        self._cache: OrderedDict[str, tuple[float, Principal]] = OrderedDict()

    async def authenticate(self, credential: str) -> Principal:
        if looks_like_jwt(credential):
            return self._verifier.verify(credential)
        now = self._clock()
        key = hashlib.sha256(credential.encode()).hexdigest()
        hit = self._cache.get(key)
        if hit is not None and hit[0] > now:
            return hit[1]
        principal = await self._lookup(credential)
        self._cache[key] = (now + self._ttl, principal)
        self._cache.move_to_end(key)
        while len(self._cache) > self._max:
            self._cache.popitem(last=False)
        return principal


class IdentityKeyVerifier:
    """ApiKeyLookup for every service but identity: asks identity's VerifyApiKey.

    Authentication is platform-wide, so this one client of identity's contract
    lives in shared. The service presents its own service token.
    """

    def __init__(self, channel: Any, service_token: str) -> None:
        from ventros.identity.v1 import auth_service_pb2_grpc

        # protoc's *_pb2_grpc modules are untyped
        self._stub = auth_service_pb2_grpc.AuthServiceStub(channel)  # type: ignore[no-untyped-call]
        self._metadata = (("authorization", f"Bearer {service_token}"),)

    async def __call__(self, credential: str) -> Principal:
        from ventros.identity.v1 import auth_service_pb2

        answer = await self._stub.VerifyApiKey(
            auth_service_pb2.VerifyApiKeyRequest(api_key=credential),
            metadata=self._metadata,
            timeout=5,
        )
        if not answer.valid:
            reason = auth_service_pb2.ApiKeyRejectionReason.Name(answer.rejection_reason)
            raise Unauthenticated(
                f"the API key is not valid ({reason.rsplit('_REASON_', 1)[-1].lower()})"
            )
        p = answer.principal
        role = p.role and _role_name(p.role)
        return Principal(
            subject=p.api_key_id,
            kind="api_key",
            project_id=uuid.UUID(p.project_id) if p.project_id else None,
            user_id=uuid.UUID(p.user_id) if p.user_id else None,
            role=role or "",
            permissions=frozenset(p.permissions),
        )


def _role_name(number: int) -> str:
    from ventros.identity.v1 import authorization_pb2

    return authorization_pb2.ProjectRole.Name(number).removeprefix("PROJECT_ROLE_").lower()


# What each service may do inside a project it acts for (with x-ventros-project-id):
# messaging finds or creates crm contacts for inbound messages and reveals a channel's
# WAHA API key (a Credential; the contract asks credential:manage for RevealCredential).
SERVICE_GRANTS: dict[str, frozenset[str]] = {
    "messaging": frozenset(
        {"contact:create", "contact:read", "contact:update", "credential:manage"}
    ),
}


def grants_for(service: str) -> frozenset[str]:
    """The permissions a token minted for `service` carries (none beyond the default)."""
    return SERVICE_GRANTS.get(service, frozenset())


def service_principal(name: str, permissions: frozenset[str] = frozenset()) -> Principal:
    """What a service token stands for: a named service that may verify API keys and,
    with `permissions`, call other services inside a project it names per call."""
    return Principal(
        subject=name,
        kind="service",
        project_id=None,
        role="service",
        permissions=frozenset({"credential:read"}) | permissions,
    )
