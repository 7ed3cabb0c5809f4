"""The suite as a user meets it: REST through the gateway, gRPC through reflection.

Tenant A registers, logs in, makes an API key and works with it: contacts, a WAHA channel,
WhatsApp traffic posted by "WAHA" (the shared samples, signed like WAHA signs them) that
becomes a session and messages. Tenant B, with its own credentials, sees none of it.
Each step is a session fixture the later steps ask for, so order never depends on luck.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import Suite
from tests.support.waha_server import WahaServer, post_webhook

pytestmark = pytest.mark.integration

SAMPLES = Path("/work/shared/waha/samples")
SAMPLE_NAMES = sorted(path.name for path in SAMPLES.glob("*.json"))
GRPCURL = Path(sys.executable).parent / "grpcurl"
# What the six message samples (events message / message.any) become: provider message id →
# (direction, content type). 02 is our own reply, sent from the API.
MESSAGES = {
    "3AF1C9B27D4E6A8B0C1D": ("MESSAGE_DIRECTION_INBOUND", "MESSAGE_CONTENT_TYPE_TEXT"),
    "3EB0C4F2A91D7B6E5F30": ("MESSAGE_DIRECTION_OUTBOUND", "MESSAGE_CONTENT_TYPE_TEXT"),
    "A1B2C3D4E5F60718293A4B5C6D7E8F90": ("MESSAGE_DIRECTION_INBOUND", "MESSAGE_CONTENT_TYPE_TEXT"),
    "3A7E0D5C9B1F2468ACE0": ("MESSAGE_DIRECTION_INBOUND", "MESSAGE_CONTENT_TYPE_DOCUMENT"),
    "3A0F1E2D3C4B5A697887": ("MESSAGE_DIRECTION_INBOUND", "MESSAGE_CONTENT_TYPE_LOCATION"),
    "3EB0F1E2D3C4B5A69788": ("MESSAGE_DIRECTION_INBOUND", "MESSAGE_CONTENT_TYPE_CONTACT"),
}
PROCESSING_DEADLINE = 90.0
Json = dict[str, Any]
WAHA_API_KEY = "e2e-waha-api-key"


@dataclass(frozen=True)
class Tenant:
    email: str
    password: str
    project_id: str
    registered: Json  # RegisterResponse

    @property
    def api_key(self) -> str:
        return str(self.registered["plaintextApiKey"])


@dataclass(frozen=True)
class ApiKey:
    id: str
    plaintext: str


@dataclass(frozen=True)
class Channel:
    id: str
    webhook_secret: str


@dataclass(frozen=True)
class Inbound:
    messages: list[Json]
    sessions: list[Json]


def bearer(credential: str) -> dict[str, str]:
    return {"authorization": f"Bearer {credential}"}


def sample(name: str) -> Json:
    loaded: Json = json.loads((SAMPLES / name).read_text())
    return loaded


def ok(answer: httpx.Response) -> Json:
    assert answer.status_code == 200, (answer.request.url, answer.status_code, answer.text)
    body: Json = answer.json()
    return body


async def eventually(
    check: Callable[[], Awaitable[Any]], what: str, deadline: float = PROCESSING_DEADLINE
) -> Any:
    """Poll `check` until it returns something truthy (asynchronous processing)."""
    until = time.monotonic() + deadline
    while True:
        found = await check()
        if found:
            return found
        if time.monotonic() > until:
            pytest.fail(f"not within {deadline:.0f} s: {what}")
        await asyncio.sleep(0.5)


async def grpcurl(*args: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        str(GRPCURL),
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(process.communicate(), timeout=30)
    return process.returncode or 0, out.decode()


async def register(rest: httpx.AsyncClient, name: str) -> Tenant:
    email = f"{name.lower()}.{uuid.uuid4().hex[:6]}@example.com"
    password = f"{name} has a long password"
    made = ok(
        await rest.post(
            "/v1/auth:register", json={"name": name, "email": email, "password": password}
        )
    )
    return Tenant(email, password, made["project"]["id"], made)


async def create_channel(rest: httpx.AsyncClient, credential: str, base_url: str) -> Channel:
    """A WAHA channel whose API key is kept by identity as an encrypted credential."""
    waha_key = ok(
        await rest.post(
            "/v1/credentials",
            headers=bearer(credential),
            json={
                "credential": {"type": "CREDENTIAL_TYPE_WAHA_INSTANCE", "name": "WAHA vendas"},
                "secret": {"token": WAHA_API_KEY},
            },
        )
    )["credential"]["id"]
    made = ok(
        await rest.post(
            "/v1/channels",
            headers=bearer(credential),
            json={
                "name": "Vendas",
                "channelTypeCode": "CHANNEL_TYPE_CODE_WAHA",
                "wahaConfig": {
                    "baseUrl": base_url,
                    "sessionName": "sales-br-01",
                    "apiKeyCredentialId": waha_key,
                },
            },
        )
    )
    return Channel(made["channel"]["id"], made["webhookSecret"])


def webhook_url(suite: Suite, channel_id: str) -> str:
    return f"{suite.base_url}/v1/webhooks/waha/{channel_id}"


# ---------------------------------------------------------------- tenant A's journey


@pytest.fixture(scope="session")
async def rest(suite: Suite) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=suite.base_url, timeout=30) as client:
        yield client


@pytest.fixture(scope="session")
async def alice(rest: httpx.AsyncClient) -> Tenant:
    return await register(rest, "Alice")


@pytest.fixture(scope="session")
async def bob(rest: httpx.AsyncClient) -> Tenant:
    return await register(rest, "Bob")


@pytest.fixture(scope="session")
async def alice_login(rest: httpx.AsyncClient, alice: Tenant) -> Json:
    return ok(
        await rest.post("/v1/auth:login", json={"email": alice.email, "password": alice.password})
    )


@pytest.fixture(scope="session")
async def alice_key(rest: httpx.AsyncClient, alice_login: Json) -> ApiKey:
    """An API key made with the logged-in user's access token; A works with it from here."""
    token = alice_login["accessToken"]["token"]
    made = ok(
        await rest.post(
            "/v1/apiKeys",
            headers=bearer(token),
            json={"name": "e2e integration", "role": "PROJECT_ROLE_ADMIN"},
        )
    )
    return ApiKey(made["apiKey"]["id"], made["plaintextKey"])


