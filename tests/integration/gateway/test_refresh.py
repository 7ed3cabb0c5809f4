"""The routing table at run time: start-up with a backend down, background retries,
periodic re-discovery, SIGHUP, and a failed refresh keeping the routes it had."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from crm.bootstrap import Crm
from gateway.app import Gateway, create_app
from gateway.refresh import Refresher
from tests.integration.crm.conftest import Tenant
from tests.integration.gateway.echo_backend import PING, EchoBackend
from tests.integration.gateway.serving import served
from tests.support.serving import serving
from tests.unit.gateway.protos import SERVICE

pytestmark = pytest.mark.integration
DEADLINE = 30.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def until_status(http: httpx.AsyncClient, path: str, status: int, **kw: object) -> None:
    """Polls: the gateway offers a client no event for "routes changed" (or "listening")."""
    async with asyncio.timeout(DEADLINE):
        while True:
            with contextlib.suppress(httpx.ConnectError):
                if (await http.get(path, **kw)).status_code == status:  # type: ignore[arg-type]
                    return
            await asyncio.sleep(0.1)


@contextlib.asynccontextmanager
async def client(url: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=url, timeout=10) as http:
        yield http


async def test_start_up_serves_the_backends_it_reached_and_adds_one_that_comes_up_later(
    identity_address: str, crm: Crm, tenant: Tenant
) -> None:
    crm_port = free_port()  # nothing listens there yet
    gateway = Gateway({"identity": identity_address, "crm": f"127.0.0.1:{crm_port}"})
    auth = {"Authorization": f"Bearer {tenant.token}"}
    async with served(create_app(gateway)) as url, client(url) as http:
        assert (await http.get("/v1/me", headers=auth)).status_code == 200
        assert (await http.get("/v1/contacts", headers=auth)).status_code == 404
        async with serving(crm, f"127.0.0.1:{crm_port}"):
            await until_status(http, "/v1/contacts", 200, headers=auth)


async def test_start_up_waits_for_a_backend_within_its_limit(echo: EchoBackend) -> None:
    port = free_port()
    gateway = Gateway({"late": f"127.0.0.1:{port}"})
    refresher = Refresher(gateway, startup_wait=DEADLINE)

    async def come_up_later() -> EchoBackend:
        await asyncio.sleep(0.5)
        return await EchoBackend(port=port).start()

    later = asyncio.create_task(come_up_later())
    try:
        async with served(create_app(gateway, refresher=refresher)) as url, client(url) as http:
            # Start-up returned only once the late backend answered: no polling needed.
            assert (await http.get("/v1/echo/hi")).status_code == 200
    finally:
        await (await later).stop()


async def test_start_up_gives_up_waiting_after_its_limit_and_serves(echo: EchoBackend) -> None:
    gateway = Gateway({"echo": echo.address, "down": f"127.0.0.1:{free_port()}"})
    refresher = Refresher(gateway, startup_wait=1.0)
    loop = asyncio.get_running_loop()
    began = loop.time()
    async with served(create_app(gateway, refresher=refresher)) as url, client(url) as http:
        assert 1.0 <= loop.time() - began < DEADLINE
        assert (await http.get("/v1/echo/hi")).status_code == 200
        assert gateway.unreached == [gateway.backends["down"]]


async def test_a_failed_refresh_keeps_the_routes_it_had(echo: EchoBackend) -> None:
    gateway = Gateway({"echo": echo.address})
    assert await gateway.refresh() == {}
    await echo.stop()
    failed = await gateway.refresh()
    assert list(failed) == [echo.address]
    transport = httpx.ASGITransport(app=create_app(gateway))
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as http:
        answer = await http.get("/v1/echo/hi")
    assert answer.status_code == 503  # still routed; the backend is what is missing
    await gateway.close()


async def test_a_periodic_refresh_picks_up_a_service_a_backend_started_to_offer(
    echo: EchoBackend,
) -> None:
    gateway = Gateway({"echo": echo.address})
    refresher = Refresher(gateway, every=0.3)
    async with served(create_app(gateway, refresher=refresher)) as url, client(url) as http:
        assert (await http.get("/v1/ping")).status_code == 404
        await echo.stop()
        grown = await EchoBackend((SERVICE, PING), port=echo.port).start()
        try:
            await until_status(http, "/v1/ping", 200)
        finally:
            await grown.stop()


async def test_sighup_makes_a_running_gateway_rediscover_its_backends(
    echo: EchoBackend, tmp_path: Path
) -> None:
    port = free_port()
    env = {
        **os.environ,
        "IDENTITY_GRPC_ADDRESS": echo.address,
        "CRM_GRPC_ADDRESS": f"127.0.0.1:{free_port()}",  # down: retried in the background
        "MESSAGING_GRPC_ADDRESS": f"127.0.0.1:{free_port()}",
        "GATEWAY_PORT": str(port),
        "GATEWAY_STARTUP_WAIT_SECONDS": "0",
    }
    log = tmp_path / "gateway.log"
    with log.open("wb") as sink:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "gateway", env=env, stdout=sink, stderr=sink
        )
    grown: EchoBackend | None = None
    try:
        async with client(f"http://127.0.0.1:{port}") as http:
            await until_status(http, "/v1/echo/hi", 200)
            await echo.stop()
            grown = await EchoBackend((SERVICE, PING), port=echo.port).start()
            # Only unreached backends are retried on their own; this one is reached.
            assert (await http.get("/v1/ping")).status_code == 404
            process.send_signal(signal.SIGHUP)
            await until_status(http, "/v1/ping", 200)
    except BaseException:
        print(log.read_text())
        raise
    finally:
        process.terminate()
        async with asyncio.timeout(DEADLINE):
            await process.wait()
        if grown is not None:
            await grown.stop()
    assert b'"reason": "signal"' in log.read_bytes()
