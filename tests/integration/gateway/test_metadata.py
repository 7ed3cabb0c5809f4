"""Grpc-Metadata-* headers both ways, through the gateway to a real gRPC backend."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator

import httpx
import pytest

from gateway.app import Gateway, create_app
from tests.integration.gateway.echo_backend import EchoBackend

pytestmark = pytest.mark.integration


@pytest.fixture
async def rest(echo: EchoBackend) -> AsyncIterator[httpx.AsyncClient]:
    gateway = Gateway({"echo": echo.address})
    assert await gateway.refresh() == {}
    transport = httpx.ASGITransport(app=create_app(gateway))
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        yield client
    await gateway.close()


async def test_grpc_metadata_headers_reach_the_backend(rest: httpx.AsyncClient) -> None:
    answer = await rest.get(
        "/v1/echo/hi", headers={"Grpc-Metadata-X-Trace": "abc", "X-Request-Id": "req-1"}
    )
    received = answer.json()["metadata"]
    assert (received["x-trace"], received["x-request-id"]) == ("abc", "req-1")


async def test_a_binary_header_reaches_the_backend_as_bytes(rest: httpx.AsyncClient) -> None:
    sent = b"\x00\x01\xfe\xff"
    url_safe = base64.urlsafe_b64encode(sent).decode().rstrip("=")
    answer = await rest.get("/v1/echo/hi", headers={"Grpc-Metadata-X-Blob-Bin": url_safe})
    # The backend reports binary values base64 (standard): the bytes arrived intact.
    assert base64.b64decode(answer.json()["metadata"]["x-blob-bin"]) == sent


async def test_initial_and_trailing_metadata_come_back_as_headers(
    rest: httpx.AsyncClient,
) -> None:
    answer = await rest.get("/v1/echo/hi")
    assert answer.headers["grpc-metadata-x-echo-initial"] == "hello"
    assert answer.headers["grpc-metadata-x-echo-trailing"] == "bye"
    assert base64.b64decode(answer.headers["grpc-metadata-x-echo-blob-bin"]) == b"\x00\xffbin"


async def test_a_failed_call_returns_its_metadata_but_not_grpcs_own(
    rest: httpx.AsyncClient,
) -> None:
    answer = await rest.get("/v1/echo/hi", params={"failCode": "9"})
    assert answer.status_code == 400, answer.text
    assert answer.headers["grpc-metadata-x-echo-trailing"] == "bye"
    assert not [h for h in answer.headers if h.startswith("grpc-metadata-grpc-")]


async def test_a_malformed_metadata_header_is_400_naming_it(rest: httpx.AsyncClient) -> None:
    answer = await rest.get("/v1/echo/hi", headers={"Grpc-Metadata-X-Blob-Bin": "%%%"})
    assert answer.status_code == 400
    [violation] = answer.json()["details"][0]["fieldViolations"]
    assert violation["field"] == "grpc-metadata-x-blob-bin"
