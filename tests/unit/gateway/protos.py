"""The test-only echo contract (echo.proto), compiled with grpcio-tools' protoc into a
pool of its own, as the gateway would receive it through reflection."""

from __future__ import annotations

import functools
import tempfile
from importlib import resources
from pathlib import Path

from google.protobuf import descriptor, descriptor_pb2, descriptor_pool
from grpc_tools import protoc

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
SERVICE = "gatewaytest.v1.EchoService"


@functools.cache
def echo_files() -> tuple[descriptor_pb2.FileDescriptorProto, ...]:
    """echo.proto and every file it imports, dependencies first."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "echo.pb"
        args = [
            "protoc",
            f"-I{HERE}",
            f"-I{ROOT / 'proto'}",
            f"-I{resources.files('grpc_tools') / '_proto'}",
            "--include_imports",
            f"--descriptor_set_out={out}",
            str(HERE / "echo.proto"),
        ]
        if protoc.main(args) != 0:
            raise RuntimeError("protoc could not compile echo.proto")
        files = descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes()).file
    return tuple(files)


def echo_pool() -> descriptor_pool.DescriptorPool:
    pool = descriptor_pool.DescriptorPool()
    for proto in echo_files():  # protoc lists imports before their importers
        pool.Add(proto)
    return pool


def echo_method(name: str, pool: descriptor_pool.DescriptorPool) -> descriptor.MethodDescriptor:
    return pool.FindServiceByName(SERVICE).methods_by_name[name]
