"""The transactional outbox: events are rows written in the aggregate's transaction.

Each context's schema has an `outbox` table (see shared.migration_sql); the relay
publishes its rows. Events leave as the proto messages the contract declares.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from google.protobuf import descriptor_pb2, timestamp_pb2
from google.protobuf.message import Message
from sqlalchemy.ext.asyncio import AsyncConnection

from shared import context
from shared.domain import Aggregate, DomainEvent
from shared.repository import Driver
from ventros.common.v1 import event_pb2, options_pb2

if TYPE_CHECKING:
    from google.protobuf.internal.extension_dict import _ExtensionFieldDescriptor

# Encodes an event as its contract message; the aggregate that recorded it is
# passed along so events can carry a snapshot of the resource.
EventEncoder = Callable[[DomainEvent, Aggregate], Message]


def routing_key_of(message: Message) -> str:
    # The generated stubs type extensions as plain FieldDescriptors.
    routing_key = cast(
        "_ExtensionFieldDescriptor[descriptor_pb2.MessageOptions, str]",
        options_pb2.event_routing_key,
    )
    key = message.DESCRIPTOR.GetOptions().Extensions[routing_key]
    if not key:
        raise ValueError(f"{message.DESCRIPTOR.full_name} is not a domain event")
    return key


def metadata_for(event: DomainEvent) -> event_pb2.EventMetadata:
    occur = timestamp_pb2.Timestamp()
    occur.FromDatetime(event.occur_time)
    ctx = context.current()
    actor = event_pb2.Actor()
    if ctx is not None and ctx.principal is not None:
        kinds = {"user": event_pb2.ACTOR_TYPE_USER, "api_key": event_pb2.ACTOR_TYPE_API_KEY}
        actor.type = kinds.get(ctx.principal.kind, event_pb2.ACTOR_TYPE_SYSTEM)
        actor.id = ctx.principal.subject
    else:
        actor.type = event_pb2.ACTOR_TYPE_SYSTEM
    return event_pb2.EventMetadata(
        event_id=str(event.event_id),
        aggregate_id=str(event.aggregate_id),
        project_id=str(event.project_id) if event.project_id else "",
        occur_time=occur,
        aggregate_version=event.aggregate_version,
        correlation_id=ctx.correlation_id if ctx else "",
        causation_id=ctx.request_id if ctx else "",
        actor=actor,
    )


class OutboxWriter:
    """Writes encoded events into `<schema>.outbox` on the caller's connection."""

    def __init__(self, schema: str, encode: EventEncoder) -> None:
        self._encode = encode
        self._insert = (
            f"INSERT INTO {schema}.outbox "
            "(id, project_id, routing_key, type, payload, correlation_id, occurred_at) "
            "VALUES (:id, :project_id, :routing_key, :type, :payload, :correlation_id,"
            " :occurred_at)"
        )

    def rows(self, events: list[tuple[DomainEvent, Aggregate]]) -> list[dict[str, Any]]:
        rows = []
        for event, aggregate in events:
            message = self._encode(event, aggregate)
            key = routing_key_of(message)
            if key != event.routing_key:
                raise ValueError(
                    f"{type(event).__name__} encodes as {key}, not {event.routing_key}"
                )
            # every event message has metadata (the contract tests check it)
            meta: event_pb2.EventMetadata = message.metadata  # type: ignore[attr-defined]
            rows.append(
                {
                    "id": event.event_id,
                    "project_id": event.project_id,
                    "routing_key": key,
                    "type": message.DESCRIPTOR.full_name,
                    "payload": message.SerializeToString(deterministic=True),
                    "correlation_id": meta.correlation_id,
                    "occurred_at": event.occur_time,
                }
            )
        return rows

    async def write(
        self, conn: AsyncConnection, events: list[tuple[DomainEvent, Aggregate]]
    ) -> None:
        if events:  # pipelined on the transaction's asyncpg connection: one round trip
            await Driver(conn).executemany(self._insert, self.rows(events))


def event_uuid(message: Message) -> uuid.UUID:
    return uuid.UUID(message.metadata.event_id)  # type: ignore[attr-defined]  # an event message
