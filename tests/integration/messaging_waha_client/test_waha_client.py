"""WahaClient against a real WAHA-compatible HTTP server on loopback (no mocks)."""

from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import hmac
import json
import socket
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from messaging.adapters.waha_client import (
    NumberCheck,
    SentMessage,
    WahaClient,
    WahaDeliveryUnknown,
    WahaMediaExpired,
    WahaRejected,
    WahaUnavailable,
)
from tests.support.waha_server import WahaServer, post_webhook, serialize_webhook, wa_message

SAMPLES = Path("/work/shared/waha/samples")
CHAT = "15550100123@c.us"
KEY = "test-key"


@pytest.fixture
async def waha() -> AsyncIterator[WahaServer]:
    async with WahaServer(api_key=KEY, session="default") as server:
        yield server


@pytest.fixture
async def client(waha: WahaServer) -> AsyncIterator[WahaClient]:
    async with WahaClient(waha.base_url, KEY, "default", timeout=5, retries=3, backoff=0.01) as c:
        yield c


def _last(waha: WahaServer):
    req = waha.requests[-1]
    assert req.headers["X-Api-Key"] == KEY
    return req


def _assert_sent(result: SentMessage) -> None:
    assert result.id.startswith(f"true_{CHAT}_")
    assert result.chat_id == CHAT
    assert len(result.wa_message_id) == 20


# ------------------------------------------------------------------ sends


async def test_send_text_round_trip(waha: WahaServer, client: WahaClient) -> None:
    sent = await client.send_text(
        CHAT,
        "Olá 🙂",
        reply_to="false_15550100123@c.us_3AF1C9B27D4E6A8B0C1D",
        mentions=["15550100124@c.us"],
    )
    _assert_sent(sent)
    req = _last(waha)
    assert (req.method, req.path) == ("POST", "/api/sendText")
    assert req.json == {
        "session": "default",
        "chatId": CHAT,
        "text": "Olá 🙂",
        "reply_to": "false_15550100123@c.us_3AF1C9B27D4E6A8B0C1D",
        "mentions": ["15550100124@c.us"],
    }
    assert sent.raw["source"] == "api" and sent.raw["fromMe"] is True
    assert sent.raw["replyTo"]["id"] == "3AF1C9B27D4E6A8B0C1D"
    # The server stored it: history shows it.
    assert (await client.list_messages(CHAT))[0]["id"] == sent.id


async def test_send_text_minimal_body(waha: WahaServer, client: WahaClient) -> None:
    await client.send_text(CHAT, "hi")
    assert _last(waha).json == {"session": "default", "chatId": CHAT, "text": "hi"}


@pytest.mark.parametrize(
    ("kind", "endpoint", "extra"),
    [
        ("image", "sendImage", {}),
        ("file", "sendFile", {}),
        ("voice", "sendVoice", {"convert": True}),
        ("video", "sendVideo", {"convert": True, "as_note": False}),
    ],
)
async def test_send_media_by_url_and_bytes(
    waha: WahaServer, client: WahaClient, kind: str, endpoint: str, extra: dict
) -> None:
    send = functools.partial(client.send_media, kind)

    sent = await send(
        CHAT,
        "https://cdn.example.invalid/a/contract.pdf",
        caption="cap",
        reply_to="false_x@c.us_AAA",
        mimetype="application/pdf",
        filename="contract.pdf",
        **extra,
    )
    _assert_sent(sent)
    req = _last(waha)
    assert (req.method, req.path) == ("POST", f"/api/{endpoint}")
    assert req.json["session"] == "default" and req.json["chatId"] == CHAT
    assert req.json["file"] == {
        "mimetype": "application/pdf",
        "filename": "contract.pdf",
        "url": "https://cdn.example.invalid/a/contract.pdf",
    }
    assert req.json["caption"] == "cap" and req.json["reply_to"] == "false_x@c.us_AAA"
    if "as_note" in extra:
        assert req.json["asNote"] is False and req.json["convert"] is True
    assert sent.raw["hasMedia"] is True

    data = bytes(range(256)) * 3
    await send(CHAT, data, mimetype="audio/ogg; codecs=opus")
    req = _last(waha)
    assert req.json["file"]["mimetype"] == "audio/ogg; codecs=opus"
    assert base64.b64decode(req.json["file"]["data"]) == data
    assert "url" not in req.json["file"] and "caption" not in req.json


