"""Every gRPC status a backend can answer, as the HTTP status and google.rpc.Status JSON
the gateway returns, details resolved to their types."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import grpc
import httpx
import pytest

from gateway.app import Gateway, create_app
from tests.integration.gateway.echo_backend import EchoBackend
from tests.unit.gateway.test_errors import EXPECTED

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def rest() -> AsyncIterator[httpx.AsyncClient]:
    echo = await EchoBackend().start()
    gateway = Gateway({"echo": echo.address})
    assert await gateway.refresh() == {}
    transport = httpx.ASGITransport(app=create_app(gateway))
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        yield client
    await gateway.close()
    await echo.stop()


async def test_success_is_200(rest: httpx.AsyncClient) -> None:
    assert (await rest.get("/v1/echo/hi")).status_code == EXPECTED["OK"]


@pytest.mark.parametrize("code", [c for c in grpc.StatusCode if c is not grpc.StatusCode.OK])
async def test_each_failure_code_has_its_http_status(
    rest: httpx.AsyncClient, code: grpc.StatusCode
) -> None:
    answer = await rest.get("/v1/echo/hi", params={"failCode": str(code.value[0])})
    assert answer.status_code == EXPECTED[code.name]
    body = answer.json()
    assert (body["code"], body["message"]) == (code.value[0], f"failed with {code.value[0]}")


async def test_details_are_resolved_to_their_types_even_the_backends_own(
    rest: httpx.AsyncClient,
) -> None:
    answer = await rest.get("/v1/echo/hi", params={"failCode": "3"})
    assert answer.json()["details"] == [
        {
            "@type": "type.googleapis.com/google.rpc.BadRequest",
            "fieldViolations": [{"field": "text", "description": "echoed badly"}],
        },
        # gatewaytest.v1.Inner is known only from the backend's reflection.
        {"@type": "type.googleapis.com/gatewaytest.v1.Inner", "id": "detail", "count": "7"},
    ]


async def test_grpc_timeout_sets_the_deadline_of_the_call(rest: httpx.AsyncClient) -> None:
    # One message, then the backend waits forever: the 200 ms deadline ends the stream.
    answer = await rest.get(
        "/v1/echo/hi:stream", params={"count": "-1"}, headers={"Grpc-Timeout": "200m"}
    )
    first, last = (json.loads(line) for line in answer.text.splitlines())
    assert (answer.status_code, first["words"], last["code"]) == (200, ["0"], 4)


async def test_an_unknown_route_is_404_and_a_wrong_method_405(rest: httpx.AsyncClient) -> None:
    missing = await rest.get("/v1/nothing")
    assert (missing.status_code, missing.json()["code"]) == (404, 5)
    wrong = await rest.delete("/v1/echo/hi")
    assert (wrong.status_code, wrong.headers["allow"]) == (405, "GET")


async def test_invalid_json_and_unknown_json_fields_are_400(rest: httpx.AsyncClient) -> None:
    broken = await rest.post("/v1/echo:shout", content=b"{not json")
    unknown = await rest.post("/v1/echo:shout", json={"text": "x", "nope": 1})
    assert broken.status_code == unknown.status_code == 400
    assert unknown.json()["code"] == 3
