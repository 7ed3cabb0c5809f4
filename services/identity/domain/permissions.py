"""Permission vocabulary: "<resource>:<operation>", with "*" as a wildcard on either side."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from shared.authz import grants
from shared.domain import InvalidArgument

WILDCARD = "*"


class Resource(StrEnum):
    PROJECT = "project"
    USER = "user"
    MEMBER = "member"
    CREDENTIAL = "credential"
    BILLING = "billing"
    CONTACT = "contact"
    LIST = "list"
    NOTE = "note"
    TRACKING = "tracking"
    PIPELINE = "pipeline"
    CHANNEL = "channel"
    CHAT = "chat"
    SESSION = "session"
    MESSAGE = "message"
    AGENT = "agent"
    BROADCAST = "broadcast"
    SEQUENCE = "sequence"
    CAMPAIGN = "campaign"
    WEBHOOK = "webhook"
    ANALYTICS = "analytics"
    EVENT = "event"
    SAGA = "saga"


class Operation(StrEnum):
    CREATE = "create"
    READ = "read"
    UPDATE = "update"
    DELETE = "delete"
    LIST = "list"
    EXPORT = "export"
    IMPORT = "import"
    MANAGE = "manage"  # state transitions and sensitive actions (assign, suspend, reveal)


def permission(resource: Resource, operation: Operation) -> str:
    return f"{resource.value}:{operation.value}"


ALL_PERMISSIONS: frozenset[str] = frozenset(
    permission(resource, operation) for resource in Resource for operation in Operation
)


def parse_permission(text: str) -> tuple[Resource, Operation]:
    """Split a concrete permission into its parts; unknown parts are InvalidArgument."""
    resource, _, operation = text.partition(":")
    try:
        return Resource(resource), Operation(operation)
    except ValueError:
        raise InvalidArgument.field(
            "permission", f"{text!r} is not <resource>:<operation> of known parts"
        ) from None


def expand(declared: Iterable[str]) -> frozenset[str]:
    """Every concrete permission that `declared` (which may hold wildcards) grants."""
    patterns = tuple(declared)
    return frozenset(p for p in ALL_PERMISSIONS if grants(patterns, p))
