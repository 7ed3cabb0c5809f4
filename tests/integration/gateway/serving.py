"""The gateway app served by a real uvicorn on a loopback port, for tests that need real
HTTP: streaming responses, client addresses, chunked uploads, the app's lifespan."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import uvicorn
from starlette.applications import Starlette

STARTUP_DEADLINE = 20.0


@contextlib.asynccontextmanager
async def served(app: Starlette) -> AsyncIterator[str]:
    """Yields the base URL once uvicorn listens (its lifespan has run)."""
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=0,
        log_config=None,
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=2,
    )
    server = uvicorn.Server(config)
    # uvicorn traps SIGINT/SIGTERM while serving; in a test the runner keeps them.
    server.capture_signals = contextlib.nullcontext  # type: ignore[method-assign]
    task = asyncio.create_task(server.serve())
    async with asyncio.timeout(STARTUP_DEADLINE):
        while not server.started:
            if task.done():
                task.result()
                raise RuntimeError("uvicorn stopped before it started")
            await asyncio.sleep(0.01)  # uvicorn offers a flag, not an event
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
