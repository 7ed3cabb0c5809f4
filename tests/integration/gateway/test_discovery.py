"""The gateway learns the backends' services through server reflection."""

from __future__ import annotations

import grpc
import pytest
from google.api import annotations_pb2

from gateway.discovery import discover

pytestmark = pytest.mark.integration


async def test_reflection_yields_the_services_and_their_http_rules(identity_address: str) -> None:
    async with grpc.aio.insecure_channel(identity_address) as channel:
        found = await discover(channel)
    assert "ventros.identity.v1.AuthService" in found.services
    assert not [s for s in found.services if s.startswith("grpc.")]
    register = found.pool.FindMethodByName("ventros.identity.v1.AuthService.Register")
    rule = register.GetOptions().Extensions[annotations_pb2.http]
    assert (rule.post, rule.body) == ("/v1/auth:register", "*")


async def test_every_dependency_of_the_contract_is_resolved(crm_address: str) -> None:
    async with grpc.aio.insecure_channel(crm_address) as channel:
        found = await discover(channel)
    contact = found.pool.FindMessageTypeByName("ventros.crm.v1.Contact")
    assert contact.fields_by_name["phone"].message_type.full_name == "ventros.common.v1.PhoneNumber"
    assert found.pool.FindMessageTypeByName("google.protobuf.FieldMask")