@pytest.fixture(scope="session")
async def contacts(rest: httpx.AsyncClient, alice_key: ApiKey) -> dict[str, Json]:
    names = [f"Paula Ramos {i}" for i in range(5)] + ["Rui Teixeira", "Rui Campos"]
    made = {}
    for i, name in enumerate(names):
        body = {"name": name, "phone": {"raw": f"+55 11 97000-{i:04d}"}}
        answer = await rest.post("/v1/contacts", headers=bearer(alice_key.plaintext), json=body)
        made[name] = ok(answer)["contact"]
    return made


@pytest.fixture(scope="session")
async def waha() -> AsyncIterator[WahaServer]:
    """Where the channel's WAHA lives: inbound media is downloaded from it, with the
    channel's API key (revealed by messaging from identity)."""
    async with WahaServer(api_key=WAHA_API_KEY, session="sales-br-01") as server:
        server.add_media(b"%PDF-1.4 contract", "application/pdf", wa_id="3A7E0D5C9B1F2468ACE0")
        yield server


@pytest.fixture(scope="session")
async def channel(rest: httpx.AsyncClient, alice_key: ApiKey, waha: WahaServer) -> Channel:
    return await create_channel(rest, alice_key.plaintext, waha.base_url)


@pytest.fixture(scope="session")
async def deliveries(suite: Suite, channel: Channel) -> dict[str, int]:
    """Every shared sample posted as WAHA posts it, signed with the channel's secret."""
    statuses = {}
    for name in SAMPLE_NAMES:
        statuses[name] = await post_webhook(
            webhook_url(suite, channel.id), sample(name), hmac_key=channel.webhook_secret
        )
    return statuses


