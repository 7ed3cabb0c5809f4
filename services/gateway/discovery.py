"""Discover a backend's services and their descriptors through gRPC server reflection.

v1 is asked first; servers that only speak v1alpha (Python's grpcio-reflection) answer
UNIMPLEMENTED and are asked again on v1alpha. The two protocols share their messages,
so the v1alpha classes serialise both.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool
from grpc_reflection.v1alpha import reflection_pb2 as rpb

PATHS = (
    "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
    "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
)
INFRASTRUCTURE = ("grpc.reflection.", "grpc.health.")


@dataclass(frozen=True)
class Discovered:
    pool: descriptor_pool.DescriptorPool
    services: list[str]  # full names of the application's services


async def discover(channel: grpc.aio.Channel, attempts: int = 3) -> Discovered:
    """A backend that is just starting may drop the first stream (UNAVAILABLE, INTERNAL):
    it is asked again on a fresh stream, briefly; one that stays down fails and is left to
    the background retries (refresh.py)."""
    for attempt in range(attempts):
        try:
            return await _discover_any_version(channel)
        except grpc.aio.AioRpcError as error:
            transient = error.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.INTERNAL)
            if not transient or attempt == attempts - 1:
                raise
            await asyncio.sleep(0.1 * 2**attempt)
    raise AssertionError("unreachable")


async def _discover_any_version(channel: grpc.aio.Channel) -> Discovered:
    for path in PATHS:
        try:
            return await _discover(channel, path)
        except grpc.aio.AioRpcError as error:
            if error.code() != grpc.StatusCode.UNIMPLEMENTED or path == PATHS[-1]:
                raise
    raise AssertionError("unreachable")


async def _discover(channel: grpc.aio.Channel, path: str) -> Discovered:
    call = channel.stream_stream(
        path,
        request_serializer=rpb.ServerReflectionRequest.SerializeToString,
        response_deserializer=rpb.ServerReflectionResponse.FromString,
    )
    session = _Session(call(None))  # None: requests are written to the call
    try:
        listed = await session.ask(rpb.ServerReflectionRequest(list_services=""))
        names = [
            s.name
            for s in listed.list_services_response.service
            if not s.name.startswith(INFRASTRUCTURE)
        ]
        files: dict[str, descriptor_pb2.FileDescriptorProto] = {}
        for name in names:
            answer = await session.ask(rpb.ServerReflectionRequest(file_containing_symbol=name))
            _collect(answer, files)
        missing = _missing(files)
        while missing:
            for filename in missing:
                answer = await session.ask(rpb.ServerReflectionRequest(file_by_filename=filename))
                _collect(answer, files)
            missing = _missing(files)
    finally:
        await session.close()
    pool = descriptor_pool.DescriptorPool()
    for proto in _in_dependency_order(files):
        pool.Add(proto)
    return Discovered(pool, names)


class _Session:
    """One reflection stream: a request, then its response, in turn."""

    def __init__(
        self,
        call: grpc.aio.StreamStreamCall[rpb.ServerReflectionRequest, rpb.ServerReflectionResponse],
    ) -> None:
        self._call = call

    async def ask(self, request: rpb.ServerReflectionRequest) -> rpb.ServerReflectionResponse:
        await self._call.write(request)
        answer: rpb.ServerReflectionResponse = await self._call.read()
        if answer.HasField("error_response"):
            raise LookupError(answer.error_response.error_message)
        return answer

    async def close(self) -> None:
        await self._call.done_writing()


def _collect(
    answer: rpb.ServerReflectionResponse, files: dict[str, descriptor_pb2.FileDescriptorProto]
) -> None:
    for raw in answer.file_descriptor_response.file_descriptor_proto:
        proto = descriptor_pb2.FileDescriptorProto.FromString(raw)
        files.setdefault(proto.name, proto)


def _missing(files: dict[str, descriptor_pb2.FileDescriptorProto]) -> set[str]:
    return {dep for proto in files.values() for dep in proto.dependency} - files.keys()


def _in_dependency_order(
    files: dict[str, descriptor_pb2.FileDescriptorProto],
) -> list[descriptor_pb2.FileDescriptorProto]:
    ordered: list[descriptor_pb2.FileDescriptorProto] = []
    placed: set[str] = set()

    def place(name: str) -> None:
        if name in placed:
            return
        placed.add(name)
        for dep in files[name].dependency:
            place(dep)
        ordered.append(files[name])

    for name in sorted(files):
        place(name)
    return ordered