async def test_send_media_guesses_mimetype_and_requires_it_for_bytes(
    waha: WahaServer, client: WahaClient
) -> None:
    await client.send_media("image", CHAT, "https://cdn.example.invalid/p/photo.jpg")
    assert _last(waha).json["file"] == {
        "mimetype": "image/jpeg",
        "url": "https://cdn.example.invalid/p/photo.jpg",
    }
    n = len(waha.requests)
    with pytest.raises(ValueError):
        await client.send_media("image", CHAT, b"\xff\xd8")
    assert len(waha.requests) == n


async def test_send_location_and_vcard(waha: WahaServer, client: WahaClient) -> None:
    sent = await client.send_location(CHAT, -23.5613, -46.6565, "Escritório")
    _assert_sent(sent)
    assert _last(waha).path == "/api/sendLocation"
    assert _last(waha).json == {
        "session": "default",
        "chatId": CHAT,
        "latitude": -23.5613,
        "longitude": -46.6565,
        "title": "Escritório",
    }
    assert sent.raw["location"]["latitude"] == "-23.5613"

    vcard = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Marina\n"
        "TEL;type=CELL;waid=15550100123:+15550100123\nEND:VCARD"
    )
    contacts = [{"vcard": vcard}]
    sent = await client.send_contact_vcard(CHAT, contacts)
    _assert_sent(sent)
    req = _last(waha)
    assert req.path == "/api/sendContactVcard"
    assert req.json == {"session": "default", "chatId": CHAT, "contacts": contacts}
    assert sent.raw["vCards"] == [vcard]


async def test_reaction_edit_revoke_seen(waha: WahaServer, client: WahaClient) -> None:
    sent = await client.send_text(CHAT, "first")

    assert await client.send_reaction(sent.id, "❤️") == {"result": True}
    req = _last(waha)
    assert (req.method, req.path) == ("PUT", "/api/reaction")
    assert req.json == {"session": "default", "messageId": sent.id, "reaction": "❤️"}
    await client.send_reaction(sent.id, "")
    assert _last(waha).json["reaction"] == ""
    assert waha.reactions[-1] == {"messageId": sent.id, "reaction": ""}

    edited = await client.edit_message(CHAT, sent.id, "first (edited)")
    req = _last(waha)
    assert (req.method, req.path) == ("PUT", f"/api/default/chats/{CHAT}/messages/{sent.id}")
    assert req.json == {"text": "first (edited)"}
    assert edited["body"] == "first (edited)"

    assert await client.revoke_message(CHAT, sent.id) == {"result": True}
    req = _last(waha)
    assert (req.method, req.path) == ("DELETE", f"/api/default/chats/{CHAT}/messages/{sent.id}")

    assert await client.send_seen(CHAT, [sent.id]) == {"result": True}
    req = _last(waha)
    assert req.path == "/api/sendSeen"
    assert req.json == {"session": "default", "chatId": CHAT, "messageIds": [sent.id]}

    with pytest.raises(WahaRejected) as err:
        await client.edit_message(CHAT, "true_x@c.us_NOPE", "x")
    assert err.value.status == 404


# ------------------------------------------------------------------ reads


async def test_check_exists_and_session_status(waha: WahaServer, client: WahaClient) -> None:
    check = await client.check_exists("+1 (555) 010-0123")
    assert check == NumberCheck(exists=True, chat_id="15550100123@c.us", raw={})
    req = _last(waha)
    assert (req.method, req.path) == ("GET", "/api/contacts/check-exists")
    assert req.query == {"phone": "15550100123", "session": "default"}

    waha.unregistered_numbers.add("15550100150")
    assert (await client.check_exists("15550100150")).exists is False

    status = await client.session_status()
    assert status["name"] == "default" and status["status"] == "WORKING"
    assert _last(waha).path == "/api/sessions/default"


