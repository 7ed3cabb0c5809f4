"""Automation rules: managing a pipeline's rules, and running them on the events that fire them.

Running (Automation.run) evaluates the enabled rules of the event's triggers
with the domain. Actions crm owns (tags, custom fields, pipeline moves, notes)
that are due at once run in the same unit of work; everything else — other
contexts' actions and every delayed action — is handed off in the rule's
AutomationRuleTriggered event, whose executors honour each action's delay.

Loops: every event this consumer causes carries the actor AUTOMATION_ACTOR and
the triggering event's correlation id. A rule fires at most once per contact
and correlation id on events automation caused, so a rule whose actions
re-trigger it (directly or through other rules) stops after one round.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from crm.adapters.automation_rules import RULE_ORDER, AutomationRuleRepository
from crm.adapters.notes import NoteRepository
from crm.adapters.pipelines import PipelineRepository
from crm.domain import errors
from crm.domain.automation import AutomationRule, actions_due
from crm.domain.automation_actions import AutomationAction, AutomationActionType
from crm.domain.automation_triggers import AutomationTrigger, triggers_for
from crm.domain.contacts import Contact
from crm.domain.custom_fields import CustomFieldValue
from crm.domain.events import AutomationRuleTriggered
from crm.domain.note_fields import NoteAuthorType
from crm.domain.notes import Note
from crm.domain.pipelines import Pipeline
from crm.domain.values import Actor, ActorType
from crm.service_layer.pipelines import move_contact
from crm.service_layer.unit_of_work import CrmUnitOfWork
from shared import context
from shared.consumer import claim_event
from shared.domain import DomainError, InvalidArgument, NotFound, check_version
from shared.repository import Order, Page

log = logging.getLogger(__name__)
UnitOfWorkFactory = Callable[..., CrmUnitOfWork]
CONSUMER = "crm.automation"
FIRINGS = "crm.automation.firings"  # inbox markers of the loop guard
AUTOMATION_ACTOR = "crm.automation"  # actor id of every event the consumer causes
BY_PRIORITY = Order("priority", descending=True)
_T = AutomationActionType
RUN_HERE = frozenset(
    {_T.ADD_TAG, _T.REMOVE_TAG, _T.UPDATE_CUSTOM_FIELD, _T.CHANGE_PIPELINE_STATUS, _T.CREATE_NOTE}
)
_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_.]+)\s*\}\}")


class AutomationRules:
    """Create, read, change and switch a pipeline's rules."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def create(
        self,
        project_id: uuid.UUID,
        pipeline_id: uuid.UUID,
        fields: Mapping[str, Any],
        request_id: str,
    ) -> AutomationRule:
        async with self._uow() as uow:
            rules = uow.repository(AutomationRuleRepository)
            seen = await uow.idempotency.seen(project_id, "create_automation_rule", request_id)
            if seen:
                return await rules.live(seen, pipeline_id)
            pipeline = await _live_pipeline(uow, pipeline_id)
            given = dict(fields)
            rule = AutomationRule.create(
                project_id=project_id,
                pipeline_id=pipeline_id,
                name=given.pop("name", ""),
                trigger=given.pop("trigger", ""),
                actions=given.pop("actions", ()),
                **given,
            )
            await _check_targets(uow, pipeline, rule)
            await rules.add(rule)
            await uow.idempotency.remember(
                project_id, "create_automation_rule", request_id, rule.id
            )
            await uow.commit()
            return rule

    async def get(self, pipeline_id: uuid.UUID, rule_id: uuid.UUID) -> AutomationRule:
        async with self._uow() as uow:
            return await uow.repository(AutomationRuleRepository).live(rule_id, pipeline_id)

    async def list(
        self,
        pipeline_id: uuid.UUID,
        triggers: Collection[AutomationTrigger],
        enabled_only: bool,
        page_size: int,
        page_token: str,
        order_by: str,
    ) -> Page[AutomationRule]:
        chosen = Order.parse(order_by, set(RULE_ORDER), BY_PRIORITY)
        order = Order(RULE_ORDER[chosen.column], chosen.descending)
        where = ["pipeline_id = :pipeline", "delete_time IS NULL"]
        params: dict[str, Any] = {"pipeline": pipeline_id}
        if triggers:
            where.append("trigger = ANY(:triggers)")
            params["triggers"] = sorted(t.value for t in triggers)
        if enabled_only:
            where.append("enabled")
        async with self._uow() as uow:
            await uow.repository(PipelineRepository).get(pipeline_id)
            return await uow.repository(AutomationRuleRepository).page(
                " AND ".join(where), params, page_size, page_token, order
            )

    async def update(
        self,
        pipeline_id: uuid.UUID,
        rule_id: uuid.UUID,
        changes: Mapping[str, Any],
        mask: Iterable[str],
        version: int,
    ) -> AutomationRule:
        async with self._uow() as uow:
            rule = await self._locked(uow, pipeline_id, rule_id, version)
            pipeline = await _live_pipeline(uow, pipeline_id)
            if rule.update(changes, mask):
                await _check_targets(uow, pipeline, rule)
                await uow.repository(AutomationRuleRepository).save(rule)
            await uow.commit()
            return rule

    async def delete(self, pipeline_id: uuid.UUID, rule_id: uuid.UUID, version: int) -> None:
        await self._change(pipeline_id, rule_id, version, lambda r: r.delete())

    async def enable(self, pipeline_id: uuid.UUID, rule_id: uuid.UUID) -> AutomationRule:
        return await self._change(pipeline_id, rule_id, 0, lambda r: r.enable(), live=True)

    async def disable(self, pipeline_id: uuid.UUID, rule_id: uuid.UUID) -> AutomationRule:
        return await self._change(pipeline_id, rule_id, 0, lambda r: r.disable())

    async def _change(
        self,
        pipeline_id: uuid.UUID,
        rule_id: uuid.UUID,
        version: int,
        change: Callable[[AutomationRule], object],
        *,
        live: bool = False,
    ) -> AutomationRule:
        async with self._uow() as uow:
            rule = await self._locked(uow, pipeline_id, rule_id, version)
            if live:
                await _live_pipeline(uow, pipeline_id)
            change(rule)
            await uow.repository(AutomationRuleRepository).save(rule)
            await uow.commit()
            return rule

    @staticmethod
    async def _locked(
        uow: CrmUnitOfWork, pipeline_id: uuid.UUID, rule_id: uuid.UUID, version: int
    ) -> AutomationRule:
        rule = await uow.repository(AutomationRuleRepository).live(
            rule_id, pipeline_id, for_update=True
        )
        check_version("automation rule", rule_id, version, rule.version)
        return rule


