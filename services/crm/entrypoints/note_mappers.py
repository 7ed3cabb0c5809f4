"""Notes between the contract and the domain."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from google.protobuf.internal.enum_type_wrapper import EnumTypeWrapper

from crm.domain.note_fields import EDITABLE, NoteAttachment, NoteAuthorType
from crm.domain.notes import Note
from crm.service_layer.notes import Author
from shared.context import Principal
from shared.domain import FieldViolation, InvalidArgument
from shared.protomap import enum_value, fill
from ventros.crm.v1 import note_pb2

UPDATABLE = EDITABLE  # session_id is fixed when the note is added (see the report)


def note(n: Note) -> note_pb2.Note:
    return fill(note_pb2.Note(), n)


def author_of(principal: Principal) -> Author:
    """The caller as the note's author: a user writes as a user, anything else as the system."""
    if principal.kind == "user":
        return Author(NoteAuthorType.USER, str(principal.user_id or principal.subject))
    return Author(NoteAuthorType.SYSTEM, principal.subject, principal.kind)


def enum_name(kind: EnumTypeWrapper, number: int, field: str) -> str:
    """The domain spelling of an enum number; '' for UNSPECIFIED, INVALID_ARGUMENT if unknown."""
    if number not in kind.DESCRIPTOR.values_by_number:
        raise InvalidArgument.field(field, f"{number} is not a {kind.DESCRIPTOR.name}")
    return enum_value(kind.DESCRIPTOR, number)


def enum_names(kind: EnumTypeWrapper, numbers: Any, field: str) -> tuple[str, ...]:
    names = tuple(enum_name(kind, n, f"{field}[{i}]") for i, n in enumerate(numbers))
    if "" in names:
        raise InvalidArgument.field(field, "must not contain UNSPECIFIED")
    return names


def note_fields(message: note_pb2.Note, paths: set[str] | None = None) -> dict[str, Any]:
    """The editable fields the request's note carries (all, or those in `paths`)."""
    wanted = EDITABLE if paths is None else paths
    fields: dict[str, Any] = {}
    if "content" in wanted:
        fields["content"] = message.content
    if "note_type" in wanted:
        fields["note_type"] = enum_name(note_pb2.NoteType, message.note_type, "note.note_type")
    if "priority" in wanted:
        fields["priority"] = enum_name(note_pb2.NotePriority, message.priority, "note.priority")
    if "visible_to_client" in wanted:
        fields["visible_to_client"] = message.visible_to_client
    if "tags" in wanted:
        fields["tags"] = list(message.tags)
    if "mentions" in wanted:
        fields["mentions"] = list(message.mentions)
    if "attachments" in wanted:
        fields["attachments"] = [
            NoteAttachment(a.url, a.file_name, a.mime_type, a.size_bytes)
            for a in message.attachments
        ]
    return fields


def _is_note_field(path: str) -> bool:
    return path.split(".")[0].split("[")[0] in EDITABLE


@contextlib.contextmanager
def note_field_paths(prefix: str = "note") -> Iterator[None]:
    """Name violations of the note's own fields as request fields ("content" → "note.content")."""
    try:
        yield
    except InvalidArgument as error:
        if not any(_is_note_field(v.field) for v in error.violations):
            raise
        renamed = (
            FieldViolation(
                f"{prefix}.{v.field}" if _is_note_field(v.field) else v.field, v.description
            )
            for v in error.violations
        )
        raise InvalidArgument(*renamed) from error
