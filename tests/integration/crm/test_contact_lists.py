"""ContactListService over a real channel, and the rule compiler against real PostgreSQL."""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import asyncpg
import grpc
import pytest
from google.protobuf import field_mask_pb2, struct_pb2, timestamp_pb2
from sqlalchemy import text

from crm import bootstrap
from crm.adapters.contact_lists import ContactListRepository
from crm.adapters.contacts import ContactRepository
from crm.domain.contact_lists import ContactList
from crm.domain.contacts import Contact
from crm.domain.custom_fields import CustomFieldValue
from crm.domain.list_rules import OPERATORS, filter_rule
from crm.domain.operators import Operator
from identity.bootstrap import Identity
from identity.domain.roles import DECLARED_PERMISSIONS, ProjectRole
from shared.context import Principal
from shared.db import asyncpg_dsn
from shared.dbsetup import DatabaseUrls
from shared.grpc_errors import field_violations
from tests.integration.crm.conftest import Tenant
from ventros.common.v1 import types_pb2
from ventros.crm.v1 import (
    contact_list_pb2,
    contact_list_service_pb2_grpc,
    contact_pb2,
    contact_service_pb2_grpc,
    events_pb2,
)
from ventros.crm.v1 import contact_list_service_pb2 as pb
from ventros.crm.v1 import contact_service_pb2 as cpb

pytestmark = pytest.mark.integration
Stub = contact_list_service_pb2_grpc.ContactListServiceStub
STATIC = contact_list_pb2.CONTACT_LIST_TYPE_STATIC
DYNAMIC = contact_list_pb2.CONTACT_LIST_TYPE_DYNAMIC
Rule = contact_list_pb2.ContactListFilterRule
OP = contact_list_pb2.ContactListFilterOperator
TYPE = contact_list_pb2.ContactListRuleType


def day(text_: str) -> datetime:
    return datetime.fromisoformat(text_).replace(tzinfo=UTC)


# --- the compiler against real PostgreSQL: exact membership for every operator --------------

PIPELINE, OTHER_PIPELINE = uuid.uuid4(), uuid.uuid4()
S1, S2 = str(uuid.uuid4()), str(uuid.uuid4())
TAG_ADDED = "crm.contact.tag_added"
A, B, C = "Ana Souza", "Bruno Lima", "Carla"
ALL = {A, B, C}


def cf(kind: str, value: Any) -> CustomFieldValue:
    return CustomFieldValue.of(kind, value)


@pytest.fixture(scope="module")
async def seeded(crm: bootstrap.Crm) -> uuid.UUID:
    """A project with three live contacts, a deleted one and a merged one (both match much)."""
    project = uuid.uuid4()
    async with crm.unit_of_work(project_id=project) as uow:
        contacts = uow.repository(ContactRepository)
        ana = Contact.create(
            project_id=project,
            name=A,
            now=day("2025-01-01"),
            email="ana@example.com",
            phone="+55 11 98765-4321",
            language="pt-BR",
            timezone="America/Sao_Paulo",
            source_channel="whatsapp",
            tags=["vip", "lead"],
            custom_fields={
                "plan": cf("text", "Gold 50%_off"),
                "seats": cf("number", 10),
                "paid": cf("boolean", True),
                "renews": cf("date", "2025-06-01"),
                "meta": cf("json", "x"),
                "products": cf("multi_select", ["CRM", "Ads"]),
                "heat": cf("label", ["hot"]),
                "color": cf("select", "blue"),
                "work_email": cf("email", "a@x.co"),
            },
        )
        ana.record_interaction(day("2025-02-01"), "m1", now=day("2025-02-01"))
        ana.record_interaction(day("2025-02-10"), "m2", now=day("2025-02-10"))
        bruno = Contact.create(
            project_id=project,
            name=B,
            now=day("2025-02-01"),
            email="bruno@test.org",
            phone="+55 21 91234-5678",
            source_channel="manual",
            tags=["lead"],
            custom_fields={
                "plan": cf("text", "Silver"),
                "seats": cf("number", 2.5),
                "paid": cf("boolean", False),
                "renews": cf("date", "2025-01-15"),
                "meta": cf("json", 3),
                "products": cf("multi_select", ["ads"]),
                "color": cf("select", "red"),
            },
        )
        bruno.record_interaction(day("2025-03-01"), "m3", now=day("2025-03-01"))
        carla = Contact.create(
            project_id=project, name=C, now=day("2025-03-01"), source_channel="api"
        )
        dora = Contact.create(
            project_id=project,
            name="Deleted Dora",
            now=day("2025-01-01"),
            tags=["vip", "lead"],
            source_channel="whatsapp",
        )
        dora.delete(now=day("2025-01-02"))
        max_ = Contact.create(
            project_id=project,
            name="Merged Max",
            now=day("2025-01-01"),
            tags=["vip", "lead"],
            source_channel="whatsapp",
        )
        for contact in (ana, bruno, carla, dora, max_):
            await contacts.add(contact)
        conn = uow.connection
        # Values of the wrong JSON type: a guarded cast reads them as missing, never fails.
        await conn.execute(
            text("UPDATE crm.contacts SET custom_fields = CAST(:cf AS jsonb) WHERE id = :id"),
            {
                "cf": json.dumps(
                    {
                        "seats": "not a number",
                        "renews": "garbage",
                        "score": " 7 ",
                        "paid": "yes",
                        "products": "crm",
                    }
                ),
                "id": carla.id,
            },
        )
        await conn.execute(
            text("UPDATE crm.contacts SET merged_into_contact_id = :a WHERE id = :m"),
            {"a": ana.id, "m": max_.id},
        )
        for pipeline in (PIPELINE, OTHER_PIPELINE):
            await conn.execute(
                text(
                    "INSERT INTO crm.pipelines (id, project_id, data, version, create_time,"
                    " update_time, name, position, active)"
                    " VALUES (:id, :p, '{}', 1, now(), now(), :name, 0, true)"
                ),
                {"id": pipeline, "p": project, "name": str(pipeline)},
            )
        for contact, pipeline, status in [
            (ana, PIPELINE, S1),
            (bruno, PIPELINE, S2),
            (carla, PIPELINE, None),
            (ana, OTHER_PIPELINE, S2),
            (dora, PIPELINE, S1),
            (max_, PIPELINE, S1),
        ]:
            await conn.execute(
                text(
                    "INSERT INTO crm.contact_pipeline_statuses (id, project_id, data, version,"
                    " create_time, update_time, contact_id, pipeline_id, status_id)"
                    " VALUES (:id, :p, '{}', 1, now(), now(), :c, :pl, CAST(:s AS uuid))"
                ),
                {"id": uuid.uuid4(), "p": project, "c": contact.id, "pl": pipeline, "s": status},
            )
        for contact, kind, at in [
            (ana, TAG_ADDED, "2025-02-01"),
            (ana, TAG_ADDED, "2025-02-20"),
            (bruno, TAG_ADDED, "2025-01-10"),
            (carla, "crm.note.added", "2025-03-05"),
            (dora, TAG_ADDED, "2025-02-20"),
            (max_, TAG_ADDED, "2025-02-20"),
        ]:
            await conn.execute(
                text(
                    "INSERT INTO crm.contact_events (id, project_id, data, version, create_time,"
                    " update_time, contact_id, category, occur_time)"
                    " VALUES (:id, :p, CAST(:data AS jsonb), 1, now(), now(), :c, 'tag', :at)"
                ),
                {
                    "id": uuid.uuid4(),
                    "p": project,
                    "c": contact.id,
                    "at": day(at),
                    "data": json.dumps({"source_event_type": kind, "event_type": "x"}),
                },
            )
        await uow.commit()
    return project


