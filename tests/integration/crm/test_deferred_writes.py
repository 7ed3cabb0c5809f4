"""Deferred writes carry every column type a repository uses: text arrays, jsonb columns
filled with JSON text, e-mail value objects, timestamps, NULLs."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from crm import bootstrap
from crm.adapters.contacts import ContactRepository
from crm.domain.contacts import Contact
from crm.domain.custom_fields import CustomFieldValue
from shared.documents import to_document
from tests.integration.crm.conftest import Tenant

pytestmark = pytest.mark.integration


async def test_contacts_added_and_saved_later_are_stored_column_for_column(
    crm: bootstrap.Crm, tenant: Tenant
) -> None:
    project = uuid.UUID(tenant.project_id)
    contacts = [
        Contact.create(
            project_id=project,
            name=f"Marina {n}",
            email=f"marina{n}@example.com",
            phone=f"+5511999990{n:03d}",
            tags=["vip", f"lote-{n}"],
            custom_fields={"plan": CustomFieldValue.of("select", "gold")},
        )
        for n in range(3)
    ] + [Contact.create(project_id=project, name="Sem dados")]
    async with crm.unit_of_work(project_id=project) as uow:
        repo = uow.repository(ContactRepository)
        for contact in contacts:
            repo.add_later(contact)
        await uow.commit()
    async with crm.unit_of_work(project_id=project) as uow:
        repo = uow.repository(ContactRepository)
        changed = await repo.get(contacts[0].id, for_update=True)
        changed.update({"name": "Marina Souza", "tags": ["cliente"]})
        repo.save_later(changed)
        await uow.commit()
    async with crm.unit_of_work(project_id=project) as uow:
        repo = uow.repository(ContactRepository)
        assert to_document(await repo.get(contacts[0].id)) == to_document(changed)
        for contact in contacts[1:]:
            assert to_document(await repo.get(contact.id)) == to_document(contact)
        rows = (
            (
                await uow.connection.execute(
                    text(
                        "SELECT name, email, tags, custom_fields, phone_e164, delete_time"
                        " FROM crm.contacts WHERE id = ANY(:ids) ORDER BY name"
                    ),
                    {"ids": [c.id for c in contacts]},
                )
            )
            .mappings()
            .all()
        )
    by_name = {r["name"]: r for r in rows}
    assert by_name["Marina Souza"]["tags"] == ["cliente"]
    assert by_name["Marina 1"]["tags"] == ["lote-1", "vip"]
    assert by_name["Marina 1"]["custom_fields"] == {"plan": "gold"}
    assert by_name["Marina 1"]["email"] == "marina1@example.com"
    assert by_name["Marina 1"]["phone_e164"] == "+5511999990001"
    assert by_name["Sem dados"]["email"] is None and by_name["Sem dados"]["delete_time"] is None
