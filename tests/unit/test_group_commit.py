"""GroupCommit: concurrent callers share writes; each hears only its own outcome."""

from __future__ import annotations

import asyncio

import pytest

from shared.group_commit import GroupCommit


class Recorder:
    def __init__(self, fail_on: str = "", broken: bool = False) -> None:
        self.batches: list[list[str]] = []
        self.fail_on, self.broken = fail_on, broken
        self.gate = asyncio.Event()
        self.gate.set()

    async def write(self, items: list[str]) -> list[str | BaseException]:
        await self.gate.wait()
        self.batches.append(items)
        await asyncio.sleep(0)
        if self.broken:
            raise ConnectionError("database is down")
        return [ValueError(i) if i == self.fail_on else i.upper() for i in items]


async def test_callers_arriving_together_share_a_write_and_get_their_own_results() -> None:
    recorder = Recorder()
    commit = GroupCommit(recorder.write, writers=1)
    recorder.gate.clear()  # the first write is in flight while the others arrive
    calls = [asyncio.create_task(commit.submit(f"item{n}")) for n in range(10)]
    await asyncio.sleep(0)
    recorder.gate.set()
    assert await asyncio.gather(*calls) == [f"ITEM{n}" for n in range(10)]
    assert sum(len(b) for b in recorder.batches) == 10
    assert len(recorder.batches) < 10


async def test_a_batch_never_exceeds_max_batch() -> None:
    recorder = Recorder()
    commit = GroupCommit(recorder.write, max_batch=3, writers=1)
    await asyncio.gather(*(commit.submit(str(n)) for n in range(10)))
    assert max(len(b) for b in recorder.batches) <= 3


async def test_an_item_that_fails_fails_only_its_caller() -> None:
    commit = GroupCommit(Recorder(fail_on="bad").write)
    results = await asyncio.gather(
        commit.submit("good"), commit.submit("bad"), return_exceptions=True
    )
    assert results[0] == "GOOD" and isinstance(results[1], ValueError)


async def test_a_failed_write_fails_every_caller_in_it() -> None:
    commit = GroupCommit(Recorder(broken=True).write)
    results = await asyncio.gather(
        *(commit.submit(str(n)) for n in range(4)), return_exceptions=True
    )
    assert all(isinstance(r, ConnectionError) for r in results)


async def test_a_caller_that_gave_up_before_its_turn_is_not_written() -> None:
    recorder = Recorder()
    commit = GroupCommit(recorder.write, writers=1)
    recorder.gate.clear()
    first = asyncio.create_task(commit.submit("first"))
    await asyncio.sleep(0)
    late = asyncio.create_task(commit.submit("late"))
    await asyncio.sleep(0)
    late.cancel()
    recorder.gate.set()
    assert await first == "FIRST"
    with pytest.raises(asyncio.CancelledError):
        await late
    assert ["late"] not in recorder.batches and all("late" not in b for b in recorder.batches)
