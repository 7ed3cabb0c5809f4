"""HTTP client for WAHA (WhatsApp HTTP API), the messaging context's WhatsApp provider.

Auth and session
    Every request carries ``X-Api-Key``. Endpoints whose body is JSON carry ``session`` in the
    body (``POST /api/sendText`` ...); the others name it in the path
    (``/api/{session}/chats/...``, ``/api/sessions/{session}``) or the query
    (``/api/contacts/check-exists?session=``).

Retry policy (why it differs per call)
    WAHA's send endpoints (``sendText``, ``sendImage``, ``sendFile``, ``sendVoice``,
    ``sendVideo``, ``sendLocation``, ``sendContactVcard``) are NOT idempotent: there is no
    idempotency key, so re-POSTing a request that reached WAHA can deliver the message twice to
    the customer. For those calls we retry only when we know WAHA did not act on the request:

    * the TCP connection could not be established (connect error / connect timeout / pool
      timeout): the request never left this process;
    * ``429 Too Many Requests`` (honouring ``Retry-After``) and ``503 Service Unavailable``:
      WAHA refused the request before handling it.

    A read timeout, a dropped connection after the request was written, or any other 5xx on a
    send raises :class:`WahaDeliveryUnknown` (a :class:`WahaUnavailable`) at once: the message
    *may* have been sent, and the caller must reconcile (e.g. from the ``message.any`` webhook,
    whose ``source == "api"``) instead of re-sending blindly.

    Reads (chats, messages, media, check-exists, session status) and the naturally idempotent
    writes (reaction, edit, revoke, sendSeen: applying them twice has the same effect) are
    retried on every transport error and on 408, 429 and 5xx.

    Never retried: 4xx other than 408/429 -> :class:`WahaRejected` (status, body).
    Backoff: ``backoff * 2**attempt`` with "equal jitter" (half fixed, half random), capped at
    ``max_backoff``; a ``Retry-After`` header (seconds or HTTP date) replaces the computed delay
    (capped at ``max_retry_after``). After ``retries`` retries -> :class:`WahaUnavailable`.

Media
    ``media.url`` in a WAMessage points at ``{WAHA_BASE_URL}/api/files/{session}/{id}.{ext}``;
    it needs ``X-Api-Key`` and the file EXPIRES after ``WHATSAPP_FILES_LIFETIME`` (default
    180 s): download it promptly. :meth:`WahaClient.download_media` sends the key only to the
    configured WAHA origin; an ``/api/files/...`` URL on another host (a public
    ``WAHA_BASE_URL``) is fetched through ``base_url`` instead, and any other host (S3
    presigned URL) is fetched without the key. An expired file raises :class:`WahaMediaExpired`.
"""

from __future__ import annotations

import asyncio
import base64
import email.utils
import functools
import mimetypes
import random
import re
import ssl
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import quote, urlsplit, urlunsplit

import httpx

__all__ = [
    "NumberCheck",
    "SentMessage",
    "WahaClient",
    "WahaDeliveryUnknown",
    "WahaError",
    "WahaMediaExpired",
    "WahaRejected",
    "WahaUnavailable",
]


MediaKind = Literal["image", "file", "voice", "video"]
MEDIA_ENDPOINTS: dict[str, str] = {
    "image": "sendImage",
    "file": "sendFile",
    "voice": "sendVoice",
    "video": "sendVideo",
}


class WahaError(Exception):
    """Base class of every error raised by :class:`WahaClient`."""


class WahaUnavailable(WahaError):
    """WAHA could not be reached or kept failing (5xx/429/timeouts) after the allowed retries."""

    def __init__(self, message: str, *, status: int | None = None, attempts: int = 0) -> None:
        super().__init__(message)
        self.status = status
        self.attempts = attempts


class WahaDeliveryUnknown(WahaUnavailable):
    """A non-idempotent send failed after the request may have reached WAHA; not retried."""


