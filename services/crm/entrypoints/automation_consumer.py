"""The crm.automation consumer: events that fire automation rules → Automation.run.

Each event becomes a Firing: the contact it concerns, the pipeline that scopes
the rules (the session's or the status change's, when the event names one),
the trigger details trigger filters read, and the facts conditions read
("session", "message", "pipeline_status", "tracking" besides "contact"). Facts
keep the contract's field names; enums are their short lower-case values,
times datetimes, durations seconds.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import UTC
from typing import TYPE_CHECKING, Any

from google.protobuf import json_format
from google.protobuf.descriptor import FieldDescriptor
from google.protobuf.message import Message

from crm.domain.automation_triggers import TRIGGERS_BY_EVENT
from crm.service_layer.automation import AUTOMATION_ACTOR, CONSUMER, Automation, Firing
from shared.consumer import Consumer, Envelope
from shared.outbox import routing_key_of
from shared.protomap import enum_value
from ventros.crm.v1 import events_pb2 as crm_events
from ventros.messaging.v1 import events_pb2 as messaging_events
from ventros.messaging.v1 import message_pb2, session_pb2

if TYPE_CHECKING:
    from google._upb._message import FieldDescriptor as UpbFieldDescriptor

log = logging.getLogger(__name__)
QUEUE = CONSUMER
BINDINGS = tuple(TRIGGERS_BY_EVENT)  # the routing keys the domain maps to triggers
Details = dict[str, Any]


class AutomationConsumer:
    def __init__(self, automation: Automation) -> None:
        self._automation = automation

    def consumer(self, amqp_url: str) -> Consumer:
        return Consumer(amqp_url=amqp_url, queue=QUEUE, bindings=BINDINGS, handler=self.handle)

    async def handle(self, event: Message, envelope: Envelope) -> None:
        firing = firing_of(event, envelope)
        if firing is not None:
            await self._automation.run(firing)


def firing_of(event: Message, envelope: Envelope) -> Firing | None:
    read = _READERS.get(type(event))
    meta = event.metadata  # type: ignore[attr-defined]
    project_id = envelope.project_id or _uuid(meta.project_id)
    if read is None or project_id is None:
        log.warning("event ignored", extra={"fields": {"type": event.DESCRIPTOR.full_name}})
        return None
    details = read(event)
    if details is None:
        return None
    return Firing(
        event_id=envelope.event_id,
        event_type=routing_key_of(event),
        project_id=project_id,
        # Events the rules cause continue this correlation (the loop guard follows it).
        correlation_id=meta.correlation_id or envelope.correlation_id or str(envelope.event_id),
        caused_by_automation=meta.actor.id == AUTOMATION_ACTOR,
        contact_id=_uuid(details.pop("contact_id", "")),
        session_id=_uuid(details.pop("session_id", "")),
        pipeline_id=_uuid(details.pop("pipeline_id", "")),
        inactivity=details.pop("inactivity", False),
        trigger=details.pop("trigger", {}),
        subjects=details,
    )


def _message_received(event: messaging_events.MessageReceived) -> Details | None:
    if event.source == message_pb2.MESSAGE_SOURCE_HISTORY_IMPORT:
        return None  # backfilled history must not fire automations
    message = {**facts_of(event, skip=("message",)), "id": event.message_id}
    return {
        "contact_id": event.contact_id,
        "session_id": event.session_id,
        "pipeline_id": event.pipeline_id,
        "trigger": {"channel_id": event.channel_id},
        "message": message,
        "session": {"id": event.session_id, "channel_id": event.channel_id},
    }


def _session_started(event: messaging_events.SessionStarted) -> Details:
    return _session(event.session, facts_of(event.session))


def _session_event(event: Message) -> Details:
    return _session(event, {**facts_of(event), "id": event.session_id})  # type: ignore[attr-defined]


def _session(source: Any, session: Details) -> Details:
    ended_by_inactivity = (
        getattr(source, "end_reason", 0) == session_pb2.SESSION_END_REASON_INACTIVITY_TIMEOUT
    )
    return {
        "contact_id": source.contact_id,
        "session_id": session["id"],
        "pipeline_id": getattr(source, "pipeline_id", ""),  # escalations name none
        "inactivity": ended_by_inactivity,
        "trigger": {"channel_id": source.channel_id},
        "session": {**session.pop("metrics", {}), **session},
    }


def _status_changed(event: crm_events.ContactPipelineStatusChanged) -> Details:
    return {
        "contact_id": event.contact_id,
        "pipeline_id": event.pipeline_id,
        "trigger": {
            "from_status_id": event.previous_status_id,
            "to_status_id": event.new_status_id,
        },
        "pipeline_status": facts_of(event),
    }


def _contact_created(event: crm_events.ContactCreated) -> Details:
    return {"contact_id": event.contact.id}


def _tags(event: crm_events.ContactTagAdded | crm_events.ContactTagRemoved) -> Details:
    return {"contact_id": event.contact_id, "trigger": {"tags": list(event.tags)}}


def _custom_field_set(event: crm_events.ContactCustomFieldSet) -> Details:
    return {"contact_id": event.contact_id, "trigger": {"custom_field_key": event.key}}


def _tracking_created(event: crm_events.TrackingCreated) -> Details:
    return {"contact_id": event.tracking.contact_id, "tracking": facts_of(event.tracking)}


_READERS: dict[type[Message], Callable[[Any], Details | None]] = {
    messaging_events.MessageReceived: _message_received,
    messaging_events.SessionStarted: _session_started,
    messaging_events.SessionEnded: _session_event,
    messaging_events.SessionResolved: _session_event,
    messaging_events.SessionEscalated: _session_event,
    crm_events.ContactPipelineStatusChanged: _status_changed,
    crm_events.ContactCreated: _contact_created,
    crm_events.ContactTagAdded: _tags,
    crm_events.ContactTagRemoved: _tags,
    crm_events.ContactCustomFieldSet: _custom_field_set,
    crm_events.TrackingCreated: _tracking_created,
}


def facts_of(message: Message, skip: tuple[str, ...] = ()) -> Details:
    """A message as facts: every scalar (defaults included), set sub-messages, lists."""
    found: Details = {}
    for field in message.DESCRIPTOR.fields:
        if field.name == "metadata" or field.name in skip:
            continue
        value = getattr(message, field.name)
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            found[field.name] = json_format.MessageToDict(
                message, preserving_proto_field_name=True
            ).get(field.name, {})
        elif field.is_repeated:
            found[field.name] = [_fact(field, item) for item in value]
        elif field.message_type is None or message.HasField(field.name):
            found[field.name] = _fact(field, value)
    return found


def _fact(field: FieldDescriptor | UpbFieldDescriptor, value: Any) -> Any:
    if field.enum_type is not None:
        return enum_value(field.enum_type, value) or None
    if field.message_type is None:
        return value
    name = field.message_type.full_name
    if name == "google.protobuf.Timestamp":
        return value.ToDatetime(tzinfo=UTC)
    if name == "google.protobuf.Duration":
        return value.ToTimedelta().total_seconds()
    if name.startswith("google.protobuf."):
        return json_format.MessageToDict(value)
    return facts_of(value)


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:
        return None
