"""NoteService over a real channel, authenticated by the real identity service."""

from __future__ import annotations

import uuid

import grpc
import pytest
from google.protobuf import field_mask_pb2

from identity.bootstrap import Identity
from identity.domain.roles import DECLARED_PERMISSIONS, ProjectRole
from shared.context import Principal
from shared.grpc_errors import field_violations
from tests.integration.crm.conftest import Tenant
from ventros.common.v1 import types_pb2
from ventros.crm.v1 import contact_pb2, contact_service_pb2_grpc, note_pb2, note_service_pb2_grpc
from ventros.crm.v1 import contact_service_pb2 as contact_pb
from ventros.crm.v1 import note_service_pb2 as pb

pytestmark = pytest.mark.integration
Stub = note_service_pb2_grpc.NoteServiceStub


@pytest.fixture
def notes(crm_channel: grpc.aio.Channel) -> Stub:
    return Stub(crm_channel)


@pytest.fixture
def contacts(crm_channel: grpc.aio.Channel) -> contact_service_pb2_grpc.ContactServiceStub:
    return contact_service_pb2_grpc.ContactServiceStub(crm_channel)


@pytest.fixture
async def contact(
    contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> contact_pb2.Contact:
    return await new_contact(contacts, tenant)


async def new_contact(
    contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> contact_pb2.Contact:
    phone = f"+55 11 9{uuid.uuid4().int % 10**8:08d}"
    made = await contacts.CreateContact(
        contact_pb.CreateContactRequest(
            contact=contact_pb2.Contact(name="Maria", phone=types_pb2.PhoneNumber(raw=phone))
        ),
        metadata=tenant.bearer(),
    )
    return made.contact


async def add(
    stub: Stub,
    tenant: Tenant,
    contact_id: str,
    content: str = "Called, wants a quote",
    **fields: object,
) -> note_pb2.Note:
    note = note_pb2.Note(content=content, **fields)  # type: ignore[arg-type]
    response = await stub.AddNote(
        pb.AddNoteRequest(contact_id=contact_id, note=note),
        metadata=tenant.bearer(),
    )
    return response.note


async def failure(call) -> grpc.aio.AioRpcError:  # type: ignore[no-untyped-def]
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value


def mask(*paths: str) -> field_mask_pb2.FieldMask:
    return field_mask_pb2.FieldMask(paths=list(paths))


def viewer_token(identity: Identity, who: Tenant) -> tuple[tuple[str, str], ...]:
    principal = Principal(
        subject=who.user_id,
        kind="user",
        project_id=uuid.UUID(who.project_id),
        role=ProjectRole.VIEWER.value,
        permissions=DECLARED_PERMISSIONS[ProjectRole.VIEWER],
        user_id=uuid.UUID(who.user_id),
    )
    return who.bearer(identity.issuer.issue(principal).token)


async def test_a_note_is_added_with_the_caller_as_its_author(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    note = await add(
        notes,
        tenant,
        contact.id,
        note_type=note_pb2.NOTE_TYPE_FOLLOW_UP,
        priority=note_pb2.NOTE_PRIORITY_HIGH,
        tags=[" VIP ", "vip", "Quote"],
        mentions=["agent-1", "agent-1", "agent-2"],
        attachments=[
            note_pb2.NoteAttachment(
                url="https://files.example.com/q.pdf",
                file_name="q.pdf",
                mime_type="application/pdf",
                size_bytes=1200,
            )
        ],
    )
    assert (note.contact_id, note.project_id, note.version) == (contact.id, tenant.project_id, 1)
    assert note.author_type == note_pb2.NOTE_AUTHOR_TYPE_USER
    assert note.author_id == tenant.user_id
    assert (note.note_type, note.priority) == (
        note_pb2.NOTE_TYPE_FOLLOW_UP,
        note_pb2.NOTE_PRIORITY_HIGH,
    )
    assert list(note.tags) == ["vip", "quote"]
    assert list(note.mentions) == ["agent-1", "agent-2"]
    assert note.attachments[0].file_name == "q.pdf" and note.attachments[0].size_bytes == 1200
    assert not note.pinned and not note.HasField("delete_time")
    got = await notes.GetNote(pb.GetNoteRequest(note_id=note.id), metadata=tenant.bearer())
    assert got.note == note


async def test_a_note_defaults_to_a_general_note_of_normal_priority(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    note = await add(notes, tenant, contact.id)
    assert (note.note_type, note.priority) == (
        note_pb2.NOTE_TYPE_GENERAL,
        note_pb2.NOTE_PRIORITY_NORMAL,
    )


async def test_a_note_may_belong_to_a_session(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    session_id = str(uuid.uuid4())
    note = await add(notes, tenant, contact.id, session_id=session_id)
    listed = await notes.ListNotes(
        pb.ListNotesRequest(session_id=session_id), metadata=tenant.bearer()
    )
    assert note.session_id == session_id and [n.id for n in listed.notes] == [note.id]


async def test_adding_again_with_the_same_request_id_returns_the_first_note(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    request = pb.AddNoteRequest(
        contact_id=contact.id, note=note_pb2.Note(content="once"), request_id="retry-1"
    )
    first = await notes.AddNote(request, metadata=tenant.bearer())
    second = await notes.AddNote(request, metadata=tenant.bearer())
    listed = await notes.ListNotes(
        pb.ListNotesRequest(contact_id=contact.id), metadata=tenant.bearer()
    )
    assert first.note.id == second.note.id and listed.total_size == 1


async def test_a_note_without_content_is_invalid_argument_naming_note_content(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    error = await failure(add(notes, tenant, contact.id, content="   "))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "note.content" in field_violations(error)


async def test_an_attachment_that_is_not_an_http_url_is_invalid_argument_naming_it(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    error = await failure(
        add(notes, tenant, contact.id, attachments=[note_pb2.NoteAttachment(url="file:///etc")])
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "note.attachments[0].url" in field_violations(error)


async def test_a_malformed_contact_id_is_invalid_argument(notes: Stub, tenant: Tenant) -> None:
    error = await failure(add(notes, tenant, "not-a-uuid"))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "contact_id" in field_violations(error)


async def test_a_note_on_an_unknown_contact_is_not_found(notes: Stub, tenant: Tenant) -> None:
    error = await failure(add(notes, tenant, str(uuid.uuid4())))
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_a_note_on_a_deleted_contact_is_failed_precondition(
    notes: Stub,
    contacts: contact_service_pb2_grpc.ContactServiceStub,
    tenant: Tenant,
    contact: contact_pb2.Contact,
) -> None:
    await contacts.DeleteContact(
        contact_pb.DeleteContactRequest(contact_id=contact.id), metadata=tenant.bearer()
    )
    error = await failure(add(notes, tenant, contact.id))
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_getting_an_unknown_note_is_not_found(notes: Stub, tenant: Tenant) -> None:
    error = await failure(
        notes.GetNote(pb.GetNoteRequest(note_id=str(uuid.uuid4())), metadata=tenant.bearer())
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_update_applies_only_the_masked_fields(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    note = await add(notes, tenant, contact.id, tags=["a"])
    updated = await notes.UpdateNote(
        pb.UpdateNoteRequest(
            note=note_pb2.Note(
                id=note.id,
                version=note.version,
                content="Quote sent",
                tags=["ignored"],
                priority=note_pb2.NOTE_PRIORITY_URGENT,
            ),
            update_mask=mask("content", "priority"),
        ),
        metadata=tenant.bearer(),
    )
    assert updated.note.content == "Quote sent"
    assert updated.note.priority == note_pb2.NOTE_PRIORITY_URGENT
    assert list(updated.note.tags) == ["a"] and updated.note.version == note.version + 1


async def test_an_update_with_a_stale_version_is_aborted_and_changes_nothing(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    note = await add(notes, tenant, contact.id)
    await notes.PinNote(pb.PinNoteRequest(note_id=note.id), metadata=tenant.bearer())
    error = await failure(
        notes.UpdateNote(
            pb.UpdateNoteRequest(
                note=note_pb2.Note(id=note.id, version=note.version, content="late"),
                update_mask=mask("content"),
            ),
            metadata=tenant.bearer(),
        )
    )
    got = await notes.GetNote(pb.GetNoteRequest(note_id=note.id), metadata=tenant.bearer())
    assert error.code() == grpc.StatusCode.ABORTED and got.note.content == note.content


async def test_an_update_mask_naming_an_output_only_field_is_invalid_argument(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    note = await add(notes, tenant, contact.id)
    error = await failure(
        notes.UpdateNote(
            pb.UpdateNoteRequest(
                note=note_pb2.Note(id=note.id, pinned=True), update_mask=mask("pinned")
            ),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "update_mask.paths" in field_violations(error)


async def test_clearing_the_content_in_an_update_is_invalid_argument_naming_it(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    note = await add(notes, tenant, contact.id)
    error = await failure(
        notes.UpdateNote(
            pb.UpdateNoteRequest(note=note_pb2.Note(id=note.id), update_mask=mask("content")),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "note.content" in field_violations(error)


async def test_updating_an_unknown_note_is_not_found(notes: Stub, tenant: Tenant) -> None:
    error = await failure(
        notes.UpdateNote(
            pb.UpdateNoteRequest(
                note=note_pb2.Note(id=str(uuid.uuid4()), content="x"), update_mask=mask("content")
            ),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_pinning_and_unpinning_are_idempotent(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    note = await add(notes, tenant, contact.id)
    once = await notes.PinNote(pb.PinNoteRequest(note_id=note.id), metadata=tenant.bearer())
    twice = await notes.PinNote(pb.PinNoteRequest(note_id=note.id), metadata=tenant.bearer())
    assert once.note.pinned and once.note.HasField("pin_time")
    assert twice.note.version == once.note.version
    unpinned = await notes.UnpinNote(pb.UnpinNoteRequest(note_id=note.id), metadata=tenant.bearer())
    again = await notes.UnpinNote(pb.UnpinNoteRequest(note_id=note.id), metadata=tenant.bearer())
    assert not unpinned.note.pinned and not unpinned.note.HasField("pin_time")
    assert again.note.version == unpinned.note.version


async def test_pinning_an_unknown_note_is_not_found(notes: Stub, tenant: Tenant) -> None:
    error = await failure(
        notes.PinNote(pb.PinNoteRequest(note_id=str(uuid.uuid4())), metadata=tenant.bearer())
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_pinned_notes_are_listed_first_then_the_newest(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    first = await add(notes, tenant, contact.id, "first")
    second = await add(notes, tenant, contact.id, "second")
    third = await add(notes, tenant, contact.id, "third")
    await notes.PinNote(pb.PinNoteRequest(note_id=first.id), metadata=tenant.bearer())
    listed = await notes.ListNotes(
        pb.ListNotesRequest(contact_id=contact.id), metadata=tenant.bearer()
    )
    assert [n.id for n in listed.notes] == [first.id, third.id, second.id]


async def test_deleting_is_soft_idempotent_and_hides_the_note_from_lists(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    note = await add(notes, tenant, contact.id)
    gone = await notes.DeleteNote(
        pb.DeleteNoteRequest(note_id=note.id, version=note.version), metadata=tenant.bearer()
    )
    again = await notes.DeleteNote(pb.DeleteNoteRequest(note_id=note.id), metadata=tenant.bearer())
    assert gone.note.HasField("delete_time") and again.note.version == gone.note.version
    live = await notes.ListNotes(
        pb.ListNotesRequest(contact_id=contact.id), metadata=tenant.bearer()
    )
    everything = await notes.ListNotes(
        pb.ListNotesRequest(contact_id=contact.id, show_deleted=True), metadata=tenant.bearer()
    )
    assert [n.id for n in live.notes] == [] and [n.id for n in everything.notes] == [note.id]


async def test_deleting_with_a_stale_version_is_aborted(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    note = await add(notes, tenant, contact.id)
    await notes.PinNote(pb.PinNoteRequest(note_id=note.id), metadata=tenant.bearer())
    error = await failure(
        notes.DeleteNote(
            pb.DeleteNoteRequest(note_id=note.id, version=note.version), metadata=tenant.bearer()
        )
    )
    assert error.code() == grpc.StatusCode.ABORTED


async def test_a_deleted_note_cannot_be_edited_or_pinned(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    note = await add(notes, tenant, contact.id)
    await notes.DeleteNote(pb.DeleteNoteRequest(note_id=note.id), metadata=tenant.bearer())
    edit = await failure(
        notes.UpdateNote(
            pb.UpdateNoteRequest(
                note=note_pb2.Note(id=note.id, content="x"), update_mask=mask("content")
            ),
            metadata=tenant.bearer(),
        )
    )
    pin = await failure(notes.PinNote(pb.PinNoteRequest(note_id=note.id), metadata=tenant.bearer()))
    assert edit.code() == pin.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_listing_filters_by_type_priority_visibility_author_and_text(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    complaint = await add(
        notes,
        tenant,
        contact.id,
        "Delivery was late",
        note_type=note_pb2.NOTE_TYPE_COMPLAINT,
        priority=note_pb2.NOTE_PRIORITY_URGENT,
        visible_to_client=True,
    )
    tagged = await add(notes, tenant, contact.id, "Plain note", tags=["Renewal"])
    await add(notes, tenant, contact.id, "Something else")

    async def ids(**request: object) -> list[str]:
        listed = await notes.ListNotes(
            pb.ListNotesRequest(contact_id=contact.id, **request),  # type: ignore[arg-type]
            metadata=tenant.bearer(),
        )
        return [n.id for n in listed.notes]

    assert await ids(note_types=[note_pb2.NOTE_TYPE_COMPLAINT]) == [complaint.id]
    assert await ids(priorities=[note_pb2.NOTE_PRIORITY_URGENT]) == [complaint.id]
    assert await ids(visible_to_client_only=True) == [complaint.id]
    assert await ids(query="LATE") == [complaint.id]
    assert await ids(query="renewal") == [tagged.id]
    assert len(await ids(author_id=tenant.user_id)) == 3
    assert len(await ids(author_type=note_pb2.NOTE_AUTHOR_TYPE_USER)) == 3
    assert await ids(author_type=note_pb2.NOTE_AUTHOR_TYPE_AGENT) == []
    assert await ids(pinned_only=True) == []


async def test_listing_by_priority_puts_the_most_urgent_first(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    low = await add(notes, tenant, contact.id, priority=note_pb2.NOTE_PRIORITY_LOW)
    urgent = await add(notes, tenant, contact.id, priority=note_pb2.NOTE_PRIORITY_URGENT)
    normal = await add(notes, tenant, contact.id)
    listed = await notes.ListNotes(
        pb.ListNotesRequest(contact_id=contact.id, order_by="priority desc"),
        metadata=tenant.bearer(),
    )
    assert [n.id for n in listed.notes] == [urgent.id, normal.id, low.id]


async def test_listing_pages_through_every_note_once(
    notes: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    made = [await add(notes, tenant, contact.id, f"note {i}") for i in range(5)]
    await notes.PinNote(pb.PinNoteRequest(note_id=made[2].id), metadata=tenant.bearer())
    seen, token, totals = [], "", set()
    while True:
        page = await notes.ListNotes(
            pb.ListNotesRequest(contact_id=contact.id, page_size=2, page_token=token),
            metadata=tenant.bearer(),
        )
        seen += [n.id for n in page.notes]
        totals.add(page.total_size)
        token = page.next_page_token
        if not token:
            break
    assert seen[0] == made[2].id and sorted(seen) == sorted(n.id for n in made)
    assert totals == {5}


async def test_the_project_wide_list_covers_every_contact(
    notes: Stub,
    contacts: contact_service_pb2_grpc.ContactServiceStub,
    tenant: Tenant,
    contact: contact_pb2.Contact,
) -> None:
    other = await new_contact(contacts, tenant)
    a = await add(notes, tenant, contact.id)
    b = await add(notes, tenant, other.id)
    listed = await notes.ListNotes(pb.ListNotesRequest(), metadata=tenant.bearer())
    assert {a.id, b.id} <= {n.id for n in listed.notes}


async def test_a_filter_expression_or_unknown_order_is_invalid_argument(
    notes: Stub, tenant: Tenant
) -> None:
    by_filter = await failure(
        notes.ListNotes(pb.ListNotesRequest(filter='content="x"'), metadata=tenant.bearer())
    )
    by_order = await failure(
        notes.ListNotes(pb.ListNotesRequest(order_by="content"), metadata=tenant.bearer())
    )
    by_token = await failure(
        notes.ListNotes(pb.ListNotesRequest(page_token="garbage"), metadata=tenant.bearer())
    )
    assert "filter" in field_violations(by_filter)
    assert "order_by" in field_violations(by_order)
    assert "page_token" in field_violations(by_token)


async def test_listing_the_notes_of_an_unknown_contact_is_not_found(
    notes: Stub, tenant: Tenant
) -> None:
    error = await failure(
        notes.ListNotes(pb.ListNotesRequest(contact_id=str(uuid.uuid4())), metadata=tenant.bearer())
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_a_viewer_reads_notes_but_cannot_write_them(
    notes: Stub, identity: Identity, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    note = await add(notes, tenant, contact.id)
    viewer = viewer_token(identity, tenant)
    got = await notes.GetNote(pb.GetNoteRequest(note_id=note.id), metadata=viewer)
    listed = await notes.ListNotes(pb.ListNotesRequest(contact_id=contact.id), metadata=viewer)
    assert got.note.id == note.id and listed.total_size == 1
    for call in (
        notes.AddNote(
            pb.AddNoteRequest(contact_id=contact.id, note=note_pb2.Note(content="x")),
            metadata=viewer,
        ),
        notes.PinNote(pb.PinNoteRequest(note_id=note.id), metadata=viewer),
        notes.UnpinNote(pb.UnpinNoteRequest(note_id=note.id), metadata=viewer),
        notes.UpdateNote(
            pb.UpdateNoteRequest(
                note=note_pb2.Note(id=note.id, content="x"), update_mask=mask("content")
            ),
            metadata=viewer,
        ),
        notes.DeleteNote(pb.DeleteNoteRequest(note_id=note.id), metadata=viewer),
    ):
        assert (await failure(call)).code() == grpc.StatusCode.PERMISSION_DENIED


async def test_another_tenant_can_neither_see_nor_change_a_note(
    notes: Stub, tenant: Tenant, other_tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    note = await add(notes, tenant, contact.id)
    them = other_tenant.bearer()
    for call in (
        notes.GetNote(pb.GetNoteRequest(note_id=note.id), metadata=them),
        notes.PinNote(pb.PinNoteRequest(note_id=note.id), metadata=them),
        notes.UnpinNote(pb.UnpinNoteRequest(note_id=note.id), metadata=them),
        notes.DeleteNote(pb.DeleteNoteRequest(note_id=note.id), metadata=them),
        notes.UpdateNote(
            pb.UpdateNoteRequest(
                note=note_pb2.Note(id=note.id, content="x"), update_mask=mask("content")
            ),
            metadata=them,
        ),
        notes.ListNotes(pb.ListNotesRequest(contact_id=contact.id), metadata=them),
        notes.AddNote(
            pb.AddNoteRequest(contact_id=contact.id, note=note_pb2.Note(content="x")),
            metadata=them,
        ),
    ):
        assert (await failure(call)).code() == grpc.StatusCode.NOT_FOUND
    everything = await notes.ListNotes(pb.ListNotesRequest(show_deleted=True), metadata=them)
    assert note.id not in {n.id for n in everything.notes}
    mine = await notes.GetNote(pb.GetNoteRequest(note_id=note.id), metadata=tenant.bearer())
    assert mine.note == note
