"""The inbound processor's loop (a runner of `python -m messaging consumer`).

Wake-ups come from the LISTEN connection; every `poll_interval` the processor also
sweeps each project it has seen (NOTIFY payloads, reprocess requests) for due
pending events — retries after a crm outage or an ack that came before its message.

Row-level security scopes every read to one project and messaging's roles have no
cross-tenant listing of waha_events, so a project is swept only once this process
has heard of it (a notice since start-up). Events of a project that receives nothing
after a restart wait until its next delivery or a ReprocessWahaEvent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid

from messaging.adapters.inbound_listener import InboundListener
from messaging.service_layer.inbound import InboundProcessor

log = logging.getLogger(__name__)


class InboundRunner:
    def __init__(
        self,
        processor: InboundProcessor,
        listener: InboundListener,
        *,
        poll_interval: float = 5.0,
    ) -> None:
        self._processor, self._listener = processor, listener
        self.poll_interval = poll_interval
        self.projects: set[uuid.UUID] = set()

    def seen(self, project_id: uuid.UUID) -> None:
        self.projects.add(project_id)

    async def _connect(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self._listener.connect()
                return
            except (OSError, Exception) as error:
                log.warning("inbound LISTEN connection failed: %s; retrying", error)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.poll_interval)

    async def sweep_all(self) -> None:
        for project_id in list(self.projects):
            try:
                await self._processor.sweep(project_id)
            except Exception:
                log.exception("sweeping project %s failed", project_id)

    async def __call__(self, stop: asyncio.Event) -> None:
        await self._connect(stop)
        loop = asyncio.get_running_loop()
        last_sweep = loop.time()
        try:
            while not stop.is_set():
                if not self._listener.connected:
                    await self._connect(stop)
                if loop.time() - last_sweep >= self.poll_interval:
                    await self.sweep_all()  # retries are due even under steady traffic
                    last_sweep = loop.time()
                try:
                    project_id, row_id = await asyncio.wait_for(
                        self._listener.queue.get(), self.poll_interval
                    )
                except TimeoutError:
                    continue
                self.seen(project_id)
                try:
                    await self._processor.process(project_id, row_id)
                except Exception:
                    log.exception("processing waha event %s failed", row_id)
        finally:
            await self._listener.close()