async def test_wrong_session_is_rejected(waha: WahaServer) -> None:
    async with WahaClient(waha.base_url, KEY, "other", backoff=0.01) as other:
        with pytest.raises(WahaRejected) as err:
            await other.send_text(CHAT, "hi")
    assert err.value.status == 404
    assert waha.requests[-1].json["session"] == "other"


async def test_list_chats_and_messages_paging(waha: WahaServer, client: WahaClient) -> None:
    for i in range(5):
        waha.add_chat(f"1555010010{i}@c.us", name=f"c{i}", conversationTimestamp=1000 + i)
    page1 = await client.list_chats(limit=2, offset=0)
    page2 = await client.list_chats(limit=2, offset=2)
    page3 = await client.list_chats(limit=2, offset=4)
    assert [c["id"] for c in page1 + page2 + page3] == [f"1555010010{i}@c.us" for i in range(5)]
    assert _last(waha).query == {"limit": "2", "offset": "4"}
    assert _last(waha).path == "/api/default/chats"
    newest = await client.list_chats(limit=1, sort_by="conversationTimestamp", sort_order="desc")
    assert newest[0]["id"] == "15550100104@c.us"

    sample = json.loads((SAMPLES / "04_message_document_media.json").read_text())["payload"]
    media_url = waha.add_media(b"%PDF-1.7 fake", "application/pdf", wa_id="3A7E0D5C9B1F2468ACE0")
    sample["media"]["url"] = media_url
    text = json.loads((SAMPLES / "01_message_text_dm.json").read_text())["payload"]
    older = [wa_message(CHAT, f"m{i}", timestamp=1773150000 + i) for i in range(5)]
    waha.add_messages(CHAT, [*older, text, sample])

    got: list[dict] = []
    offset = 0
    while page := await client.list_messages(CHAT, limit=3, offset=offset):
        got += page
        offset += len(page)
    assert [m["id"] for m in got[:2]] == [sample["id"], text["id"]]  # newest first
    assert [m["body"] for m in got[2:]] == ["m4", "m3", "m2", "m1", "m0"]
    req = _last(waha)
    assert req.path == f"/api/default/chats/{CHAT}/messages"
    assert req.query == {"limit": "3", "offset": "7", "downloadMedia": "false"}
    assert got[0]["hasMedia"] is True and got[0]["media"] is None  # not downloaded

    with_media = await client.list_messages(CHAT, limit=1, download_media=True)
    assert with_media[0]["media"]["url"] == media_url
    assert await client.download_media(with_media[0]["media"]["url"]) == b"%PDF-1.7 fake"


# ------------------------------------------------------------------ media


async def test_media_download_before_and_after_expiry(waha: WahaServer, client: WahaClient) -> None:
    waha.files_lifetime = 0.5
    url = waha.add_media(b"\x89PNG fake image", "image/png")
    assert url.startswith(f"{waha.base_url}/api/files/default/") and url.endswith(".png")
    assert await client.download_media(url) == b"\x89PNG fake image"
    req = _last(waha)
    assert req.method == "GET" and req.path.startswith("/api/files/default/")

    # Without the key WAHA refuses the file.
    async with WahaClient(waha.base_url, "wrong", "default", backoff=0.01) as bad:
        with pytest.raises(WahaRejected) as err:
            await bad.download_media(url)
        assert err.value.status == 401

    await asyncio.sleep(0.6)
    n = len(waha.requests)
    with pytest.raises(WahaMediaExpired) as err:
        await client.download_media(url)
    assert err.value.status == 404
    assert len(waha.requests) == n + 1  # 404 is not retried


async def test_media_url_with_public_host_is_fetched_through_base_url(
    waha: WahaServer, client: WahaClient
) -> None:
    url = waha.add_media(b"abc", "application/pdf")
    public = url.replace(waha.base_url, "https://waha.ventros.example")
    assert await client.download_media(public) == b"abc"
    assert _last(waha).headers["X-Api-Key"] == KEY


