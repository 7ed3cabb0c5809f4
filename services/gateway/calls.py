"""One transcoded call to a backend method, unary or server-streaming, as an HTTP answer."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import cast

import grpc
from google.protobuf import descriptor_pool, message_factory
from google.protobuf.message import Message
from starlette.responses import Response, StreamingResponse

from gateway import errors, metadata
from gateway.routing import Route
from gateway.transcode import response_body


@dataclass(frozen=True)
class Call:
    """One transcoded call to a backend method."""

    route: Route
    channel: grpc.aio.Channel
    pool: descriptor_pool.DescriptorPool | None
    outgoing: metadata.Metadata
    timeout: float | None

    async def unary(self, message: Message) -> Response:
        call = self.channel.unary_unary(
            self.route.grpc_path,
            request_serializer=_serialize,
            response_deserializer=self._output().FromString,
        )(message, metadata=self.outgoing, timeout=self.timeout)
        try:
            answer = await call
        except grpc.aio.AioRpcError as error:
            return self._failure(error)
        body, media = response_body(self.route, answer, self.pool)
        # As given: a google.api.HttpBody's content type is the backend's to choose.
        response = Response(body, headers={"Content-Type": media})
        headers = metadata.response_headers(
            await call.initial_metadata(), await call.trailing_metadata()
        )
        return with_headers(response, headers)

    async def stream(self, message: Message, sse: bool) -> Response:
        """NDJSON, or Server-Sent Events; the backend's initial metadata becomes headers,
        so the HTTP answer starts as soon as the backend has accepted the stream."""
        call = self.channel.unary_stream(
            self.route.grpc_path,
            request_serializer=_serialize,
            response_deserializer=self._output().FromString,
        )(message, metadata=self.outgoing, timeout=self.timeout)
        first: Message | None = None
        try:
            initial = await call.initial_metadata()
            if call.done():
                # Possibly failed before any message (trailers-only): then a plain HTTP error.
                read = await call.read()
                # grpc.aio.EOF is missing from grpc-stubs; anything else read is a response.
                eof = read is grpc.aio.EOF  # type: ignore[attr-defined]
                first = None if eof else cast(Message, read)
        except grpc.aio.AioRpcError as error:
            return self._failure(error)
        except BaseException:
            call.cancel()
            raise
        media = "text/event-stream" if sse else "application/x-ndjson"
        response = StreamingResponse(self._frames(call, sse, first), media_type=media)
        if sse:
            response.headers["Cache-Control"] = "no-cache"
        return with_headers(response, metadata.response_headers(initial))

    async def _frames(
        self, call: grpc.aio.UnaryStreamCall[Message, Message], sse: bool, first: Message | None
    ) -> AsyncIterator[bytes]:
        try:
            item = first if first is not None else await call.read()
            while item is not grpc.aio.EOF:  # type: ignore[attr-defined]  # missing from grpc-stubs
                payload, _ = response_body(self.route, item, self.pool)  # type: ignore[arg-type]
                yield b"data: " + payload + b"\n\n" if sse else payload + b"\n"
                item = await call.read()
        except grpc.aio.AioRpcError as error:
            _, body = errors.from_rpc_error(error, self._pools())
            yield b"event: error\ndata: " + body + b"\n\n" if sse else body + b"\n"
        finally:
            call.cancel()  # the caller left or the stream ended: release the backend

    def _failure(self, error: grpc.aio.AioRpcError) -> Response:
        response = error_response(*errors.from_rpc_error(error, self._pools()))
        # An AioRpcError's trailing metadata is aio Metadata; the stubs give it RpcError's type.
        trailing = cast(grpc.aio.Metadata | None, error.trailing_metadata())
        headers = metadata.response_headers(error.initial_metadata(), trailing)
        return with_headers(response, headers)

    def _output(self) -> type[Message]:
        return message_factory.GetMessageClass(self.route.method.output_type)

    def _pools(self) -> Sequence[descriptor_pool.DescriptorPool]:
        return [self.pool] if self.pool else []


def _serialize(message: Message) -> bytes:
    return message.SerializeToString()


def error_response(status: int, body: bytes) -> Response:
    return Response(body, status_code=status, media_type="application/json")


def with_headers(response: Response, headers: list[tuple[str, str]]) -> Response:
    for name, value in headers:
        response.headers.append(name, value)
    return response
