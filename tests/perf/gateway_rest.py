"""Benchmark: GetContact over REST through the gateway, against the same RPC over gRPC.

Provisions a fresh database (ventros_perf_gateway), starts `python -m identity api`,
`python -m crm api` and the gateway as processes of their own, registers a tenant and
creates a contact over gRPC, then, in one run and with the same number of concurrent callers
(1 and 32 by default), drives for a fixed time:
  grpc  — ContactService/GetContact on one grpc.aio channel to crm
  rest  — GET /v1/contacts/{id} through the gateway (one httpx.AsyncClient per caller, each
          an HTTP/1.1 keep-alive connection), which makes the same call to crm
Both use the same access token. Printed per concurrency: calls/s, p50/p99 latency, the
throughput ratio rest/grpc and the latency the gateway adds, and the CPU each process spent
per call (the whole machine's cores are shared by the client, the gateway and crm).

The gateway is `gateway.__main__.main()` with uvicorn options overridden from --uvicorn
(JSON, e.g. '{"loop": "uvloop", "http": "httptools"}', which needs those packages) to
compare server settings, and --gateways N processes sharing the port (SO_REUSEPORT) stand
in for uvicorn workers; its rate limit is switched off (GATEWAY_RATE_LIMIT_PER_SECOND=0)
so it does not cap the run. --aiohttp adds REST driven by aiohttp, a client cheaper than
httpx: on a small machine the client's CPU is part of what is measured. --rounds repeats
the grpc/rest pairs (interleaved) and reports the median ratio, against a noisy machine.

Run: .venv/bin/python tests/perf/gateway_rest.py [--duration 10] [--concurrency 1 32]
     [--rounds 1] [--aiohttp] [--gateways 1] [--uvicorn '{"loop": "asyncio", "http": "h11"}']
Needs the local PostgreSQL (VENTROS_TEST_ADMIN_URL); creates and drops ventros_perf_gateway.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import asyncpg
import grpc
import httpx

from crm import bootstrap as crm_bootstrap
from identity import bootstrap as identity_bootstrap
from shared.auth import service_principal
from shared.db import asyncpg_dsn
from shared.dbsetup import migrate_async, provision
from shared.tokens import TokenIssuer, generate_private_pem, public_pem_of
from ventros.common.v1 import types_pb2
from ventros.crm.v1 import contact_pb2, contact_service_pb2_grpc
from ventros.crm.v1 import contact_service_pb2 as crm_pb
from ventros.identity.v1 import auth_service_pb2 as auth_pb
from ventros.identity.v1 import auth_service_pb2_grpc

ROOT = Path(__file__).resolve().parents[2]
ADMIN = os.environ.get("VENTROS_TEST_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
DATABASE = "ventros_perf_gateway"
TICK = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Run:
    path: str
    concurrency: int
    latencies_ms: list[float]
    seconds: float
    cpu_ms: dict[str, float]  # process → CPU milliseconds spent during the run

    @property
    def calls_per_second(self) -> float:
        return len(self.latencies_ms) / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]

    def cpu_per_call(self, process: str) -> float:
        """CPU ms per call of `process` (or of every process whose name starts with it)."""
        spent = sum(ms for name, ms in self.cpu_ms.items() if name.startswith(process))
        return spent / max(1, len(self.latencies_ms))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cpu_ms(pid: int) -> float:
    """User + system CPU of a process and its descendants (uvicorn workers), in ms."""
    total = 0.0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) * 1000 / TICK
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        pids += [int(c) for c in children]
    return total


async def drive(
    path: str,
    calls: list[Callable[[], Awaitable[object]]],
    seconds: float,
    servers: dict[str, int],
) -> Run:
    """Each of `calls` is one caller, calling back to back until `seconds` have passed."""
    latencies: list[float] = []
    stop_at = time.perf_counter() + seconds

    async def caller(call: Callable[[], Awaitable[object]]) -> None:
        while (started := time.perf_counter()) < stop_at:
            await call()
            latencies.append((time.perf_counter() - started) * 1000)

    before = {name: cpu_ms(pid) for name, pid in servers.items()}
    client_before = time.process_time()
    started = time.perf_counter()
    await asyncio.gather(*(caller(call) for call in calls))
    elapsed = time.perf_counter() - started
    spent = {name: cpu_ms(pid) - before[name] for name, pid in servers.items()}
    spent["client"] = (time.process_time() - client_before) * 1000
    return Run(path, len(calls), latencies, elapsed, spent)


async def wait_healthy(address: str, timeout: float = 60) -> None:
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    async with grpc.aio.insecure_channel(address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        async with asyncio.timeout(timeout):
            while True:
                try:
                    answer = await stub.Check(health_pb2.HealthCheckRequest(), timeout=2)
                    if answer.status == health_pb2.HealthCheckResponse.SERVING:
                        return
                except grpc.aio.AioRpcError:
                    pass
                await asyncio.sleep(0.2)


async def wait_http(url: str, gateways: int, timeout: float = 120) -> None:
    """Until crm's routes answer (401: no credential) on fresh connections, often enough
    that every gateway process sharing the port has been reached."""
    fresh = httpx.Limits(max_keepalive_connections=0)
    answered = 0
    async with httpx.AsyncClient(limits=fresh) as client, asyncio.timeout(timeout):
        while answered < 8 * gateways:
            try:
                ok = (await client.get(url + "/v1/contacts", timeout=2)).status_code == 401
            except httpx.TransportError:
                ok = False
            answered = answered + 1 if ok else 0
            if not ok:
                await asyncio.sleep(0.2)


def serve_gateway(overrides: dict[str, object], reuse_port: bool) -> None:
    """`python -m gateway` with some uvicorn.run keyword arguments replaced. With
    `reuse_port`, several of these processes share GATEWAY_PORT (SO_REUSEPORT: the kernel
    spreads connections), which is what uvicorn's --workers would give."""
    import uvicorn

    from gateway import __main__ as gateway_main

    if reuse_port:
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(("127.0.0.1", int(os.environ["GATEWAY_PORT"])))
        sock.listen(1024)
        overrides = {**overrides, "fd": sock.fileno()}

    run = uvicorn.run

    def run_with(app: object, **options: object) -> None:
        run(app, **{**options, **overrides})  # type: ignore[arg-type]

    uvicorn.run = run_with  # type: ignore[assignment]
    gateway_main.main()


