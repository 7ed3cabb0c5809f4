"""A real gRPC server on a loopback port serving the test-only echo contract
(tests/unit/gateway/echo.proto) with reflection: it reports the metadata it received,
sends initial, trailing and binary metadata, streams, and fails with any code asked."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator, Sequence
from typing import Any

import grpc
from google.protobuf import any_pb2, message_factory
from google.protobuf.message import Message
from google.rpc import error_details_pb2, status_pb2
from grpc_reflection.v1alpha import reflection
from grpc_status import rpc_status

from tests.unit.gateway.protos import SERVICE, echo_pool

PING = "gatewaytest.v1.PingService"
INITIAL = (("x-echo-initial", "hello"), ("x-echo-blob-bin", b"\x00\xffbin"))
TRAILING = (("x-echo-trailing", "bye"),)
STREAM_INITIAL = (("x-echo-stream", "open"),)
BLOCKED = asyncio.Event()  # never set: a stream that waits on it stays open


class EchoBackend:
    def __init__(self, services: Sequence[str] = (SERVICE,), port: int = 0) -> None:
        self.pool = echo_pool()
        self._request = self._class("EchoRequest")
        self._response = self._class("EchoResponse")
        self._server = grpc.aio.server(options=[("grpc.so_reuseport", 0)])
        for name in services:
            self._server.add_generic_rpc_handlers([self._handlers(name)])
        reflection.enable_server_reflection(
            [*services, reflection.SERVICE_NAME], self._server, pool=self.pool
        )
        self.port = self._server.add_insecure_port(f"127.0.0.1:{port}")
        self.address = f"127.0.0.1:{self.port}"
        self.cancelled = asyncio.Event()  # set when a caller abandons a stream

    async def start(self) -> EchoBackend:
        await self._server.start()
        return self

    async def stop(self) -> None:
        await self._server.stop(None)

    def _class(self, name: str) -> Any:
        return message_factory.GetMessageClass(
            self.pool.FindMessageTypeByName(f"gatewaytest.v1.{name}")
        )

    def _handlers(self, service: str) -> grpc.GenericRpcHandler:
        unary = {
            name: grpc.unary_unary_rpc_method_handler(
                self._echo,
                request_deserializer=self._request.FromString,
                response_serializer=self._response.SerializeToString,
            )
            for name in ("Echo", "EchoInner", "EchoWords", "EchoRaw", "Ping")
        }
        stream = grpc.unary_stream_rpc_method_handler(
            self._stream,
            request_deserializer=self._request.FromString,
            response_serializer=self._response.SerializeToString,
        )
        methods = self.pool.FindServiceByName(service).methods_by_name
        handlers: dict[str, grpc.RpcMethodHandler] = {**unary, "EchoStream": stream}
        return grpc.method_handlers_generic_handler(
            service, {name: handlers[name] for name in methods}
        )

    async def _echo(self, request: Any, context: grpc.aio.ServicerContext) -> Message:
        await context.send_initial_metadata(INITIAL)
        context.set_trailing_metadata(TRAILING)
        if request.fail_code:
            await self._fail(request, context)
        return self._answer(request, context)

    async def _stream(
        self, request: Any, context: grpc.aio.ServicerContext
    ) -> AsyncIterator[Message]:
        if request.count:
            await context.send_initial_metadata(STREAM_INITIAL)
        for i in range(abs(request.count)):
            answer = self._answer(request, context)
            answer.words[:] = [str(i)]
            yield answer
        if request.count < 0:  # stay open until the caller leaves
            try:
                await BLOCKED.wait()
            finally:
                self.cancelled.set()
        if request.fail_code:
            await self._fail(request, context)

    def _answer(self, request: Any, context: grpc.aio.ServicerContext) -> Any:
        received = {
            key: base64.b64encode(value).decode() if isinstance(value, bytes) else value
            for key, value in context.invocation_metadata() or ()
        }
        raw = {"content_type": "text/plain", "data": request.text.encode()}
        return self._response(
            request=request, metadata=received, words=[*request.tags, request.text], raw=raw
        )

    async def _fail(self, request: Any, context: grpc.aio.ServicerContext) -> None:
        """A rich status: BadRequest naming `text`, and a detail of a type only this
        backend's contract defines (the gateway must resolve it through reflection)."""
        code = request.fail_code
        details = [_pack(error_details_pb2.BadRequest(field_violations=[_violation()]))]
        details.append(_pack(self._class("Inner")(id="detail", count=7)))
        status = status_pb2.Status(code=code, message=f"failed with {code}", details=details)
        rich = rpc_status.to_status(status)
        trailing = (*TRAILING, *rich.trailing_metadata)
        await context.abort(rich.code, rich.details, trailing_metadata=trailing)


def _violation() -> error_details_pb2.BadRequest.FieldViolation:
    return error_details_pb2.BadRequest.FieldViolation(field="text", description="echoed badly")


def _pack(detail: Message) -> any_pb2.Any:
    packed = any_pb2.Any()
    packed.Pack(detail)
    return packed