# ------------------------------------------------------------------ auth, retries, errors


async def test_wrong_api_key_is_rejected_401_without_retry(waha: WahaServer) -> None:
    async with WahaClient(waha.base_url, "nope", "default", backoff=0.01) as bad:
        with pytest.raises(WahaRejected) as err:
            await bad.session_status()
    assert err.value.status == 401
    assert len(waha.requests) == 1
    assert waha.requests[0].headers["X-Api-Key"] == "nope"


async def test_send_retries_on_503_then_succeeds(waha: WahaServer, client: WahaClient) -> None:
    waha.fail_next(2, status=503)
    sent = await client.send_text(CHAT, "retry me")
    _assert_sent(sent)
    calls = waha.requests_to("/api/sendText")
    assert len(calls) == 3
    assert all(c.json == calls[0].json for c in calls)
    assert len(waha.messages[CHAT]) == 1  # delivered once


async def test_send_gives_up_after_bounded_503s(waha: WahaServer, client: WahaClient) -> None:
    waha.fail_next(10, status=503)
    with pytest.raises(WahaUnavailable) as err:
        await client.send_text(CHAT, "never")
    assert err.value.status == 503 and err.value.attempts == 4
    assert len(waha.requests) == 4  # 1 + retries=3


async def test_429_retry_after_is_honoured(waha: WahaServer, client: WahaClient) -> None:
    waha.fail_next(1, status=429, retry_after=0.4)
    t0 = time.monotonic()
    sent = await client.send_text(CHAT, "slow down")
    elapsed = time.monotonic() - t0
    _assert_sent(sent)
    assert elapsed >= 0.38, elapsed  # backoff alone would be ~0.01 s
    assert len(waha.requests_to("/api/sendText")) == 2


async def test_400_is_not_retried(waha: WahaServer, client: WahaClient) -> None:
    with pytest.raises(WahaRejected) as err:
        await client.send_text("not-a-chat-id", "x")
    assert err.value.status == 400
    assert err.value.body["error"] == "Bad Request"
    assert len(waha.requests) == 1

    waha.fail_next(1, status=400, body={"statusCode": 400, "message": ["injected"]})
    with pytest.raises(WahaRejected):
        await client.list_chats()
    assert len(waha.requests) == 2


async def test_send_not_retried_on_500_or_dropped_connection(
    waha: WahaServer, client: WahaClient
) -> None:
    waha.fail_next(1, status=500)
    with pytest.raises(WahaDeliveryUnknown) as err:
        await client.send_text(CHAT, "maybe sent")
    assert err.value.status == 500
    assert len(waha.requests) == 1

    waha.close_connections_next(1)
    with pytest.raises(WahaDeliveryUnknown):
        await client.send_text(CHAT, "maybe sent")
    assert len(waha.requests) == 2


async def test_send_read_timeout_is_not_retried(waha: WahaServer) -> None:
    async with WahaClient(waha.base_url, KEY, "default", timeout=0.2, backoff=0.01) as c:
        waha.delay_next(0.6)
        with pytest.raises(WahaDeliveryUnknown):
            await c.send_text(CHAT, "slow")
        await asyncio.sleep(0.5)  # the server still processes it: it may have been sent
        assert len(waha.messages[CHAT]) == 1
        assert len(waha.requests_to("/api/sendText")) == 1


async def test_reads_retry_on_500_timeout_and_dropped_connection(waha: WahaServer) -> None:
    async with WahaClient(waha.base_url, KEY, "default", timeout=0.3, backoff=0.01) as c:
        waha.add_chat(CHAT)
        waha.fail_next(1, status=500)
        waha.close_connections_next(1)
        waha.delay_next(0.8)
        assert [x["id"] for x in await c.list_chats()] == [CHAT]
        assert len(waha.requests_to("/api/default/chats")) == 4

        # Idempotent writes retry on 5xx too.
        sent = await c.send_text(CHAT, "to revoke")
        waha.fail_next(1, status=502)
        assert await c.revoke_message(CHAT, sent.id) == {"result": True}
        path = f"/api/default/chats/{CHAT}/messages/{sent.id}"
        assert len(waha.requests_to(path, "DELETE")) == 2