@pytest.fixture(scope="session")
async def inbound(
    rest: httpx.AsyncClient, alice_key: ApiKey, channel: Channel, deliveries: dict[str, int]
) -> Inbound:
    """Wait until the consumer has turned the samples into messages and a session."""
    auth = bearer(alice_key.plaintext)

    async def processed() -> Inbound | None:
        listed = ok(
            await rest.get(
                "/v1/messages", params={"channelId": channel.id, "pageSize": 50}, headers=auth
            )
        )
        messages = listed.get("messages", [])
        if {m["providerMessageId"] for m in messages} < MESSAGES.keys():
            return None
        document = next(m for m in messages if m["providerMessageId"] == "3A7E0D5C9B1F2468ACE0")
        if document["media"].get("storageStatus") == "MEDIA_STORAGE_STATUS_PENDING":
            return None
        sessions = ok(
            await rest.get("/v1/sessions", params={"channelId": channel.id}, headers=auth)
        ).get("sessions", [])
        return Inbound(messages, sessions) if sessions else None

    found: Inbound = await eventually(processed, "the WAHA samples as messages and sessions")
    return found


def by_provider_id(inbound: Inbound) -> dict[str, Json]:
    return {m["providerMessageId"]: m for m in inbound.messages}


async def test_register_returns_a_project_an_api_key_and_a_token(alice: Tenant) -> None:
    assert alice.registered["user"]["email"] == alice.email
    assert alice.api_key.startswith("vk_")
    assert alice.registered["accessToken"]["token"]
    assert alice.registered["apiKey"]["projectId"] == alice.project_id


async def test_login_returns_a_token_that_acts_in_the_users_project(
    rest: httpx.AsyncClient, alice: Tenant, alice_login: Json
) -> None:
    me = ok(await rest.get("/v1/me", headers=bearer(alice_login["accessToken"]["token"])))
    assert me["project"]["id"] == alice.project_id
    assert me["user"]["email"] == alice.email


async def test_an_api_key_created_over_rest_is_a_working_credential(
    rest: httpx.AsyncClient, alice: Tenant, alice_key: ApiKey
) -> None:
    auth = bearer(alice_key.plaintext)
    me = ok(await rest.get("/v1/me", headers=auth))
    assert me["principal"]["type"] == "PRINCIPAL_TYPE_API_KEY"
    assert me["principal"]["projectId"] == alice.project_id
    listed = ok(await rest.get("/v1/apiKeys", headers=auth))
    assert alice_key.id in {k["id"] for k in listed["apiKeys"]}


async def test_a_contact_created_over_rest_is_read_back_by_id(
    rest: httpx.AsyncClient, alice_key: ApiKey, contacts: dict[str, Json]
) -> None:
    made = contacts["Rui Teixeira"]
    got = ok(await rest.get(f"/v1/contacts/{made['id']}", headers=bearer(alice_key.plaintext)))
    assert got["contact"]["name"] == "Rui Teixeira"
    assert got["contact"]["phone"]["e164"] == "+5511970000005"


async def test_contacts_are_listed_page_by_page_with_page_size_and_page_token(
    rest: httpx.AsyncClient, alice_key: ApiKey, contacts: dict[str, Json]
) -> None:
    pages: list[list[str]] = []
    token = ""
    while True:
        params = {"pageSize": "2", "name": "paula", **({"pageToken": token} if token else {})}
        page = ok(
            await rest.get("/v1/contacts", params=params, headers=bearer(alice_key.plaintext))
        )
        pages.append([c["id"] for c in page.get("contacts", [])])
        token = page.get("nextPageToken", "")
        if not token:
            break
    assert [len(p) for p in pages] == [2, 2, 1]
    paulas = {c["id"] for name, c in contacts.items() if name.startswith("Paula")}
    assert sorted(i for page in pages for i in page) == sorted(paulas)