class WahaRejected(WahaError):
    """WAHA answered with a 4xx (other than a retried 408/429): the request itself is wrong."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(f"WAHA rejected the request: HTTP {status}: {body!r}"[:500])
        self.status = status
        self.body = body


class WahaMediaExpired(WahaRejected):
    """The media file is gone (404): WAHA deletes files after WHATSAPP_FILES_LIFETIME."""


@dataclass(frozen=True, slots=True)
class SentMessage:
    """Result of a send: the provider's serialised message id plus the raw response."""

    id: str
    raw: dict[str, Any] = field(repr=False, compare=False)

    @property
    def wa_message_id(self) -> str:
        """The bare WhatsApp message id (what ``replyTo.id`` / ``revokedMessageId`` carry)."""
        parts = self.id.split("_")
        return parts[2] if len(parts) >= 3 else self.id

    @property
    def chat_id(self) -> str | None:
        parts = self.id.split("_")
        return parts[1] if len(parts) >= 3 else None


@dataclass(frozen=True, slots=True)
class NumberCheck:
    exists: bool
    chat_id: str | None
    raw: dict[str, Any] = field(repr=False, compare=False)


_RETRYABLE_ANY = frozenset({408, 429, 500, 502, 503, 504})
_RETRYABLE_SEND = frozenset({429, 503})
# Exceptions proving the request was never written to the server.
_NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


def _to_c_us(jid: str) -> str:
    user, _, server = jid.partition("@")
    if server == "s.whatsapp.net":
        return f"{user.split(':')[0]}@c.us"
    return jid


def extract_message_id(raw: Any) -> str:
    """The serialised id of a send response, whatever the engine returned.

    GOWS/WAHA WAMessage: ``id`` is a string. WEBJS: ``id`` is ``{_serialized, ...}``. NOWEB may
    return the raw proto ``{key: {remoteJid, fromMe, id}}``.
    """
    if isinstance(raw, dict):
        mid = raw.get("id")
        if isinstance(mid, str) and mid:
            return mid
        serialized = mid.get("_serialized") if isinstance(mid, dict) else None
        if isinstance(serialized, str):
            return serialized
        key = raw.get("key")
        if isinstance(key, dict) and key.get("id") and key.get("remoteJid"):
            from_me = "true" if key.get("fromMe") else "false"
            out = f"{from_me}_{_to_c_us(key['remoteJid'])}_{key['id']}"
            if key.get("participant"):
                out += f"_{key['participant']}"
            return out
    raise WahaError(f"WAHA response carries no message id: {raw!r}"[:500])


