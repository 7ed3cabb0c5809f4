"""gRPC server bootstrap: aio server, health, reflection, graceful stop."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

log = logging.getLogger(__name__)


class HealthServicer(Protocol):
    """What is used of `health.aio.HealthServicer` (grpc_health's stubs lack its aio module)."""

    async def set(self, service: str, status: int) -> None: ...

    async def enter_graceful_shutdown(self) -> None: ...


def service_name(module: Any, service: str) -> str:
    """The full name of `service` as a generated *_pb2 module declares it."""
    return str(module.DESCRIPTOR.services_by_name[service].full_name)


@dataclass(frozen=True)
class Registration:
    """A servicer and the generated function that adds it to a server."""

    add: Callable[[Any, grpc.aio.Server], None]
    servicer: Any
    service_name: str  # full proto name, e.g. "ventros.identity.v1.UserService"


def create_server(
    registrations: Sequence[Registration],
    interceptors: Sequence[grpc.aio.ServerInterceptor[Any, Any]],
    address: str = "127.0.0.1:0",
) -> tuple[grpc.aio.Server, int, HealthServicer]:
    """Build (not start) a server; returns it with the bound port and its health servicer."""
    server = grpc.aio.server(
        interceptors=list(interceptors),
        options=[
            ("grpc.max_receive_message_length", 32 * 1024 * 1024),
            ("grpc.so_reuseport", 0),
        ],
    )
    # health.aio is missing from grpc_health's stubs (see HealthServicer).
    health_servicer: HealthServicer = health.aio.HealthServicer()  # type: ignore[attr-defined]
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    for registration in registrations:
        registration.add(registration.servicer, server)
    names = [r.service_name for r in registrations]
    reflection.enable_server_reflection(
        [
            *names,
            health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
            reflection.SERVICE_NAME,
        ],
        server,
    )
    port = server.add_insecure_port(address)
    if port == 0:
        raise OSError(f"could not bind gRPC server to {address}")
    return server, port, health_servicer


async def mark_serving(health_servicer: HealthServicer, names: Sequence[str]) -> None:
    for name in ["", *names]:
        await health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)


async def serve_until_signalled(
    server: grpc.aio.Server,
    health_servicer: HealthServicer,
    names: Sequence[str],
    grace_seconds: float = 10.0,
) -> None:
    """Start, report SERVING, and stop gracefully on SIGTERM or SIGINT."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await server.start()
    await mark_serving(health_servicer, names)
    await stop.wait()
    log.info("stopping gRPC server", extra={"fields": {"grace_seconds": grace_seconds}})
    await health_servicer.enter_graceful_shutdown()
    await server.stop(grace_seconds)
