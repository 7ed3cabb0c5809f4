"""Request size (413) and per-credential rate limits (429), over real HTTP."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest

from gateway.app import Gateway, create_app
from gateway.config import RateLimit
from tests.integration.gateway.echo_backend import EchoBackend
from tests.integration.gateway.serving import served

pytestmark = pytest.mark.integration
LIMIT = 1024


@pytest.fixture
async def http(echo: EchoBackend, messaging_address: str) -> AsyncIterator[httpx.AsyncClient]:
    gateway = Gateway(
        {"echo": echo.address, "messaging": messaging_address},
        max_body_bytes=LIMIT,
        rate_limit=RateLimit(per_second=1.0, burst=3),
        ingress_rate_limit=RateLimit(per_second=1.0, burst=2),
    )
    async with (
        served(create_app(gateway)) as url,
        httpx.AsyncClient(base_url=url, timeout=10) as client,
    ):
        yield client


def shout(size: int) -> bytes:
    return json.dumps({"text": "x" * size}).encode()


async def test_a_body_within_the_limit_is_transcoded(http: httpx.AsyncClient) -> None:
    answer = await http.post("/v1/echo:shout", content=shout(LIMIT - 20))
    assert answer.status_code == 200, answer.text


async def test_a_declared_length_over_the_limit_is_413(http: httpx.AsyncClient) -> None:
    answer = await http.post("/v1/echo:shout", content=shout(LIMIT))
    assert (answer.status_code, answer.json()["code"]) == (413, 8)


async def test_a_chunked_body_is_cut_off_once_it_passes_the_limit(
    http: httpx.AsyncClient,
) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(64):  # 64 KiB offered in 1 KiB chunks, no Content-Length
            yield b" " * 1024

    answer = await http.post("/v1/echo:shout", content=chunks())
    assert (answer.status_code, answer.json()["code"]) == (413, 8)


async def test_past_its_burst_a_credential_gets_429_with_retry_after(
    http: httpx.AsyncClient,
) -> None:
    auth = {"Authorization": f"Bearer {uuid.uuid4()}"}
    statuses = [(await http.get("/v1/echo/hi", headers=auth)).status_code for _ in range(3)]
    refused = await http.get("/v1/echo/hi", headers=auth)
    assert statuses == [200, 200, 200]
    assert (refused.status_code, refused.headers["retry-after"]) == (429, "1")
    body = refused.json()
    assert body["code"] == 8
    assert body["details"][0]["@type"] == "type.googleapis.com/google.rpc.RetryInfo"
    assert float(body["details"][0]["retryDelay"].removesuffix("s")) <= 1.0


async def test_one_credential_exhausted_leaves_another_untouched(
    http: httpx.AsyncClient,
) -> None:
    first = {"Authorization": f"Bearer {uuid.uuid4()}"}
    for _ in range(4):
        await http.get("/v1/echo/hi", headers=first)
    other = await http.get("/v1/echo/hi", headers={"Authorization": f"Bearer {uuid.uuid4()}"})
    assert other.status_code == 200


async def test_waha_ingress_is_limited_per_channel_whatever_the_caller(
    http: httpx.AsyncClient,
) -> None:
    busy, quiet = uuid.uuid4(), uuid.uuid4()
    for _ in range(2):  # the burst: these reach messaging (which refuses unknown channels)
        answer = await http.post(f"/v1/webhooks/waha/{busy}", content=b"{}")
        assert answer.status_code != 429
    refused = await http.post(
        f"/v1/webhooks/waha/{busy}", content=b"{}", headers={"Authorization": "Bearer other"}
    )
    assert refused.status_code == 429 and refused.headers["retry-after"] == "1"
    assert (await http.post(f"/v1/webhooks/waha/{quiet}", content=b"{}")).status_code != 429
