"""A real crm server beside the real identity server, on loopback ports."""

from __future__ import annotations

from collections.abc import AsyncIterator

import grpc
import pytest

from crm import bootstrap
from crm.config import CrmConfig
from identity.bootstrap import Identity
from identity.config import IdentityConfig
from shared.auth import service_principal
from shared.dbsetup import DatabaseUrls, migrate_async
from shared.tokens import public_pem_of
from tests.integration.identity.conftest import (  # noqa: F401  (fixtures)
    Tenant,
    channel,
    identity,
    identity_address,
    identity_config,
    identity_schema,
    other_tenant,
    register,
    tenant,
)
from tests.support.serving import serving


@pytest.fixture(scope="session")
async def crm_schema(database: DatabaseUrls) -> str:
    await migrate_async(database.owner, bootstrap.MIGRATIONS, bootstrap.SCHEMA)
    return bootstrap.SCHEMA


@pytest.fixture(scope="session")
def crm_config(
    database: DatabaseUrls,
    amqp_url: str,
    identity_config: IdentityConfig,
    identity_address: str,
    identity: Identity,
) -> CrmConfig:
    return CrmConfig(
        database_url=database.app,
        relay_database_url=database.relay,
        amqp_url=amqp_url,
        grpc_address="127.0.0.1:0",
        token_public_key=public_pem_of(identity_config.token_signing_key),
        identity_address=identity_address,
        service_token=identity.issuer.issue(service_principal("crm")).token,
        default_phone_region="BR",
    )


@pytest.fixture(scope="session")
async def crm(crm_schema: str, crm_config: CrmConfig) -> AsyncIterator[bootstrap.Crm]:
    app = bootstrap.build(crm_config)
    yield app
    await app.close()


@pytest.fixture(scope="session")
async def crm_channel(crm: bootstrap.Crm) -> AsyncIterator[grpc.aio.Channel]:
    async with serving(crm) as address, grpc.aio.insecure_channel(address) as channel:
        yield channel
