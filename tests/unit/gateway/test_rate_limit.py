"""Token buckets per caller: burst, steady refill, the wait to announce, bounded memory."""

from __future__ import annotations

import pytest

from gateway.config import RateLimit
from gateway.ratelimit import TokenBuckets, caller_key


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def buckets(clock: Clock, per_second: float = 2.0, burst: int = 3, max_keys: int = 100):  # type: ignore[no-untyped-def]
    return TokenBuckets(RateLimit(per_second, burst), max_keys, clock)


def test_a_new_caller_may_spend_its_whole_burst_at_once(clock: Clock) -> None:
    limiter = buckets(clock)
    assert [limiter.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]


def test_past_the_burst_the_wait_is_until_the_next_token(clock: Clock) -> None:
    limiter = buckets(clock)
    for _ in range(3):
        limiter.take("a")
    assert limiter.take("a") == pytest.approx(0.5)  # 2 tokens a second


def test_tokens_come_back_at_the_configured_rate(clock: Clock) -> None:
    limiter = buckets(clock)
    for _ in range(3):
        limiter.take("a")
    clock.now += 0.5
    assert limiter.take("a") == 0.0
    assert limiter.take("a") > 0.0


def test_a_refused_call_spends_nothing(clock: Clock) -> None:
    limiter = buckets(clock)
    for _ in range(3):
        limiter.take("a")
    assert limiter.take("a") == limiter.take("a") == pytest.approx(0.5)


def test_callers_do_not_share_buckets(clock: Clock) -> None:
    limiter = buckets(clock, burst=1)
    limiter.take("a")
    assert limiter.take("a") > 0.0 and limiter.take("b") == 0.0


def test_a_rate_of_zero_switches_the_limit_off(clock: Clock) -> None:
    limiter = buckets(clock, per_second=0.0, burst=1)
    assert not limiter.enabled
    assert [limiter.take("a") for _ in range(50)] == [0.0] * 50
    assert len(limiter) == 0


def test_a_bucket_idle_until_full_again_is_forgotten(clock: Clock) -> None:
    limiter = buckets(clock)
    limiter.take("a")
    clock.now += 1.6  # 3 tokens at 2/s: full after 1.5 s
    limiter.take("b")
    assert len(limiter) == 1


def test_memory_is_bounded_by_evicting_the_least_recently_used(clock: Clock) -> None:
    limiter = buckets(clock, burst=1, max_keys=2)
    limiter.take("a")
    limiter.take("b")
    limiter.take("a")  # "b" is now the least recently used
    limiter.take("c")
    assert len(limiter) == 2
    assert limiter.take("a") > 0.0  # kept: still empty
    assert limiter.take("b") == 0.0  # evicted: starts again full


def test_a_credential_is_keyed_by_its_digest_and_anonymous_callers_by_address() -> None:
    key = caller_key("Bearer secret-key", "10.0.0.1")
    assert "secret-key" not in key and key == caller_key("Bearer secret-key", "10.0.0.9")
    assert key != caller_key("Bearer other", "10.0.0.1")
    assert caller_key(None, "10.0.0.1") == "address:10.0.0.1" != caller_key(None, "10.0.0.2")