def _parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _body_of(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text


@functools.cache
def _tls() -> ssl.SSLContext:
    """httpx's default TLS context, built once: loading the CA bundle takes ~20 ms, and
    a client is made per channel use (a history import makes one per page)."""
    return httpx.create_ssl_context()


class WahaClient:
    """Async WAHA client. Use as ``async with WahaClient(...) as waha:`` or call :meth:`aclose`."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        session_name: str,
        *,
        timeout: float = 10,
        retries: int = 3,
        backoff: float = 0.2,
        max_backoff: float = 10.0,
        max_retry_after: float = 30.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.session_name = session_name
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self._api_key = api_key
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout),
            headers={"X-Api-Key": api_key, "Accept": "application/json"},
            follow_redirects=False,
            verify=_tls(),
        )

    async def __aenter__(self) -> WahaClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # ------------------------------------------------------------------ transport

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        base: float = min(self.max_backoff, self.backoff * (2**attempt))
        return base / 2 + random.uniform(0, base / 2)

    async def _request(
        self,
        method: str,
        url: str,
        *,
        idempotent: bool,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        raw: bool = False,
    ) -> Any:
        retryable_status = _RETRYABLE_ANY if idempotent else _RETRYABLE_SEND
        attempt = 0
        while True:
            retry_after: float | None = None
            try:
                response = await self._http.request(
                    method, url, json=json, params=params, headers=headers
                )
            except httpx.TransportError as exc:
                sent_maybe = not isinstance(exc, _NOT_SENT_ERRORS)
                if sent_maybe and not idempotent:
                    raise WahaDeliveryUnknown(
                        f"{method} {url}: {type(exc).__name__}: {exc}; the request may have "
                        "reached WAHA, not retrying a non-idempotent send",
                        attempts=attempt + 1,
                    ) from exc
                if attempt >= self.retries:
                    raise WahaUnavailable(
                        f"{method} {url}: {type(exc).__name__}: {exc} "
                        f"(after {attempt + 1} attempts)",
                        attempts=attempt + 1,
                    ) from exc
            else:
                status = response.status_code
                if status < 400:
                    if raw:
                        return response.content
                    if not response.content:
                        return None
                    return _body_of(response)
                if status in retryable_status:
                    if attempt >= self.retries:
                        raise WahaUnavailable(
                            f"{method} {url}: HTTP {status} (after {attempt + 1} attempts)",
                            status=status,
                            attempts=attempt + 1,
                        )
                    retry_after = _parse_retry_after(response.headers.get("Retry-After"))
                elif status >= 500:
                    # Not retried for a send: WAHA may have acted before failing.
                    raise WahaDeliveryUnknown(
                        f"{method} {url}: HTTP {status}: {_body_of(response)!r}"[:500],
                        status=status,
                        attempts=attempt + 1,
                    )
                elif status == 404 and raw:
                    raise WahaMediaExpired(status, _body_of(response))
                else:
                    raise WahaRejected(status, _body_of(response))
            await asyncio.sleep(self._delay(attempt, retry_after))
            attempt += 1

    def _body(self, chat_id: str | None = None, **fields: Any) -> dict[str, Any]:
        body: dict[str, Any] = {"session": self.session_name}
        if chat_id is not None:
            body["chatId"] = chat_id
        body.update({k: v for k, v in fields.items() if v is not None})
        return body

    async def _send(self, endpoint: str, body: dict[str, Any]) -> SentMessage:
        raw = await self._request("POST", f"/api/{endpoint}", idempotent=False, json=body)
        return SentMessage(id=extract_message_id(raw), raw=raw)

    @staticmethod
    def _file(file: str | bytes, mimetype: str | None, filename: str | None) -> dict[str, Any]:
        if mimetype is None:
            guess_from = filename or (file if isinstance(file, str) else None)
            if guess_from:
                mimetype = mimetypes.guess_type(urlsplit(guess_from).path)[0]
        if mimetype is None:
            raise ValueError("mimetype is required (could not guess it from filename/url)")
        out: dict[str, Any] = {"mimetype": mimetype}
        if filename:
            out["filename"] = filename
        if isinstance(file, bytes | bytearray | memoryview):
            out["data"] = base64.b64encode(bytes(file)).decode("ascii")
        else:
            out["url"] = file
        return out

    def _chat_path(self, chat_id: str, *rest: str) -> str:
        parts = [quote(self.session_name, safe=""), "chats", quote(chat_id, safe="@.")]
        parts += [quote(p, safe="@._") for p in rest]
        return "/api/" + "/".join(parts)

    # ------------------------------------------------------------------ sends

    async def send_text(
        self,
        chat_id: str,
        text: str,
        reply_to: str | None = None,
        mentions: Sequence[str] | None = None,
        *,
        link_preview: bool | None = None,
    ) -> SentMessage:
        body = self._body(
            chat_id,
            text=text,
            reply_to=reply_to,
            mentions=list(mentions) if mentions else None,
            linkPreview=link_preview,
        )
        return await self._send("sendText", body)

    async def send_media(
        self,
        kind: MediaKind,
        chat_id: str,
        file: str | bytes,
        caption: str | None = None,
        reply_to: str | None = None,
        *,
        mimetype: str | None = None,
        filename: str | None = None,
        convert: bool | None = None,
        as_note: bool | None = None,
    ) -> SentMessage:
        """POST /api/sendImage|sendFile|sendVoice|sendVideo: the file as a URL or bytes.
        `convert` (voice, video) asks WAHA to transcode; `as_note` (video) sends a round
        video note; other kinds refuse them."""
        if convert is not None and kind not in ("voice", "video"):
            raise ValueError(f"convert does not apply to {kind}")
        if as_note is not None and kind != "video":
            raise ValueError(f"as_note does not apply to {kind}")
        body = self._body(
            chat_id,
            file=self._file(file, mimetype, filename),
            caption=caption,
            reply_to=reply_to,
            convert=convert,
            asNote=as_note,
        )
        return await self._send(MEDIA_ENDPOINTS[kind], body)

    async def send_location(
        self,
        chat_id: str,
        lat: float,
        lng: float,
        title: str | None = None,
        reply_to: str | None = None,
    ) -> SentMessage:
        body = self._body(chat_id, latitude=lat, longitude=lng, title=title, reply_to=reply_to)
        return await self._send("sendLocation", body)

    async def send_contact_vcard(
        self,
        chat_id: str,
        contacts: Sequence[Mapping[str, Any]],
        reply_to: str | None = None,
    ) -> SentMessage:
        body = self._body(chat_id, contacts=[dict(c) for c in contacts], reply_to=reply_to)
        return await self._send("sendContactVcard", body)

    # ------------------------------------------------------------------ idempotent writes

    async def send_reaction(self, message_id: str, emoji: str) -> Any:
        """React to ``message_id`` (serialised id); ``emoji=""`` removes the reaction."""
        body = self._body(messageId=message_id, reaction=emoji)
        return await self._request("PUT", "/api/reaction", idempotent=True, json=body)

    async def edit_message(self, chat_id: str, message_id: str, text: str) -> Any:
        return await self._request(
            "PUT",
            self._chat_path(chat_id, "messages", message_id),
            idempotent=True,
            json={"text": text},
        )

    async def revoke_message(self, chat_id: str, message_id: str) -> Any:
        return await self._request(
            "DELETE", self._chat_path(chat_id, "messages", message_id), idempotent=True
        )

    async def send_seen(
        self,
        chat_id: str,
        message_ids: Sequence[str] | None = None,
        participant: str | None = None,
    ) -> Any:
        body = self._body(
            chat_id,
            messageIds=list(message_ids) if message_ids else None,
            participant=participant,
        )
        return await self._request("POST", "/api/sendSeen", idempotent=True, json=body)

    # ------------------------------------------------------------------ reads

    def _media_target(self, url: str) -> tuple[str, bool]:
        """(url to fetch, whether to send X-Api-Key)."""
        base = urlsplit(self.base_url)
        target = urlsplit(url)
        if not target.scheme:  # relative "/api/files/..."
            return self.base_url + "/" + url.lstrip("/"), True
        if (target.scheme, target.netloc) == (base.scheme, base.netloc):
            return url, True
        if target.path.startswith("/api/files/"):
            rebased = urlunsplit(
                (base.scheme, base.netloc, base.path.rstrip("/") + target.path, target.query, "")
            )
            return rebased, True
        return url, False

    async def download_media(self, url: str) -> bytes:
        """Download a ``media.url`` (expires after WAHA's files lifetime, default 180 s)."""
        target, with_key = self._media_target(url)
        if not with_key:
            # Never leak the API key to a foreign host: use a bare request.
            async with httpx.AsyncClient(timeout=self._http.timeout) as bare:
                response = await bare.get(target)
            if response.status_code == 404:
                raise WahaMediaExpired(404, _body_of(response))
            if response.status_code >= 400:
                raise WahaRejected(response.status_code, _body_of(response))
            return response.content
        result: bytes = await self._request("GET", target, idempotent=True, raw=True)
        return result

    async def list_chats(
        self,
        limit: int = 100,
        offset: int = 0,
        *,
        sort_by: str | None = None,
        sort_order: str | None = None,
    ) -> list[dict[str, Any]]:
        params: dict[str, Any] = {"limit": limit, "offset": offset}
        if sort_by:
            params["sortBy"] = sort_by
        if sort_order:
            params["sortOrder"] = sort_order
        result = await self._request(
            "GET",
            f"/api/{quote(self.session_name, safe='')}/chats",
            idempotent=True,
            params=params,
        )
        return list(result or [])

    async def list_messages(
        self,
        chat_id: str,
        limit: int = 100,
        offset: int = 0,
        download_media: bool = False,
    ) -> list[dict[str, Any]]:
        """A page of a chat's history (newest first), for history import."""
        params = {
            "limit": limit,
            "offset": offset,
            "downloadMedia": "true" if download_media else "false",
        }
        result = await self._request(
            "GET", self._chat_path(chat_id, "messages"), idempotent=True, params=params
        )
        return list(result or [])

    async def check_exists(self, phone: str) -> NumberCheck:
        digits = re.sub(r"\D", "", phone)
        raw = await self._request(
            "GET",
            "/api/contacts/check-exists",
            idempotent=True,
            params={"phone": digits, "session": self.session_name},
        )
        return NumberCheck(exists=bool(raw.get("numberExists")), chat_id=raw.get("chatId"), raw=raw)

    async def session_status(self) -> dict[str, Any]:
        result: dict[str, Any] = await self._request(
            "GET", f"/api/sessions/{quote(self.session_name, safe='')}", idempotent=True
        )
        return result