async def setup_database() -> tuple[str, str]:
    admin = await asyncpg.connect(asyncpg_dsn(ADMIN))
    await admin.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    await admin.close()
    urls = await provision(ADMIN, DATABASE)
    for context in (identity_bootstrap, crm_bootstrap):
        await migrate_async(urls.owner, context.MIGRATIONS, context.SCHEMA)
    return urls.app, urls.relay


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per measurement")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 32])
    parser.add_argument("--rounds", type=int, default=1, help="grpc/rest pairs per concurrency")
    parser.add_argument("--uvicorn", default="{}", help="JSON of uvicorn.run overrides")
    parser.add_argument(
        "--aiohttp", action="store_true", help="also drive REST with aiohttp (a cheaper client)"
    )
    parser.add_argument("--gateways", type=int, default=1, help="gateway processes on the port")
    options = parser.parse_args()

    app_url, relay_url = await setup_database()
    key = generate_private_pem()
    ports = {name: free_port() for name in ("identity", "crm", "gateway")}
    identity, crm = f"127.0.0.1:{ports['identity']}", f"127.0.0.1:{ports['crm']}"
    service_token = TokenIssuer(key, timedelta(days=1)).issue(
        service_principal("bench", frozenset())
    )
    env = {
        **os.environ,
        "DATABASE_URL": app_url,
        "RELAY_DATABASE_URL": relay_url,
        "TOKEN_SIGNING_KEY": key,
        "TOKEN_PUBLIC_KEY": public_pem_of(key),
        "TOKEN_TTL_SECONDS": "3600",
        "SECRETS_KEY": base64.b64encode(os.urandom(32)).decode(),
        "SERVICE_TOKEN": service_token.token,
        "IDENTITY_GRPC_ADDRESS": identity,
        "CRM_GRPC_ADDRESS": crm,
        # Only identity and crm run; messaging's routes are not needed, so the gateway is
        # pointed at crm for it rather than at a server that is not there.
        "MESSAGING_GRPC_ADDRESS": crm,
        "GATEWAY_PORT": str(ports["gateway"]),
        "GATEWAY_RATE_LIMIT_PER_SECOND": "0",
    }
    quiet = {"cwd": ROOT, "env": env, "stderr": subprocess.DEVNULL}
    servers = {
        "identity": subprocess.Popen([sys.executable, "-m", "identity", "api"], **quiet),
        "crm": subprocess.Popen([sys.executable, "-m", "crm", "api"], **quiet),
    }
    try:
        await wait_healthy(identity)
        await wait_healthy(crm)
        shared = ["--reuse-port"] if options.gateways > 1 else []
        for i in range(options.gateways):
            servers["gateway" + (f"-{i + 1}" if i else "")] = subprocess.Popen(
                [sys.executable, __file__, "--serve-gateway", options.uvicorn, *shared], **quiet
            )
        base = f"http://127.0.0.1:{ports['gateway']}"
        await wait_http(base, options.gateways)
        print("pids: " + ", ".join(f"{n} {p.pid}" for n, p in servers.items()), flush=True)
        await measure(options, identity, crm, base, {n: p.pid for n, p in servers.items()})
    finally:
        for process in servers.values():
            process.terminate()
        for process in servers.values():
            process.wait(timeout=20)
        admin = await asyncpg.connect(asyncpg_dsn(ADMIN))
        await admin.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        await admin.close()


