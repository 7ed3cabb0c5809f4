"""Group commit: callers that arrive while a write is in flight are written together
in the next one.

Each caller awaits its own result, which arrives only once the write that carried its
item has committed, so an acknowledgement still means "stored". Under light load an
item is written at once, alone; under heavy load one transaction carries up to
`max_batch` items instead of one each, which is most of the cost of a small insert.
One writer by default: batches then grow with the arrival rate (a second writer halves
them, and the WAHA ingress measured ~25% more CPU per delivery, its own and PostgreSQL's).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Writes a batch; returns one result per item, in order — an exception in place of a
# result fails only that item's caller.
Write = Callable[[list[T]], Awaitable[list[R | BaseException]]]


class GroupCommit(Generic[T, R]):
    def __init__(self, write: Write[T, R], *, max_batch: int = 256, writers: int = 1) -> None:
        self._write, self.max_batch, self.writers = write, max_batch, writers
        self._pending: list[tuple[T, asyncio.Future[R]]] = []
        self._running = 0
        self._tasks: set[asyncio.Task[None]] = set()

    async def submit(self, item: T) -> R:
        future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._pending.append((item, future))
        if self._running < self.writers:
            self._running += 1
            task = asyncio.create_task(self._drain())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return await future

    async def _drain(self) -> None:
        try:
            while self._pending:
                batch = self._pending[: self.max_batch]
                del self._pending[: self.max_batch]
                # A caller that gave up before its turn (deadline) is not written.
                batch = [(item, future) for item, future in batch if not future.cancelled()]
                if batch:
                    await self._write_batch(batch)
        finally:
            self._running -= 1

    async def _write_batch(self, batch: list[tuple[T, asyncio.Future[R]]]) -> None:
        try:
            results = await self._write([item for item, _ in batch])
            if len(results) != len(batch):
                raise RuntimeError(f"{len(results)} results for {len(batch)} items")
        except Exception as error:  # the whole write failed: every caller hears why
            results = [error] * len(batch)
        except asyncio.CancelledError:  # shutting down: nobody waits for ever
            for _, future in batch:
                future.cancel()
            raise
        for (_, future), result in zip(batch, results, strict=True):
            if future.done():
                continue
            if isinstance(result, BaseException):
                future.set_exception(result)
            else:
                future.set_result(result)
