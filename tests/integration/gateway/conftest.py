"""Backends for the gateway: the real identity and crm servers on loopback ports."""

from __future__ import annotations

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
    other_tenant,
    register,
    tenant,
)
