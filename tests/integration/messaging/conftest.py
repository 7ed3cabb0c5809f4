"""A real messaging server beside real identity and crm servers, on loopback ports."""

from __future__ import annotations

from collections.abc import AsyncIterator

import grpc
import pytest

from crm.bootstrap import Crm
from identity.bootstrap import Identity
from identity.config import IdentityConfig
from messaging import bootstrap
from messaging.config import MessagingConfig
from shared.auth import grants_for, service_principal
from shared.dbsetup import DatabaseUrls, migrate_async
from shared.tokens import public_pem_of
from tests.integration.crm.conftest import (  # noqa: F401  (fixtures)
    Tenant,
    channel,
    crm,
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
from tests.support.serving import serving
from ventros.messaging.v1 import waha_ingress_service_pb2_grpc

# What messaging may do inside a project when it calls crm or identity.
MESSAGING_GRANTS = grants_for("messaging")


@pytest.fixture(scope="session")
async def crm_address(crm: Crm) -> AsyncIterator[str]:
    async with serving(crm) as address:
        yield address


@pytest.fixture(scope="session")
async def messaging_schema(database: DatabaseUrls) -> str:
    await migrate_async(database.owner, bootstrap.MIGRATIONS, bootstrap.SCHEMA)
    return bootstrap.SCHEMA


@pytest.fixture(scope="session")
def messaging_config(
    database: DatabaseUrls,
    amqp_url: str,
    identity_config: IdentityConfig,
    identity_address: str,
    crm_address: str,
    identity: Identity,
    tmp_path_factory: pytest.TempPathFactory,
) -> MessagingConfig:
    token = identity.issuer.issue(service_principal("messaging", MESSAGING_GRANTS)).token
    return MessagingConfig(
        database_url=database.app,
        relay_database_url=database.relay,
        amqp_url=amqp_url,
        grpc_address="127.0.0.1:0",
        token_public_key=public_pem_of(identity_config.token_signing_key),
        identity_address=identity_address,
        crm_address=crm_address,
        service_token=token,
        temporal_address="",  # tests start their own Temporal environments
        temporal_namespace="default",
        task_queue="messaging-test",
        media_dir=str(tmp_path_factory.mktemp("media")),
    )


@pytest.fixture(scope="session")
async def messaging(
    messaging_schema: str, messaging_config: MessagingConfig
) -> AsyncIterator[bootstrap.Messaging]:
    app = bootstrap.build(messaging_config)
    yield app
    await app.close()


@pytest.fixture(scope="session")
async def messaging_channel(messaging: bootstrap.Messaging) -> AsyncIterator[grpc.aio.Channel]:
    async with serving(messaging) as address, grpc.aio.insecure_channel(address) as channel:
        yield channel


@pytest.fixture
def ingress(
    messaging_channel: grpc.aio.Channel,
) -> waha_ingress_service_pb2_grpc.WahaIngressServiceStub:
    """The WAHA ingress RPC, as the gateway calls it."""
    return waha_ingress_service_pb2_grpc.WahaIngressServiceStub(messaging_channel)
