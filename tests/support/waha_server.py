"""A WAHA-compatible HTTP server for tests (real HTTP on 127.0.0.1, aiohttp), plus a webhook
sender that posts exactly like WAHA does (see /work/shared/waha/SHAPES.md §1, §4.3, §6).

    async with WahaServer(api_key="test-key", session="default", files_lifetime=180) as waha:
        waha.base_url                    # "http://127.0.0.1:<port>"
        waha.requests                    # [RecordedRequest(method, path, query, headers, json)]
        waha.add_chat("15550100123@c.us", name="Marina")
        waha.add_messages("15550100123@c.us", [wa_message(...), ...])
        url = waha.add_media(b"%PDF...", "application/pdf")  # expires after files_lifetime
        waha.fail_next(2, status=503)    # next 2 /api requests answer 503
        waha.fail_next(1, status=429, retry_after=1)
        waha.delay_next(0.5)             # next request sleeps 0.5 s before answering
        waha.close_connections_next(1)   # next request: connection dropped, no response

Fault injection applies to /api requests in arrival order (after recording them, before auth).

    status = await post_webhook(url, payload, hmac_key="k")  # WAHA's bytes/headers/HMAC
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import hmac
import json
import mimetypes
import secrets
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from aiohttp import web
from multidict import CIMultiDict

WAHA_VERSION = "2026.2.1"


def serialize_webhook(payload: Mapping[str, Any]) -> bytes:
    """The exact bytes WAHA POSTs (Node ``JSON.stringify``: compact, raw UTF-8)."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def sign_webhook(body: bytes, key: str) -> str:
    """Lower-case hex HMAC-SHA512 of the raw body (``X-Webhook-Hmac``)."""
    return hmac.new(key.encode("utf-8"), body, hashlib.sha512).hexdigest()


async def post_webhook(
    url: str,
    payload: dict[str, Any],
    *,
    hmac_key: str | None,
    event_id: str | None = None,
    request_id: str | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float = 10,
) -> int:
    """POST one webhook delivery as WAHA does; returns the receiver's HTTP status.

    ``event_id`` replaces (or prepends) the envelope ``id``. Pass the same ``request_id`` (and
    payload) to simulate a WAHA retry, which is byte-identical with the same
    ``X-Webhook-Request-Id``.
    """
    if event_id is not None:
        if "id" in payload:
            payload = {**payload, "id": event_id}
        else:
            payload = {"id": event_id, **payload}
    body = serialize_webhook(payload)
    ts = payload.get("timestamp")
    out_headers = {
        "content-type": "application/json",
        "User-Agent": f"WAHA/{WAHA_VERSION}",
        "X-Webhook-Request-Id": request_id or secrets.token_hex(9),
        "X-Webhook-Timestamp": str(ts if isinstance(ts, int) else int(time.time() * 1000)),
    }
    if hmac_key is not None:
        out_headers["X-Webhook-Hmac"] = sign_webhook(body, hmac_key)
        out_headers["X-Webhook-Hmac-Algorithm"] = "sha512"
    if headers:
        out_headers.update(headers)
    async with httpx.AsyncClient(timeout=timeout) as client:
        response = await client.post(url, content=body, headers=out_headers)
    return response.status_code


def new_wa_message_id() -> str:
    """A WhatsApp-like bare message id: 3EB0 + 16 upper-case hex chars."""
    return "3EB0" + secrets.token_hex(8).upper()


