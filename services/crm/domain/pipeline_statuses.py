"""A stage of a pipeline, and the rules its fields keep."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from crm.domain.values import hex_color, optional_text, required_text
from shared.domain import InvalidArgument

MAX_STATUS_NAME_LENGTH = 100
MAX_DESCRIPTION_LENGTH = 1000


class PipelineStatusType(StrEnum):
    OPEN = "open"  # not yet worked
    ACTIVE = "active"  # in progress
    CLOSED = "closed"  # won, lost, resolved


@dataclass(kw_only=True)
class PipelineStatus:
    """An entity of the Pipeline aggregate; changed only through its pipeline."""

    id: uuid.UUID
    pipeline_id: uuid.UUID
    name: str
    description: str = ""
    color: str = ""
    type: PipelineStatusType = PipelineStatusType.OPEN
    position: int = 0
    active: bool = True
    create_time: datetime
    update_time: datetime


@dataclass(frozen=True, kw_only=True)
class NewStatus:
    """A status to add: what the caller chooses (id and position are the pipeline's)."""

    name: str
    type: PipelineStatusType | str = PipelineStatusType.OPEN
    color: str = ""
    description: str = ""
    active: bool = True


def status_type(value: Any, field_name: str = "type") -> PipelineStatusType:
    try:
        return PipelineStatusType(value)
    except ValueError:
        raise InvalidArgument.field(field_name, "must be open, active or closed") from None


# Field → validation of a status field's new value.
STATUS_FIELDS: dict[str, Callable[[Any], Any]] = {
    "name": lambda v: required_text(v or "", "name", MAX_STATUS_NAME_LENGTH),
    "description": lambda v: optional_text(v, "description", MAX_DESCRIPTION_LENGTH),
    "color": lambda v: hex_color(v or ""),
    "type": status_type,
    "active": lambda v: bool(v),
}


def name_key(name: str) -> str:
    """Status names are unique in a pipeline ignoring case."""
    return name.casefold()
