"""Which domain events become timeline entries, and how (a pure table).

`timeline_entry_for(routing_key, payload)` takes an event as its routing key
and its decoded message (see event_payloads) and returns the entry to store,
or None for events that are not part of a contact's story (including the
timeline's own ContactEventCreated, so the consumer never feeds itself).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crm.domain.event_payloads import a_time, an_id, enum_value, text
from crm.domain.timeline import ContactEventSource as Source
from crm.domain.timeline import TimelineEntry
from crm.domain.timeline_crm import CRM_DESCRIBERS, Describer
from crm.domain.timeline_messaging import MESSAGING_DESCRIBERS
from crm.domain.values import Actor, ActorType

DESCRIBERS: dict[str, Describer] = {**CRM_DESCRIBERS, **MESSAGING_DESCRIBERS}

_SOURCES = {
    ActorType.USER: Source.USER,
    ActorType.AGENT: Source.AGENT,
    ActorType.API_KEY: Source.INTEGRATION,
}


def timeline_entry_for(routing_key: str, payload: Mapping[str, Any]) -> TimelineEntry | None:
    describe = DESCRIBERS.get(routing_key)
    described = describe(payload) if describe else None
    if not described or described.get("contact_id") is None:
        return None
    actor = _actor(payload)
    defaults: dict[str, Any] = {
        "project_id": an_id(payload, "metadata", "project_id"),
        "actor": actor,
        "source": _SOURCES.get(actor.type, Source.SYSTEM) if actor else Source.SYSTEM,
        "occur_time": a_time(payload, "metadata", "occur_time"),
        "source_event_id": an_id(payload, "metadata", "event_id"),
        "source_event_type": routing_key,
    }
    return TimelineEntry(**{**defaults, **described})


def _actor(payload: Mapping[str, Any]) -> Actor | None:
    kind = enum_value(payload, "metadata", "actor", "type", prefix="ACTOR_TYPE_")
    try:
        return Actor(ActorType(kind), text(payload, "metadata", "actor", "id")) if kind else None
    except ValueError:
        return None
