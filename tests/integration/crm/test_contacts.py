"""ContactService over a real channel, authenticated by the real identity service."""

from __future__ import annotations

import asyncio
import uuid

import grpc
import pytest
from google.protobuf import field_mask_pb2

from shared.grpc_errors import field_violations
from tests.integration.crm.conftest import Tenant
from ventros.common.v1 import types_pb2
from ventros.crm.v1 import contact_pb2, contact_service_pb2_grpc
from ventros.crm.v1 import contact_service_pb2 as pb

pytestmark = pytest.mark.integration
Stub = contact_service_pb2_grpc.ContactServiceStub


@pytest.fixture
def contacts(crm_channel: grpc.aio.Channel) -> Stub:
    return Stub(crm_channel)


async def create(
    stub: Stub,
    tenant: Tenant,
    name: str = "Maria",
    phone: str = "+55 11 98765-4321",
    **extra: object,
) -> contact_pb2.Contact:
    contact = contact_pb2.Contact(name=name, phone=types_pb2.PhoneNumber(raw=phone), **extra)
    return (
        await stub.CreateContact(pb.CreateContactRequest(contact=contact), metadata=tenant.bearer())
    ).contact


async def code_of(call) -> grpc.StatusCode:  # type: ignore[no-untyped-def]
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value.code()


async def test_a_contact_is_created_with_a_normalised_phone(contacts: Stub, tenant: Tenant) -> None:
    made = await create(contacts, tenant, phone="(11) 98765-4321")
    assert made.phone.e164 == "+5511987654321"
    assert made.project_id == tenant.project_id and made.version == 1


async def test_an_api_key_works_as_the_credential(contacts: Stub, tenant: Tenant) -> None:
    made = await create(contacts, tenant)
    got = await contacts.GetContact(
        pb.GetContactRequest(contact_id=made.id), metadata=tenant.bearer(tenant.api_key)
    )
    assert got.contact.id == made.id