async def _live_pipeline(uow: CrmUnitOfWork, pipeline_id: uuid.UUID) -> Pipeline:
    pipeline = await uow.repository(PipelineRepository).get(pipeline_id)
    if pipeline.delete_time is not None:
        raise errors.PipelineIsDeleted(f"pipeline {pipeline_id} is deleted")
    return pipeline


async def _check_targets(uow: CrmUnitOfWork, pipeline: Pipeline, rule: AutomationRule) -> None:
    """Statuses a rule names must exist in the pipelines they belong to."""
    config = rule.trigger_config
    for name, ids in (
        ("from_status_ids", config.from_status_ids),
        ("to_status_ids", config.to_status_ids),
    ):
        for status_id in ids:
            _check_status(pipeline, status_id, f"trigger_config.{name}")
    for i, action in enumerate(rule.actions):
        if action.type is not _T.CHANGE_PIPELINE_STATUS:
            continue
        target = pipeline
        if action.params["pipeline_id"] and uuid.UUID(action.params["pipeline_id"]) != pipeline.id:
            try:
                target = await _live_pipeline(uow, uuid.UUID(action.params["pipeline_id"]))
            except (NotFound, errors.PipelineIsDeleted):
                raise InvalidArgument.field(
                    f"actions[{i}].params.pipeline_id", "is not a live pipeline"
                ) from None
        _check_status(
            target, uuid.UUID(action.params["status_id"]), f"actions[{i}].params.status_id"
        )


