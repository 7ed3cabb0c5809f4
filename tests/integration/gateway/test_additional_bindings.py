"""additional_bindings of our contracts end to end against the real crm server;
response_body, body on one field, and query strings as Envoy reads them, against the
echo backend (our contracts use no response_body)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from crm.bootstrap import Crm
from crm.entrypoints.timeline_consumer import TimelineConsumer
from gateway.app import Gateway, create_app
from tests.integration.crm.conftest import Tenant
from tests.integration.crm.test_timeline import deliver, tag_added
from tests.integration.gateway.echo_backend import EchoBackend

pytestmark = pytest.mark.integration


@pytest.fixture
async def rest(crm_address: str, echo: EchoBackend) -> AsyncIterator[httpx.AsyncClient]:
    gateway = Gateway({"crm": crm_address, "echo": echo.address})
    assert await gateway.refresh() == {}
    transport = httpx.ASGITransport(app=create_app(gateway))
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        yield client
    await gateway.close()


async def new_contact(rest: httpx.AsyncClient, auth: dict[str, str], phone: str) -> str:
    made = await rest.post(
        "/v1/contacts", json={"name": "Ana", "phone": {"raw": phone}}, headers=auth
    )
    assert made.status_code == 200, made.text
    return str(made.json()["contact"]["id"])


async def test_notes_list_per_contact_and_for_the_whole_project(
    rest: httpx.AsyncClient, tenant: Tenant
) -> None:
    auth = {"Authorization": f"Bearer {tenant.token}"}
    first = await new_contact(rest, auth, "+55 11 97000-3331")
    second = await new_contact(rest, auth, "+55 11 97000-3332")
    for contact_id, text in ((first, "first call"), (second, "second call")):
        added = await rest.post(
            f"/v1/contacts/{contact_id}/notes", json={"content": text}, headers=auth
        )
        assert added.status_code == 200, added.text
    one = await rest.get(f"/v1/contacts/{first}/notes", headers=auth)
    everyone = await rest.get("/v1/notes", headers=auth)
    assert [n["content"] for n in one.json()["notes"]] == ["first call"]
    assert sorted(n["content"] for n in everyone.json()["notes"]) == ["first call", "second call"]


async def test_the_timeline_lists_per_contact_and_for_the_project(
    rest: httpx.AsyncClient, crm: Crm, tenant: Tenant
) -> None:
    auth = {"Authorization": f"Bearer {tenant.token}"}
    contacts = [await new_contact(rest, auth, f"+55 11 97000-444{i}") for i in (1, 2)]
    consumer = TimelineConsumer(crm.timeline)
    for contact_id in contacts:
        await deliver(consumer, tenant, tag_added(tenant, contact_id, "listed"))
    query = {"categories": "CONTACT_EVENT_CATEGORY_TAG"}
    one = await rest.get(f"/v1/contacts/{contacts[0]}/events", params=query, headers=auth)
    project = await rest.get("/v1/contactEvents", params=query, headers=auth)
    assert [e["contactId"] for e in one.json()["contactEvents"]] == [contacts[0]]
    assert set(contacts) <= {e["contactId"] for e in project.json()["contactEvents"]}


async def test_a_plus_in_the_query_stays_a_plus_and_keys_repeat(rest: httpx.AsyncClient) -> None:
    answer = await rest.get("/v1/echo/hi?tags=%2B55+11&tags=a%26b&big=-12")
    sent = answer.json()["request"]
    assert (sent["tags"], sent["big"]) == (["+55+11", "a&b"], "-12")


async def test_an_unknown_query_parameter_is_400_naming_it(rest: httpx.AsyncClient) -> None:
    answer = await rest.get("/v1/echo/hi", params={"colour": "red"})
    assert answer.status_code == 400
    [violation] = answer.json()["details"][0]["fieldViolations"]
    assert violation["field"] == "colour"


async def test_path_variables_are_percent_decoded_by_their_kind(rest: httpx.AsyncClient) -> None:
    single = (await rest.get("/v1/echo/a%2Fb")).json()["request"]
    multi = (await rest.get("/v1/rooms/r1/echo/x%2Fy/z")).json()["request"]
    assert single["text"] == "a/b"
    assert (multi["name"], multi["path"]) == ("rooms/r1", "x%2Fy/z")


async def test_response_body_answers_only_the_named_field(rest: httpx.AsyncClient) -> None:
    inner = await rest.post("/v1/echo/t/inner", json={"id": "i", "count": "2"})
    words = await rest.post("/v1/words", json=["a", "b"])
    assert inner.json() == {"text": "t", "inner": {"id": "i", "count": "2"}}
    assert words.json() == ["a", "b", ""]


async def test_an_http_body_response_is_sent_raw_with_its_content_type(
    rest: httpx.AsyncClient,
) -> None:
    answer = await rest.get("/v1/raw/plain%20words")
    assert (answer.headers["content-type"], answer.content) == ("text/plain", b"plain words")