async def test_contacts_are_filtered_by_name(
    rest: httpx.AsyncClient, alice_key: ApiKey, contacts: dict[str, Json]
) -> None:
    listed = ok(
        await rest.get("/v1/contacts", params={"name": "rui"}, headers=bearer(alice_key.plaintext))
    )
    assert sorted(c["name"] for c in listed["contacts"]) == ["Rui Campos", "Rui Teixeira"]
    assert listed["totalSize"] == 2


async def test_every_waha_sample_signed_with_the_channel_secret_is_accepted(
    deliveries: dict[str, int],
) -> None:
    assert sorted(deliveries) == SAMPLE_NAMES and len(SAMPLE_NAMES) == 14
    assert set(deliveries.values()) == {200}, deliveries


async def test_a_webhook_with_a_wrong_signature_is_401(suite: Suite, channel: Channel) -> None:
    status = await post_webhook(
        webhook_url(suite, channel.id), sample("01_message_text_dm.json"), hmac_key="not-it"
    )
    assert status == 401


async def test_a_webhook_without_a_signature_is_401(suite: Suite, channel: Channel) -> None:
    status = await post_webhook(
        webhook_url(suite, channel.id), sample("01_message_text_dm.json"), hmac_key=None
    )
    assert status == 401


async def test_a_webhook_to_an_unknown_channel_is_404(suite: Suite, channel: Channel) -> None:
    status = await post_webhook(
        webhook_url(suite, str(uuid.uuid4())),
        sample("01_message_text_dm.json"),
        hmac_key=channel.webhook_secret,
    )
    assert status == 404


async def test_the_waha_messages_are_listed_over_rest(inbound: Inbound) -> None:
    found = by_provider_id(inbound)
    assert {k: (m["direction"], m["contentType"]) for k, m in found.items()} == MESSAGES
    first = found["3AF1C9B27D4E6A8B0C1D"]
    assert first["text"] == sample("01_message_text_dm.json")["payload"]["body"]
    assert first["attribution"]["fromAd"] is True


async def test_the_read_receipt_marks_our_reply_read(
    rest: httpx.AsyncClient, alice_key: ApiKey, inbound: Inbound
) -> None:
    reply = by_provider_id(inbound)["3EB0C4F2A91D7B6E5F30"]  # 09 is WAHA's ack (READ) of it
    auth = bearer(alice_key.plaintext)

    async def read() -> bool:
        got = ok(await rest.get(f"/v1/messages/{reply['id']}", headers=auth))
        return bool(got["message"]["status"] == "MESSAGE_STATUS_READ")

    await eventually(read, "the ack of the reply applied")


async def test_the_document_was_copied_from_waha(inbound: Inbound, waha: WahaServer) -> None:
    media = by_provider_id(inbound)["3A7E0D5C9B1F2468ACE0"]["media"]
    assert media["storageStatus"] == "MEDIA_STORAGE_STATUS_STORED"
    assert waha.requests_to("/api/files/sales-br-01/3A7E0D5C9B1F2468ACE0.pdf", "GET")


async def test_the_conversation_session_times_out_on_temporal_at_its_last_message(
    rest: httpx.AsyncClient, alice_key: ApiKey, inbound: Inbound
) -> None:
    """The samples are months old: the session's lifecycle workflow (started from
    session.started through the relay, RabbitMQ and the consumer; run by the worker on
    the Temporal dev server) ends it by inactivity at its last activity."""
    first = by_provider_id(inbound)["3AF1C9B27D4E6A8B0C1D"]
    assert first["sessionId"] in {s["id"] for s in inbound.sessions}
    auth = bearer(alice_key.plaintext)

    async def ended() -> Any:
        got = ok(await rest.get(f"/v1/sessions/{first['sessionId']}", headers=auth))
        return got["session"] if got["session"]["status"] == "SESSION_STATUS_ENDED" else None

    session = await eventually(ended, "the session ended by its lifecycle workflow")
    assert session["endReason"] == "SESSION_END_REASON_INACTIVITY_TIMEOUT"
    assert session["endTime"] == session["lastActivityTime"]
    assert session["contactId"] == first["contactId"]


