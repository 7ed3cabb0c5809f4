"""The REST gateway: transcodes HTTP/JSON to the backends' gRPC methods.

Routes come from the google.api.http rules of the services each backend reports through
server reflection (see discovery.py); nothing is generated or hand-listed.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field

import grpc
from google.protobuf import message_factory
from google.rpc import code_pb2
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route as StarletteRoute

from gateway import errors
from gateway.discovery import Discovered, discover
from gateway.routing import Route, Router, routes_of
from gateway.transcode import BadRequest, request_message, response_json

MAX_BODY = 8 * 1024 * 1024
WAHA_INGRESS = "ventros.messaging.v1.WahaIngressService.IngestWahaEvent"
FORWARDED = ("authorization", "x-request-id", "x-correlation-id")


@dataclass
class Gateway:
    backends: Mapping[str, str]  # name → gRPC address
    channels: dict[str, grpc.aio.Channel] = field(default_factory=dict)
    router: Router = field(default_factory=lambda: Router([]))

    async def refresh(self) -> None:
        """(Re)discover every backend and rebuild the routing table."""
        routes: list[Route] = []
        for address in self.backends.values():
            channel = self.channels.get(address) or grpc.aio.insecure_channel(address)
            self.channels[address] = channel
            found = await _discover_with_retries(channel)
            routes += routes_of(found.pool, found.services, address)
        self.router = Router(routes)

    async def close(self) -> None:
        for channel in self.channels.values():
            await channel.close()

    async def handle(self, request: Request) -> Response:
        matched = self.router.match(request.method, request.url.path)
        if matched is None:
            return _error(
                *errors.plain(
                    404, code_pb2.NOT_FOUND, f"no route for {request.method} {request.url.path}"
                )
            )
        route, bindings = matched
        body = await request.body()
        if len(body) > MAX_BODY:
            return _error(*errors.plain(413, code_pb2.RESOURCE_EXHAUSTED, "request body too large"))
        try:
            message = request_message(
                route,
                bindings,
                request.query_params.multi_items(),
                body,
                request.headers.get("content-type", ""),
            )
            timeout = _timeout(request.headers.get("grpc-timeout"))
        except BadRequest as error:
            return _error(*errors.bad_request(str(error), error.field))
        if route.method.full_name == WAHA_INGRESS:
            # WAHA's headers (X-Webhook-Hmac, …) travel with the raw bytes they sign.
            message.headers.update({k.lower(): v for k, v in request.headers.items()})
        metadata = _metadata(request)
        output = message_factory.GetMessageClass(route.method.output_type)
        channel = self.channels[route.backend]
        if route.method.server_streaming:
            return self._stream(route, channel, message, output, metadata, timeout, request)
        call = channel.unary_unary(
            route.grpc_path,
            request_serializer=lambda m: m.SerializeToString(),
            response_deserializer=output.FromString,
        )
        try:
            answer = await call(message, metadata=metadata, timeout=timeout)
        except grpc.aio.AioRpcError as error:
            return _error(*errors.from_rpc_error(error))
        return Response(response_json(route, answer), media_type="application/json")

    def _stream(self, route, channel, message, output, metadata, timeout, request):  # type: ignore[no-untyped-def]
        sse = "text/event-stream" in request.headers.get("accept", "")
        call = channel.unary_stream(
            route.grpc_path,
            request_serializer=lambda m: m.SerializeToString(),
            response_deserializer=output.FromString,
        )(message, metadata=metadata, timeout=timeout)

        async def frames() -> AsyncIterator[bytes]:
            try:
                async for item in call:
                    text = response_json(route, item)
                    yield b"data: " + text + b"\n\n" if sse else text + b"\n"
            except grpc.aio.AioRpcError as error:
                _, body = errors.from_rpc_error(error)
                yield b"event: error\ndata: " + body + b"\n\n" if sse else body + b"\n"

        media = "text/event-stream" if sse else "application/x-ndjson"
        return StreamingResponse(frames(), media_type=media)


async def _discover_with_retries(channel: grpc.aio.Channel, attempts: int = 40) -> Discovered:
    """A backend may still be starting (UNAVAILABLE) or drop the first stream."""
    for attempt in range(attempts):
        try:
            return await discover(channel)
        except grpc.aio.AioRpcError as error:
            transient = error.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.INTERNAL)
            if not transient or attempt == attempts - 1:
                raise
            await asyncio.sleep(min(0.2 * 2**attempt, 2.0))
    raise AssertionError("unreachable")


def _metadata(request: Request) -> tuple[tuple[str, str], ...]:
    pairs = [(name, request.headers[name]) for name in FORWARDED if name in request.headers]
    pairs += [
        (name.removeprefix("grpc-metadata-"), value)
        for name, value in request.headers.items()
        if name.startswith("grpc-metadata-")
    ]
    return tuple(pairs)


def _timeout(header: str | None) -> float | None:
    """Grpc-Timeout: an integer and a unit (H, M, S, m, u, n)."""
    if not header:
        return None
    units = {"H": 3600.0, "M": 60.0, "S": 1.0, "m": 1e-3, "u": 1e-6, "n": 1e-9}
    try:
        return int(header[:-1]) * units[header[-1]]
    except (ValueError, KeyError):
        raise BadRequest(
            "Grpc-Timeout must be digits followed by H, M, S, m, u or n", "Grpc-Timeout"
        ) from None


def _error(status: int, body: bytes) -> Response:
    return Response(body, status_code=status, media_type="application/json")


def create_app(gateway: Gateway) -> Starlette:
    async def dispatch(request: Request) -> Response:
        return await gateway.handle(request)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await gateway.refresh()
        yield
        await gateway.close()

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    return Starlette(
        routes=[StarletteRoute("/{path:path}", dispatch, methods=methods)], lifespan=lifespan
    )
