"""Benchmark: inbound WAHA `message` events through IngestWahaEvent + the inbound
processor, against a bare asyncpg ceiling doing the same writes, in the same run.

`--events` distinct signed `message` events (default 5,000, from sample
01_message_text_dm.json with fresh event/message ids and 500 distinct senders) are sent
by 64 concurrent callers to `python -m messaging api` while `python -m messaging consumer`
(the inbound processor, `--lanes` conversations at once) processes them and
`python -m crm api` finds or creates the contacts: each its own process, as deployed. Measured until every
event has its message stored: messages/s and p50/p99 time from the RPC call to the
message row's create_time. Ceiling: per message, one transaction doing a contact upsert,
a session upsert, a message insert and an outbox insert (bare asyncpg, same
concurrency, scratch schema), run once before the suite starts and twice after it stops;
the median is the ceiling. Prints both, the ratio (target >= 40%) and the CPU each
process (PostgreSQL included) spends per message.

Run: .venv/bin/python -m tests.perf.messaging_inbound [--events 5000] [--concurrency 64]
Needs the local PostgreSQL (VENTROS_TEST_ADMIN_URL); drops/creates database ventros_perf_in.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import hashlib
import hmac
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
import grpc
from google.api import httpbody_pb2

from messaging import bootstrap
from messaging.adapters.inbound_repositories import ChannelRepository
from messaging.adapters.webhook_routes import save_route
from messaging.domain.channels import Channel, WahaConfig
from tests.perf import messaging_suite
from ventros.messaging.v1 import waha_ingress_service_pb2 as pb
from ventros.messaging.v1 import waha_ingress_service_pb2_grpc

DATABASE = "ventros_perf_in"
CRM_ADDRESS = "127.0.0.1:50097"
MESSAGING_ADDRESS = "127.0.0.1:50096"
SAMPLE = Path("/work/shared/waha/samples/01_message_text_dm.json")
SECRET = "whsec-bench-" + "x" * 24


def _cpu_of(stat: str) -> float:
    """User + system CPU seconds from a /proc/<pid>/stat line."""
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc)."""
    return _cpu_of(Path(f"/proc/{pid}/stat").read_text())


def postgres_cpu_seconds() -> float:
    """CPU time of every PostgreSQL process on this machine (the server's share of
    the work; its connections stay open through the run, so little is missed)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        if "(postgres)" in text or "(postmaster)" in text:
            total += _cpu_of(text)
    return total


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def events(n: int, senders: int) -> list[tuple[str, bytes]]:
    base = json.loads(SAMPLE.read_text())
    out = []
    now = int(time.time())
    for i in range(n):
        e = copy.deepcopy(base)
        chat = f"55119{i % senders:08d}@c.us"  # valid Brazilian mobile numbers
        wa_id = f"3EB0{i:016X}"
        e["id"] = f"evt_bench_{i:012d}"
        e["timestamp"] = now * 1000
        p = e["payload"]
        p["id"], p["from"], p["timestamp"] = f"false_{chat}_{wa_id}", chat, now
        p["_data"]["key"].update(remoteJid=chat.replace("@c.us", "@s.whatsapp.net"), id=wa_id)
        p["_data"]["messageTimestamp"] = now
        out.append((wa_id, json.dumps(e, ensure_ascii=False, separators=(",", ":")).encode()))
    return out


CEILING_SCHEMA = """
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE TABLE bench.contacts (id uuid PRIMARY KEY, project_id uuid, phone text, data jsonb,
  UNIQUE (project_id, phone));
CREATE TABLE bench.sessions (id uuid PRIMARY KEY, project_id uuid, contact_id uuid, status text,
  last_activity_time timestamptz, data jsonb);
CREATE UNIQUE INDEX ON bench.sessions (project_id, contact_id) WHERE status = 'active';
CREATE TABLE bench.messages (id uuid PRIMARY KEY, project_id uuid, session_id uuid,
  provider_message_id text, message_time timestamptz, text text, data jsonb);