async def test_the_sender_became_a_contact_over_rest(
    rest: httpx.AsyncClient, alice_key: ApiKey, inbound: Inbound
) -> None:
    first = by_provider_id(inbound)["3AF1C9B27D4E6A8B0C1D"]
    got = ok(
        await rest.get(f"/v1/contacts/{first['contactId']}", headers=bearer(alice_key.plaintext))
    )
    assert got["contact"]["phone"]["e164"] == "+15550100123"


async def test_grpcurl_lists_and_describes_messaging_through_reflection(suite: Suite) -> None:
    code, listed = await grpcurl("-plaintext", suite.messaging_address, "list")
    assert code == 0, listed
    assert {"ventros.messaging.v1.MessageService", "ventros.messaging.v1.SessionService"} <= set(
        listed.split()
    )
    code, described = await grpcurl(
        "-plaintext", suite.messaging_address, "describe", "ventros.messaging.v1.MessageService"
    )
    assert code == 0 and "rpc ListMessages" in described, described


async def test_grpcurl_lists_the_same_messages_and_sessions_as_rest(
    suite: Suite, alice_key: ApiKey, channel: Channel, inbound: Inbound
) -> None:
    async def invoke(method: str) -> Json:
        code, out = await grpcurl(
            "-plaintext",
            "-H",
            f"authorization: Bearer {alice_key.plaintext}",
            "-d",
            json.dumps({"channel_id": channel.id, "page_size": 50}),
            suite.messaging_address,
            f"ventros.messaging.v1.{method}",
        )
        assert code == 0, out
        answer: Json = json.loads(out)
        return answer

    messages = (await invoke("MessageService/ListMessages"))["messages"]
    assert {m["id"] for m in messages} == {m["id"] for m in inbound.messages}
    sessions = (await invoke("SessionService/ListSessions"))["sessions"]
    assert {s["id"] for s in sessions} == {s["id"] for s in inbound.sessions}


async def test_grpcurl_without_a_credential_is_unauthenticated(
    suite: Suite, channel: Channel
) -> None:
    code, out = await grpcurl(
        "-plaintext",
        "-d",
        json.dumps({"channel_id": channel.id}),
        suite.messaging_address,
        "ventros.messaging.v1.MessageService/ListMessages",
    )
    assert code != 0 and "Unauthenticated" in out, out


# ---------------------------------------------------------------- tenant B sees nothing of A


@pytest.fixture(scope="session")
async def alice_ids(
    alice_key: ApiKey, contacts: dict[str, Json], channel: Channel, inbound: Inbound
) -> dict[str, str]:
    """One id of each kind of A's resources that A reached over REST."""
    first = by_provider_id(inbound)["3AF1C9B27D4E6A8B0C1D"]
    return {
        "api_key": alice_key.id,
        "contact": contacts["Paula Ramos 0"]["id"],
        "sender": first["contactId"],
        "channel": channel.id,
        "session": first["sessionId"],
        "message": first["id"],
        "chat": first["chatId"],
    }


@pytest.fixture(scope="session")
async def waha_event_id(
    rest: httpx.AsyncClient, alice_key: ApiKey, channel: Channel, inbound: Inbound
) -> str:
    listed = ok(
        await rest.get(
            "/v1/wahaEvents", params={"channelId": channel.id}, headers=bearer(alice_key.plaintext)
        )
    )
    return str(listed["wahaEvents"][0]["id"])


# GET routes A used, with the collection each list answers in.
LISTS = [
    ("/v1/contacts", {}, "contacts"),
    ("/v1/contacts", {"name": "paula"}, "contacts"),
    ("/v1/contacts:search", {"query": "Paula"}, "contacts"),
    ("/v1/channels", {}, "channels"),
    ("/v1/sessions", {}, "sessions"),
    ("/v1/sessions", {"channelId": "{channel}"}, "sessions"),
    ("/v1/messages", {}, "messages"),
    ("/v1/messages", {"channelId": "{channel}"}, "messages"),
    ("/v1/chats", {}, "chats"),
    ("/v1/wahaEvents", {}, "wahaEvents"),
    ("/v1/wahaEvents", {"channelId": "{channel}"}, "wahaEvents"),
]
RESOURCES = [
    "/v1/apiKeys/{api_key}",
    "/v1/contacts/{contact}",
    "/v1/contacts/{sender}",
    "/v1/channels/{channel}",
    "/v1/sessions/{session}",
    "/v1/messages/{message}",
    "/v1/chats/{chat}",
    "/v1/wahaEvents/{waha_event}",
]