def attribute(key: str) -> dict[str, Any]:
    return {"rule_type": "attribute", "field_key": key}


def custom(key: str, kind: str) -> dict[str, Any]:
    return {"rule_type": "custom_field", "field_key": key, "field_type": kind}


INTERACTIONS = {"rule_type": "interaction", "field_key": "interaction_count"}
LAST_SEEN = {"rule_type": "interaction", "field_key": "last_interaction_time"}
TAG = {"rule_type": "tag"}
STATUS = {"rule_type": "pipeline_status", "pipeline_id": str(PIPELINE)}
EVENT = {"rule_type": "event", "field_key": TAG_ADDED}
T = "T00:00:00Z"

# (what the rule reads, operator, operand, the contacts it must select)
CASES: list[tuple[dict[str, Any], str, Any, set[str]]] = [
    # text attributes (case-insensitive), with every text operator
    (attribute("name"), "eq", "ana souza", {A}),
    (attribute("name"), "ne", "Ana Souza", {B, C}),
    (attribute("name"), "contains", "LI", {B}),
    (attribute("name"), "not_contains", "li", {A, C}),
    (attribute("name"), "starts_with", "car", {C}),
    (attribute("name"), "ends_with", "SOUZA", {A}),
    (attribute("name"), "in", ["bruno lima", "nobody"], {B}),
    (attribute("name"), "not_in", ["Bruno Lima"], {A, C}),
    (attribute("name"), "is_null", None, set()),
    (attribute("name"), "is_not_null", None, ALL),
    (attribute("email"), "eq", "ANA@example.com", {A}),
    (attribute("email"), "ne", "ana@example.com", {B, C}),
    (attribute("email"), "ends_with", ".org", {B}),
    (attribute("email"), "not_contains", "example", {B, C}),
    (attribute("email"), "is_null", None, {C}),
    (attribute("email"), "is_not_null", None, {A, B}),
    (attribute("phone"), "starts_with", "+5511", {A}),
    (attribute("phone"), "contains", "12345", {B}),
    (attribute("phone"), "is_null", None, {C}),
    (attribute("language"), "eq", "PT-br", {A}),
    (attribute("language"), "in", ["en"], {B, C}),
    (attribute("timezone"), "starts_with", "america/", {A}),
    (attribute("timezone"), "is_null", None, {B, C}),
    (attribute("timezone"), "is_not_null", None, {A}),
    # choice attribute (exact)
    (attribute("source_channel"), "eq", "whatsapp", {A}),
    (attribute("source_channel"), "ne", "whatsapp", {B, C}),
    (attribute("source_channel"), "in", ["manual", "api"], {B, C}),
    (attribute("source_channel"), "not_in", ["manual"], {A, C}),
    (attribute("source_channel"), "is_null", None, set()),
    (attribute("source_channel"), "is_not_null", None, ALL),
    # time attributes
    (attribute("first_interaction_time"), "eq", "2025-02-01" + T, {A}),
    (attribute("first_interaction_time"), "ne", "2025-02-01" + T, {B, C}),
    (attribute("first_interaction_time"), "gt", "2025-02-15" + T, {B}),
    (attribute("first_interaction_time"), "lt", "2025-02-15" + T, {A}),
    (attribute("first_interaction_time"), "gte", "2025-02-01" + T, {A, B}),
    (attribute("first_interaction_time"), "lte", "2025-02-01" + T, {A}),
    (attribute("first_interaction_time"), "is_null", None, {C}),
    (attribute("first_interaction_time"), "is_not_null", None, {A, B}),
    (attribute("create_time"), "gt", "2025-01-15" + T, {B, C}),
    (attribute("create_time"), "lte", "2025-02-01" + T, {A, B}),
    (attribute("update_time"), "gte", "2025-02-10" + T, ALL),
    (attribute("update_time"), "lt", "2025-02-15" + T, {A}),
    (attribute("last_interaction_time"), "gt", "2025-02-15T00:00:00-03:00", {B}),
    # interaction measures
    (INTERACTIONS, "eq", 2, {A}),
    (INTERACTIONS, "ne", 2, {B, C}),
    (INTERACTIONS, "gt", 0, {A, B}),
    (INTERACTIONS, "lt", 1, {C}),
    (INTERACTIONS, "gte", 1, {A, B}),
    (INTERACTIONS, "lte", 1, {B, C}),
    (INTERACTIONS, "in", [1, 2], {A, B}),
    (INTERACTIONS, "not_in", [2], {B, C}),
    (INTERACTIONS, "is_null", None, set()),
    (INTERACTIONS, "is_not_null", None, ALL),
    (LAST_SEEN, "eq", "2025-02-10" + T, {A}),
    (LAST_SEEN, "ne", "2025-02-10" + T, {B, C}),
    (LAST_SEEN, "gt", "2025-02-10" + T, {B}),
    (LAST_SEEN, "lt", "2025-03-01" + T, {A}),
    (LAST_SEEN, "gte", "2025-03-01" + T, {B}),
    (LAST_SEEN, "lte", "2025-03-01" + T, {A, B}),
    (LAST_SEEN, "is_null", None, {C}),
    (LAST_SEEN, "is_not_null", None, {A, B}),
    # tags
    (TAG, "contains", "VIP", {A}),
    (TAG, "not_contains", "vip", {B, C}),
    (TAG, "in", ["vip", "nope"], {A}),
    (TAG, "in", ["lead"], {A, B}),
    (TAG, "not_in", ["lead"], {C}),
    (TAG, "is_null", None, {C}),
    (TAG, "is_not_null", None, {A, B}),
    # custom fields: text (LIKE wildcards in the operand are literal)
    (custom("plan", "text"), "eq", "gold 50%_off", {A}),
    (custom("plan", "text"), "ne", "silver", {A, C}),
    (custom("plan", "text"), "contains", "50%_", {A}),
    (custom("plan", "text"), "contains", "l_e", set()),
    (custom("plan", "text"), "contains", "G%f", set()),
    (custom("plan", "text"), "contains", "' OR '1'='1", set()),
    (custom("plan", "text"), "not_contains", "o", {B, C}),
    (custom("plan", "text"), "starts_with", "sil", {B}),
    (custom("plan", "text"), "ends_with", "_OFF", {A}),
    (custom("plan", "text"), "in", ["silver", "x'); DROP TABLE crm.contacts; --"], {B}),
    (custom("plan", "text"), "not_in", ["silver"], {A, C}),
    (custom("plan", "text"), "is_null", None, {C}),
    (custom("plan", "text"), "is_not_null", None, {A, B}),
    (custom("work_email", "email"), "eq", "A@X.CO", {A}),
    # custom fields: numbers (a numeric string counts; other text is missing)
    (custom("seats", "number"), "eq", 10, {A}),
    (custom("seats", "number"), "ne", 10, {B, C}),
    (custom("seats", "number"), "gt", 3, {A}),
    (custom("seats", "number"), "lt", 3, {B}),
    (custom("seats", "number"), "gte", 2.5, {A, B}),
    (custom("seats", "number"), "lte", 2.5, {B}),
    (custom("seats", "number"), "in", [2.5, 99], {B}),
    (custom("seats", "number"), "not_in", [2.5], {A, C}),
    (custom("seats", "number"), "is_null", None, {C}),
    (custom("seats", "number"), "is_not_null", None, {A, B}),
    (custom("score", "number"), "gt", 5, {C}),
    # custom fields: booleans (the text "yes" is not a boolean)
    (custom("paid", "boolean"), "eq", True, {A}),
    (custom("paid", "boolean"), "eq", False, {B}),
    (custom("paid", "boolean"), "ne", True, {B, C}),
    (custom("paid", "boolean"), "is_null", None, {C}),
    (custom("paid", "boolean"), "is_not_null", None, {A, B}),
    # custom fields: dates
    (custom("renews", "date"), "eq", "2025-06-01" + T, {A}),
    (custom("renews", "date"), "ne", "2025-06-01" + T, {B, C}),
    (custom("renews", "date"), "gt", "2025-03-01" + T, {A}),
    (custom("renews", "date"), "lt", "2025-03-01" + T, {B}),
    (custom("renews", "date"), "gte", "2025-01-15" + T, {A, B}),
    (custom("renews", "date"), "lte", "2025-01-15" + T, {B}),
    (custom("renews", "date"), "is_null", None, {C}),
    (custom("renews", "date"), "is_not_null", None, {A, B}),
    # custom fields: json
    (custom("meta", "json"), "eq", "x", {A}),
    (custom("meta", "json"), "eq", 3.0, {B}),
    (custom("meta", "json"), "ne", "x", {B, C}),
    (custom("meta", "json"), "is_null", None, {C}),
    (custom("meta", "json"), "is_not_null", None, {A, B}),
    # custom fields: select (exact)
    (custom("color", "select"), "eq", "blue", {A}),
    (custom("color", "select"), "eq", "BLUE", set()),
    (custom("color", "select"), "ne", "blue", {B, C}),
    (custom("color", "select"), "in", ["red", "green"], {B}),
    (custom("color", "select"), "not_in", ["red"], {A, C}),
    (custom("color", "select"), "is_null", None, {C}),
    (custom("color", "select"), "is_not_null", None, {A, B}),
    # custom fields: multi_select and label (a plain string is not a list)
    (custom("products", "multi_select"), "contains", "crm", {A}),
    (custom("products", "multi_select"), "contains", "ADS", {A, B}),
    (custom("products", "multi_select"), "not_contains", "crm", {B, C}),
    (custom("products", "multi_select"), "in", ["crm", "nope"], {A}),
    (custom("products", "multi_select"), "not_in", ["ads"], {C}),
    (custom("products", "multi_select"), "is_null", None, {C}),
    (custom("products", "multi_select"), "is_not_null", None, {A, B}),
    (custom("heat", "label"), "contains", "hot", {A}),
    (custom("heat", "label"), "is_null", None, {B, C}),
    # pipeline status (in PIPELINE only; Carla's row there has no status)
    (STATUS, "eq", S1, {A}),
    (STATUS, "eq", S2, {B}),
    (STATUS, "ne", S1, {B, C}),
    (STATUS, "in", [S1, S2], {A, B}),
    (STATUS, "not_in", [S2], {A, C}),
    (STATUS, "is_null", None, {C}),
    (STATUS, "is_not_null", None, {A, B}),
    # events: the time of the latest event of the type
    (EVENT, "gt", "2025-02-10" + T, {A}),
    (EVENT, "gte", "2025-02-20" + T, {A}),
    (EVENT, "lt", "2025-02-10" + T, {B}),
    (EVENT, "lte", "2025-01-10" + T, {B}),
    (EVENT, "lt", "2025-01-10" + T, set()),
    (EVENT, "is_null", None, {C}),
    (EVENT, "is_not_null", None, {A, B}),
]


