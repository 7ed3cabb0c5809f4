"""Authenticating bearer credentials: access tokens locally, API keys via identity."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from shared.context import Principal
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
        hit = self._cache.get(credential)
        if hit is not None and hit[0] > now:
            return hit[1]
        principal = await self._lookup(credential)
        self._cache[credential] = (now + self._ttl, principal)
        self._cache.move_to_end(credential)
        while len(self._cache) > self._max:
            self._cache.popitem(last=False)
        return principal
