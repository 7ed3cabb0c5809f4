"""CORS for the configured origins, answering preflights from the routing table.

Starlette's CORSMiddleware lists fixed methods and exposed headers; here a preflight
gets the methods the requested path really has (404 for a path no rule matches), the
request headers may include any `Grpc-Metadata-*`, and every answer exposes the
`Grpc-Metadata-*` headers it actually carries besides Retry-After and X-Request-Id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ALLOWED_HEADERS = frozenset(
    {"authorization", "content-type", "grpc-timeout", "x-request-id", "x-correlation-id"}
)
EXPOSED = ("Retry-After", "X-Request-Id", "Allow")
MAX_AGE = "600"


class Cors:
    def __init__(
        self,
        app: ASGIApp,
        origins: Sequence[str],
        allowed_methods: Callable[[str], list[str]],
    ) -> None:
        self._app = app
        self._any = "*" in origins
        self._origins = frozenset(origins)
        self._allowed_methods = allowed_methods

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin")
        if origin is None or not (self._any or origin in self._origins):
            await self._app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS" and "access-control-request-method" in headers:
            await self._preflight(scope, headers, origin, send)
            return
        await self._app(scope, receive, self._exposing(origin, send))

    async def _preflight(self, scope: Scope, headers: Headers, origin: str, send: Send) -> None:
        raw = scope.get("raw_path") or scope["path"].encode()
        methods = self._allowed_methods(raw.decode("latin-1").split("?", 1)[0])
        answer = self._origin_headers(origin)
        status = 404
        if methods:
            status = 204
            answer["Access-Control-Allow-Methods"] = ", ".join(methods)
            answer["Access-Control-Max-Age"] = MAX_AGE
            requested = headers.get("access-control-request-headers", "")
            allowed = [h for h in _names(requested) if _allowed(h)]
            if allowed:
                answer["Access-Control-Allow-Headers"] = ", ".join(allowed)
        await send({"type": "http.response.start", "status": status, "headers": answer.raw})
        await send({"type": "http.response.body", "body": b""})

    def _exposing(self, origin: str, send: Send) -> Send:
        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                carried = {
                    name.title(): None
                    for name in headers.keys()
                    if name.startswith("grpc-metadata-")
                }
                headers.update(self._origin_headers(origin))
                headers["Access-Control-Expose-Headers"] = ", ".join([*EXPOSED, *carried])
            await send(message)

        return send_with_cors

    def _origin_headers(self, origin: str) -> MutableHeaders:
        headers = MutableHeaders()
        headers["Access-Control-Allow-Origin"] = "*" if self._any else origin
        if not self._any:
            headers["Vary"] = "Origin"
        return headers


def _names(header: str) -> list[str]:
    return [name.strip().lower() for name in header.split(",") if name.strip()]


def _allowed(name: str) -> bool:
    return name in ALLOWED_HEADERS or (
        name.startswith("grpc-metadata-") and len(name) > len("grpc-metadata-")
    )
