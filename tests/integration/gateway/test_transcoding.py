"""REST through the gateway to the real identity and crm servers."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest

from gateway.app import Gateway, create_app

pytestmark = pytest.mark.integration


@pytest.fixture
async def rest(identity_address: str, crm_address: str) -> AsyncIterator[httpx.AsyncClient]:
    gateway = Gateway({"identity": identity_address, "crm": crm_address})
    await gateway.refresh()
    transport = httpx.ASGITransport(app=create_app(gateway))
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        yield client
    await gateway.close()


async def register(rest: httpx.AsyncClient, email: str) -> dict:  # type: ignore[type-arg]
    answer = await rest.post(
        "/v1/auth:register", json={"name": "Rita", "email": email, "password": "long enough pw"}
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


async def test_register_over_rest_returns_camel_case_json(rest: httpx.AsyncClient) -> None:
    made = await register(rest, "rita.rest@example.com")
    assert made["plaintextApiKey"].startswith("vk_")
    assert made["user"]["email"] == "rita.rest@example.com"
    assert made["user"]["version"] == "1"  # int64 as a string (proto3 JSON)


async def test_create_get_and_list_contacts_over_rest(rest: httpx.AsyncClient) -> None:
    key = (await register(rest, "rita.contacts@example.com"))["plaintextApiKey"]
    auth = {"authorization": f"Bearer {key}"}
    created = await rest.post(
        "/v1/contacts", json={"name": "Tiago", "phone": {"raw": "+55 11 97000-1111"}}, headers=auth
    )
    assert created.status_code == 200, created.text
    contact_id = created.json()["contact"]["id"]
    got = await rest.get(f"/v1/contacts/{contact_id}", headers=auth)
    assert got.json()["contact"]["phone"]["e164"] == "+5511970001111"
    listed = await rest.get("/v1/contacts", params={"pageSize": "10", "name": "tia"}, headers=auth)
    assert [c["id"] for c in listed.json()["contacts"]] == [contact_id]


async def test_errors_are_google_rpc_status_json_with_typed_details(
    rest: httpx.AsyncClient,
) -> None:
    answer = await rest.post(
        "/v1/auth:register", json={"name": "X", "email": "bad", "password": "x" * 9}
    )
    assert answer.status_code == 400
    body = answer.json()
    assert body["code"] == 3
    violations = body["details"][0]["fieldViolations"]
    assert body["details"][0]["@type"] == "type.googleapis.com/google.rpc.BadRequest"
    assert any(v["field"] == "email" for v in violations)


async def test_missing_credentials_are_401(rest: httpx.AsyncClient) -> None:
    assert (await rest.get("/v1/contacts")).status_code == 401


async def test_unknown_query_parameters_and_json_fields_are_400(rest: httpx.AsyncClient) -> None:
    key = (await register(rest, "rita.unknown@example.com"))["plaintextApiKey"]
    auth = {"authorization": f"Bearer {key}"}
    assert (await rest.get("/v1/contacts", params={"nope": "1"}, headers=auth)).status_code == 400
    bad = await rest.post("/v1/contacts", json={"name": "A", "nope": 1}, headers=auth)
    assert bad.status_code == 400 and json.loads(bad.text)["code"] == 3


async def test_an_unknown_route_is_404(rest: httpx.AsyncClient) -> None:
    assert (await rest.get("/v1/nothing-here")).status_code == 404
