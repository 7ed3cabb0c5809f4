"""Domain events → their contract messages, found by routing key and filled by name."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import ModuleType

from google.protobuf import message_factory
from google.protobuf.message import Message

from shared import protomap
from shared.domain import Aggregate, DomainEvent
from shared.outbox import metadata_for
from ventros.common.v1 import options_pb2

ResourceMapper = Callable[[Aggregate], Message]
# An event message's plan: (field, aggregate class, mapper) per field that takes a
# snapshot, and the name of its "<aggregate>_id" field.
_Plan = tuple[tuple[tuple[str, type[Aggregate], ResourceMapper], ...], str]


class ProtoEventEncoder:
    """Copies an event's fields onto its message; resource-typed fields get a snapshot.

    `snapshots` maps a resource message's full name (e.g. "ventros.identity.v1.User")
    to (aggregate class, mapper): a field of that type is filled with the mapped
    aggregate that recorded the event, when it is of that class.
    """

    def __init__(
        self,
        events_module: ModuleType,
        snapshots: Mapping[str, tuple[type[Aggregate], ResourceMapper]],
    ) -> None:
        self._classes: dict[str, type[Message]] = {}
        for descriptor in events_module.DESCRIPTOR.message_types_by_name.values():
            key = descriptor.GetOptions().Extensions[options_pb2.event_routing_key]
            if key:
                self._classes[key] = message_factory.GetMessageClass(descriptor)
        self._snapshots = snapshots
        self._plans: dict[str, _Plan] = {}  # per routing key, made on first use

    def __call__(self, event: DomainEvent, aggregate: Aggregate) -> Message:
        cls = self._classes.get(event.routing_key)
        if cls is None:
            raise LookupError(f"no contract message declares routing key {event.routing_key}")
        message = cls()
        overrides: dict[str, object] = {"metadata": metadata_for(event)}
        plan = self._plans.get(event.routing_key)
        if plan is None:
            plan = self._plans[event.routing_key] = self._plan(cls, event.routing_key)
        snapshot_fields, aggregate_id_name = plan
        for name, model, mapper in snapshot_fields:
            carried = getattr(event, name, None)  # the state when the event happened
            if isinstance(carried, model):
                overrides[name] = mapper(carried)
            elif isinstance(aggregate, model):
                overrides[name] = mapper(aggregate)
        # "<aggregate>_id" fields (user_id on UserSuspended, …) name the event's aggregate.
        fallback = {aggregate_id_name: event.aggregate_id, "id": event.aggregate_id}
        return protomap.fill(message, event, fallback, **overrides)

    def _plan(self, cls: type[Message], routing_key: str) -> _Plan:
        """Found once per message class, not per event (walking the descriptor's fields
        per event was a noticeable share of encoding)."""
        snapshot_fields = []
        for field in cls.DESCRIPTOR.fields:
            snapshot = field.message_type and self._snapshots.get(field.message_type.full_name)
            if snapshot and field.name != "metadata":
                model, mapper = snapshot
                snapshot_fields.append((field.name, model, mapper))
        return tuple(snapshot_fields), f"{routing_key.split('.')[1]}_id"