async def measure(
    options: argparse.Namespace, identity: str, crm: str, base: str, pids: dict[str, int]
) -> None:
    async with grpc.aio.insecure_channel(identity) as channel:
        made = await auth_service_pb2_grpc.AuthServiceStub(channel).Register(
            auth_pb.RegisterRequest(
                name="Bench", email="bench@example.com", password="benchmark password"
            )
        )
    token = made.access_token.token
    metadata = (("authorization", f"Bearer {token}"),)
    async with grpc.aio.insecure_channel(crm) as channel:
        contacts = contact_service_pb2_grpc.ContactServiceStub(channel)
        contact = (
            await contacts.CreateContact(
                crm_pb.CreateContactRequest(
                    contact=contact_pb2.Contact(
                        name="Maria Bench", phone=types_pb2.PhoneNumber(raw="+55 11 98765-4321")
                    )
                ),
                metadata=metadata,
            )
        ).contact
        request = crm_pb.GetContactRequest(contact_id=contact.id)

        async def grpc_call() -> object:
            return await contacts.GetContact(request, metadata=metadata)

        runs: list[Run] = []
        print(
            f"uvicorn overrides: {options.uvicorn}; {options.gateways} gateway process(es);"
            f" {options.duration:.0f} s per measurement"
        )
        for concurrency in options.concurrency:
            async with (
                rest_callers(base, token, contact.id, concurrency) as rest_calls,
                aiohttp_callers(base, token, contact.id, concurrency) as light_calls,
            ):
                paths = [("grpc", [grpc_call] * concurrency), ("rest", rest_calls)]
                if options.aiohttp:
                    paths.append(("rest/aiohttp", light_calls))
                for _ in range(options.rounds):
                    for path, calls in paths:
                        await drive(path, calls, 1.0, pids)  # warm up
                        run = await drive(path, calls, options.duration, pids)
                        runs.append(run)
                        print(
                            f"  c={concurrency:<3} {path:<13}{run.calls_per_second:7.0f} calls/s"
                            f"  p50 {run.percentile(0.5):6.2f} ms"
                            f"  p99 {run.percentile(0.99):6.2f} ms",
                            flush=True,
                        )
    report(runs, options.concurrency)


