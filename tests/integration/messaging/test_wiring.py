"""messaging reaches crm as a service acting inside the tenant's project."""

from __future__ import annotations

import uuid

import pytest

from messaging.bootstrap import Messaging
from tests.integration.messaging.conftest import Tenant

pytestmark = pytest.mark.integration


async def test_inbound_contacts_are_found_or_created_in_crm_for_the_channels_project(
    messaging: Messaging, tenant: Tenant
) -> None:
    first = await messaging.crm.find_or_create(
        uuid.UUID(tenant.project_id), wid="5511955554444@c.us", name="Lia"
    )
    again = await messaging.crm.find_or_create(uuid.UUID(tenant.project_id), wid="5511955554444")
    assert first.created and not again.created and first.id == again.id
