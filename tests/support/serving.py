"""A context's gRPC server on a loopback port, marked serving, for as long as a test needs."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from shared.grpc_server import mark_serving
from shared.processes import ServesGrpc


@contextlib.asynccontextmanager
async def serving(app: ServesGrpc, address: str = "127.0.0.1:0") -> AsyncIterator[str]:
    """Start `app`'s server (its health service SERVING) and yield its address."""
    server, port, health = app.server(address)
    await server.start()
    try:
        await mark_serving(health, [r.service_name for r in app.registrations()])
        yield f"127.0.0.1:{port}"
    finally:
        await server.stop(None)
