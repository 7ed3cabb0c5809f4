"""The inbound processor's loop (a runner of `python -m messaging consumer`).

Stored events reach it as NOTIFY wake-ups and, every `poll_interval`, from a sweep of
the due pending events (retries after a crm outage, an ack that came before its
message, events left behind by a restart). Each event carries a lane — a number
derived from its conversation — and `lanes` workers each run one lane's events in
order: a chat's events never race each other (no conflicts on its contact, chat or
session), while different chats are processed side by side. A lane that has fallen
behind takes up to `batch_size` queued events at once and applies those of one project
in one transaction (see InboundProcessor.process_many).

Row-level security scopes every read to one project; the sweep learns which projects
have due events from `due_projects` (a SECURITY DEFINER function that returns project
ids only, migration 0002) besides the projects heard of since start-up, so events left
pending by a restart or a crm outage are found even in a project that has gone quiet.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Awaitable, Callable

from messaging.adapters.inbound_listener import InboundListener
from messaging.service_layer.inbound import InboundProcessor

log = logging.getLogger(__name__)

DueProjects = Callable[[], Awaitable[list[uuid.UUID]]]


def _by_project(
    batch: list[tuple[uuid.UUID, uuid.UUID]],
) -> list[tuple[uuid.UUID, list[uuid.UUID]]]:
    """Runs of consecutive events of one project, in lane order."""
    runs: list[tuple[uuid.UUID, list[uuid.UUID]]] = []
    for project_id, row_id in batch:
        if runs and runs[-1][0] == project_id:
            runs[-1][1].append(row_id)
        else:
            runs.append((project_id, [row_id]))
    return runs


class InboundRunner:
    def __init__(
        self,
        processor: InboundProcessor,
        listener: InboundListener,
        *,
        lanes: int = 8,
        poll_interval: float = 5.0,
        max_queued: int = 20_000,
        batch_size: int = 32,
        due_projects: DueProjects | None = None,
    ) -> None:
        self._processor, self._listener = processor, listener
        self.poll_interval, self.max_queued = poll_interval, max_queued
        self.batch_size = batch_size
        self._due_projects = due_projects
        self._lanes: list[asyncio.Queue[tuple[uuid.UUID, uuid.UUID]]] = [
            asyncio.Queue() for _ in range(max(lanes, 1))
        ]
        self._queued: set[uuid.UUID] = set()
        self.projects: set[uuid.UUID] = set()

    def seen(self, project_id: uuid.UUID) -> None:
        self.projects.add(project_id)

    def dispatch(self, project_id: uuid.UUID, row_id: uuid.UUID, lane: int) -> None:
        """Queue an event on its lane once; beyond `max_queued` it waits for a sweep
        (it is pending in the database, so nothing is lost)."""
        if row_id in self._queued or len(self._queued) >= self.max_queued:
            return
        self._queued.add(row_id)
        self._lanes[lane % len(self._lanes)].put_nowait((project_id, row_id))

    async def _run_lane(self, queue: asyncio.Queue[tuple[uuid.UUID, uuid.UUID]]) -> None:
        while True:
            batch = [await queue.get()]
            while len(batch) < self.batch_size and not queue.empty():
                batch.append(queue.get_nowait())
            for project_id, row_ids in _by_project(batch):
                try:
                    await self._processor.process_many(project_id, row_ids)
                except Exception:
                    log.exception("processing waha events %s failed", row_ids)
                finally:
                    self._queued.difference_update(row_ids)

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
        """Queue every due pending event of the projects that may have some."""
        projects = set(self.projects)
        if self._due_projects is not None:
            try:
                projects |= set(await self._due_projects())
            except Exception:
                log.exception("listing projects with due events failed")
        for project_id in projects:
            try:
                for row_id, lane in await self._processor.due(project_id):
                    self.dispatch(project_id, row_id, lane)
            except Exception:
                log.exception("sweeping project %s failed", project_id)

    async def __call__(self, stop: asyncio.Event) -> None:
        await self._connect(stop)
        workers = [asyncio.create_task(self._run_lane(q)) for q in self._lanes]
        loop = asyncio.get_running_loop()
        last_sweep = loop.time() - self.poll_interval  # sweep at once: a restart left some
        try:
            while not stop.is_set():
                if not self._listener.connected:
                    await self._connect(stop)
                if loop.time() - last_sweep >= self.poll_interval:
                    await self.sweep_all()  # retries are due even under steady traffic
                    last_sweep = loop.time()
                try:
                    project_id, row_id, lane = await asyncio.wait_for(
                        self._listener.queue.get(), self.poll_interval
                    )
                except TimeoutError:
                    continue
                self.seen(project_id)
                self.dispatch(project_id, row_id, lane)
        finally:
            for worker in workers:
                worker.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            await self._listener.close()