def _check_status(pipeline: Pipeline, status_id: uuid.UUID, field_name: str) -> None:
    try:
        pipeline.status(status_id)
    except NotFound:
        raise InvalidArgument.field(field_name, "is not a status of the pipeline") from None


@dataclass(frozen=True)
class Firing:
    """An event that may fire rules, as the facts rules are evaluated on."""

    event_id: uuid.UUID
    event_type: str  # routing key
    project_id: uuid.UUID
    correlation_id: str
    contact_id: uuid.UUID | None
    caused_by_automation: bool = False
    session_id: uuid.UUID | None = None
    pipeline_id: uuid.UUID | None = None  # only this pipeline's rules, when given
    inactivity: bool = False  # a session that ended by inactivity also times out
    subjects: Mapping[str, Any] = field(default_factory=dict)  # "session", "message", …
    trigger: Mapping[str, Any] = field(default_factory=dict)  # details trigger filters read


class Automation:
    """Runs the rules an event fires (the crm.automation consumer's use case)."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def run(self, firing: Firing) -> None:
        triggers = triggers_for(firing.event_type, inactivity=firing.inactivity)
        if not triggers:
            return
        # Events written at commit are caused by the firing event, in its correlation.
        principal = context.Principal(AUTOMATION_ACTOR, "service", firing.project_id, "service")
        token = context.set_current(
            context.RequestContext(str(firing.event_id), firing.correlation_id, principal)
        )
        try:
            async with self._uow(project_id=firing.project_id) as uow:
                if await claim_event(uow.connection, "crm", CONSUMER, firing.event_id):
                    await self._evaluate(uow, firing, triggers)
                await uow.commit()
        finally:
            context.reset(token)

    async def _evaluate(
        self, uow: CrmUnitOfWork, firing: Firing, triggers: Iterable[AutomationTrigger]
    ) -> None:
        rules = await uow.repository(AutomationRuleRepository).candidates(
            triggers, firing.pipeline_id
        )
        contact = await _acted_on(uow, firing.contact_id) if rules else None
        if contact is None:
            return  # every trigger acts on a contact; gone or unknown ones fire nothing
        facts = {
            **firing.subjects,
            "contact": contact_facts(contact),
            "trigger": {**firing.trigger, "event_type": firing.event_type},
        }
        for rule in rules:
            if actions_due(rule, facts) and await _not_a_loop(uow, rule, firing):
                await self._fire(uow, rule, contact, facts, firing)
        await uow.contacts.save(contact)

    async def _fire(
        self,
        uow: CrmUnitOfWork,
        rule: AutomationRule,
        contact: Contact,
        facts: Mapping[str, Any],
        firing: Firing,
    ) -> None:
        due = rule.fire(
            facts,
            contact_id=contact.id,
            session_id=firing.session_id,
            triggering_event_id=firing.event_id,
            triggering_event_type=firing.event_type,
        )
        handed_off = []
        for item in due:
            if item.delay or item.action.type not in RUN_HERE:
                handed_off.append(item.action)
                continue
            try:
                await _run_here(uow, rule, contact, item.action, facts, firing)
            except DomainError as error:  # one broken action must not block the others
                log.warning(
                    "automation action failed",
                    extra={
                        "fields": {
                            "rule": str(rule.id),
                            "action": item.action.type,
                            "error": str(error),
                        }
                    },
                )
        _hand_off(rule, handed_off)
        await uow.repository(AutomationRuleRepository).save(rule)


async def _acted_on(uow: CrmUnitOfWork, contact_id: uuid.UUID | None) -> Contact | None:
    if contact_id is None:
        return None
    contact = await uow.contacts.find("id = :id FOR UPDATE", id=contact_id)
    return contact if contact is not None and contact.is_live else None


async def _not_a_loop(uow: CrmUnitOfWork, rule: AutomationRule, firing: Firing) -> bool:
    """First firing of the rule for this contact in this correlation, or not caused by
    automation."""
    marker = uuid.uuid5(rule.id, f"{firing.correlation_id}/{firing.contact_id}")
    first = await claim_event(uow.connection, "crm", FIRINGS, marker)
    if not first and firing.caused_by_automation:
        log.info(
            "automation loop stopped",
            extra={"fields": {"rule": str(rule.id), "correlation_id": firing.correlation_id}},
        )
        return False
    return True


def _hand_off(rule: AutomationRule, actions: list[AutomationAction]) -> None:
    """The rule's AutomationRuleTriggered carries only the actions left to executors."""
    triggered = rule.events[-1]
    assert isinstance(triggered, AutomationRuleTriggered)
    rule.events[-1] = replace(triggered, actions=tuple(actions))