CREATE UNIQUE INDEX ON bench.messages (project_id, provider_message_id);
CREATE TABLE bench.outbox (id bigserial PRIMARY KEY, event_type text, payload bytea);
"""


@dataclass(frozen=True)
class CeilingRun:
    rate: float  # messages/s
    postgres_ms: float  # PostgreSQL CPU per message
    client_ms: float  # the script's own CPU per message


async def ceiling(
    dsn: str, items: list[tuple[str, bytes]], concurrency: int, senders: int
) -> CeilingRun:
    admin = await asyncpg.connect(dsn)
    await admin.execute(CEILING_SCHEMA)
    await admin.close()
    pool = await asyncpg.create_pool(dsn, min_size=concurrency, max_size=concurrency)
    project = uuid.uuid4()
    queue: asyncio.Queue[tuple[int, str, bytes]] = asyncio.Queue()
    for i, (wa_id, body) in enumerate(items):
        queue.put_nowait((i, wa_id, body))

    async def worker() -> None:
        while not queue.empty():
            _i, wa_id, body = queue.get_nowait()
            payload = json.loads(body)["payload"]
            now = datetime.now(UTC)
            async with pool.acquire() as conn, conn.transaction():
                contact = await conn.fetchval(
                    "INSERT INTO bench.contacts VALUES ($1, $2, $3, $4) ON CONFLICT (project_id, phone)"
                    " DO UPDATE SET data = excluded.data RETURNING id",
                    uuid.uuid4(),
                    project,
                    payload["from"],
                    json.dumps({"name": "x", "phone": payload["from"]}),
                )
                session = await conn.fetchval(
                    "INSERT INTO bench.sessions VALUES ($1, $2, $3, 'active', $4, $5)"
                    " ON CONFLICT (project_id, contact_id) WHERE status = 'active'"
                    " DO UPDATE SET last_activity_time = excluded.last_activity_time, data = excluded.data"
                    " RETURNING id",
                    uuid.uuid4(),
                    project,
                    contact,
                    now,
                    json.dumps({"metrics": {"count": 1}}),
                )
                await conn.execute(
                    "INSERT INTO bench.messages VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
                    uuid.uuid4(),
                    project,
                    session,
                    wa_id,
                    now,
                    payload["body"],
                    json.dumps(payload),
                )
                await conn.execute(
                    "INSERT INTO bench.outbox (event_type, payload) VALUES ('message.received', $1)",
                    body,
                )

    began, postgres, client = time.perf_counter(), postgres_cpu_seconds(), time.process_time()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - began
    postgres, client = postgres_cpu_seconds() - postgres, time.process_time() - client
    await pool.close()
    n = len(items)
    return CeilingRun(n / elapsed, 1000 * postgres / n, 1000 * client / n)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--senders", type=int, default=500)
    parser.add_argument("--lanes", type=int, default=8)
    parser.add_argument("--profile", default="", help="write a cProfile of the consumer here")
    parser.add_argument(
        "--logs", default="", help="write the processes' stderr to files in this folder"
    )
    options = parser.parse_args()
    suite = await messaging_suite.start(DATABASE, CRM_ADDRESS)
    superuser = suite.superuser_dsn
    items = events(options.events, options.senders)
    # The bare script's rate swings from run to run with this machine's commit (fsync)
    # latency and CPU, so it runs once before the suite's processes start and twice after
    # they stop (the machine and its connections then the script's alone): the median
    # of the three is the ceiling.
    runs = [await ceiling(superuser, items, options.concurrency, options.senders)]
    config = suite.config(grpc_address=MESSAGING_ADDRESS, task_queue="bench-inbound")
    app = bootstrap.build(config)  # only to add the channel
    # As deployed: the gRPC server and the inbound processor are separate processes.
    messaging_env = suite.env(
        MESSAGING_GRPC_ADDRESS=MESSAGING_ADDRESS,
        INBOUND_LANES=str(options.lanes),
        MEDIA_DIR="/tmp/bench-media",
    )

    def argv(role: str) -> list[str]:
        if role == "consumer" and options.profile:  # cProfile of the inbound processor
            return [
                sys.executable,
                "-m",
                "cProfile",
                "-o",
                options.profile,
                "-m",
                "messaging",
                role,
            ]
        return [sys.executable, "-m", "messaging", role]

    def log_of(role: str) -> Any:
        """Where a process's stderr goes: a file under --logs, else nowhere."""
        if not options.logs:
            return subprocess.DEVNULL
        return (Path(options.logs) / f"messaging-{role}.log").open("wb")

    processes = [
        subprocess.Popen(
            argv(role),
            env=messaging_env,
            cwd=messaging_suite.ROOT,
            stderr=log_of(role),
        )
        for role in ("api", "consumer")
    ]
    assert suite.crm is not None
    roles = {
        "crm api": suite.crm,
        "messaging api": processes[0],
        "messaging consumer": processes[1],
    }
    try:
        for address in (CRM_ADDRESS, MESSAGING_ADDRESS):
            async with grpc.aio.insecure_channel(address) as probe:
                await asyncio.wait_for(probe.channel_ready(), 30)
        project = uuid.uuid4()
        channel = Channel.create(
            project_id=project,
            name="Bench",
            channel_type_code="waha",
            waha_config=WahaConfig(
                base_url="http://127.0.0.1:9", session_name="default", webhook_secret=SECRET
            ),
        )
        async with app.unit_of_work(project_id=project) as uow:
            await uow.repository(ChannelRepository).add(channel)
            await save_route(uow.connection, channel.id, SECRET, active=True)
            await uow.commit()
        port = int(MESSAGING_ADDRESS.rsplit(":", 1)[1])

        sent: dict[str, float] = {}
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as ch:
            stub = waha_ingress_service_pb2_grpc.WahaIngressServiceStub(ch)
            # Signed requests are built before the clock starts, as WAHA signs on its own
            # machine: the load generator's CPU competes with the suite on this one.
            queue: asyncio.Queue[tuple[str, pb.IngestWahaEventRequest]] = asyncio.Queue()
            for wa_id, body in items:
                signature = hmac.new(SECRET.encode(), body, hashlib.sha512).hexdigest()
                request = pb.IngestWahaEventRequest(
                    channel_id=str(channel.id),
                    body=httpbody_pb2.HttpBody(content_type="application/json", data=body),
                    headers={"x-webhook-hmac": signature, "x-webhook-hmac-algorithm": "sha512"},
                )
                queue.put_nowait((wa_id, request))

            async def caller() -> None:
                while not queue.empty():
                    wa_id, request = queue.get_nowait()
                    sent[wa_id] = time.time()
                    await stub.IngestWahaEvent(request)

            cpu_before = {name: cpu_seconds(proc.pid) for name, proc in roles.items()}
            cpu_before["postgres"] = postgres_cpu_seconds()
            cpu_before["benchmark client"] = time.process_time()
            began = time.perf_counter()
            await asyncio.gather(*(caller() for _ in range(options.concurrency)))
            ingested = time.perf_counter() - began
            db = await asyncpg.connect(superuser)
            deadline = time.perf_counter() + 600
            while True:
                done = await db.fetchval(
                    "SELECT count(*) FROM messaging.messages WHERE channel_id = $1", channel.id
                )
                if done >= len(items) or time.perf_counter() > deadline:
                    break
                await asyncio.sleep(0.2)
            elapsed = time.perf_counter() - began
            cpu = {name: cpu_seconds(proc.pid) - cpu_before[name] for name, proc in roles.items()}
            cpu["postgres"] = postgres_cpu_seconds() - cpu_before["postgres"]
            cpu["benchmark client"] = time.process_time() - cpu_before["benchmark client"]
            rows = await db.fetch(
                "SELECT provider_message_id, create_time FROM messaging.messages WHERE channel_id = $1",
                channel.id,
            )
            await db.close()
        latencies = [
            r["create_time"].timestamp() - sent[r["provider_message_id"]]
            for r in rows
            if r["provider_message_id"] in sent
        ]
        ours = len(rows) / elapsed
        print(
            f"inbound: {len(rows):,}/{len(items):,} messages persisted in {elapsed:.2f} s = {ours:,.0f} messages/s"
            f" (ingest RPCs alone: {len(items) / ingested:,.0f}/s)"
        )
        if latencies:
            print(
                f"time to persisted: p50 {1000 * statistics.median(latencies):.0f} ms,"
                f" p99 {1000 * percentile(latencies, 99):.0f} ms"
            )
        per_message = ", ".join(f"{name} {1000 * t / len(items):.2f}" for name, t in cpu.items())
        print(f"CPU ms per message (independent of other load on the machine): {per_message}")
    finally:
        await app.close()
        for process in processes:
            process.terminate()
            process.wait(timeout=15)
        suite.stop()
    runs += [await ceiling(superuser, items, options.concurrency, options.senders) for _ in (1, 2)]
    top = sorted(runs, key=lambda r: r.rate)[1]
    print(
        f"ceiling (bare asyncpg, 4 writes/tx, {options.concurrency} concurrent, median of 3):"
        f" {top.rate:,.0f} messages/s (runs: {', '.join(f'{r.rate:,.0f}' for r in runs)});"
        f" CPU ms per message: postgres {top.postgres_ms:.2f}, script {top.client_ms:.2f}"
    )
    print(f"ratio: {100 * ours / top.rate:.1f}% (target >= 40%)")


if __name__ == "__main__":
    asyncio.run(main())