async def members_of(
    crm: bootstrap.Crm,
    project: uuid.UUID,
    rules: list[dict[str, Any]],
    logical_operator: str = "and",
) -> set[str]:
    """Names of the contacts a dynamic list with these rules holds, via the repository."""
    contact_list = ContactList.create(
        project_id=project,
        name="probe",
        type="dynamic",
        logical_operator=logical_operator,
        filter_rules=rules,
    )
    async with crm.unit_of_work(project_id=project) as uow:
        lists = uow.repository(ContactListRepository)
        source, where, params = lists.members_source(contact_list)
        rows = await uow.connection.execute(
            text(f"SELECT contacts.name FROM {source} WHERE {where}"), params
        )
        names = {r[0] for r in rows}
        assert await lists.count_members(contact_list) == len(names)
        return names


def as_rule(target: dict[str, Any], operator: str, operand: Any) -> dict[str, Any]:
    return {**target, "operator": operator, "value": operand}


@pytest.mark.parametrize(
    ("target", "operator", "operand", "expected"),
    CASES,
    ids=[f"{t.get('field_key') or t['rule_type']}-{o}-{v}" for t, o, v, _ in CASES],
)
async def test_each_rule_selects_exactly_the_live_contacts_it_describes(
    crm: bootstrap.Crm,
    seeded: uuid.UUID,
    target: dict,
    operator: str,
    operand: Any,
    expected: set[str],
) -> None:
    assert await members_of(crm, seeded, [as_rule(target, operator, operand)]) == expected


