"""CORS for configured origins: preflights answered from the routing table, exposed
Grpc-Metadata-* and Retry-After headers, nothing at all for other origins."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

import httpx
import pytest

from gateway.app import Gateway, create_app
from gateway.config import RateLimit
from tests.integration.gateway.echo_backend import EchoBackend

pytestmark = pytest.mark.integration
APP = "https://app.example.com"


async def client(
    echo: EchoBackend, origins: Sequence[str], **options: object
) -> AsyncIterator[httpx.AsyncClient]:
    gateway = Gateway({"echo": echo.address}, **options)  # type: ignore[arg-type]
    assert await gateway.refresh() == {}
    transport = httpx.ASGITransport(app=create_app(gateway, cors_origins=origins))
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as http:
        yield http
    await gateway.close()


@pytest.fixture
async def rest(echo: EchoBackend) -> AsyncIterator[httpx.AsyncClient]:
    limit = RateLimit(per_second=0.5, burst=1)
    async for http in client(echo, [APP, "http://localhost:3000"], rate_limit=limit):
        yield http


def preflight(method: str, headers: str = "", origin: str = APP) -> dict[str, str]:
    asked = {"Origin": origin, "Access-Control-Request-Method": method}
    return {**asked, "Access-Control-Request-Headers": headers} if headers else asked


async def test_a_preflight_gets_the_paths_methods_and_the_allowed_headers(
    rest: httpx.AsyncClient,
) -> None:
    wanted = "authorization, content-type, grpc-timeout, grpc-metadata-x-trace, x-request-id"
    answer = await rest.options("/v1/echo/hi", headers=preflight("GET", wanted))
    assert answer.status_code == 204
    assert answer.headers["access-control-allow-origin"] == APP
    assert answer.headers["access-control-allow-methods"] == "GET"
    assert answer.headers["access-control-allow-headers"] == wanted
    assert answer.headers["vary"] == "Origin" and int(answer.headers["access-control-max-age"])


async def test_a_preflight_leaves_out_headers_that_are_not_allowed(
    rest: httpx.AsyncClient,
) -> None:
    answer = await rest.options("/v1/echo:shout", headers=preflight("POST", "x-evil, content-type"))
    assert answer.headers["access-control-allow-methods"] == "POST"
    assert answer.headers["access-control-allow-headers"] == "content-type"


async def test_a_preflight_for_a_path_without_routes_is_404(rest: httpx.AsyncClient) -> None:
    assert (await rest.options("/v1/nowhere", headers=preflight("GET"))).status_code == 404


async def test_a_response_exposes_its_grpc_metadata_headers_and_retry_after(
    rest: httpx.AsyncClient,
) -> None:
    answer = await rest.get("/v1/echo/hi", headers={"Origin": APP, "Authorization": "Bearer a"})
    assert answer.headers["access-control-allow-origin"] == APP
    exposed = {
        h.strip().lower() for h in answer.headers["access-control-expose-headers"].split(",")
    }
    assert {
        "grpc-metadata-x-echo-initial",
        "grpc-metadata-x-echo-blob-bin",
        "grpc-metadata-x-echo-trailing",
        "retry-after",
    } <= exposed


async def test_a_rate_limited_answer_carries_cors_so_the_page_can_read_retry_after(
    rest: httpx.AsyncClient,
) -> None:
    headers = {"Origin": APP, "Authorization": "Bearer limited"}
    await rest.get("/v1/echo/hi", headers=headers)
    refused = await rest.get("/v1/echo/hi", headers=headers)
    assert refused.status_code == 429 and refused.headers["retry-after"] == "2"
    assert refused.headers["access-control-allow-origin"] == APP


async def test_another_origin_gets_no_cors_headers(rest: httpx.AsyncClient) -> None:
    answer = await rest.get("/v1/echo/hi", headers={"Origin": "https://evil.example"})
    refused = await rest.options(
        "/v1/echo/hi", headers=preflight("GET", origin="https://evil.example")
    )
    assert answer.status_code == 200
    assert not [h for h in [*answer.headers, *refused.headers] if h.startswith("access-control-")]


async def test_without_configured_origins_there_is_no_cors_at_all(echo: EchoBackend) -> None:
    async for http in client(echo, []):
        answer = await http.get("/v1/echo/hi", headers={"Origin": APP})
        refused = await http.options("/v1/echo/hi", headers=preflight("GET"))
        assert "access-control-allow-origin" not in answer.headers
        assert refused.status_code == 405


async def test_a_star_allows_any_origin_without_vary(echo: EchoBackend) -> None:
    async for http in client(echo, ["*"]):
        answer = await http.get("/v1/echo/hi", headers={"Origin": "https://anyone.example"})
        assert answer.headers["access-control-allow-origin"] == "*"
        assert "vary" not in answer.headers
