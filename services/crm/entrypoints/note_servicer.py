"""NoteService over the notes use cases."""

from __future__ import annotations

from typing import Any

import grpc

from crm.entrypoints import note_mappers as m
from crm.service_layer.notes import NoteFilter, Notes
from shared.domain import InvalidArgument
from shared.requests import (
    caller,
    caller_project,
    mask_paths,
    optional_uuid,
    parse_uuid,
    timestamp_or_none,
)
from shared.responses import page_fields
from ventros.crm.v1 import note_pb2, note_service_pb2_grpc
from ventros.crm.v1 import note_service_pb2 as pb

Context = grpc.aio.ServicerContext[Any, Any]


def note_filter(request: pb.ListNotesRequest) -> NoteFilter:
    if request.filter:
        raise InvalidArgument.field("filter", "expressions are not supported; use the typed fields")
    return NoteFilter(
        contact_id=optional_uuid(request.contact_id, "contact_id"),
        session_id=optional_uuid(request.session_id, "session_id"),
        author_id=request.author_id.strip(),
        author_type=m.enum_name(note_pb2.NoteAuthorType, request.author_type, "author_type"),
        note_types=m.enum_names(note_pb2.NoteType, request.note_types, "note_types"),
        priorities=m.enum_names(note_pb2.NotePriority, request.priorities, "priorities"),
        pinned_only=request.pinned_only,
        visible_to_client_only=request.visible_to_client_only,
        query=request.query,
        create_time_after=timestamp_or_none(request, "create_time_after"),
        create_time_before=timestamp_or_none(request, "create_time_before"),
        show_deleted=request.show_deleted,
    )


class NoteServicer(note_service_pb2_grpc.NoteServiceServicer):
    def __init__(self, notes: Notes) -> None:
        self._notes = notes

    async def AddNote(self, request: pb.AddNoteRequest, context: Context) -> pb.AddNoteResponse:
        contact_id = parse_uuid(request.contact_id, "contact_id")
        session_id = optional_uuid(request.note.session_id, "note.session_id")
        fields = m.note_fields(request.note)
        with m.note_field_paths():
            added = await self._notes.add(
                caller_project(),
                contact_id,
                m.author_of(caller()),
                fields,
                session_id,
                request.request_id,
            )
        return pb.AddNoteResponse(note=m.note(added))

    async def GetNote(self, request: pb.GetNoteRequest, context: Context) -> pb.GetNoteResponse:
        found = await self._notes.get(parse_uuid(request.note_id, "note_id"))
        return pb.GetNoteResponse(note=m.note(found))

    async def ListNotes(
        self, request: pb.ListNotesRequest, context: Context
    ) -> pb.ListNotesResponse:
        page = await self._notes.list(
            note_filter(request), request.page_size, request.page_token, request.order_by
        )
        return pb.ListNotesResponse(**page_fields("notes", page, m.note))

    async def UpdateNote(
        self, request: pb.UpdateNoteRequest, context: Context
    ) -> pb.UpdateNoteResponse:
        paths = mask_paths(request.update_mask, m.UPDATABLE)
        note_id = parse_uuid(request.note.id, "note.id")
        fields = m.note_fields(request.note, paths)
        with m.note_field_paths():
            updated = await self._notes.update(note_id, fields, paths, request.note.version)
        return pb.UpdateNoteResponse(note=m.note(updated))

    async def PinNote(self, request: pb.PinNoteRequest, context: Context) -> pb.PinNoteResponse:
        pinned = await self._notes.pin(parse_uuid(request.note_id, "note_id"))
        return pb.PinNoteResponse(note=m.note(pinned))

    async def UnpinNote(
        self, request: pb.UnpinNoteRequest, context: Context
    ) -> pb.UnpinNoteResponse:
        unpinned = await self._notes.unpin(parse_uuid(request.note_id, "note_id"))
        return pb.UnpinNoteResponse(note=m.note(unpinned))

    async def DeleteNote(
        self, request: pb.DeleteNoteRequest, context: Context
    ) -> pb.DeleteNoteResponse:
        gone = await self._notes.delete(parse_uuid(request.note_id, "note_id"), request.version)
        return pb.DeleteNoteResponse(note=m.note(gone))