def wa_message(
    chat_id: str,
    body: str | None = "hello",
    *,
    from_me: bool = False,
    timestamp: int | None = None,
    wa_id: str | None = None,
    media: dict[str, Any] | None = None,
    source: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A NOWEB-shaped WAMessage (as in samples/01..05)."""
    wa_id = wa_id or new_wa_message_id()
    ts = int(time.time()) if timestamp is None else timestamp
    msg: dict[str, Any] = {
        "id": f"{'true' if from_me else 'false'}_{chat_id}_{wa_id}",
        "timestamp": ts,
        "from": chat_id,
        "fromMe": from_me,
        "source": source or ("api" if from_me else "app"),
        "body": body,
        "hasMedia": media is not None,
        "media": media,
        "ack": 2,
        "ackName": "DEVICE",
        "location": None,
        "vCards": None,
        "replyTo": None,
        "_data": {
            "key": {
                "remoteJid": chat_id.replace("@c.us", "@s.whatsapp.net"),
                "fromMe": from_me,
                "id": wa_id,
            },
            "messageTimestamp": ts,
        },
    }
    msg.update(extra)
    return msg


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: CIMultiDict[str]
    json: Any
    body: bytes = field(repr=False)


@dataclass
class _Fault:
    kind: str  # "status" | "delay" | "close"
    status: int = 503
    retry_after: float | None = None
    body: Any = None
    seconds: float = 0.0


@dataclass
class _Media:
    data: bytes
    mimetype: str
    created: float


_SEND_ENDPOINTS = {
    "sendText",
    "sendImage",
    "sendFile",
    "sendVoice",
    "sendVideo",
    "sendLocation",
    "sendContactVcard",
}


class WahaServer:
    def __init__(
        self,
        api_key: str | None = "test-key",
        session: str = "default",
        *,
        files_lifetime: float = 180.0,
        engine: str = "NOWEB",
    ) -> None:
        self.api_key = api_key
        self.session = session
        self.files_lifetime = files_lifetime
        self.engine = engine
        self.session_state = "WORKING"
        self.me: dict[str, Any] | None = {"id": "15550100999@c.us", "pushName": "Ventros"}
        self.requests: list[RecordedRequest] = []
        self.chats: dict[str, dict[str, Any]] = {}
        self.messages: dict[str, list[dict[str, Any]]] = {}
        self.media: dict[str, _Media] = {}
        self.reactions: list[dict[str, Any]] = []
        self.unregistered_numbers: set[str] = set()
        self._faults: list[_Fault] = []
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> WahaServer:
        app = web.Application(middlewares=[self._middleware], client_max_size=64 * 1024**2)
        app.router.add_post("/api/{endpoint:send[A-Za-z]+}", self._send)
        app.router.add_put("/api/reaction", self._reaction)
        app.router.add_get("/api/sessions/{session}", self._session_status)
        app.router.add_get("/api/contacts/check-exists", self._check_exists)
        app.router.add_get("/api/{session}/chats", self._list_chats)
        app.router.add_get("/api/{session}/chats/{chat_id}/messages", self._list_messages)
        app.router.add_put("/api/{session}/chats/{chat_id}/messages/{msg_id}", self._edit)
        app.router.add_delete("/api/{session}/chats/{chat_id}/messages/{msg_id}", self._revoke)
        app.router.add_get("/api/files/{session}/{name}", self._file)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.base_url = f"http://{host}:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # ------------------------------------------------------------------ test API

    def fail_next(
        self, n: int = 1, status: int = 503, *, retry_after: float | None = None, body: Any = None
    ) -> None:
        for _ in range(n):
            self._faults.append(_Fault("status", status=status, retry_after=retry_after, body=body))

    def delay_next(self, seconds: float, n: int = 1) -> None:
        for _ in range(n):
            self._faults.append(_Fault("delay", seconds=seconds))

    def close_connections_next(self, n: int = 1) -> None:
        for _ in range(n):
            self._faults.append(_Fault("close"))

    def add_chat(self, chat_id: str, name: str | None = None, **extra: Any) -> dict[str, Any]:
        chat = {
            "id": chat_id,
            "name": name,
            "conversationTimestamp": int(time.time()),
            "unreadCount": 0,
            **extra,
        }
        self.chats[chat_id] = chat
        self.messages.setdefault(chat_id, [])
        return chat

    def add_messages(self, chat_id: str, messages: Iterable[Mapping[str, Any]]) -> None:
        """Store WAMessage payloads (a webhook envelope's ``payload``, or a whole envelope)."""
        if chat_id not in self.chats:
            self.add_chat(chat_id)
        store = self.messages[chat_id]
        for m in messages:
            m = copy.deepcopy(dict(m))
            if "payload" in m and "event" in m:
                m = m["payload"]
            store.append(m)
            ts = m.get("timestamp") or 0
            chat = self.chats[chat_id]
            chat["conversationTimestamp"] = max(chat["conversationTimestamp"] or 0, ts)

    def add_media(
        self, data: bytes, mimetype: str, *, wa_id: str | None = None, created: float | None = None
    ) -> str:
        """Store a file like WAHA's local media storage; returns its media.url."""
        wa_id = wa_id or new_wa_message_id()
        ext = "zip" if mimetype == "application/was" else _ext(mimetype)
        name = f"{wa_id}.{ext}"
        self.media[name] = _Media(data, mimetype, time.monotonic() if created is None else created)
        return f"{self.base_url}/api/files/{self.session}/{name}"

    def requests_to(self, path: str, method: str | None = None) -> list[RecordedRequest]:
        return [
            r for r in self.requests if r.path == path and (method is None or r.method == method)
        ]

    # ------------------------------------------------------------------ plumbing

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        raw = await request.read()
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = None
        self.requests.append(
            RecordedRequest(
                method=request.method,
                path=request.path,
                query=dict(request.query),
                headers=CIMultiDict(request.headers),
                json=parsed,
                body=raw,
            )
        )
        if request.path.startswith("/api/") and self._faults:
            fault = self._faults.pop(0)
            if fault.kind == "close":
                assert request.transport is not None
                request.transport.abort()
                raise asyncio.CancelledError  # drop the connection, no response at all
            if fault.kind == "delay":
                await asyncio.sleep(fault.seconds)
            elif fault.kind == "status":
                headers = {}
                if fault.retry_after is not None:
                    headers["Retry-After"] = f"{fault.retry_after:g}"
                body = fault.body or {"statusCode": fault.status, "message": "injected fault"}
                return web.json_response(body, status=fault.status, headers=headers)
        if request.path.startswith("/api/") and not self._authorised(request):
            return web.json_response({"message": "Unauthorized", "statusCode": 401}, status=401)
        return await handler(request)

    def _authorised(self, request: web.Request) -> bool:
        if self.api_key is None:
            return True
        given = request.headers.get("X-Api-Key") or request.query.get("x-api-key") or ""
        return hmac.compare_digest(given.encode(), self.api_key.encode())

    def _session_missing(self, name: str | None) -> web.Response | None:
        if (name or "default") != self.session:
            return web.json_response(
                {"statusCode": 404, "message": f"Session '{name}' does not exist"}, status=404
            )
        return None

    @staticmethod
    def _bad_request(*messages: str) -> web.Response:
        return web.json_response(
            {"statusCode": 400, "message": list(messages), "error": "Bad Request"}, status=400
        )

    async def _json(self, request: web.Request) -> dict[str, Any] | None:
        try:
            body = await request.json()
        except ValueError:
            return None
        return body if isinstance(body, dict) else None

    def _find(self, chat_id: str, msg_id: str) -> dict[str, Any] | None:
        for m in self.messages.get(chat_id, []):
            if m.get("id") == msg_id or m.get("id", "").split("_")[2:3] == [msg_id]:
                return m
        return None

    # ------------------------------------------------------------------ handlers

    async def _send(self, request: web.Request) -> web.Response:
        endpoint = request.match_info["endpoint"]
        body = await self._json(request)
        if body is None:
            return self._bad_request("body must be a JSON object")
        if missing := self._session_missing(body.get("session")):
            return missing
        chat_id = body.get("chatId")
        if endpoint == "sendSeen":
            if not chat_id:
                return self._bad_request("chatId should not be empty")
            return web.json_response({"result": True})
        if endpoint not in _SEND_ENDPOINTS:
            return web.json_response({"statusCode": 404, "message": "Not Found"}, status=404)
        errors = []
        if not isinstance(chat_id, str) or "@" not in chat_id:
            errors.append("chatId must be a chat id like 11111111111@c.us")
        if endpoint == "sendText" and not isinstance(body.get("text"), str):
            errors.append("text must be a string")
        media = None
        if endpoint in {"sendImage", "sendFile", "sendVoice", "sendVideo"}:
            file = body.get("file")
            if not isinstance(file, dict) or not file.get("mimetype"):
                errors.append("file.mimetype should not be empty")
            elif not (file.get("url") or file.get("data")):
                errors.append("file.url or file.data is required")
            else:
                media = {
                    "url": None,
                    "filename": file.get("filename"),
                    "mimetype": file["mimetype"],
                }
        if endpoint == "sendLocation" and (
            body.get("latitude") is None or body.get("longitude") is None
        ):
            errors.append("latitude and longitude are required")
        if endpoint == "sendContactVcard" and not body.get("contacts"):
            errors.append("contacts should not be empty")
        if errors:
            return self._bad_request(*errors)
        assert isinstance(chat_id, str)
        msg = wa_message(
            chat_id,
            body.get("text") if endpoint == "sendText" else body.get("caption"),
            from_me=True,
            media=media,
            source="api",
            to=chat_id,
            ack=1,
            ackName="SERVER",
        )
        if endpoint == "sendLocation":
            msg["body"] = None
            msg["location"] = {
                "latitude": str(body["latitude"]),
                "longitude": str(body["longitude"]),
                "live": False,
                "name": body.get("title"),
            }
        if endpoint == "sendContactVcard":
            msg["vCards"] = [c.get("vcard", "") for c in body["contacts"] if isinstance(c, dict)]
        if body.get("reply_to"):
            parts = str(body["reply_to"]).split("_")
            msg["replyTo"] = {"id": parts[2] if len(parts) >= 3 else parts[0], "body": None}
        self.add_messages(chat_id, [msg])
        return web.json_response(msg, status=201)

    async def _reaction(self, request: web.Request) -> web.Response:
        body = await self._json(request)
        if body is None:
            return self._bad_request("body must be a JSON object")
        if missing := self._session_missing(body.get("session")):
            return missing
        if not body.get("messageId") or not isinstance(body.get("reaction"), str):
            return self._bad_request("messageId and reaction are required")
        self.reactions.append({"messageId": body["messageId"], "reaction": body["reaction"]})
        return web.json_response({"result": True})

    async def _session_status(self, request: web.Request) -> web.Response:
        if missing := self._session_missing(request.match_info["session"]):
            return missing
        return web.json_response(
            {
                "name": self.session,
                "status": self.session_state,
                "config": {"webhooks": []},
                "me": self.me if self.session_state == "WORKING" else None,
                "engine": {"engine": self.engine},
            }
        )

    async def _check_exists(self, request: web.Request) -> web.Response:
        if missing := self._session_missing(request.query.get("session")):
            return missing
        phone = request.query.get("phone", "")
        if not phone.isdigit():
            return self._bad_request("phone must be digits")
        exists = phone not in self.unregistered_numbers
        return web.json_response(
            {"numberExists": exists, "chatId": f"{phone}@c.us" if exists else None}
        )

    @staticmethod
    def _page(request: web.Request, items: list[Any]) -> list[Any] | web.Response:
        try:
            limit = int(request.query.get("limit", "100"))
            offset = int(request.query.get("offset", "0"))
        except ValueError:
            return WahaServer._bad_request("limit/offset must be integers")
        if limit < 0 or offset < 0:
            return WahaServer._bad_request("limit/offset must be >= 0")
        return items[offset : offset + limit]

    async def _list_chats(self, request: web.Request) -> web.Response:
        if missing := self._session_missing(request.match_info["session"]):
            return missing
        chats = list(self.chats.values())
        sort_by = request.query.get("sortBy")
        if sort_by in {"conversationTimestamp", "id", "name"}:
            chats.sort(
                key=lambda c: c.get(sort_by) or (0 if sort_by == "conversationTimestamp" else ""),
                reverse=request.query.get("sortOrder", "desc") == "desc",
            )
        page = self._page(request, chats)
        return page if isinstance(page, web.Response) else web.json_response(page)

    async def _list_messages(self, request: web.Request) -> web.Response:
        if missing := self._session_missing(request.match_info["session"]):
            return missing
        chat_id = request.match_info["chat_id"]
        msgs = sorted(self.messages.get(chat_id, []), key=lambda m: -(m.get("timestamp") or 0))
        page = self._page(request, msgs)
        if isinstance(page, web.Response):
            return page
        out = copy.deepcopy(page)
        if request.query.get("downloadMedia", "true") == "false":
            for m in out:
                if m.get("hasMedia"):
                    m["media"] = None
        return web.json_response(out)

    async def _edit(self, request: web.Request) -> web.Response:
        if missing := self._session_missing(request.match_info["session"]):
            return missing
        body = await self._json(request)
        if body is None or not isinstance(body.get("text"), str):
            return self._bad_request("text must be a string")
        msg = self._find(request.match_info["chat_id"], request.match_info["msg_id"])
        if msg is None:
            return web.json_response(
                {"statusCode": 404, "message": "Message not found"}, status=404
            )
        msg["body"] = body["text"]
        return web.json_response(msg)

    async def _revoke(self, request: web.Request) -> web.Response:
        if missing := self._session_missing(request.match_info["session"]):
            return missing
        chat_id = request.match_info["chat_id"]
        msg = self._find(chat_id, request.match_info["msg_id"])
        if msg is None:
            return web.json_response(
                {"statusCode": 404, "message": "Message not found"}, status=404
            )
        msg["body"] = None
        msg["revoked"] = True
        return web.json_response({"result": True})

    async def _file(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        item = self.media.get(name)
        if request.match_info["session"] != self.session or item is None:
            raise web.HTTPNotFound(text="Not Found")
        if time.monotonic() - item.created >= self.files_lifetime:
            del self.media[name]  # WAHA's cleanup removes expired files
            raise web.HTTPNotFound(text="Not Found")
        return web.Response(body=item.data, content_type=item.mimetype)


def _ext(mimetype: str) -> str:
    ext = mimetypes.guess_extension(mimetype, strict=False)
    return ext.lstrip(".") if ext else "bin"
