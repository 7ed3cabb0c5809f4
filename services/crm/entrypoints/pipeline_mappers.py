"""Pipelines, contacts' statuses and automation rules between the contract and the domain."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from datetime import UTC
from typing import Any

from google.protobuf import json_format
from google.protobuf.message import Message

from crm.domain.automation import AutomationRule
from crm.domain.automation_actions import AutomationAction, AutomationActionType
from crm.domain.automation_triggers import AutomationTrigger
from crm.domain.contact_pipeline import ContactPipelineHistoryEntry, ContactPipelineStatus
from crm.domain.pipeline_statuses import STATUS_FIELDS, NewStatus, PipelineStatus
from crm.domain.pipelines import Pipeline
from crm.domain.values import Actor, ActorType
from crm.entrypoints.contact_mappers import custom_field_value
from crm.service_layer.automation import stored_custom_field
from shared.context import Principal
from shared.domain import FieldViolation, InvalidArgument
from shared.protomap import enum_value, fill
from ventros.common.v1 import types_pb2
from ventros.crm.v1 import pipeline_pb2 as pb

PIPELINE_FIELDS = (
    "name",
    "description",
    "color",
    "position",
    "active",
    "session_timeout",
    "lead_qualification",
)
STATUS_UPDATABLE = ("name", "description", "color", "type", "active")
RULE_FIELDS = (
    "name",
    "description",
    "trigger",
    "trigger_config",
    "conditions",
    "actions",
    "priority",
)
# Request fields that domain errors name as they are (not inside the resource).
_TOP_LEVEL = ("update_mask", "version", "request_id", "page_size", "page_token", "order_by")
_PARAMS = re.compile(r"actions\[(\d+)\]\.params(.*)")


# domain → contract


def pipeline(p: Pipeline) -> pb.Pipeline:
    return fill(pb.Pipeline(), p)


def status(s: PipelineStatus) -> pb.PipelineStatus:
    return fill(pb.PipelineStatus(), s)


def contact_pipeline_status(place: ContactPipelineStatus) -> pb.ContactPipelineStatus:
    return fill(pb.ContactPipelineStatus(), place)


def history_entry(stay: ContactPipelineHistoryEntry) -> pb.ContactPipelineHistoryEntry:
    return fill(pb.ContactPipelineHistoryEntry(), stay)


def automation_rule(rule: AutomationRule) -> pb.AutomationRule:
    return fill(pb.AutomationRule(), rule, actions=[action(a) for a in rule.actions])


def action(a: AutomationAction) -> pb.AutomationAction:
    if a.type is not AutomationActionType.UPDATE_CUSTOM_FIELD:
        return fill(pb.AutomationAction(), a)
    params = pb.AutomationUpdateCustomFieldParams(key=a.params["key"])
    value = stored_custom_field(a.params["value"])
    if value is not None:  # typed again so dates become Timestamps
        params.value.CopyFrom(fill(types_pb2.CustomFieldValue(), value))
    return fill(pb.AutomationAction(), a, update_custom_field=params)


# contract → domain


def actor(principal: Principal) -> Actor:
    kinds = {"user": ActorType.USER, "api_key": ActorType.API_KEY}
    return Actor(kinds.get(principal.kind, ActorType.SYSTEM), principal.subject)


def pipeline_fields(message: pb.Pipeline, paths: Iterable[str] | None = None) -> dict[str, Any]:
    """The fields to create with (all but active: new pipelines are active) or to update."""
    wanted = set(paths) if paths is not None else set(PIPELINE_FIELDS) - {"active"}
    fields: dict[str, Any] = {
        name: getattr(message, name)
        for name in ("name", "description", "color", "position", "active")
        if name in wanted
    }
    if "session_timeout" in wanted:
        fields["session_timeout"] = (
            message.session_timeout.ToTimedelta() if message.HasField("session_timeout") else None
        )
    if "lead_qualification" in wanted:
        fields["lead_qualification"] = (
            lead_qualification(message.lead_qualification)
            if message.HasField("lead_qualification")
            else None
        )
    return fields


def lead_qualification(message: pb.LeadQualificationConfig) -> dict[str, Any]:
    """Zero weights and a zero pass mark mean "unset": the documented defaults apply."""
    return {
        "enabled": message.enabled,
        "questions": [
            {"key": q.key, "label": q.label, "description": q.description, "weight": q.weight or 5}
            for q in message.questions
        ],
        "min_score": message.min_score or 5,
    }


def new_status(message: pb.PipelineStatus, at: str) -> NewStatus:
    """A status to add (new statuses are active), its fields checked and named under `at`."""
    kind = enum_value(pb.PipelineStatusType.DESCRIPTOR, message.type) or "open"
    given: dict[str, Any] = {
        "name": message.name,
        "description": message.description,
        "color": message.color,
        "type": kind,
    }
    with fields_under(at):
        for name, value in given.items():
            STATUS_FIELDS[name](value)
    return NewStatus(**given)


def status_changes(message: pb.PipelineStatus, paths: Iterable[str]) -> dict[str, Any]:
    kind = enum_value(pb.PipelineStatusType.DESCRIPTOR, message.type)
    every = {
        "name": message.name,
        "description": message.description,
        "color": message.color,
        "type": kind,
        "active": message.active,
    }
    return {path: every[path] for path in paths}


def triggers(values: Iterable[int]) -> list[AutomationTrigger]:
    found = []
    for i, value in enumerate(values):
        short = enum_value(pb.AutomationTrigger.DESCRIPTOR, value)
        if not short:
            raise InvalidArgument.field(f"triggers[{i}]", "must not be unspecified")
        found.append(AutomationTrigger(short))
    return found


def rule_fields(message: pb.AutomationRule, paths: Iterable[str] | None = None) -> dict[str, Any]:
    wanted = set(paths) if paths is not None else set(RULE_FIELDS)
    fields: dict[str, Any] = {
        name: getattr(message, name)
        for name in ("name", "description", "priority")
        if name in wanted
    }
    if "trigger" in wanted:
        fields["trigger"] = enum_value(pb.AutomationTrigger.DESCRIPTOR, message.trigger)
    if "trigger_config" in wanted:
        fields["trigger_config"] = (
            trigger_config(message.trigger_config) if message.HasField("trigger_config") else None
        )
    if "conditions" in wanted:
        fields["conditions"] = (
            condition_group(message.conditions) if message.HasField("conditions") else None
        )
    if "actions" in wanted:
        fields["actions"] = [action_fields(a, i) for i, a in enumerate(message.actions)]
    return fields


def trigger_config(message: pb.AutomationTriggerConfig) -> dict[str, Any]:
    return {
        "timeout": message.timeout.ToTimedelta() if message.HasField("timeout") else None,
        "from_status_ids": list(message.from_status_ids),
        "to_status_ids": list(message.to_status_ids),
        "tags": list(message.tags),
        "schedule": schedule(message.schedule) if message.HasField("schedule") else None,
        "custom_event_type": message.custom_event_type,
        "channel_ids": list(message.channel_ids),
        "custom_field_keys": list(message.custom_field_keys),
    }


def schedule(message: pb.AutomationSchedule) -> dict[str, Any]:
    def time(name: str) -> Any:
        return getattr(message, name).ToDatetime(tzinfo=UTC) if message.HasField(name) else None

    return {
        "type": enum_value(pb.AutomationScheduleType.DESCRIPTOR, message.type),
        "cron_expression": message.cron_expression,
        "start_time": time("start_time"),
        "end_time": time("end_time"),
        "day_of_week": message.day_of_week,
        "day_of_month": message.day_of_month or 1,  # 0 is unset; months start at 1
        "hour": message.hour,
        "minute": message.minute,
        "time_zone": message.time_zone,
    }


def condition_group(message: pb.AutomationConditionGroup) -> dict[str, Any]:
    return {
        "logical_operator": enum_value(
            pb.AutomationLogicalOperator.DESCRIPTOR, message.logical_operator
        ),
        "conditions": [
            {
                "field": c.field,
                "operator": enum_value(pb.AutomationConditionOperator.DESCRIPTOR, c.operator),
                "value": json_format.MessageToDict(c.value) if c.HasField("value") else None,
            }
            for c in message.conditions
        ],
        "groups": [condition_group(g) for g in message.groups],
    }


def action_fields(message: pb.AutomationAction, index: int) -> dict[str, Any]:
    kind = enum_value(pb.AutomationActionType.DESCRIPTOR, message.type)
    which = message.WhichOneof("params")
    if which and kind and which != kind:
        raise InvalidArgument.field(f"actions[{index}].{which}", f"does not match type {kind}")
    return {
        "type": kind,
        "delay": message.delay.ToTimedelta() if message.HasField("delay") else None,
        "params": params(getattr(message, which), f"actions[{index}].{which}") if which else {},
    }


def params(message: Message, at: str) -> dict[str, Any]:
    """An action's params message as the plain values the domain checks."""
    found: dict[str, Any] = {}
    for field in message.DESCRIPTOR.fields:
        value = getattr(message, field.name)
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            found[field.name] = dict(value)
        elif field.is_repeated:
            found[field.name] = list(value)
        elif field.enum_type is not None:
            found[field.name] = enum_value(field.enum_type, value) or None
        elif field.message_type is None:
            found[field.name] = value
        elif not message.HasField(field.name):
            found[field.name] = None
        elif field.message_type.full_name == types_pb2.CustomFieldValue.DESCRIPTOR.full_name:
            found[field.name] = custom_field_value(value, f"{at}.{field.name}")
        else:
            found[field.name] = json_format.MessageToDict(value)
    return found


@contextlib.contextmanager
def fields_under(prefix: str, rule: pb.AutomationRule | None = None) -> Iterator[None]:
    """Name the request's fields in violations the domain reports about a resource:
    "name" → "pipeline.name", "actions[0].params.text" →
    "automation_rule.actions[0].send_message.text".
    """
    try:
        yield
    except InvalidArgument as error:
        raise InvalidArgument(
            *(
                FieldViolation(_request_path(prefix, v.field, rule), v.description)
                for v in error.violations
            )
        ) from error


def _request_path(prefix: str, path: str, rule: pb.AutomationRule | None) -> str:
    if path.startswith(_TOP_LEVEL) or path.startswith(f"{prefix}."):
        return path
    match = _PARAMS.fullmatch(path)
    if match and rule is not None and int(match[1]) < len(rule.actions):
        given = rule.actions[int(match[1])]
        oneof = given.WhichOneof("params") or enum_value(
            pb.AutomationActionType.DESCRIPTOR, given.type
        )
        path = f"actions[{match[1]}].{oneof or 'params'}{match[2]}"
    return f"{prefix}.{path}"