@pytest.mark.parametrize(("path", "params", "field"), LISTS)
async def test_tenant_b_lists_none_of_tenant_as_data(
    rest: httpx.AsyncClient,
    alice_key: ApiKey,
    alice_ids: dict[str, str],
    bob: Tenant,
    path: str,
    params: dict[str, str],
    field: str,
) -> None:
    query = {k: v.format(**alice_ids) for k, v in params.items()}
    # The same request shows A its data, so what B gets is about B, not about the request.
    mine = ok(await rest.get(path, params=query, headers=bearer(alice_key.plaintext)))[field]
    theirs = ok(await rest.get(path, params=query, headers=bearer(bob.api_key))).get(field, [])
    assert mine and not {i["id"] for i in mine} & {i["id"] for i in theirs}
    assert {i.get("projectId", bob.project_id) for i in theirs} <= {bob.project_id}


@pytest.mark.parametrize("template", RESOURCES)
async def test_tenant_b_gets_404_for_tenant_as_resources(
    rest: httpx.AsyncClient,
    alice_key: ApiKey,
    alice_ids: dict[str, str],
    waha_event_id: str,
    bob: Tenant,
    template: str,
) -> None:
    path = template.format(**alice_ids, waha_event=waha_event_id)
    assert (await rest.get(path, headers=bearer(alice_key.plaintext))).status_code == 200
    answer = await rest.get(path, headers=bearer(bob.api_key))
    # NOT_FOUND, as for an id that never existed: B learns nothing, not even existence.
    assert answer.status_code == 404, answer.text
    assert answer.json()["code"] == 5


async def test_tenant_b_lists_only_its_own_api_keys(
    rest: httpx.AsyncClient, alice: Tenant, alice_key: ApiKey, bob: Tenant
) -> None:
    listed = ok(await rest.get("/v1/apiKeys", headers=bearer(bob.api_key)))
    assert {k["projectId"] for k in listed["apiKeys"]} == {bob.project_id}
    assert alice_key.id not in {k["id"] for k in listed["apiKeys"]}


async def test_tenant_b_cannot_change_tenant_as_contact(
    rest: httpx.AsyncClient, alice_key: ApiKey, contacts: dict[str, Json], bob: Tenant
) -> None:
    target = contacts["Paula Ramos 1"]
    answer = await rest.patch(
        f"/v1/contacts/{target['id']}",
        params={"updateMask": "name"},
        json={"name": "Taken over"},
        headers=bearer(bob.api_key),
    )
    assert answer.status_code == 404, answer.text
    got = ok(await rest.get(f"/v1/contacts/{target['id']}", headers=bearer(alice_key.plaintext)))
    assert got["contact"]["name"] == "Paula Ramos 1"


async def test_tenant_b_is_told_its_own_project(
    rest: httpx.AsyncClient, alice: Tenant, bob: Tenant
) -> None:
    me = ok(await rest.get("/v1/me", headers=bearer(bob.api_key)))
    assert me["project"]["id"] == bob.project_id != alice.project_id


async def test_a_webhook_signed_with_another_channels_secret_is_401(
    suite: Suite, rest: httpx.AsyncClient, bob: Tenant, channel: Channel, waha: WahaServer
) -> None:
    theirs = await create_channel(rest, bob.api_key, waha.base_url)
    body = sample("14_session_status_failed.json")
    secret = theirs.webhook_secret
    assert await post_webhook(webhook_url(suite, channel.id), body, hmac_key=secret) == 401
    # The same signed body is good for B's own channel: the secret binds to its channel.
    assert await post_webhook(webhook_url(suite, theirs.id), body, hmac_key=secret) == 200
