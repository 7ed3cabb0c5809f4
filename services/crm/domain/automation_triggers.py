"""What fires an automation rule: the trigger, its parameters, and which events raise it.

Facts about the firing (see automation.matches) carry the trigger details under
"trigger": from_status_id, to_status_id, tags, channel_id, custom_field_key,
event_type, elapsed (a timedelta since the awaited reply, for timeouts).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from crm.domain.automation_schedules import AutomationSchedule, schedule_of
from crm.domain.custom_fields import check_custom_field_key
from crm.domain.values import normalise_tags
from shared.domain import InvalidArgument


class AutomationTrigger(StrEnum):
    SESSION_STARTED = "session_started"
    SESSION_ENDED = "session_ended"
    SESSION_TIMEOUT = "session_timeout"  # a session ended by inactivity
    SESSION_RESOLVED = "session_resolved"
    SESSION_ESCALATED = "session_escalated"
    MESSAGE_RECEIVED = "message_received"
    NO_RESPONSE_TIMEOUT = "no_response_timeout"
    STATUS_CHANGED = "status_changed"
    CONTACT_CREATED = "contact_created"
    TAG_ADDED = "tag_added"
    TAG_REMOVED = "tag_removed"
    CUSTOM_FIELD_SET = "custom_field_set"
    TRACKING_CREATED = "tracking_created"
    SCHEDULED = "scheduled"
    CUSTOM = "custom"


_T = AutomationTrigger
TRIGGERS_BY_EVENT: dict[str, AutomationTrigger] = {
    "messaging.session.started": _T.SESSION_STARTED,
    "messaging.session.ended": _T.SESSION_ENDED,
    "messaging.session.resolved": _T.SESSION_RESOLVED,
    "messaging.session.escalated": _T.SESSION_ESCALATED,
    "messaging.message.received": _T.MESSAGE_RECEIVED,
    "crm.contact.pipeline_status_changed": _T.STATUS_CHANGED,
    "crm.contact.created": _T.CONTACT_CREATED,
    "crm.contact.tag_added": _T.TAG_ADDED,
    "crm.contact.tag_removed": _T.TAG_REMOVED,
    "crm.contact.custom_field_set": _T.CUSTOM_FIELD_SET,
    "crm.tracking.created": _T.TRACKING_CREATED,
}


def triggers_for(routing_key: str, *, inactivity: bool = False) -> tuple[AutomationTrigger, ...]:
    """The triggers an event raises; a session that ended by inactivity also times out."""
    if routing_key.startswith("custom."):
        return (_T.CUSTOM,)
    trigger = TRIGGERS_BY_EVENT.get(routing_key)
    if trigger is None:
        return ()
    return (
        (trigger, _T.SESSION_TIMEOUT) if trigger is _T.SESSION_ENDED and inactivity else (trigger,)
    )


@dataclass(frozen=True)
class AutomationTriggerConfig:
    timeout: timedelta | None = None  # NO_RESPONSE_TIMEOUT (required), SESSION_TIMEOUT
    from_status_ids: tuple[uuid.UUID, ...] = ()  # STATUS_CHANGED (empty: any)
    to_status_ids: tuple[uuid.UUID, ...] = ()
    tags: tuple[str, ...] = ()  # TAG_ADDED / TAG_REMOVED
    schedule: AutomationSchedule | None = None  # SCHEDULED (required)
    custom_event_type: str = ""  # CUSTOM (required, "custom.…")
    channel_ids: tuple[uuid.UUID, ...] = ()  # message and session triggers
    custom_field_keys: tuple[str, ...] = ()  # CUSTOM_FIELD_SET


def trigger_config(
    trigger: AutomationTrigger,
    given: AutomationTriggerConfig | Mapping[str, Any] | None,
) -> AutomationTriggerConfig:
    raw = dict((given.__dict__ if isinstance(given, AutomationTriggerConfig) else given) or {})
    config = AutomationTriggerConfig(
        timeout=raw.get("timeout"),
        from_status_ids=_ids(raw.get("from_status_ids"), "from_status_ids"),
        to_status_ids=_ids(raw.get("to_status_ids"), "to_status_ids"),
        tags=normalise_tags(raw.get("tags") or (), "trigger_config.tags"),
        schedule=schedule_of(raw["schedule"]) if raw.get("schedule") else None,
        custom_event_type=str(raw.get("custom_event_type") or "").strip(),
        channel_ids=_ids(raw.get("channel_ids"), "channel_ids"),
        custom_field_keys=tuple(
            check_custom_field_key(k, "trigger_config.custom_field_keys")
            for k in raw.get("custom_field_keys") or ()
        ),
    )
    if config.timeout is not None and config.timeout <= timedelta(0):
        raise InvalidArgument.field("trigger_config.timeout", "must be positive")
    if trigger is _T.NO_RESPONSE_TIMEOUT and config.timeout is None:
        raise InvalidArgument.field("trigger_config.timeout", "is required for this trigger")
    if trigger is _T.SCHEDULED and config.schedule is None:
        raise InvalidArgument.field("trigger_config.schedule", "is required for this trigger")
    if trigger is _T.CUSTOM and not config.custom_event_type.startswith("custom."):
        raise InvalidArgument.field("trigger_config.custom_event_type", "must start with 'custom.'")
    return config


def trigger_admits(config: AutomationTriggerConfig, facts: Mapping[str, Any]) -> bool:
    """Whether the firing's details pass the trigger's filters (empty filters pass)."""
    details = facts.get("trigger") or {}
    checks = (
        (config.from_status_ids, {str(details.get("from_status_id"))}),
        (config.to_status_ids, {str(details.get("to_status_id"))}),
        (config.channel_ids, {str(details.get("channel_id"))}),
        (config.tags, set(normalise_tags(details.get("tags") or ()))),
        (config.custom_field_keys, {details.get("custom_field_key")}),
    )
    for wanted, seen in checks:
        if wanted and not {str(w) for w in wanted} & {str(s) for s in seen}:
            return False
    if config.custom_event_type and details.get("event_type") != config.custom_event_type:
        return False
    elapsed = details.get("elapsed")
    return config.timeout is None or elapsed is None or elapsed >= config.timeout


def _ids(values: Iterable[Any] | None, field_name: str) -> tuple[uuid.UUID, ...]:
    try:
        return tuple(v if isinstance(v, uuid.UUID) else uuid.UUID(str(v)) for v in values or ())
    except ValueError:
        raise InvalidArgument.field(f"trigger_config.{field_name}", "must be ids") from None