def test_the_cases_cover_every_operator_of_every_rule_type_and_value_kind() -> None:
    covered = {
        (r.rule_type, r.kind, r.operator)
        for r in (filter_rule(0, as_rule(t, o, v)) for t, o, v, _ in CASES)
    }
    kinds_by_type = {(rt, kind) for rt, kind, _ in covered}
    wanted = {(rt, kind, op) for rt, kind in kinds_by_type for op in OPERATORS[kind]}
    assert wanted - covered == set()
    assert {rt.value for rt, _ in kinds_by_type} == {
        "attribute",
        "interaction",
        "tag",
        "custom_field",
        "pipeline_status",
        "event",
    }
    assert {op for _, _, op in covered} == set(Operator)


async def test_rules_joined_by_and_must_all_match(crm: bootstrap.Crm, seeded: uuid.UUID) -> None:
    rules = [as_rule(TAG, "contains", "lead"), as_rule(attribute("source_channel"), "eq", "manual")]
    assert await members_of(crm, seeded, rules, "and") == {B}


async def test_rules_joined_by_or_need_one_match(crm: bootstrap.Crm, seeded: uuid.UUID) -> None:
    rules = [as_rule(TAG, "contains", "vip"), as_rule(custom("plan", "text"), "eq", "silver")]
    assert await members_of(crm, seeded, rules, "or") == {A, B}


async def test_negated_rules_stay_exact_inside_an_or(crm: bootstrap.Crm, seeded: uuid.UUID) -> None:
    rules = [
        as_rule(attribute("email"), "ne", "ana@example.com"),
        as_rule(custom("seats", "number"), "gt", 100),
    ]
    assert await members_of(crm, seeded, rules, "or") == {B, C}


async def test_another_project_sees_none_of_these_contacts(
    crm: bootstrap.Crm, seeded: uuid.UUID
) -> None:
    assert (
        await members_of(crm, uuid.uuid4(), [as_rule(attribute("name"), "is_not_null", None)])
        == set()
    )


# --- the service over gRPC --------------------------------------------------------------------


@pytest.fixture
def lists(crm_channel: grpc.aio.Channel) -> Stub:
    return Stub(crm_channel)


@pytest.fixture
def contacts(crm_channel: grpc.aio.Channel) -> contact_service_pb2_grpc.ContactServiceStub:
    return contact_service_pb2_grpc.ContactServiceStub(crm_channel)


@pytest.fixture
async def relay_db(database: DatabaseUrls) -> AsyncIterator[asyncpg.Connection]:
    conn = await asyncpg.connect(asyncpg_dsn(database.relay))
    yield conn
    await conn.close()


async def new_contact(
    stub: contact_service_pb2_grpc.ContactServiceStub,
    tenant: Tenant,
    name: str,
    tags: tuple[str, ...] = (),
) -> contact_pb2.Contact:
    phone = f"+55 11 9{uuid.uuid4().int % 10**8:08d}"
    made = contact_pb2.Contact(name=name, phone=types_pb2.PhoneNumber(raw=phone), tags=tags)
    answer = await stub.CreateContact(
        cpb.CreateContactRequest(contact=made), metadata=tenant.bearer()
    )
    return answer.contact


def value(python: Any) -> struct_pb2.Value:
    holder = struct_pb2.Struct()
    holder.update({"v": python})
    return holder.fields["v"]


def tag_rule(tag: str) -> Rule:
    return Rule(
        rule_type=TYPE.CONTACT_LIST_RULE_TYPE_TAG,
        operator=OP.CONTACT_LIST_FILTER_OPERATOR_CONTAINS,
        value=value(tag),
    )


