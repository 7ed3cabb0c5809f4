"""Every identity tenant table: tenant A can neither see nor change tenant B's rows.

These run as the application role on real PostgreSQL, after two real
registrations, so each table holds rows of both tenants.
"""

from __future__ import annotations

import uuid

import asyncpg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from identity import bootstrap
from shared.db import asyncpg_dsn
from shared.dbsetup import DatabaseUrls
from tests.integration.identity.conftest import Tenant

pytestmark = pytest.mark.integration
S = bootstrap.SCHEMA
PROJECT_TABLES = ["api_keys", "credentials", "project_members", "idempotency_keys"]
ACCOUNT_TABLES = ["billing_accounts", "subscriptions", "invoices", "usage_meters"]


async def test_every_table_with_tenant_data_forces_row_level_security(
    identity_schema: str, database: DatabaseUrls
) -> None:
    conn = await asyncpg.connect(asyncpg_dsn(database.owner))
    try:
        rows = await conn.fetch(
            "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = $1 AND c.relkind = 'r'",
            S,
        )
        policies = await conn.fetch(
            "SELECT tablename, cmd, qual, with_check FROM pg_policies WHERE schemaname = $1", S
        )
    finally:
        await conn.close()
    unprotected = {
        r["relname"] for r in rows if not (r["relrowsecurity"] and r["relforcerowsecurity"])
    }
    # users are global by design; alembic_version and inbox hold no tenant data.
    assert unprotected == {"users", "alembic_version", "inbox"}
    writable = [p for p in policies if p["cmd"] == "ALL"]
    assert all(p["qual"] and p["with_check"] for p in writable), writable


async def scoped(identity: bootstrap.Identity, tenant: Tenant):  # type: ignore[no-untyped-def]
    return identity.unit_of_work(
        project_id=uuid.UUID(tenant.project_id), user_id=uuid.UUID(tenant.user_id)
    )


async def test_a_transaction_without_a_tenant_sees_no_tenant_rows(
    identity: bootstrap.Identity, tenant: Tenant
) -> None:
    async with identity.unit_of_work(tenantless=True) as uow:
        for table in [*PROJECT_TABLES, "projects", *ACCOUNT_TABLES]:
            count = (
                await uow.connection.execute(text(f"SELECT count(*) FROM {S}.{table}"))
            ).scalar_one()
            assert count == 0, table


@pytest.mark.parametrize("table", PROJECT_TABLES)
async def test_a_tenant_cannot_read_update_or_delete_another_tenants_rows(
    table: str, identity: bootstrap.Identity, tenant: Tenant, other_tenant: Tenant
) -> None:
    async with await scoped(identity, tenant) as uow:
        conn, theirs = uow.connection, {"b": uuid.UUID(other_tenant.project_id)}
        seen = await conn.execute(
            text(f"SELECT count(*) FROM {S}.{table} WHERE project_id = :b"), theirs
        )
        updated = await conn.execute(
            text(f"UPDATE {S}.{table} SET project_id = project_id WHERE project_id = :b"), theirs
        )
        deleted = await conn.execute(text(f"DELETE FROM {S}.{table} WHERE project_id = :b"), theirs)
        assert (seen.scalar_one(), updated.rowcount, deleted.rowcount) == (0, 0, 0)
        await uow.rollback()


@pytest.mark.parametrize("table", ["api_keys", "project_members"])
async def test_a_tenant_cannot_insert_rows_into_another_tenant(
    table: str, identity: bootstrap.Identity, tenant: Tenant, other_tenant: Tenant
) -> None:
    columns = {
        "api_keys": "id, project_id, key_hash, name, data, version, create_time, update_time",
        "project_members": "id, project_id, user_id, role, data, version, create_time, update_time",
    }[table]
    copy = columns.replace("id, project_id", "gen_random_uuid(), CAST(:b AS uuid)", 1)
    if table == "api_keys":
        copy = copy.replace("key_hash", "md5(random()::text)")
    with pytest.raises(DBAPIError, match="row-level security"):
        async with await scoped(identity, tenant) as uow:
            await uow.connection.execute(
                text(f"INSERT INTO {S}.{table} ({columns}) SELECT {copy} FROM {S}.{table} LIMIT 1"),
                {"b": other_tenant.project_id},
            )


async def test_a_tenant_cannot_see_another_tenants_project_or_billing(
    identity: bootstrap.Identity, tenant: Tenant, other_tenant: Tenant
) -> None:
    async with await scoped(identity, tenant) as uow:
        conn = uow.connection
        projects = (await conn.execute(text(f"SELECT id FROM {S}.projects"))).scalars().all()
        owners = (
            (await conn.execute(text(f"SELECT owner_user_id FROM {S}.billing_accounts")))
            .scalars()
            .all()
        )
    assert [str(p) for p in projects] == [tenant.project_id]
    assert [str(o) for o in owners] == [tenant.user_id]


async def test_a_tenant_cannot_take_over_another_tenants_project_row(
    identity: bootstrap.Identity, tenant: Tenant, other_tenant: Tenant
) -> None:
    async with await scoped(identity, tenant) as uow:
        result = await uow.connection.execute(
            text(f"UPDATE {S}.projects SET owner_user_id = :me WHERE id = :b"),
            {"me": uuid.UUID(tenant.user_id), "b": uuid.UUID(other_tenant.project_id)},
        )
        assert result.rowcount == 0
        await uow.rollback()