async def test_a_missing_name_is_invalid_argument_naming_the_field(
    contacts: Stub, tenant: Tenant
) -> None:
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await contacts.CreateContact(
            pb.CreateContactRequest(contact=contact_pb2.Contact(email="x@y.z")),
            metadata=tenant.bearer(),
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "contact.name" in field_violations(caught.value)


async def test_the_same_phone_twice_in_a_project_is_already_exists(
    contacts: Stub, tenant: Tenant
) -> None:
    await create(contacts, tenant, phone="+55 11 91111-2222")
    assert (
        await code_of(create(contacts, tenant, phone="+55 (11) 91111-2222"))
        == grpc.StatusCode.ALREADY_EXISTS
    )


async def test_the_brazilian_ninth_digit_does_not_make_a_second_contact(
    contacts: Stub, tenant: Tenant
) -> None:
    await create(contacts, tenant, phone="+55 11 93333-4444")
    assert (
        await code_of(create(contacts, tenant, phone="+55 11 3333-4444"))
        == grpc.StatusCode.ALREADY_EXISTS
    )


async def test_the_same_phone_in_another_project_is_fine(
    contacts: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    a = await create(contacts, tenant, phone="+55 21 95555-6666")
    b = await create(contacts, other_tenant, phone="+55 21 95555-6666")
    assert a.id != b.id


async def test_find_or_create_is_idempotent_under_concurrency(
    contacts: Stub, tenant: Tenant
) -> None:
    request = pb.FindOrCreateContactByPhoneRequest(wid="5531977776666@c.us", name="Zé")
    answers = await asyncio.gather(
        *(contacts.FindOrCreateContactByPhone(request, metadata=tenant.bearer()) for _ in range(12))
    )
    assert len({a.contact.id for a in answers}) == 1
    assert sum(a.created for a in answers) == 1


async def test_find_or_create_finds_the_contact_under_its_other_ninth_digit_form(
    contacts: Stub, tenant: Tenant
) -> None:
    made = await create(contacts, tenant, phone="+55 31 98888-1111")
    found = await contacts.FindOrCreateContactByPhone(
        pb.FindOrCreateContactByPhoneRequest(wid="553188881111@c.us"), metadata=tenant.bearer()
    )
    assert (found.contact.id, found.created) == (made.id, False)


async def test_update_applies_only_the_masked_fields(contacts: Stub, tenant: Tenant) -> None:
    made = await create(contacts, tenant, phone="+55 41 97777-0000", email="a@b.co")
    change = contact_pb2.Contact(id=made.id, name="Renamed", email="ignored@b.co")
    updated = await contacts.UpdateContact(
        pb.UpdateContactRequest(
            contact=change, update_mask=field_mask_pb2.FieldMask(paths=["name"])
        ),
        metadata=tenant.bearer(),
    )
    assert (updated.contact.name, updated.contact.email, updated.contact.version) == (
        "Renamed",
        "a@b.co",
        2,
    )


async def test_a_stale_version_is_aborted_and_changes_nothing(
    contacts: Stub, tenant: Tenant
) -> None:
    made = await create(contacts, tenant, phone="+55 41 96666-0000")
    await contacts.AddContactTags(
        pb.AddContactTagsRequest(contact_id=made.id, tags=["vip"]), metadata=tenant.bearer()
    )
    stale = contact_pb2.Contact(id=made.id, name="Too late", version=made.version)
    request = pb.UpdateContactRequest(
        contact=stale, update_mask=field_mask_pb2.FieldMask(paths=["name"])
    )
    assert (
        await code_of(contacts.UpdateContact(request, metadata=tenant.bearer()))
        == grpc.StatusCode.ABORTED
    )
    got = await contacts.GetContact(
        pb.GetContactRequest(contact_id=made.id), metadata=tenant.bearer()
    )
    assert got.contact.name == made.name


async def test_an_unknown_mask_path_is_invalid_argument(contacts: Stub, tenant: Tenant) -> None:
    made = await create(contacts, tenant, phone="+55 41 95555-0000")
    request = pb.UpdateContactRequest(
        contact=contact_pb2.Contact(id=made.id),
        update_mask=field_mask_pb2.FieldMask(paths=["project_id"]),
    )
    assert (
        await code_of(contacts.UpdateContact(request, metadata=tenant.bearer()))
        == grpc.StatusCode.INVALID_ARGUMENT
    )


async def test_another_tenant_cannot_read_change_or_delete_a_contact(
    contacts: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    made = await create(contacts, tenant, phone="+55 51 94444-0000")
    theirs = other_tenant.bearer()
    assert (
        await code_of(
            contacts.GetContact(pb.GetContactRequest(contact_id=made.id), metadata=theirs)
        )
        == grpc.StatusCode.NOT_FOUND
    )
    assert (
        await code_of(
            contacts.DeleteContact(pb.DeleteContactRequest(contact_id=made.id), metadata=theirs)
        )
        == grpc.StatusCode.NOT_FOUND
    )
    assert (
        await code_of(
            contacts.AddContactTags(
                pb.AddContactTagsRequest(contact_id=made.id, tags=["x"]), metadata=theirs
            )
        )
        == grpc.StatusCode.NOT_FOUND
    )
    listed = await contacts.ListContacts(pb.ListContactsRequest(), metadata=theirs)
    assert made.id not in {c.id for c in listed.contacts}


async def test_listing_pages_filters_by_tag_and_name_prefix(contacts: Stub, tenant: Tenant) -> None:
    for i in range(5):
        made = await create(contacts, tenant, name=f"Paula {i}", phone=f"+55 61 9{i}000-1234")
        await contacts.AddContactTags(
            pb.AddContactTagsRequest(contact_id=made.id, tags=["lead"]), metadata=tenant.bearer()
        )
    await create(contacts, tenant, name="Paulo", phone="+55 61 98999-1234")
    first = await contacts.ListContacts(
        pb.ListContactsRequest(page_size=3, tags=["lead"], name="paul"), metadata=tenant.bearer()
    )
    second = await contacts.ListContacts(
        pb.ListContactsRequest(
            page_size=3, tags=["lead"], name="paul", page_token=first.next_page_token
        ),
        metadata=tenant.bearer(),
    )
    names = [c.name for c in [*first.contacts, *second.contacts]]
    assert sorted(names) == [f"Paula {i}" for i in range(5)]
    assert first.total_size >= 4  # an estimate while pages remain
    assert second.total_size == 5 and not second.next_page_token  # exact on the last page


async def test_search_finds_by_part_of_the_name_or_phone(contacts: Stub, tenant: Tenant) -> None:
    made = await create(contacts, tenant, name="Gertrudes Almeida", phone="+55 71 93210-9876")
    by_name = await contacts.SearchContacts(
        pb.SearchContactsRequest(query="trudes"), metadata=tenant.bearer()
    )
    by_phone = await contacts.SearchContacts(
        pb.SearchContactsRequest(query="3210987"), metadata=tenant.bearer()
    )
    assert made.id in {c.id for c in by_name.contacts} and made.id in {
        c.id for c in by_phone.contacts
    }


async def test_merging_tombstones_one_contact_and_frees_its_phone(
    contacts: Stub, tenant: Tenant
) -> None:
    survivor = await create(contacts, tenant, name="Keep", phone="+55 81 91234-0001")
    merged = await create(contacts, tenant, name="Drop", phone="+55 81 91234-0002", tags=["old"])
    answer = await contacts.MergeContacts(
        pb.MergeContactsRequest(contact_id=survivor.id, merged_contact_id=merged.id),
        metadata=tenant.bearer(),
    )
    assert answer.merged_contact.merged_into_contact_id == survivor.id
    assert "old" in answer.contact.tags
    again = await create(contacts, tenant, name="New", phone="+55 81 91234-0002")
    assert again.id != merged.id


async def test_csv_import_streams_progress_and_reports_bad_rows(
    contacts: Stub, tenant: Tenant
) -> None:
    csv = (
        "name,phone,email\n"
        "Ana,+55 85 90000-0001,ana@x.co\n"
        "Bia,not a phone,bia@x.co\n"
        "Caio,+55 85 90000-0003,\n"
    )
    mapping = [
        pb.ContactImportColumnMapping(
            column_name="name", field=contact_pb2.CONTACT_IMPORT_FIELD_NAME
        ),
        pb.ContactImportColumnMapping(
            column_name="phone", field=contact_pb2.CONTACT_IMPORT_FIELD_PHONE
        ),
        pb.ContactImportColumnMapping(
            column_name="email", field=contact_pb2.CONTACT_IMPORT_FIELD_EMAIL
        ),
    ]
    request = pb.ImportContactsRequest(
        csv_content=csv.encode(), has_header_row=True, column_mappings=mapping
    )
    frames = [f async for f in contacts.ImportContacts(request, metadata=tenant.bearer())]
    final = frames[-1]
    assert final.done
    assert (final.progress.rows_created, final.progress.rows_failed) == (2, 1)
    errors = [e for f in frames for e in f.row_errors]
    assert [e.row_number for e in errors] == [3]


async def test_csv_export_streams_the_filtered_contacts(contacts: Stub, tenant: Tenant) -> None:
    tag = f"export{uuid.uuid4().hex[:6]}"
    for i in range(3):
        made = await create(contacts, tenant, name=f"Exported {i}", phone=f"+55 91 9{i}111-0000")
        await contacts.AddContactTags(
            pb.AddContactTagsRequest(contact_id=made.id, tags=[tag]), metadata=tenant.bearer()
        )
    frames = [
        f
        async for f in contacts.ExportContacts(
            pb.ExportContactsRequest(tags=[tag]), metadata=tenant.bearer()
        )
    ]
    text = b"".join(f.chunk for f in frames).decode()
    lines = text.strip().splitlines()
    assert lines[0].startswith("id,name,phone") and len(lines) == 4
    assert frames[-1].done and frames[-1].rows_exported == 3
