"""ContactService over the contacts use cases."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import grpc

from crm.entrypoints import contact_mappers as m
from crm.service_layer.contact_filters import ContactFilter
from crm.service_layer.contacts import Contacts, PhoneLookup
from crm.service_layer.transfers import Column, ContactTransfers, ImportPlan, ImportTally, read_csv
from shared.domain import InvalidArgument
from shared.protomap import enum_value
from shared.requests import caller_project, mask_paths, optional_uuid, parse_uuid, timestamp_or_none
from shared.responses import page_fields
from ventros.common.v1 import types_pb2
from ventros.crm.v1 import contact_pb2, contact_service_pb2_grpc
from ventros.crm.v1 import contact_service_pb2 as pb

UPDATABLE = {
    *m.SETTABLE,
    "phone",
    "whatsapp_ids",
    "tags",
    "custom_fields",
    "source_channel",
    "source_channel_id",
}
Context = grpc.aio.ServicerContext[Any, Any]


def contact_filter(request: pb.ListContactsRequest | pb.ExportContactsRequest) -> ContactFilter:
    if request.filter:
        raise InvalidArgument.field("filter", "expressions are not supported; use the typed fields")
    return ContactFilter(
        name_prefix=request.name,
        phone=request.phone,
        email=request.email,
        tags=tuple(request.tags),
        match_all_tags=request.match_all_tags,
        custom_fields=dict(request.custom_fields),
        pipeline_id=optional_uuid(request.pipeline_id, "pipeline_id"),
        pipeline_status_id=optional_uuid(request.pipeline_status_id, "pipeline_status_id"),
        create_time_after=timestamp_or_none(request, "create_time_after"),
        create_time_before=timestamp_or_none(request, "create_time_before"),
        source_channel=(
            enum_value(contact_pb2.ContactSourceChannel.DESCRIPTOR, request.source_channel)
            if isinstance(request, pb.ListContactsRequest)
            else ""
        ),
        contact_list_id=(
            optional_uuid(request.contact_list_id, "contact_list_id")
            if isinstance(request, pb.ExportContactsRequest)
            else None
        ),
        show_deleted=isinstance(request, pb.ListContactsRequest) and request.show_deleted,
    )


class ContactServicer(contact_service_pb2_grpc.ContactServiceServicer):
    def __init__(self, contacts: Contacts, transfers: ContactTransfers, region: str) -> None:
        self._contacts, self._transfers, self._region = contacts, transfers, region

    async def CreateContact(
        self, request: pb.CreateContactRequest, context: Context
    ) -> pb.CreateContactResponse:
        fields = m.contact_fields(request.contact)
        if not fields.get("name"):
            raise InvalidArgument.field("contact.name", "is required")
        created = await self._contacts.create(caller_project(), fields, request.request_id)
        return pb.CreateContactResponse(contact=m.contact(created))

    async def GetContact(
        self, request: pb.GetContactRequest, context: Context
    ) -> pb.GetContactResponse:
        found = await self._contacts.get(parse_uuid(request.contact_id, "contact_id"))
        return pb.GetContactResponse(contact=m.contact(found))

    async def UpdateContact(
        self, request: pb.UpdateContactRequest, context: Context
    ) -> pb.UpdateContactResponse:
        paths = mask_paths(request.update_mask, UPDATABLE, prefixes=("custom_fields.",))
        contact_id = parse_uuid(request.contact.id, "contact.id")
        fields = m.contact_fields(request.contact, paths)
        updated = await self._contacts.update(contact_id, fields, paths, request.contact.version)
        return pb.UpdateContactResponse(contact=m.contact(updated))

    async def DeleteContact(
        self, request: pb.DeleteContactRequest, context: Context
    ) -> pb.DeleteContactResponse:
        gone = await self._contacts.delete(
            parse_uuid(request.contact_id, "contact_id"), request.version
        )
        return pb.DeleteContactResponse(contact=m.contact(gone))

    async def UndeleteContact(
        self, request: pb.UndeleteContactRequest, context: Context
    ) -> pb.UndeleteContactResponse:
        back = await self._contacts.undelete(
            parse_uuid(request.contact_id, "contact_id"), request.version
        )
        return pb.UndeleteContactResponse(contact=m.contact(back))

    async def ListContacts(
        self, request: pb.ListContactsRequest, context: Context
    ) -> pb.ListContactsResponse:
        page = await self._contacts.list(
            contact_filter(request), request.page_size, request.page_token, request.order_by
        )
        return pb.ListContactsResponse(**page_fields("contacts", page, m.contact))

    async def SearchContacts(
        self, request: pb.SearchContactsRequest, context: Context
    ) -> pb.SearchContactsResponse:
        page = await self._contacts.search(request.query, request.page_size, request.page_token)
        return pb.SearchContactsResponse(**page_fields("contacts", page, m.contact))

    async def FindOrCreateContactByPhone(
        self, request: pb.FindOrCreateContactByPhoneRequest, context: Context
    ) -> pb.FindOrCreateContactByPhoneResponse:
        lookup = PhoneLookup(
            phone=request.phone,
            wid=request.wid,
            lid=request.lid,
            jid=request.jid,
            name=request.name,
            source_channel=enum_value(
                contact_pb2.ContactSourceChannel.DESCRIPTOR, request.source_channel
            ),
            source_channel_id=optional_uuid(request.source_channel_id, "source_channel_id"),
            default_region=request.default_region_code,
            profile_picture_url=request.profile_picture_url,
        )
        found, created = await self._contacts.find_or_create_by_phone(caller_project(), lookup)
        return pb.FindOrCreateContactByPhoneResponse(contact=m.contact(found), created=created)

    async def AddContactTags(
        self, request: pb.AddContactTagsRequest, context: Context
    ) -> pb.AddContactTagsResponse:
        if not request.tags:
            raise InvalidArgument.field("tags", "name at least one tag")
        found, added = await self._contacts.add_tags(
            parse_uuid(request.contact_id, "contact_id"), list(request.tags), request.version
        )
        return pb.AddContactTagsResponse(contact=m.contact(found), added_tags=list(added))

    async def RemoveContactTags(
        self, request: pb.RemoveContactTagsRequest, context: Context
    ) -> pb.RemoveContactTagsResponse:
        if not request.tags:
            raise InvalidArgument.field("tags", "name at least one tag")
        found, removed = await self._contacts.remove_tags(
            parse_uuid(request.contact_id, "contact_id"), list(request.tags), request.version
        )
        return pb.RemoveContactTagsResponse(contact=m.contact(found), removed_tags=list(removed))

    async def SetContactCustomField(
        self, request: pb.SetContactCustomFieldRequest, context: Context
    ) -> pb.SetContactCustomFieldResponse:
        value = m.custom_field_value(request.value, "value") if request.HasField("value") else None
        found = await self._contacts.set_custom_field(
            parse_uuid(request.contact_id, "contact_id"), request.key, value, request.version
        )
        return pb.SetContactCustomFieldResponse(contact=m.contact(found))

    async def RecordContactInteraction(
        self, request: pb.RecordContactInteractionRequest, context: Context
    ) -> pb.RecordContactInteractionResponse:
        at = timestamp_or_none(request, "interaction_time")
        if at is None:
            raise InvalidArgument.field("interaction_time", "is required")
        found = await self._contacts.record_interaction(
            parse_uuid(request.contact_id, "contact_id"),
            at,
            message_id=request.message_id,
            direction=enum_value(
                contact_pb2.ContactInteractionDirection.DESCRIPTOR, request.direction
            )
            or "inbound",
            channel_id=optional_uuid(request.channel_id, "channel_id"),
            session_id=optional_uuid(request.session_id, "session_id"),
        )
        return pb.RecordContactInteractionResponse(contact=m.contact(found))

    async def MergeContacts(
        self, request: pb.MergeContactsRequest, context: Context
    ) -> pb.MergeContactsResponse:
        survivor, merged = await self._contacts.merge(
            parse_uuid(request.contact_id, "contact_id"),
            parse_uuid(request.merged_contact_id, "merged_contact_id"),
            list(request.prefer_merged_fields.paths),
            request.version,
            request.merged_contact_version,
        )
        return pb.MergeContactsResponse(
            contact=m.contact(survivor), merged_contact=m.contact(merged)
        )

    async def ImportContacts(
        self, request: pb.ImportContactsRequest, context: Context
    ) -> AsyncIterator[pb.ImportContactsResponse]:
        plan = import_plan(request, self._region)
        import_id = str(uuid.uuid4())
        reported, tally = 0, ImportTally(total_rows=len(plan.rows))
        async for tally in self._transfers.run_import(caller_project(), plan):
            fresh, reported = tally.errors[reported:], len(tally.errors)
            yield import_response(import_id, tally, fresh, done=False)
        yield import_response(import_id, tally, [], done=True)

    async def ExportContacts(
        self, request: pb.ExportContactsRequest, context: Context
    ) -> AsyncIterator[pb.ExportContactsResponse]:
        chunks = self._transfers.run_export(
            contact_filter(request), tuple(request.columns), request.delimiter
        )
        async for chunk, rows, total in chunks:
            yield pb.ExportContactsResponse(chunk=chunk, rows_exported=rows, total_rows=total)
        yield pb.ExportContactsResponse(done=True, rows_exported=rows, total_rows=total)


def import_plan(request: pb.ImportContactsRequest, region: str) -> ImportPlan:
    header, rows = read_csv(request.csv_content, request.delimiter, request.has_header_row)
    if not request.column_mappings:
        raise InvalidArgument.field("column_mappings", "map at least one column")
    columns = []
    for i, mapping in enumerate(request.column_mappings):
        where = f"column_mappings[{i}]"
        kind = enum_value(contact_pb2.ContactImportField.DESCRIPTOR, mapping.field)
        if not kind:
            raise InvalidArgument.field(f"{where}.field", "is required")
        if kind == "ignore":
            continue
        index = mapping.column_index
        if mapping.column_name:
            if mapping.column_name not in header:
                raise InvalidArgument.field(f"{where}.column_name", "is not in the header row")
            index = header.index(mapping.column_name)
        custom_type = enum_value(types_pb2.CustomFieldType.DESCRIPTOR, mapping.custom_field_type)
        if kind == "custom_field" and not mapping.custom_field_key:
            raise InvalidArgument.field(
                f"{where}.custom_field_key", "is required for custom fields"
            )
        field = {"whatsapp_wid": "wid", "whatsapp_lid": "lid"}.get(kind, kind)
        columns.append(Column(index, field, mapping.custom_field_key, custom_type))
    if request.contact_list_id:
        raise InvalidArgument.field(
            "contact_list_id", "add imported contacts to a list with ContactListService"
        )
    return ImportPlan(
        rows=rows,
        first_row_number=2 if request.has_header_row else 1,
        columns=columns,
        match_key=enum_value(contact_pb2.ContactImportMatchKey.DESCRIPTOR, request.match_key)
        or "phone",
        policy=enum_value(contact_pb2.ContactImportDedupePolicy.DESCRIPTOR, request.dedupe_policy)
        or "skip",
        region=request.default_region_code or region,
        tags=tuple(request.tags),
        validate_only=request.validate_only,
    )


def import_response(
    import_id: str, tally: ImportTally, errors: list[tuple[int, str, str]], *, done: bool
) -> pb.ImportContactsResponse:
    progress = pb.ContactImportProgress(
        total_rows=tally.total_rows,
        rows_processed=tally.rows_processed,
        rows_created=tally.rows_created,
        rows_updated=tally.rows_updated,
        rows_skipped=tally.rows_skipped,
        rows_failed=tally.rows_failed,
    )
    return pb.ImportContactsResponse(
        import_id=import_id,
        progress=progress,
        row_errors=[
            pb.ContactImportRowError(row_number=n, column=c, message=msg) for n, c, msg in errors
        ],
        done=done,
    )
