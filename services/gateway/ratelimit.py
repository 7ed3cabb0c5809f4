"""Per-caller token buckets: a burst, refilled at a steady rate, in bounded memory."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass

from gateway.config import RateLimit


@dataclass
class _Bucket:
    tokens: float
    stamp: float  # when the bucket was last refilled (= last used)


class TokenBuckets:
    """One bucket per key, created full; `take` spends a token or says how long to wait.

    Buckets live in a dict in least-recently-used order. A bucket idle long enough to
    have refilled completely answers exactly like a new one, so it is dropped; past
    `max_keys` the least recently used bucket goes too (its caller gets a fresh burst).
    """

    def __init__(
        self, limit: RateLimit, max_keys: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._rate = limit.per_second
        self._burst = float(limit.burst)
        self._max_keys = max_keys
        self._clock = clock
        self._refilled_after = self._burst / self._rate if self._rate else 0.0
        self._buckets: dict[str, _Bucket] = {}

    @property
    def enabled(self) -> bool:
        return self._rate > 0

    def __len__(self) -> int:
        return len(self._buckets)

    def take(self, key: str) -> float:
        """0.0 when the call may go ahead, else the seconds until a token is there."""
        if not self.enabled:
            return 0.0
        now = self._clock()
        self._drop_idle(now)
        bucket = self._buckets.pop(key, None) or _Bucket(self._burst, now)
        bucket.tokens = min(self._burst, bucket.tokens + (now - bucket.stamp) * self._rate)
        bucket.stamp = now
        wait = 0.0
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
        else:
            wait = (1.0 - bucket.tokens) / self._rate
        self._buckets[key] = bucket
        while len(self._buckets) > self._max_keys:
            del self._buckets[next(iter(self._buckets))]
        return wait

    def _drop_idle(self, now: float) -> None:
        while self._buckets:
            key, oldest = next(iter(self._buckets.items()))
            if now - oldest.stamp < self._refilled_after:
                return
            del self._buckets[key]


def caller_key(authorization: str | None, client_host: str | None) -> str:
    """A credential is keyed by its digest (never kept in clear); anonymous callers by IP."""
    if authorization:
        return "credential:" + hashlib.sha256(authorization.encode()).hexdigest()
    return "address:" + (client_host or "unknown")
