"""Reading requests at the gRPC edge: ids, field masks, the caller."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from google.protobuf import field_mask_pb2, timestamp_pb2

from shared import context
from shared.domain import FieldViolation, InvalidArgument, Unauthenticated


def parse_uuid(value: str, field: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        raise InvalidArgument.field(field, "must be a UUID") from None


def optional_uuid(value: str, field: str) -> uuid.UUID | None:
    return parse_uuid(value, field) if value else None


def required(value: str, field: str) -> str:
    if not value or not value.strip():
        raise InvalidArgument.field(field, "is required")
    return value


def timestamp_or_none(message: object, field: str) -> datetime | None:
    """A Timestamp field's value, or None when it is not set."""
    if not message.HasField(field):  # type: ignore[attr-defined]
        return None
    stamp: timestamp_pb2.Timestamp = getattr(message, field)
    return stamp.ToDatetime(tzinfo=UTC)


def mask_paths(
    mask: field_mask_pb2.FieldMask,
    allowed: Iterable[str],
    *,
    field: str = "update_mask",
    prefixes: tuple[str, ...] = (),
) -> set[str]:
    """The paths to update; an empty mask is refused (AIP-134 requires saying what changes).

    `prefixes` admit map entries such as "custom_fields.<key>".
    """
    allowed = set(allowed)
    paths = set(mask.paths)
    if not paths:
        raise InvalidArgument.field(field, f"name the fields to update: {sorted(allowed)}")
    unknown = sorted(p for p in paths - allowed if not p.startswith(prefixes) or not prefixes)
    if unknown:
        raise InvalidArgument(
            *(FieldViolation(f"{field}.paths", f"{p!r} cannot be updated") for p in unknown)
        )
    return paths


def caller() -> context.Principal:
    ctx = context.current()
    if ctx is None or ctx.principal is None:
        raise Unauthenticated("not authenticated")
    return ctx.principal


def caller_project() -> uuid.UUID:
    project = caller().project_id
    if project is None:
        raise Unauthenticated("the credential is not scoped to a project")
    return project


def list_options(request: Any) -> dict[str, Any]:
    """The standard List fields (AIP-132) of a request, as keyword arguments."""
    return {
        name: getattr(request, name) for name in ("page_size", "page_token", "filter", "order_by")
    }