@contextlib.asynccontextmanager
async def rest_callers(
    base: str, token: str, contact_id: str, concurrency: int
) -> AsyncIterator[list[Callable[[], Awaitable[object]]]]:
    """One httpx.AsyncClient (HTTP/1.1, one keep-alive connection) per caller. One client
    shared by 32 callers would measure httpcore's pool instead of the gateway: about 4 ms of
    client CPU per call against 0.8 ms (measured on a bare aiohttp server)."""
    headers = {"authorization": f"Bearer {token}"}
    async with contextlib.AsyncExitStack() as stack:
        clients = [
            await stack.enter_async_context(httpx.AsyncClient(base_url=base, headers=headers))
            for _ in range(concurrency)
        ]

        def caller(client: httpx.AsyncClient) -> Callable[[], Awaitable[object]]:
            async def call() -> object:
                answer = await client.get(f"/v1/contacts/{contact_id}")
                if answer.status_code != 200:
                    raise RuntimeError(f"REST answered {answer.status_code}: {answer.text}")
                return answer

            return call

        yield [caller(client) for client in clients]


@contextlib.asynccontextmanager
async def aiohttp_callers(
    base: str, token: str, contact_id: str, concurrency: int
) -> AsyncIterator[list[Callable[[], Awaitable[object]]]]:
    """The same requests from aiohttp: how much of the REST figure is the client's."""
    import aiohttp

    connector = aiohttp.TCPConnector(limit=concurrency)
    headers = {"authorization": f"Bearer {token}"}
    async with aiohttp.ClientSession(base, connector=connector, headers=headers) as session:

        async def call() -> object:
            async with session.get(f"/v1/contacts/{contact_id}") as answer:
                body = await answer.read()
                if answer.status != 200:
                    raise RuntimeError(f"REST answered {answer.status}: {body!r}")
                return body

        yield [call] * concurrency


def report(runs: list[Run], levels: list[int]) -> None:
    print(
        f"\n{'conc':>4} {'path':<13}{'calls/s':>9}{'p50 ms':>8}{'p99 ms':>8}"
        f"   CPU ms per call: {'client':>7}{'gateway':>8}{'crm':>6}{'identity':>9}"
    )
    for run in runs:
        print(
            f"{run.concurrency:>4} {run.path:<13}{run.calls_per_second:>9.0f}"
            f"{run.percentile(0.5):>8.2f}{run.percentile(0.99):>8.2f}{'':>20}"
            f"{run.cpu_per_call('client'):>7.3f}{run.cpu_per_call('gateway'):>8.3f}"
            f"{run.cpu_per_call('crm'):>6.3f}{run.cpu_per_call('identity'):>9.3f}"
        )
    print(
        f"\n{'conc':>4} {'path':<13}{'calls/s ratio':>14}{'added p50 ms':>13}{'added p99 ms':>13}"
        f"{'server CPU ratio':>18}"
    )
    for level in levels:
        for path in sorted({r.path for r in runs} - {"grpc"}):
            pairs = list(
                zip(
                    [r for r in runs if r.concurrency == level and r.path == "grpc"],
                    [r for r in runs if r.concurrency == level and r.path == path],
                    strict=True,
                )
            )
            ratio = statistics.median(r.calls_per_second / g.calls_per_second for g, r in pairs)
            p50 = statistics.median(r.percentile(0.5) - g.percentile(0.5) for g, r in pairs)
            p99 = statistics.median(r.percentile(0.99) - g.percentile(0.99) for g, r in pairs)
            # crm's CPU per direct call over crm's + the gateway's per REST call: the
            # throughput ratio once the servers, not this client, are what runs out of CPU.
            server = statistics.median(
                g.cpu_per_call("crm") / (r.cpu_per_call("crm") + r.cpu_per_call("gateway"))
                for g, r in pairs
            )
            print(f"{level:>4} {path:<13}{ratio:>14.2f}{p50:>13.2f}{p99:>13.2f}{server:>18.2f}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve-gateway"]:
        serve_gateway(json.loads(sys.argv[2]), "--reuse-port" in sys.argv[3:])
    else:
        asyncio.run(main())