async def test_connect_error_on_closed_port_is_unavailable_after_bounded_retries() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    async with WahaClient(f"http://127.0.0.1:{port}", KEY, "default", retries=2, backoff=0.01) as c:
        t0 = time.monotonic()
        with pytest.raises(WahaUnavailable) as err:
            await c.send_text(CHAT, "hi")  # safe to retry: never reached a server
        assert not isinstance(err.value, WahaDeliveryUnknown)
        assert err.value.attempts == 3
        with pytest.raises(WahaUnavailable):
            await c.list_chats()
        assert time.monotonic() - t0 < 3


async def test_connect_error_then_server_comes_up(waha: WahaServer) -> None:
    """Connect errors on a send are retried: the request provably never left."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()

    runner: web.AppRunner | None = None

    async def start_late() -> None:
        nonlocal runner
        await asyncio.sleep(0.15)
        app = web.Application()

        async def send_text(request: web.Request) -> web.Response:
            return web.json_response({"id": f"true_{CHAT}_3EB0AAAAAAAAAAAAAAAA"}, status=201)

        app.router.add_post("/api/sendText", send_text)
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()

    task = asyncio.create_task(start_late())
    try:
        async with WahaClient(
            f"http://127.0.0.1:{port}", KEY, "default", retries=6, backoff=0.05
        ) as c:
            sent = await c.send_text(CHAT, "hi")
        assert sent.id == f"true_{CHAT}_3EB0AAAAAAAAAAAAAAAA"
    finally:
        await task
        if runner is not None:
            await runner.cleanup()


# ------------------------------------------------------------------ webhook sender helper


async def test_post_webhook_matches_waha_bytes_and_hmac() -> None:
    received: list[tuple[bytes, dict[str, str]]] = []

    async def hook(request: web.Request) -> web.Response:
        received.append((await request.read(), dict(request.headers)))
        return web.Response(status=204)

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        envelope = json.loads((SAMPLES / "01_message_text_dm.json").read_text())
        key = "ventros-test-hmac-key"
        status = await post_webhook(f"http://{host}:{port}/hook", envelope, hmac_key=key)
        assert status == 204
        body, headers = received[0]
        assert len(body) == 1471 and body == serialize_webhook(envelope)
        assert headers["X-Webhook-Hmac"] == (
            "4101fff36e9a34bcbf506ce93181b68085e6ab0639a54188848649dc887cafee"
            "96478127c37cc49078e17f40cfab8a7c5ec3dbdf8f596f3f5d51c2151afaacfd"
        )
        assert headers["X-Webhook-Hmac-Algorithm"] == "sha512"
        assert headers["X-Webhook-Timestamp"] == str(envelope["timestamp"])
        assert headers["X-Webhook-Request-Id"]

        status = await post_webhook(
            f"http://{host}:{port}/hook",
            envelope,
            hmac_key=None,
            event_id="evt_custom",
            request_id="req-1",
        )
        body, headers = received[1]
        assert json.loads(body)["id"] == "evt_custom"
        assert body.startswith(b'{"id":"evt_custom",')
        assert "X-Webhook-Hmac" not in headers and headers["X-Webhook-Request-Id"] == "req-1"
        expected = hmac.new(b"k", body, hashlib.sha512).hexdigest()
        assert expected != received[0][1]["X-Webhook-Hmac"]
    finally:
        await runner.cleanup()


async def test_transcoding_options_are_refused_where_waha_takes_none(client: WahaClient) -> None:
    with pytest.raises(ValueError, match="convert"):
        await client.send_media("image", CHAT, b"x", convert=True)
    with pytest.raises(ValueError, match="as_note"):
        await client.send_media("voice", CHAT, b"x", as_note=True)
