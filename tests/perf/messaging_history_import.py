"""Benchmark: history import (Temporal workflow, WAHA test server → PostgreSQL) against a
bare COPY of the same rows into messaging.messages, in the same run.

Seeds the WAHA test server with `--chats` chats x `--per-chat` messages (default
100 x 1,000 = 100,000), runs it and `python -m crm api` (contacts) as processes of their
own, as a real WAHA and crm are (`--waha-in-process` runs the server on this process's
event loop instead, where its JSON work competes with the import's), starts a Temporal
dev server, imports through the HistoryImport workflow with a worker in this process,
then deletes the imported rows and COPYs them back (asyncpg copy_records_to_table).
Prints messages/s of both and the ratio (target ≥ 25%).

Run: .venv/bin/python -m tests.perf.messaging_history_import [--chats 100] [--per-chat 1000]
     [--lanes N] [--waha-in-process]
Needs the local PostgreSQL (VENTROS_TEST_ADMIN_URL); drops/creates database ventros_perf_hi.

Measured on the 2-core development VM while other work ran on it: 100,000 messages in
13.2-15.6 s = 6,400-7,600 messages/s against COPY at 22,800-24,300/s, 28-31% (26% with
--waha-in-process); the worker's event loop is the bottleneck (~100 µs of CPU a message).
Before chunks were stored set-based and chats ran side by side: 779 against 20,469
messages/s, 3.8%.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from multiprocessing.connection import Connection

import asyncpg
import grpc
from temporalio.worker import Worker

from messaging import bootstrap
from messaging.service_layer.history_imports import HistoryImports
from messaging.workflows.history_activities import HistoryImportInput
from messaging.workflows.history_import import HistoryImportWorkflow
from tests.integration.messaging.test_history_import import add_channel
from tests.perf import messaging_suite
from tests.support.temporal import dev_server
from tests.support.waha_server import WahaServer, wa_message

DATABASE = "ventros_perf_hi"
CRM_ADDRESS = "127.0.0.1:50098"


def fill(waha: WahaServer, chats: int, per_chat: int) -> None:
    start = int(time.time()) - 60 * 86400
    for c in range(chats):
        chat = f"55119{c:08d}@c.us"
        waha.add_chat(chat, name=f"Contact {c}")
        waha.add_messages(
            chat,
            [
                wa_message(
                    chat,
                    f"message {i}",
                    from_me=i % 3 == 0,
                    timestamp=start + i * 60 + (i // 50) * 7200,
                )
                for i in range(per_chat)
            ],
        )


def serve_waha(chats: int, per_chat: int, pipe: Connection) -> None:
    """The WAHA test server, filled, in a process of its own until the pipe closes."""

    async def run() -> None:
        async with WahaServer(api_key=None) as waha:
            fill(waha, chats, per_chat)
            pipe.send(waha.base_url)
            await asyncio.to_thread(_wait_for_close, pipe)

    asyncio.run(run())


def _wait_for_close(pipe: Connection) -> None:
    try:
        pipe.recv()
    except EOFError:
        pass


@asynccontextmanager
async def waha_server(chats: int, per_chat: int, in_process: bool) -> AsyncIterator[str]:
    if in_process:
        async with WahaServer(api_key=None) as waha:
            fill(waha, chats, per_chat)
            yield waha.base_url
        return
    ours, theirs = multiprocessing.get_context("spawn").Pipe()
    process = multiprocessing.get_context("spawn").Process(
        target=serve_waha, args=(chats, per_chat, theirs)
    )
    process.start()
    try:
        yield await asyncio.to_thread(ours.recv)
    finally:
        ours.close()
        process.join(15)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chats", type=int, default=100)
    parser.add_argument("--per-chat", type=int, default=1000)
    parser.add_argument("--waha-in-process", action="store_true")
    parser.add_argument("--lanes", type=int, default=0, help="chats at once (0: the default)")
    options = parser.parse_args()
    total = options.chats * options.per_chat

    suite = await messaging_suite.start(DATABASE, CRM_ADDRESS)
    config = suite.config(task_queue="bench-history")
    app = bootstrap.build(config)
    try:
        async with grpc.aio.insecure_channel(CRM_ADDRESS) as probe:
            await asyncio.wait_for(probe.channel_ready(), 30)
        project = uuid.uuid4()
        waha = waha_server(options.chats, options.per_chat, options.waha_in_process)
        async with waha as waha_url, dev_server() as temporal:
            channel_id = await add_channel(app, project, waha_url)
            item, _ = await HistoryImports(app.unit_of_work).request(
                channel_id=channel_id, strategy="full", project_id=project
            )
            data = HistoryImportInput(str(project), str(channel_id), str(item.id))
            data.lanes = options.lanes or data.lanes
            print(f"importing {total:,} messages ({options.chats} chats)", flush=True)
            async with Worker(
                temporal.client,
                task_queue=config.task_queue,
                workflows=app.workflows(),
                activities=app.activities(),
                max_concurrent_activities=16,
            ):
                began, cpu = time.perf_counter(), time.process_time()
                loop_cpu = time.thread_time()  # this thread runs the event loop
                state = await temporal.client.execute_workflow(
                    HistoryImportWorkflow.run,
                    data,
                    id=f"history-import-{item.id}",
                    task_queue=config.task_queue,
                )
                imported_s = time.perf_counter() - began
                worker_cpu_s = time.process_time() - cpu
                loop_cpu_s = time.thread_time() - loop_cpu
        owner = await asyncpg.connect(suite.superuser_dsn)
        try:
            count = await owner.fetchval("SELECT count(*) FROM messaging.messages")
            assert state.status == "completed" and count == total, (state, count)
            columns = [
                r["column_name"]
                for r in await owner.fetch(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'messaging'"
                    " AND table_name = 'messages' ORDER BY ordinal_position"
                )
            ]
            rows = [
                tuple(r)
                for r in await owner.fetch(f"SELECT {', '.join(columns)} FROM messaging.messages")
            ]
            await owner.execute("DELETE FROM messaging.messages")
            began = time.perf_counter()
            await owner.copy_records_to_table(
                "messages", schema_name="messaging", records=rows, columns=columns
            )
            copy_s = time.perf_counter() - began
        finally:
            await owner.close()
        ours, ceiling = total / imported_s, total / copy_s
        print(f"history import: {total:,} messages in {imported_s:.2f} s = {ours:,.0f} messages/s")
        print(f"COPY same rows: {total:,} messages in {copy_s:.2f} s = {ceiling:,.0f} messages/s")
        print(f"ratio: {100 * ours / ceiling:.1f}% (target >= 25%)")
        print(f"sessions created: {state.counts.get('sessions_created', 0):,}")
        print(
            f"worker process CPU during the import: {worker_cpu_s:.2f} s"
            f" (event-loop thread {loop_cpu_s:.2f} s, the rest Temporal's core threads)"
        )
    finally:
        await app.close()
        suite.stop()


if __name__ == "__main__":
    asyncio.run(main())