async def _run_here(
    uow: CrmUnitOfWork,
    rule: AutomationRule,
    contact: Contact,
    action: AutomationAction,
    facts: Mapping[str, Any],
    firing: Firing,
) -> None:
    params = action.params
    if action.type is _T.ADD_TAG:
        contact.add_tags(params["tags"])
    elif action.type is _T.REMOVE_TAG:
        contact.remove_tags(params["tags"])
    elif action.type is _T.UPDATE_CUSTOM_FIELD:
        contact.set_custom_field(params["key"], stored_custom_field(params["value"]))
    elif action.type is _T.CHANGE_PIPELINE_STATUS:
        pipeline_id = (
            uuid.UUID(params["pipeline_id"]) if params["pipeline_id"] else rule.pipeline_id
        )
        pipeline = await uow.repository(PipelineRepository).shared(pipeline_id)
        if pipeline is None:
            raise NotFound("pipeline", pipeline_id)
        actor = Actor(ActorType.SYSTEM, f"automation_rule:{rule.id}")
        reason = f"automation rule {rule.name!r}"
        await move_contact(
            uow, pipeline, contact.id, uuid.UUID(params["status_id"]), reason=reason, actor=actor
        )
    elif action.type is _T.CREATE_NOTE:
        note = Note.add(
            project_id=contact.project_id,
            contact_id=contact.id,
            session_id=firing.session_id,
            author_type=NoteAuthorType.SYSTEM,
            author_id=f"automation_rule:{rule.id}",
            author_name=rule.name,
            content=render(params["content"], facts),
            note_type=params["note_type"],
            priority=params["priority"],
            visible_to_client=params["visible_to_client"],
        )
        await uow.repository(NoteRepository).add(note)


def stored_custom_field(plain: Mapping[str, Any] | None) -> CustomFieldValue | None:
    """The typed value an update_custom_field action keeps as plain JSON."""
    if plain is None:
        return None
    options = plain.get("options_value")
    raw = (
        options["values"]
        if options
        else next(
            (
                plain[k]
                for k in ("text_value", "number_value", "bool_value", "date_value", "json_value")
                if plain.get(k) is not None
            ),
            None,
        )
    )
    return CustomFieldValue.of(plain["type"], raw)


def contact_facts(contact: Contact) -> dict[str, Any]:
    return {
        "id": str(contact.id),
        "name": contact.name,
        "email": str(contact.email) if contact.email else None,
        "phone": contact.phone.e164 if contact.phone else None,
        "tags": sorted(contact.tags),
        "custom_fields": {
            key: list(value.value) if isinstance(value.value, tuple) else value.value
            for key, value in contact.custom_fields.items()
        },
        "language": contact.language,
        "timezone": contact.timezone,
        "source_channel": contact.source_channel.value if contact.source_channel else None,
        "external_id": contact.external_id,
        "interaction_count": contact.interaction_count,
        "first_interaction_time": contact.first_interaction_time,
        "last_interaction_time": contact.last_interaction_time,
        "create_time": contact.create_time,
    }


def render(template: str, facts: Mapping[str, Any]) -> str:
    """Fill "{{contact.name}}"-style placeholders from the facts ("" when missing)."""

    def value(match: re.Match[str]) -> str:
        found: Any = facts
        for name in match.group(1).split("."):
            found = found.get(name) if isinstance(found, Mapping) else None
        return "" if found is None else str(found)

    return _PLACEHOLDER.sub(value, template)
