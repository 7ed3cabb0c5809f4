"""As the application role, a tenant can reach only its own rows."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.uow import NoTenant
from tests.integration.platform.conftest import SCHEMA, unit_of_work

pytestmark = pytest.mark.integration
A, B = uuid.uuid4(), uuid.uuid4()


@pytest.fixture(scope="module")
async def seeded(platform_schema: str, app_engine: AsyncEngine) -> dict[uuid.UUID, uuid.UUID]:
    ids = {}
    for tenant in (A, B):
        async with unit_of_work(app_engine, tenant) as uow:
            ids[tenant] = uuid.uuid4()
            await uow.connection.execute(
                text(f"INSERT INTO {SCHEMA}.items (id, project_id, name) VALUES (:i, :p, 'x')"),
                {"i": ids[tenant], "p": tenant},
            )
            await uow.commit()
    return ids


async def count(engine: AsyncEngine, tenant: uuid.UUID | None) -> int:
    async with unit_of_work(engine, tenant, tenantless=tenant is None) as uow:
        return (
            await uow.connection.execute(text(f"SELECT count(*) FROM {SCHEMA}.items"))
        ).scalar_one()


async def test_a_transaction_without_a_tenant_sees_no_rows(
    seeded: dict, app_engine: AsyncEngine
) -> None:
    assert await count(app_engine, None) == 0


async def test_a_tenant_scoped_unit_of_work_refuses_to_open_without_a_tenant(
    app_engine: AsyncEngine,
) -> None:
    with pytest.raises(NoTenant):
        async with unit_of_work(app_engine, None):
            pass


async def test_a_tenant_sees_only_its_rows(seeded: dict, app_engine: AsyncEngine) -> None:
    async with unit_of_work(app_engine, A) as uow:
        rows = (
            (await uow.connection.execute(text(f"SELECT id FROM {SCHEMA}.items"))).scalars().all()
        )
    assert rows == [seeded[A]]


async def test_a_tenant_cannot_update_or_delete_another_tenants_row(
    seeded: dict, app_engine: AsyncEngine
) -> None:
    async with unit_of_work(app_engine, A) as uow:
        updated = await uow.connection.execute(
            text(f"UPDATE {SCHEMA}.items SET name = 'stolen' WHERE id = :i"), {"i": seeded[B]}
        )
        deleted = await uow.connection.execute(
            text(f"DELETE FROM {SCHEMA}.items WHERE id = :i"), {"i": seeded[B]}
        )
        await uow.commit()
    assert (updated.rowcount, deleted.rowcount) == (0, 0)
    assert await count(app_engine, B) == 1


async def test_a_tenant_cannot_insert_a_row_for_another_tenant(
    seeded: dict, app_engine: AsyncEngine
) -> None:
    with pytest.raises(DBAPIError, match="row-level security"):
        async with unit_of_work(app_engine, A) as uow:
            await uow.connection.execute(
                text(f"INSERT INTO {SCHEMA}.items (id, project_id, name) VALUES (:i, :p, 'x')"),
                {"i": uuid.uuid4(), "p": B},
            )


async def test_a_tenant_cannot_move_its_row_to_another_tenant(
    seeded: dict, app_engine: AsyncEngine
) -> None:
    with pytest.raises(DBAPIError, match="row-level security"):
        async with unit_of_work(app_engine, A) as uow:
            await uow.connection.execute(
                text(f"UPDATE {SCHEMA}.items SET project_id = :b WHERE id = :i"),
                {"b": B, "i": seeded[A]},
            )


async def test_the_application_role_cannot_switch_off_row_level_security(
    seeded: dict, app_engine: AsyncEngine
) -> None:
    with pytest.raises(DBAPIError):
        async with unit_of_work(app_engine, A) as uow:
            await uow.connection.execute(
                text(f"ALTER TABLE {SCHEMA}.items NO FORCE ROW LEVEL SECURITY")
            )


async def test_the_application_role_cannot_read_the_outbox(
    seeded: dict, app_engine: AsyncEngine
) -> None:
    with pytest.raises(DBAPIError, match="permission denied"):
        async with unit_of_work(app_engine, A) as uow:
            await uow.connection.execute(text(f"SELECT * FROM {SCHEMA}.outbox"))