async def create_list(
    stub: Stub, tenant: Tenant, name: str = "Customers", *rules: Rule, request_id: str = ""
) -> contact_list_pb2.ContactList:
    message = contact_list_pb2.ContactList(
        name=name, type=DYNAMIC if rules else STATIC, filter_rules=list(rules)
    )
    answer = await stub.CreateContactList(
        pb.CreateContactListRequest(contact_list=message, request_id=request_id),
        metadata=tenant.bearer(),
    )
    return answer.contact_list


async def add(
    stub: Stub, tenant: Tenant, list_id: str, *ids: str
) -> pb.AddContactListMembersResponse:
    return await stub.AddContactListMembers(
        pb.AddContactListMembersRequest(contact_list_id=list_id, contact_ids=list(ids)),
        metadata=tenant.bearer(),
    )


async def error_of(call) -> grpc.aio.AioRpcError:  # type: ignore[no-untyped-def]
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value


async def code_of(call) -> grpc.StatusCode:  # type: ignore[no-untyped-def]
    return (await error_of(call)).code()


def viewer_bearer(identity: Identity, tenant: Tenant) -> tuple[tuple[str, str], ...]:
    principal = Principal(
        tenant.user_id,
        "user",
        uuid.UUID(tenant.project_id),
        ProjectRole.VIEWER.value,
        permissions=DECLARED_PERMISSIONS[ProjectRole.VIEWER],
        user_id=uuid.UUID(tenant.user_id),
    )
    return tenant.bearer(identity.issuer.issue(principal).token)


def unique_tag() -> str:
    return f"t{uuid.uuid4().hex[:8]}"


async def test_a_static_list_is_created_empty_at_version_one(lists: Stub, tenant: Tenant) -> None:
    made = await create_list(lists, tenant)
    assert (made.name, made.type, made.member_count, made.version) == ("Customers", STATIC, 0, 1)
    assert made.project_id == tenant.project_id and made.id


async def test_a_missing_name_is_invalid_argument_naming_the_field(
    lists: Stub, tenant: Tenant
) -> None:
    error = await error_of(create_list(lists, tenant, ""))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "contact_list.name" in field_violations(error)


