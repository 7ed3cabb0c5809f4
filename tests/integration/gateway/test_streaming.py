"""Server streaming through a real HTTP server: NDJSON, Server-Sent Events, errors, and
the backend's stream released when the caller leaves."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import httpx
import pytest

from crm.bootstrap import Crm
from crm.entrypoints.timeline_consumer import TimelineConsumer
from gateway.app import Gateway, create_app
from tests.integration.crm.conftest import Tenant
from tests.integration.crm.test_timeline import deliver, tag_added
from tests.integration.gateway.echo_backend import EchoBackend
from tests.integration.gateway.serving import served

pytestmark = pytest.mark.integration
DEADLINE = 10.0


@pytest.fixture
async def base(echo: EchoBackend, crm_address: str) -> AsyncIterator[str]:
    gateway = Gateway({"echo": echo.address, "crm": crm_address})
    async with served(create_app(gateway)) as url:
        yield url


@pytest.fixture
async def http(base: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=base, timeout=DEADLINE) as client:
        yield client


async def lines(answer: httpx.Response) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) async for line in answer.aiter_lines() if line]


async def test_a_stream_is_newline_delimited_json(http: httpx.AsyncClient) -> None:
    async with http.stream("GET", "/v1/echo/hi:stream", params={"count": "3"}) as answer:
        assert answer.headers["content-type"] == "application/x-ndjson"
        assert answer.headers["grpc-metadata-x-echo-stream"] == "open"
        assert [item["words"] for item in await lines(answer)] == [["0"], ["1"], ["2"]]


async def test_with_accept_event_stream_it_is_server_sent_events(
    http: httpx.AsyncClient,
) -> None:
    headers = {"Accept": "text/event-stream"}
    async with http.stream("GET", "/v1/echo/hi:stream?count=2", headers=headers) as answer:
        assert answer.headers["content-type"].startswith("text/event-stream")
        text = (await answer.aread()).decode()
    events = [block for block in text.split("\n\n") if block]
    assert [json.loads(e.removeprefix("data: "))["words"] for e in events] == [["0"], ["1"]]


async def test_an_error_after_messages_ends_the_stream_with_a_status_line(
    http: httpx.AsyncClient,
) -> None:
    query = {"count": "2", "failCode": "10"}
    async with http.stream("GET", "/v1/echo/hi:stream", params=query) as answer:
        assert answer.status_code == 200  # already streaming when the error came
        *items, error = await lines(answer)
    assert [i["words"] for i in items] == [["0"], ["1"]]
    assert (error["code"], error["details"][0]["fieldViolations"][0]["field"]) == (10, "text")


async def test_an_error_after_events_is_an_error_event(http: httpx.AsyncClient) -> None:
    headers = {"Accept": "text/event-stream"}
    query = {"count": "1", "failCode": "10"}
    async with http.stream("GET", "/v1/echo/x:stream", params=query, headers=headers) as answer:
        text = (await answer.aread()).decode()
    last = [block for block in text.split("\n\n") if block][-1]
    assert last.startswith("event: error\ndata: ")
    assert json.loads(last.split("data: ", 1)[1])["code"] == 10


async def test_a_stream_failing_before_any_message_is_a_plain_http_error(
    http: httpx.AsyncClient,
) -> None:
    answer = await http.get("/v1/echo/hi:stream", params={"failCode": "7"})
    assert answer.status_code == 403
    assert answer.json()["code"] == 7


async def test_a_stream_ending_without_messages_is_an_empty_200(
    http: httpx.AsyncClient,
) -> None:
    answer = await http.get("/v1/echo/hi:stream", params={"count": "0"})
    assert (answer.status_code, answer.content) == (200, b"")


async def test_a_caller_leaving_cancels_the_backends_stream(
    http: httpx.AsyncClient, echo: EchoBackend
) -> None:
    async with http.stream("GET", "/v1/echo/hi:stream", params={"count": "-1"}) as answer:
        async for line in answer.aiter_lines():
            assert json.loads(line)["words"] == ["0"]
            break
    async with asyncio.timeout(DEADLINE):
        await echo.cancelled.wait()


async def test_the_live_timeline_streams_over_sse_through_its_additional_binding(
    http: httpx.AsyncClient, crm: Crm, tenant: Tenant
) -> None:
    auth = {"Authorization": f"Bearer {tenant.token}", "Accept": "text/event-stream"}
    created = await http.post(
        "/v1/contacts",
        json={"name": "Lia", "phone": {"raw": "+55 11 97000-2222"}},
        headers={"Authorization": f"Bearer {tenant.token}"},
    )
    contact_id = created.json()["contact"]["id"]
    async with http.stream("GET", "/v1/contactEvents:stream", headers=auth) as answer:
        # The backend's initial metadata says the subscription is live: nothing is missed.
        assert answer.headers["grpc-metadata-x-ventros-stream"] == "live"
        event = tag_added(tenant, contact_id, "streamed")
        await deliver(TimelineConsumer(crm.timeline), tenant, event)
        async with asyncio.timeout(DEADLINE):
            async for line in answer.aiter_lines():
                if line.startswith("data: "):
                    entry = json.loads(line.removeprefix("data: "))["contactEvent"]
                    break
    assert (entry["contactId"], entry["eventType"]) == (contact_id, "tag_added")


async def test_a_timeline_stream_for_an_unknown_contact_is_404(
    http: httpx.AsyncClient, tenant: Tenant
) -> None:
    answer = await http.get(
        "/v1/contacts/00000000-0000-4000-8000-000000000000/events:stream",
        headers={"Authorization": f"Bearer {tenant.token}"},
    )
    assert answer.status_code == 404 and answer.json()["code"] == 5, answer.text
    assert "no route" not in answer.json()["message"]  # the backend said so
