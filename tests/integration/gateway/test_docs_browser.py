"""/docs in a real headless Chromium: Swagger UI, served by the gateway, lists the operations.

The gateway runs for real (uvicorn on a loopback port, in front of the real identity and crm
servers); Chromium loads the page, runs Swagger UI, fetches /openapi.json and prints the DOM.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from gateway.app import Gateway, create_app
from tests.integration.gateway.serving import served

pytestmark = pytest.mark.integration

CHROMIUM = Path("/usr/bin/chromium")
# Virtual time runs ahead while the page is idle and waits while it fetches, so the budget
# bounds Swagger UI's work, not the wall clock; the timeout bounds the wall clock.
VIRTUAL_TIME_BUDGET_MS = 20_000
BROWSER_TIMEOUT_S = 120.0


@pytest.fixture
def chromium() -> Path:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: run tools/ensure_chromium.sh (make test does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture
async def gateway_url(
    identity_address: str, crm_address: str
) -> AsyncIterator[tuple[str, Gateway]]:
    """The gateway's base URL, once its lifespan has discovered the backends."""
    gateway = Gateway({"identity": identity_address, "crm": crm_address})
    async with served(create_app(gateway)) as url:
        yield url, gateway


async def rendered_dom(browser: Path, url: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        process = await asyncio.create_subprocess_exec(
            str(browser),
            "--headless",
            "--no-sandbox",  # the tests run as root in CI
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            f"--user-data-dir={profile}",
            f"--virtual-time-budget={VIRTUAL_TIME_BUDGET_MS}",
            "--dump-dom",
            url,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            out, err = await asyncio.wait_for(process.communicate(), BROWSER_TIMEOUT_S)
        finally:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()
    assert process.returncode == 0, err.decode(errors="replace")[-2000:]
    return out.decode()


async def test_swagger_ui_renders_every_operation_of_the_backends(
    chromium: Path, gateway_url: tuple[str, Gateway]
) -> None:
    base, gateway = gateway_url
    routes = gateway.router.routes
    assert routes, "the gateway discovered no routes"
    dom = await rendered_dom(chromium, f"{base}/docs")
    assert 'class="swagger-ui' in dom, dom[:2000]
    # One rendered block per operation, with its path and (displayOperationId) its id.
    paths = re.findall(r'class="opblock-summary-path" data-path="([^"]*)"', dom)
    shown = re.findall(r'class="opblock-summary-operation-id">([^<]*)<', dom)
    assert len(paths) == len(shown) == len(routes), (len(paths), len(shown), len(routes))
    assert "/v1/contacts" in paths and "/v1/auth:register" in paths
    assert "ContactService_CreateContact" in shown
    assert 'href="#/ventros.crm.v1.ContactService/ContactService_CreateContact"' in dom