async def test_a_missing_type_is_invalid_argument_naming_the_field(
    lists: Stub, tenant: Tenant
) -> None:
    error = await error_of(
        lists.CreateContactList(
            pb.CreateContactListRequest(contact_list=contact_list_pb2.ContactList(name="x")),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "contact_list.type" in field_violations(error)


async def test_an_operator_that_does_not_fit_the_rule_is_invalid_argument_naming_the_rule(
    lists: Stub, tenant: Tenant
) -> None:
    rule = Rule(
        rule_type=TYPE.CONTACT_LIST_RULE_TYPE_ATTRIBUTE,
        field_key="name",
        operator=OP.CONTACT_LIST_FILTER_OPERATOR_GT,
        value=value("m"),
    )
    error = await error_of(create_list(lists, tenant, "Bad", tag_rule("x"), rule))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "contact_list.filter_rules[1].operator" in field_violations(error)


async def test_a_retried_create_with_the_same_request_id_returns_the_first_list(
    lists: Stub, tenant: Tenant
) -> None:
    key = uuid.uuid4().hex
    first = await create_list(lists, tenant, "Once", request_id=key)
    second = await create_list(lists, tenant, "Once", request_id=key)
    assert first.id == second.id


async def test_a_dynamic_list_is_calculated_when_created(
    lists: Stub, contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> None:
    tag = unique_tag()
    await new_contact(contacts, tenant, "Tagged", (tag,))
    await new_contact(contacts, tenant, "Untagged")
    made = await create_list(lists, tenant, "Tagged ones", tag_rule(tag))
    assert made.type == DYNAMIC and made.member_count == 1
    assert made.HasField("last_calculate_time")
    assert made.filter_rules[0].id and made.filter_rules[0].value.string_value == tag


async def test_get_returns_the_list_and_an_unknown_id_is_not_found(
    lists: Stub, tenant: Tenant
) -> None:
    made = await create_list(lists, tenant)
    got = await lists.GetContactList(
        pb.GetContactListRequest(contact_list_id=made.id), metadata=tenant.bearer()
    )
    assert got.contact_list == made
    missing = pb.GetContactListRequest(contact_list_id=str(uuid.uuid4()))
    assert (
        await code_of(lists.GetContactList(missing, metadata=tenant.bearer()))
        == grpc.StatusCode.NOT_FOUND
    )


async def test_a_malformed_id_is_invalid_argument_naming_the_field(
    lists: Stub, tenant: Tenant
) -> None:
    error = await error_of(
        lists.GetContactList(
            pb.GetContactListRequest(contact_list_id="nope"), metadata=tenant.bearer()
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "contact_list_id" in field_violations(error)


async def test_listing_filters_by_type_and_name_and_pages(lists: Stub, tenant: Tenant) -> None:
    for i in range(3):
        await create_list(lists, tenant, f"Promo {i}")
    await create_list(lists, tenant, "Promo dynamic", tag_rule("x"))
    await create_list(lists, tenant, "Other")
    first = await lists.ListContactLists(
        pb.ListContactListsRequest(page_size=2, name="PROMO", type=STATIC, order_by="name"),
        metadata=tenant.bearer(),
    )
    second = await lists.ListContactLists(
        pb.ListContactListsRequest(
            page_size=2,
            name="PROMO",
            type=STATIC,
            order_by="name",
            page_token=first.next_page_token,
        ),
        metadata=tenant.bearer(),
    )
    names = [c.name for c in [*first.contact_lists, *second.contact_lists]]
    assert names == ["Promo 0", "Promo 1", "Promo 2"]
    assert first.total_size == 3 and not second.next_page_token


async def test_listing_by_contact_finds_static_memberships_and_current_dynamic_matches(
    lists: Stub, contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> None:
    tag = unique_tag()
    person = await new_contact(contacts, tenant, "Member", (tag,))
    holding = await create_list(lists, tenant, "Holds")
    await add(lists, tenant, holding.id, person.id)
    await create_list(lists, tenant, "Not holding")
    matching = await create_list(lists, tenant, "Matches", tag_rule(tag))
    await create_list(lists, tenant, "No match", tag_rule(unique_tag()))
    found = await lists.ListContactLists(
        pb.ListContactListsRequest(contact_id=person.id), metadata=tenant.bearer()
    )
    assert {c.id for c in found.contact_lists} == {holding.id, matching.id}


async def test_a_filter_expression_is_invalid_argument(lists: Stub, tenant: Tenant) -> None:
    for call in (
        lists.ListContactLists(
            pb.ListContactListsRequest(filter="name = 'x'"), metadata=tenant.bearer()
        ),
        lists.ListContactListMembers(
            pb.ListContactListMembersRequest(contact_list_id=str(uuid.uuid4()), filter="x"),
            metadata=tenant.bearer(),
        ),
    ):
        error = await error_of(call)
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert "filter" in field_violations(error)


async def test_an_unknown_sort_is_invalid_argument_naming_order_by(
    lists: Stub, tenant: Tenant
) -> None:
    error = await error_of(
        lists.ListContactLists(
            pb.ListContactListsRequest(order_by="kind"), metadata=tenant.bearer()
        )
    )
    assert "order_by" in field_violations(error)


async def test_update_changes_only_the_masked_fields(lists: Stub, tenant: Tenant) -> None:
    made = await create_list(lists, tenant, "Before")
    change = contact_list_pb2.ContactList(id=made.id, name="After", description="ignored")
    updated = await lists.UpdateContactList(
        pb.UpdateContactListRequest(
            contact_list=change, update_mask=field_mask_pb2.FieldMask(paths=["name"])
        ),
        metadata=tenant.bearer(),
    )
    got = updated.contact_list
    assert (got.name, got.description, got.version) == ("After", "", 2)


async def test_changing_the_rules_of_a_dynamic_list_recalculates_it(
    lists: Stub, contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> None:
    first, second = unique_tag(), unique_tag()
    await new_contact(contacts, tenant, "One", (first,))
    await new_contact(contacts, tenant, "Two", (second,))
    await new_contact(contacts, tenant, "Three", (second,))
    made = await create_list(lists, tenant, "Moving", tag_rule(first))
    change = contact_list_pb2.ContactList(id=made.id, filter_rules=[tag_rule(second)])
    updated = await lists.UpdateContactList(
        pb.UpdateContactListRequest(
            contact_list=change, update_mask=field_mask_pb2.FieldMask(paths=["filter_rules"])
        ),
        metadata=tenant.bearer(),
    )
    assert (made.member_count, updated.contact_list.member_count) == (1, 2)


async def test_the_type_cannot_be_updated(lists: Stub, tenant: Tenant) -> None:
    made = await create_list(lists, tenant)
    error = await error_of(
        lists.UpdateContactList(
            pb.UpdateContactListRequest(
                contact_list=contact_list_pb2.ContactList(id=made.id, type=DYNAMIC),
                update_mask=field_mask_pb2.FieldMask(paths=["type"]),
            ),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "update_mask.paths" in field_violations(error)


async def test_a_stale_version_is_aborted_and_changes_nothing(lists: Stub, tenant: Tenant) -> None:
    made = await create_list(lists, tenant, "Kept")
    await lists.UpdateContactList(
        pb.UpdateContactListRequest(
            contact_list=contact_list_pb2.ContactList(id=made.id, name="Kept too"),
            update_mask=field_mask_pb2.FieldMask(paths=["name"]),
        ),
        metadata=tenant.bearer(),
    )
    stale = pb.UpdateContactListRequest(
        contact_list=contact_list_pb2.ContactList(id=made.id, name="Late", version=made.version),
        update_mask=field_mask_pb2.FieldMask(paths=["name"]),
    )
    assert (
        await code_of(lists.UpdateContactList(stale, metadata=tenant.bearer()))
        == grpc.StatusCode.ABORTED
    )
    delete = pb.DeleteContactListRequest(contact_list_id=made.id, version=made.version)
    assert (
        await code_of(lists.DeleteContactList(delete, metadata=tenant.bearer()))
        == grpc.StatusCode.ABORTED
    )
    got = await lists.GetContactList(
        pb.GetContactListRequest(contact_list_id=made.id), metadata=tenant.bearer()
    )
    assert (got.contact_list.name, got.contact_list.HasField("delete_time")) == ("Kept too", False)


async def test_a_deleted_list_is_hidden_unless_asked_for_and_takes_no_members(
    lists: Stub, contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> None:
    made = await create_list(lists, tenant, "Gone soon")
    gone = await lists.DeleteContactList(
        pb.DeleteContactListRequest(contact_list_id=made.id, version=made.version),
        metadata=tenant.bearer(),
    )
    assert gone.contact_list.HasField("delete_time")
    live = await lists.ListContactLists(pb.ListContactListsRequest(), metadata=tenant.bearer())
    every = await lists.ListContactLists(
        pb.ListContactListsRequest(show_deleted=True), metadata=tenant.bearer()
    )
    assert made.id not in {c.id for c in live.contact_lists}
    assert made.id in {c.id for c in every.contact_lists}
    person = await new_contact(contacts, tenant, "Late joiner")
    assert (
        await code_of(add(lists, tenant, made.id, person.id)) == grpc.StatusCode.FAILED_PRECONDITION
    )


async def test_adding_members_reports_the_new_ones_and_ignores_present_ones(
    lists: Stub, contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> None:
    made = await create_list(lists, tenant)
    one = await new_contact(contacts, tenant, "One")
    two = await new_contact(contacts, tenant, "Two")
    first = await add(lists, tenant, made.id, one.id)
    second = await add(lists, tenant, made.id, one.id, two.id, two.id)
    assert list(first.added_contact_ids) == [one.id]
    assert list(second.added_contact_ids) == [two.id]
    assert second.contact_list.member_count == 2


async def test_members_cannot_be_added_to_or_removed_from_a_dynamic_list(
    lists: Stub, contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> None:
    made = await create_list(lists, tenant, "Rules only", tag_rule("x"))
    person = await new_contact(contacts, tenant, "Someone")
    assert (
        await code_of(add(lists, tenant, made.id, person.id)) == grpc.StatusCode.FAILED_PRECONDITION
    )
    remove = pb.RemoveContactListMembersRequest(contact_list_id=made.id, contact_ids=[person.id])
    assert (
        await code_of(lists.RemoveContactListMembers(remove, metadata=tenant.bearer()))
        == grpc.StatusCode.FAILED_PRECONDITION
    )


async def test_adding_an_unknown_contact_is_not_found_and_adds_nothing(
    lists: Stub, contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> None:
    made = await create_list(lists, tenant)
    person = await new_contact(contacts, tenant, "Real")
    assert (
        await code_of(add(lists, tenant, made.id, person.id, str(uuid.uuid4())))
        == grpc.StatusCode.NOT_FOUND
    )
    count = await lists.CountContactListMembers(
        pb.CountContactListMembersRequest(contact_list_id=made.id), metadata=tenant.bearer()
    )
    assert count.member_count == 0


async def test_bad_member_ids_are_invalid_argument_naming_the_field(
    lists: Stub, tenant: Tenant
) -> None:
    made = await create_list(lists, tenant)
    malformed = await error_of(add(lists, tenant, made.id, "not-a-uuid"))
    empty = await error_of(add(lists, tenant, made.id))
    assert "contact_ids[0]" in field_violations(malformed)
    assert "contact_ids" in field_violations(empty)


async def test_removing_members_reports_those_that_were_members(
    lists: Stub, contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> None:
    made = await create_list(lists, tenant)
    one = await new_contact(contacts, tenant, "One")
    two = await new_contact(contacts, tenant, "Two")
    await add(lists, tenant, made.id, one.id, two.id)
    removed = await lists.RemoveContactListMembers(
        pb.RemoveContactListMembersRequest(
            contact_list_id=made.id, contact_ids=[one.id, str(uuid.uuid4())]
        ),
        metadata=tenant.bearer(),
    )
    assert list(removed.removed_contact_ids) == [one.id]
    assert removed.contact_list.member_count == 1


async def test_static_members_page_with_their_contacts_and_skip_deleted_contacts(
    lists: Stub, contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> None:
    made = await create_list(lists, tenant)
    people = [await new_contact(contacts, tenant, f"Person {i}") for i in range(4)]
    await add(lists, tenant, made.id, *(p.id for p in people))
    await contacts.DeleteContact(
        cpb.DeleteContactRequest(contact_id=people[3].id), metadata=tenant.bearer()
    )
    request = pb.ListContactListMembersRequest(
        contact_list_id=made.id, page_size=2, order_by="contact.name"
    )
    first = await lists.ListContactListMembers(request, metadata=tenant.bearer())
    request.page_token = first.next_page_token
    second = await lists.ListContactListMembers(request, metadata=tenant.bearer())
    members = [*first.contact_list_members, *second.contact_list_members]
    assert [m.contact.name for m in members] == ["Person 0", "Person 1", "Person 2"]
    assert all(m.HasField("add_time") and m.contact_list_id == made.id for m in members)
    assert first.total_size == 3 and not second.next_page_token


async def test_static_members_can_be_limited_to_recent_additions(
    lists: Stub, contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> None:
    made = await create_list(lists, tenant)
    old = await new_contact(contacts, tenant, "Old")
    await add(lists, tenant, made.id, old.id)
    cutoff = timestamp_pb2.Timestamp()
    cutoff.FromDatetime(datetime.now(UTC))
    new = await new_contact(contacts, tenant, "New")
    await add(lists, tenant, made.id, new.id)
    page = await lists.ListContactListMembers(
        pb.ListContactListMembersRequest(contact_list_id=made.id, add_time_after=cutoff),
        metadata=tenant.bearer(),
    )
    assert [m.contact_id for m in page.contact_list_members] == [new.id]


async def test_dynamic_members_and_count_are_evaluated_live(
    lists: Stub, contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> None:
    tag = unique_tag()
    await new_contact(contacts, tenant, "Early", (tag,))
    made = await create_list(lists, tenant, "Live", tag_rule(tag))
    late = await new_contact(contacts, tenant, "Late", (tag,))
    members = await lists.ListContactListMembers(
        pb.ListContactListMembersRequest(contact_list_id=made.id, order_by="contact.name"),
        metadata=tenant.bearer(),
    )
    count = await lists.CountContactListMembers(
        pb.CountContactListMembersRequest(contact_list_id=made.id), metadata=tenant.bearer()
    )
    assert [m.contact.name for m in members.contact_list_members] == ["Early", "Late"]
    assert not members.contact_list_members[1].HasField("add_time")
    assert members.contact_list_members[1].contact.id == late.id
    assert (count.member_count, made.member_count) == (2, 1)


async def test_add_time_order_is_invalid_argument_on_a_dynamic_list(
    lists: Stub, tenant: Tenant
) -> None:
    made = await create_list(lists, tenant, "Computed", tag_rule("x"))
    error = await error_of(
        lists.ListContactListMembers(
            pb.ListContactListMembersRequest(contact_list_id=made.id, order_by="add_time desc"),
            metadata=tenant.bearer(),
        )
    )
    assert "order_by" in field_violations(error)


async def test_recalculating_a_dynamic_list_snapshots_members_and_emits_who_joined_and_left(
    lists: Stub,
    contacts: contact_service_pb2_grpc.ContactServiceStub,
    tenant: Tenant,
    relay_db: asyncpg.Connection,
) -> None:
    tag = unique_tag()
    stays = await new_contact(contacts, tenant, "Stays", (tag,))
    leaves = await new_contact(contacts, tenant, "Leaves", (tag,))
    made = await create_list(lists, tenant, "Snapshot", tag_rule(tag))
    joins = await new_contact(contacts, tenant, "Joins", (tag,))
    await contacts.RemoveContactTags(
        cpb.RemoveContactTagsRequest(contact_id=leaves.id, tags=[tag]), metadata=tenant.bearer()
    )
    answer = await lists.RecalculateContactList(
        pb.RecalculateContactListRequest(contact_list_id=made.id), metadata=tenant.bearer()
    )
    assert (made.member_count, answer.contact_list.member_count) == (2, 2)
    assert (
        answer.contact_list.last_calculate_time.ToDatetime() > made.last_calculate_time.ToDatetime()
    )
    rows = await relay_db.fetch(
        "SELECT routing_key, payload FROM crm.outbox WHERE project_id = $1"
        " AND routing_key LIKE 'crm.contact_list.%' ORDER BY seq",
        uuid.UUID(tenant.project_id),
    )
    kinds = {
        "crm.contact_list.members_added": events_pb2.ContactListMembersAdded,
        "crm.contact_list.members_removed": events_pb2.ContactListMembersRemoved,
        "crm.contact_list.recalculated": events_pb2.ContactListRecalculated,
    }
    events = [
        kinds[r["routing_key"]].FromString(r["payload"]) for r in rows if r["routing_key"] in kinds
    ]
    mine = [e for e in events if e.contact_list_id == made.id]
    added = [set(e.contact_ids) for e in mine if isinstance(e, events_pb2.ContactListMembersAdded)]
    removed = [
        set(e.contact_ids) for e in mine if isinstance(e, events_pb2.ContactListMembersRemoved)
    ]
    assert added == [{stays.id, leaves.id}, {joins.id}]
    assert removed == [{leaves.id}]
    last = [e for e in mine if isinstance(e, events_pb2.ContactListRecalculated)][-1]
    assert (last.previous_member_count, last.member_count) == (2, 2)


async def test_recalculating_a_static_list_counts_its_live_members(
    lists: Stub, contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> None:
    made = await create_list(lists, tenant)
    one = await new_contact(contacts, tenant, "One")
    two = await new_contact(contacts, tenant, "Two")
    await add(lists, tenant, made.id, one.id, two.id)
    await contacts.DeleteContact(
        cpb.DeleteContactRequest(contact_id=two.id), metadata=tenant.bearer()
    )
    answer = await lists.RecalculateContactList(
        pb.RecalculateContactListRequest(contact_list_id=made.id), metadata=tenant.bearer()
    )
    assert answer.contact_list.member_count == 1
    assert answer.contact_list.HasField("last_calculate_time")


async def test_a_viewer_may_read_lists_but_not_change_them(
    lists: Stub, tenant: Tenant, identity: Identity
) -> None:
    made = await create_list(lists, tenant)
    viewer = viewer_bearer(identity, tenant)
    got = await lists.GetContactList(
        pb.GetContactListRequest(contact_list_id=made.id), metadata=viewer
    )
    assert got.contact_list.id == made.id
    create = pb.CreateContactListRequest(
        contact_list=contact_list_pb2.ContactList(name="No", type=STATIC)
    )
    for call in (
        lists.CreateContactList(create, metadata=viewer),
        lists.AddContactListMembers(
            pb.AddContactListMembersRequest(contact_list_id=made.id, contact_ids=[made.id]),
            metadata=viewer,
        ),
        lists.RecalculateContactList(
            pb.RecalculateContactListRequest(contact_list_id=made.id), metadata=viewer
        ),
        lists.DeleteContactList(
            pb.DeleteContactListRequest(contact_list_id=made.id), metadata=viewer
        ),
    ):
        assert await code_of(call) == grpc.StatusCode.PERMISSION_DENIED


async def test_another_tenant_cannot_see_or_touch_a_list(
    lists: Stub,
    contacts: contact_service_pb2_grpc.ContactServiceStub,
    tenant: Tenant,
    other_tenant: Tenant,
) -> None:
    tag = unique_tag()
    person = await new_contact(contacts, tenant, "Private", (tag,))
    made = await create_list(lists, tenant)
    await add(lists, tenant, made.id, person.id)
    theirs = other_tenant.bearer()
    by_id = made.id
    for call in (
        lists.GetContactList(pb.GetContactListRequest(contact_list_id=by_id), metadata=theirs),
        lists.ListContactListMembers(
            pb.ListContactListMembersRequest(contact_list_id=by_id), metadata=theirs
        ),
        lists.CountContactListMembers(
            pb.CountContactListMembersRequest(contact_list_id=by_id), metadata=theirs
        ),
        lists.RecalculateContactList(
            pb.RecalculateContactListRequest(contact_list_id=by_id), metadata=theirs
        ),
        lists.DeleteContactList(
            pb.DeleteContactListRequest(contact_list_id=by_id), metadata=theirs
        ),
        add(lists, other_tenant, by_id, person.id),
    ):
        assert await code_of(call) == grpc.StatusCode.NOT_FOUND
    listed = await lists.ListContactLists(pb.ListContactListsRequest(), metadata=theirs)
    assert by_id not in {c.id for c in listed.contact_lists}


async def test_another_tenants_contacts_can_neither_be_added_nor_matched(
    lists: Stub,
    contacts: contact_service_pb2_grpc.ContactServiceStub,
    tenant: Tenant,
    other_tenant: Tenant,
) -> None:
    tag = unique_tag()
    stranger = await new_contact(contacts, other_tenant, "Stranger", (tag,))
    mine = await create_list(lists, tenant)
    assert await code_of(add(lists, tenant, mine.id, stranger.id)) == grpc.StatusCode.NOT_FOUND
    dynamic = await create_list(lists, tenant, "Would match", tag_rule(tag))
    count = await lists.CountContactListMembers(
        pb.CountContactListMembersRequest(contact_list_id=dynamic.id), metadata=tenant.bearer()
    )
    assert (dynamic.member_count, count.member_count) == (0, 0)
