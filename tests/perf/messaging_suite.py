"""What the messaging benchmarks share: a fresh database with crm's and messaging's
schemas, a signing key and messaging's service token, `python -m crm api` running, and the
MessagingConfig / environment of messaging's processes."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg

from crm import bootstrap as crm_bootstrap
from messaging import bootstrap
from messaging.config import MessagingConfig
from shared.auth import grants_for, service_principal
from shared.db import asyncpg_dsn
from shared.dbsetup import DatabaseUrls, migrate_async, provision
from shared.tokens import TokenIssuer, generate_private_pem, public_pem_of

ROOT = Path(__file__).resolve().parents[2]
ADMIN = os.environ.get("VENTROS_TEST_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


@dataclass
class BenchSuite:
    database: str
    crm_address: str
    urls: DatabaseUrls
    key: str = field(default_factory=generate_private_pem)
    crm: subprocess.Popen[bytes] | None = None

    @property
    def token(self) -> str:
        """messaging's service token, with the grants a deployment gives it."""
        principal = service_principal("messaging", grants_for("messaging"))
        return TokenIssuer(self.key).issue(principal).token

    @property
    def superuser_dsn(self) -> str:
        return asyncpg_dsn(ADMIN).rsplit("/", 1)[0] + f"/{self.database}"

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of a crm or messaging process of the benchmark."""
        return {
            **os.environ,
            "DATABASE_URL": self.urls.app,
            "RELAY_DATABASE_URL": self.urls.relay,
            "TOKEN_PUBLIC_KEY": public_pem_of(self.key),
            "SERVICE_TOKEN": self.token,
            "IDENTITY_GRPC_ADDRESS": "127.0.0.1:1",
            "CRM_GRPC_ADDRESS": self.crm_address,
            **extra,
        }

    def config(self, **overrides: Any) -> MessagingConfig:
        values: dict[str, Any] = {
            "database_url": self.urls.app,
            "relay_database_url": self.urls.relay,
            "amqp_url": "amqp://unused",
            "grpc_address": "127.0.0.1:0",
            "token_public_key": public_pem_of(self.key),
            "identity_address": "127.0.0.1:1",
            "crm_address": self.crm_address,
            "service_token": self.token,
            "temporal_address": "",
            "temporal_namespace": "default",
            "task_queue": "bench",
            "media_dir": "/tmp/bench-media",
        }
        return MessagingConfig(**{**values, **overrides})

    def stop(self) -> None:
        if self.crm is not None:
            self.crm.terminate()
            self.crm.wait(timeout=15)


async def start(database: str, crm_address: str) -> BenchSuite:
    """Drop and provision `database`, migrate crm and messaging, start crm's gRPC server."""
    admin = await asyncpg.connect(asyncpg_dsn(ADMIN))
    await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    await admin.close()
    urls = await provision(ADMIN, database)
    await migrate_async(urls.owner, crm_bootstrap.MIGRATIONS, crm_bootstrap.SCHEMA)
    await migrate_async(urls.owner, bootstrap.MIGRATIONS, bootstrap.SCHEMA)
    suite = BenchSuite(database, crm_address, urls)
    suite.crm = subprocess.Popen(
        [sys.executable, "-m", "crm", "api"],
        env=suite.env(),
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
    )
    return suite
