"""Keeping the routing table current without a restart.

Start-up waits at most `startup_wait` seconds for every backend to answer reflection,
then serves the backends it reached; it never fails because one is down. Unreached
backends are retried in the background (0.5 s, doubling to 5 s) until they answer.
All backends are discovered again every `every` seconds (0 = never) and on SIGHUP.
A backend that fails a refresh keeps its routes: a failed refresh never empties the table.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import signal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gateway.app import Gateway

log = logging.getLogger(__name__)

FIRST_RETRY = 0.5
LAST_RETRY = 5.0


class Refresher:
    def __init__(
        self,
        gateway: Gateway,
        *,
        every: float = 0.0,
        startup_wait: float = 0.0,
        on_sighup: bool = False,
    ) -> None:
        self._gateway = gateway
        self._every = every
        self._startup_wait = startup_wait
        self._on_sighup = on_sighup
        self._wanted = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def request(self) -> None:
        """Ask for a refresh of every backend as soon as possible (what SIGHUP does)."""
        self._wanted.set()

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._startup_wait
        await self._refresh(None, "start")
        delay = 0.1
        while self._gateway.unreached and loop.time() < deadline:
            await asyncio.sleep(min(delay, max(0.0, deadline - loop.time())))
            delay = min(delay * 2, 2.0)
            await self._refresh(self._gateway.unreached, "start")
        if self._on_sighup:
            loop.add_signal_handler(signal.SIGHUP, self.request)
        self._task = asyncio.create_task(self._run(), name="gateway-refresh")

    async def stop(self) -> None:
        if self._on_sighup:
            asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        retry = FIRST_RETRY
        next_full = loop.time() + self._every if self._every else math.inf
        while True:
            now = loop.time()
            next_retry = now + retry if self._gateway.unreached else math.inf
            wake = min(next_full, next_retry)
            signalled = await _wait(self._wanted, None if wake == math.inf else wake - now)
            if signalled or loop.time() >= next_full:
                self._wanted.clear()
                await self._refresh(None, "signal" if signalled else "periodic")
                next_full = loop.time() + self._every if self._every else math.inf
            else:
                await self._refresh(self._gateway.unreached, "retry")
            retry = min(retry * 2, LAST_RETRY) if self._gateway.unreached else FIRST_RETRY

    async def _refresh(self, addresses: list[str] | None, reason: str) -> None:
        try:
            failed = await self._gateway.refresh(addresses)
        except Exception:  # the loop must outlive any one refresh; the old table stays
            log.exception("routing table refresh failed", extra={"fields": {"reason": reason}})
            return
        fields = {
            "reason": reason,
            "routes": len(self._gateway.router.routes),
            "failed": failed,
            "unreached": self._gateway.unreached,
        }
        level = logging.WARNING if failed else logging.INFO
        log.log(level, "routing table refreshed", extra={"fields": fields})


async def _wait(event: asyncio.Event, timeout: float | None) -> bool:
    try:
        async with asyncio.timeout(timeout):
            await event.wait()
    except TimeoutError:
        return False
    return True
