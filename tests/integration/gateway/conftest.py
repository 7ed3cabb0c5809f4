"""Backends for the gateway: the real identity, crm and messaging servers on loopback ports,
and the test-only echo backend (echo_backend.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from messaging.bootstrap import Messaging
from tests.integration.gateway.echo_backend import EchoBackend
from tests.integration.messaging.conftest import (  # noqa: F401  (fixtures)
    Tenant,
    channel,
    crm,
    crm_address,
    crm_channel,
    crm_config,
    crm_schema,
    identity,
    identity_address,
    identity_config,
    identity_schema,
    messaging,
    messaging_config,
    messaging_schema,
    other_tenant,
    register,
    tenant,
)
from tests.support.serving import serving


@pytest.fixture
async def echo() -> AsyncIterator[EchoBackend]:
    backend = await EchoBackend().start()
    yield backend
    await backend.stop()


@pytest.fixture(scope="session")
async def messaging_address(messaging: Messaging) -> AsyncIterator[str]:
    async with serving(messaging) as address:
        yield address
