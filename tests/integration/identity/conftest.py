"""A real identity server on a loopback port over the session's database."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

import grpc
import pytest

from identity import bootstrap
from identity.config import IdentityConfig
from shared.dbsetup import DatabaseUrls, migrate_async
from shared.tokens import generate_private_pem
from tests.support.serving import serving
from ventros.identity.v1 import auth_service_pb2 as auth_pb
from ventros.identity.v1 import auth_service_pb2_grpc


@pytest.fixture(scope="session")
async def identity_schema(database: DatabaseUrls) -> str:
    await migrate_async(database.owner, bootstrap.MIGRATIONS, bootstrap.SCHEMA)
    return bootstrap.SCHEMA


@pytest.fixture(scope="session")
def identity_config(database: DatabaseUrls, amqp_url: str) -> IdentityConfig:
    return IdentityConfig(
        database_url=database.app,
        relay_database_url=database.relay,
        amqp_url=amqp_url,
        grpc_address="127.0.0.1:0",
        token_signing_key=generate_private_pem(),
        token_ttl_seconds=900,
        secrets_key=os.urandom(32),
    )


@pytest.fixture(scope="session")
async def identity(
    identity_schema: str, identity_config: IdentityConfig
) -> AsyncIterator[bootstrap.Identity]:
    app = bootstrap.build(identity_config)
    yield app
    await app.close()


@pytest.fixture(scope="session")
async def identity_address(identity: bootstrap.Identity) -> AsyncIterator[str]:
    async with serving(identity) as address:
        yield address


@pytest.fixture(scope="session")
async def channel(identity_address: str) -> AsyncIterator[grpc.aio.Channel]:
    async with grpc.aio.insecure_channel(identity_address) as channel:
        yield channel


@dataclass
class Tenant:
    """A registered user with their default project, admin API key and access token."""

    email: str
    password: str
    user_id: str
    project_id: str
    api_key: str
    token: str

    def bearer(self, credential: str | None = None) -> tuple[tuple[str, str], ...]:
        return (("authorization", f"Bearer {credential or self.token}"),)


async def register(channel: grpc.aio.Channel, name: str = "Ana Souza") -> Tenant:
    stub = auth_service_pb2_grpc.AuthServiceStub(channel)
    email = f"{uuid.uuid4().hex[:10]}@example.com"
    password = "correct horse battery"
    response = await stub.Register(
        auth_pb.RegisterRequest(name=name, email=email, password=password)
    )
    return Tenant(
        email=email,
        password=password,
        user_id=response.user.id,
        project_id=response.project.id,
        api_key=response.plaintext_api_key,
        token=response.access_token.token,
    )


@pytest.fixture
async def tenant(channel: grpc.aio.Channel) -> Tenant:
    return await register(channel)


@pytest.fixture
async def other_tenant(channel: grpc.aio.Channel) -> Tenant:
    return await register(channel, "Bruno Lima")
