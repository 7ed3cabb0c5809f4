"""The REST gateway: transcodes HTTP/JSON to the backends' gRPC methods.

Routes come from the google.api.http rules of the services each backend reports through
server reflection (see discovery.py); nothing is generated or hand-listed. The table is
kept per backend and rebuilt at run time (see refresh.py): a backend that fails a
refresh keeps the routes it had; one never reached has none until it answers.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

import grpc
from google.protobuf import descriptor_pool
from google.rpc import code_pb2
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route as StarletteRoute

from gateway import config, errors, metadata
from gateway.body import BodyTooLarge, read_limited
from gateway.calls import Call, error_response
from gateway.config import GatewayConfig, RateLimit
from gateway.cors import Cors
from gateway.discovery import discover
from gateway.docs import docs_routes
from gateway.ratelimit import TokenBuckets, caller_key
from gateway.refresh import Refresher
from gateway.routing import Route, Router, routes_of
from gateway.transcode import BadRequest, request_message

WAHA_INGRESS = "ventros.messaging.v1.WahaIngressService.IngestWahaEvent"
DISCOVERY_TIMEOUT = 10.0
# Reconnect quickly to a backend that was down: the default back-off grows to two minutes.
CHANNEL_OPTIONS = [
    ("grpc.initial_reconnect_backoff_ms", 200),
    ("grpc.min_reconnect_backoff_ms", 200),
    ("grpc.max_reconnect_backoff_ms", 2000),
]


@dataclass(frozen=True)
class BackendTable:
    routes: list[Route]
    pool: descriptor_pool.DescriptorPool  # resolves the backend's types (error details, Any)


@dataclass
class Gateway:
    backends: Mapping[str, str]  # name → gRPC address
    max_body_bytes: int = config.DEFAULT_MAX_BODY_BYTES
    rate_limit: RateLimit = config.DEFAULT_RATE_LIMIT
    ingress_rate_limit: RateLimit = config.DEFAULT_INGRESS_RATE_LIMIT
    rate_limit_max_keys: int = config.DEFAULT_MAX_KEYS
    channels: dict[str, grpc.aio.Channel] = field(default_factory=dict)
    router: Router = field(default_factory=lambda: Router([]))
    tables: dict[str, BackendTable] = field(default_factory=dict)  # address → its routes

    def __post_init__(self) -> None:
        self._callers = TokenBuckets(self.rate_limit, self.rate_limit_max_keys)
        self._ingress = TokenBuckets(self.ingress_rate_limit, self.rate_limit_max_keys)
        self._refreshing = asyncio.Lock()

    @classmethod
    def from_config(cls, settings: GatewayConfig) -> Gateway:
        return cls(
            settings.backends,
            max_body_bytes=settings.max_body_bytes,
            rate_limit=settings.rate_limit,
            ingress_rate_limit=settings.ingress_rate_limit,
            rate_limit_max_keys=settings.rate_limit_max_keys,
        )

    @property
    def unreached(self) -> list[str]:
        """Addresses of the backends whose services are not known yet."""
        return [a for a in self._addresses() if a not in self.tables]

    def _addresses(self) -> list[str]:
        return list(dict.fromkeys(self.backends.values()))  # two names may share a server

    async def refresh(self, addresses: Iterable[str] | None = None) -> dict[str, str]:
        """Discover the backends again (all, or the given addresses) and rebuild the
        routing table. Returns why each failed backend failed; those keep their routes."""
        async with self._refreshing:
            wanted = self._addresses() if addresses is None else list(addresses)
            found = await asyncio.gather(*(self._table(a) for a in wanted), return_exceptions=True)
            failed = {}
            tables = dict(self.tables)
            for address, result in zip(wanted, found, strict=True):
                if isinstance(result, BaseException):
                    failed[address] = f"{type(result).__name__}: {result}"
                else:
                    tables[address] = result
            self.tables = tables
            self.router = Router(route for t in tables.values() for route in t.routes)
            return failed

    async def _table(self, address: str) -> BackendTable:
        channel = self._channel(address)
        async with asyncio.timeout(DISCOVERY_TIMEOUT):
            found = await discover(channel)
        return BackendTable(routes_of(found.pool, found.services, address), found.pool)

    def _channel(self, address: str) -> grpc.aio.Channel:
        if address not in self.channels:
            self.channels[address] = grpc.aio.insecure_channel(address, options=CHANNEL_OPTIONS)
        return self.channels[address]

    async def close(self) -> None:
        for channel in self.channels.values():
            await channel.close(None)  # no grace (the default, which the stubs omit)

    def allowed_methods(self, raw_path: str) -> list[str]:
        return self.router.allowed_methods(raw_path)

    async def handle(self, request: Request) -> Response:
        path = _raw_path(request)
        matched = self.router.match(request.method, path)
        if matched is None:
            return _no_route(request.method, path, self.allowed_methods(path))
        route, bindings = matched
        limited = self._rate_limited(route, bindings, request)
        if limited is not None:
            return limited
        pool = self.tables[route.backend].pool if route.backend in self.tables else None
        try:
            body = await read_limited(request, self.max_body_bytes)
            message = request_message(
                route,
                bindings,
                _query(request),
                body,
                request.headers.get("content-type", ""),
                pool,
            )
            timeout = metadata.timeout(request.headers.get("grpc-timeout"))
            outgoing = metadata.outgoing(request.headers.items())
        except BadRequest as error:
            return error_response(*errors.bad_request(str(error), error.field))
        except BodyTooLarge as error:
            return error_response(*errors.plain(413, code_pb2.RESOURCE_EXHAUSTED, str(error)))
        if route.method.full_name == WAHA_INGRESS:
            # WAHA's headers (X-Webhook-Hmac, …) travel with the raw bytes they sign.
            message.headers.update({k.lower(): v for k, v in request.headers.items()})  # type: ignore[attr-defined]
        call = Call(route, self._channel(route.backend), pool, outgoing, timeout)
        if route.method.server_streaming:
            sse = "text/event-stream" in request.headers.get("accept", "")
            return await call.stream(message, sse)
        return await call.unary(message)

    def _rate_limited(
        self, route: Route, bindings: dict[str, str], request: Request
    ) -> Response | None:
        if route.method.full_name == WAHA_INGRESS:
            # Keyed by channel: one busy WhatsApp number cannot starve the others.
            wait = self._ingress.take("channel:" + bindings.get("channel_id", ""))
        else:
            host = request.client.host if request.client else None
            wait = self._callers.take(caller_key(request.headers.get("authorization"), host))
        if not wait:
            return None
        status, body, retry_after = errors.rate_limited(wait)
        response = error_response(status, body)
        response.headers["Retry-After"] = str(retry_after)
        return response


def _raw_path(request: Request) -> str:
    """The path as sent, still percent-encoded: variables are decoded by their kind."""
    raw: bytes | None = request.scope.get("raw_path")
    return raw.decode("latin-1").split("?", 1)[0] if raw else request.url.path


def _query(request: Request) -> list[tuple[str, str]]:
    """Query parameters in order; "+" stays a plus sign, as in Envoy's transcoder."""
    text = request.scope.get("query_string", b"").decode("latin-1")
    try:
        return parse_qsl(
            text.replace("+", "%2B"), keep_blank_values=True, errors="strict", max_num_fields=1000
        )
    except ValueError as error:
        raise BadRequest(f"malformed query string: {error}", "query") from error


def _no_route(method: str, path: str, allowed: list[str]) -> Response:
    if allowed:
        text = f"{method} is not allowed on {path}; use {', '.join(allowed)}"
        response = error_response(*errors.plain(405, code_pb2.UNIMPLEMENTED, text))
        response.headers["Allow"] = ", ".join(allowed)
        return response
    return error_response(*errors.plain(404, code_pb2.NOT_FOUND, f"no route for {method} {path}"))


def create_app(
    gateway: Gateway, *, cors_origins: Sequence[str] = (), refresher: Refresher | None = None
) -> Starlette:
    """The ASGI app. Its lifespan discovers the backends (see refresh.py); without a
    refresher it waits for none and retries unreached backends in the background."""

    async def dispatch(request: Request) -> Response:
        return await gateway.handle(request)

    keeper = refresher or Refresher(gateway)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await keeper.start()
        try:
            yield
        finally:
            await keeper.stop()
            await gateway.close()

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    cors = Middleware(Cors, origins=cors_origins, allowed_methods=gateway.allowed_methods)
    return Starlette(
        routes=[*docs_routes(gateway), StarletteRoute("/{path:path}", dispatch, methods=methods)],
        middleware=[cors] if cors_origins else [],
        lifespan=lifespan,
    )
