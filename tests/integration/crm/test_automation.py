"""Automation rules over PipelineService, and crm's provisioning and automation consumers."""

from __future__ import annotations

import asyncio
import uuid
from datetime import timedelta

import grpc
import pytest
from google.protobuf import duration_pb2, field_mask_pb2, struct_pb2
from google.protobuf.message import Message

from crm import bootstrap
from crm.entrypoints import provisioning_consumer
from crm.entrypoints.automation_consumer import AutomationConsumer
from crm.entrypoints.provisioning_consumer import ProvisioningConsumer
from identity.bootstrap import Identity
from identity.domain.roles import ProjectRole
from shared.consumer import Consumer, Envelope
from shared.dbsetup import DatabaseUrls
from shared.grpc_errors import field_violations
from shared.outbox import routing_key_of
from shared.relay import OutboxRelay
from tests.integration.crm.conftest import Tenant, register
from tests.integration.crm.test_pipelines import (
    failure,
    move,
    new_contact,
    new_pipeline,
    outbox,
    token_as,
)
from ventros.common.v1 import event_pb2
from ventros.crm.v1 import (
    contact_service_pb2,
    contact_service_pb2_grpc,
    events_pb2,
    note_pb2,
    note_service_pb2,
    note_service_pb2_grpc,
    pipeline_pb2,
    pipeline_service_pb2_grpc,
)
from ventros.crm.v1 import pipeline_service_pb2 as pb
from ventros.identity.v1 import events_pb2 as identity_events
from ventros.identity.v1 import project_pb2
from ventros.messaging.v1 import events_pb2 as messaging_events
from ventros.messaging.v1 import message_pb2, session_pb2

pytestmark = pytest.mark.integration
Stub = pipeline_service_pb2_grpc.PipelineServiceStub
T = pipeline_pb2
MESSAGE_RECEIVED = T.AUTOMATION_TRIGGER_MESSAGE_RECEIVED


@pytest.fixture
def pipelines(crm_channel: grpc.aio.Channel) -> Stub:
    return Stub(crm_channel)


@pytest.fixture
def automation(crm: bootstrap.Crm) -> AutomationConsumer:
    return AutomationConsumer(crm.automation)


@pytest.fixture
def provisioning(crm: bootstrap.Crm) -> ProvisioningConsumer:
    return ProvisioningConsumer(crm.provisioning)


def add_tag(*tags: str, delay: timedelta | None = None) -> T.AutomationAction:
    action = T.AutomationAction(
        type=T.AUTOMATION_ACTION_TYPE_ADD_TAG, add_tag=T.AutomationTagParams(tags=tags)
    )
    if delay:
        action.delay.FromTimedelta(delay)
    return action


def remove_tag(*tags: str) -> T.AutomationAction:
    return T.AutomationAction(
        type=T.AUTOMATION_ACTION_TYPE_REMOVE_TAG, remove_tag=T.AutomationTagParams(tags=tags)
    )


def send_message(text: str) -> T.AutomationAction:
    return T.AutomationAction(
        type=T.AUTOMATION_ACTION_TYPE_SEND_MESSAGE,
        send_message=T.AutomationSendMessageParams(text=text),
    )


def condition(field: str, operator: int, value: object) -> T.AutomationCondition:
    operand = struct_pb2.Value()
    operand.string_value = str(value)
    return T.AutomationCondition(field=field, operator=operator, value=operand)


async def new_rule(
    stub: Stub,
    tenant: Tenant,
    pipeline_id: str,
    *actions: T.AutomationAction,
    trigger: int = MESSAGE_RECEIVED,
    **fields: object,
) -> T.AutomationRule:
    rule = T.AutomationRule(name="Rule", trigger=trigger, actions=actions, **fields)
    request = pb.CreateAutomationRuleRequest(pipeline_id=pipeline_id, automation_rule=rule)
    return (await stub.CreateAutomationRule(request, metadata=tenant.bearer())).automation_rule


async def rule_now(stub: Stub, tenant: Tenant, rule: T.AutomationRule) -> T.AutomationRule:
    request = pb.GetAutomationRuleRequest(pipeline_id=rule.pipeline_id, automation_rule_id=rule.id)
    return (await stub.GetAutomationRule(request, metadata=tenant.bearer())).automation_rule


def mask(*paths: str) -> field_mask_pb2.FieldMask:
    return field_mask_pb2.FieldMask(paths=list(paths))


def metadata(
    tenant: Tenant,
    correlation_id: str = "",
    actor: int = event_pb2.ACTOR_TYPE_CONTACT,
) -> event_pb2.EventMetadata:
    return event_pb2.EventMetadata(
        event_id=str(uuid.uuid4()),
        project_id=tenant.project_id,
        correlation_id=correlation_id or uuid.uuid4().hex,
        actor=event_pb2.Actor(type=actor),
    )


def message_received(
    tenant: Tenant, contact_id: str, text: str = "Oi!", **fields: object
) -> messaging_events.MessageReceived:
    return messaging_events.MessageReceived(
        metadata=metadata(tenant),
        message_id=str(uuid.uuid4()),
        contact_id=contact_id,
        session_id=str(uuid.uuid4()),
        channel_id=str(uuid.uuid4()),
        text=text,
        **{"source": message_pb2.MESSAGE_SOURCE_CONTACT, **fields},
    )


def envelope_of(event: Message) -> Envelope:
    meta = event.metadata  # type: ignore[attr-defined]
    return Envelope(
        event_id=uuid.UUID(meta.event_id),
        routing_key=routing_key_of(event),
        project_id=uuid.UUID(meta.project_id),
        correlation_id=meta.correlation_id,
        attempt=0,
    )


async def tags_of(channel: grpc.aio.Channel, tenant: Tenant, contact_id: str) -> list[str]:
    stub = contact_service_pb2_grpc.ContactServiceStub(channel)
    got = await stub.GetContact(
        contact_service_pb2.GetContactRequest(contact_id=contact_id), metadata=tenant.bearer()
    )
    return list(got.contact.tags)


async def triggered(
    database: DatabaseUrls, tenant: Tenant, rule: T.AutomationRule
) -> list[events_pb2.AutomationRuleTriggered]:
    events = await outbox(database, "crm.automation_rule.triggered", tenant.project_id)
    return [e for e in events if e.automation_rule_id == rule.id]  # type: ignore[attr-defined]


# rules


async def test_a_rule_is_created_enabled_with_its_trigger_conditions_and_actions(
    pipelines: Stub, tenant: Tenant
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    conditions = T.AutomationConditionGroup(
        logical_operator=T.AUTOMATION_LOGICAL_OPERATOR_OR,
        conditions=[
            condition("message.text", T.AUTOMATION_CONDITION_OPERATOR_CONTAINS, "preço"),
            condition("contact.tags", T.AUTOMATION_CONDITION_OPERATOR_CONTAINS, "vip"),
        ],
    )
    config = T.AutomationTriggerConfig(channel_ids=[str(uuid.uuid4())])
    rule = await new_rule(
        pipelines,
        tenant,
        sales.id,
        send_message("Olá {{contact.name}}"),
        add_tag("Lead", delay=timedelta(hours=1)),
        conditions=conditions,
        trigger_config=config,
        priority=3,
        description="greets",
    )
    assert (rule.name, rule.trigger, rule.priority, rule.enabled, rule.version) == (
        "Rule",
        MESSAGE_RECEIVED,
        3,
        True,
        1,
    )
    assert rule.conditions == conditions and rule.trigger_config == config
    send, tag = rule.actions
    assert send.send_message.text == "Olá {{contact.name}}"
    assert (list(tag.add_tag.tags), tag.delay.ToTimedelta()) == (["lead"], timedelta(hours=1))
    assert (rule.pipeline_id, rule.project_id, rule.trigger_count) == (
        sales.id,
        tenant.project_id,
        0,
    )


async def test_an_update_custom_field_action_keeps_its_typed_value(
    pipelines: Stub, tenant: Tenant
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    value = T.AutomationUpdateCustomFieldParams(key="plan")
    value.value.type = 9  # CUSTOM_FIELD_TYPE_SELECT
    value.value.text_value = "gold"
    action = T.AutomationAction(
        type=T.AUTOMATION_ACTION_TYPE_UPDATE_CUSTOM_FIELD, update_custom_field=value
    )
    rule = await new_rule(pipelines, tenant, sales.id, action)
    assert rule.actions[0].update_custom_field == value


async def test_an_action_without_its_required_parameter_names_the_request_field(
    pipelines: Stub, tenant: Tenant
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    error = await failure(new_rule(pipelines, tenant, sales.id, send_message("")))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "automation_rule.actions[0].send_message.text" in field_violations(error)


async def test_params_of_another_action_type_are_invalid_argument(
    pipelines: Stub, tenant: Tenant
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    mixed = T.AutomationAction(
        type=T.AUTOMATION_ACTION_TYPE_SEND_MESSAGE, add_tag=T.AutomationTagParams(tags=["x"])
    )
    error = await failure(new_rule(pipelines, tenant, sales.id, mixed))
    assert "automation_rule.actions[0].add_tag" in field_violations(error)


async def test_a_rule_without_a_trigger_or_actions_names_the_fields(
    pipelines: Stub, tenant: Tenant
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    no_trigger = await failure(
        new_rule(
            pipelines, tenant, sales.id, add_tag("x"), trigger=T.AUTOMATION_TRIGGER_UNSPECIFIED
        )
    )
    assert "automation_rule.trigger" in field_violations(no_trigger)
    no_actions = await failure(new_rule(pipelines, tenant, sales.id))
    assert "automation_rule.actions" in field_violations(no_actions)


async def test_a_move_to_a_status_outside_the_target_pipeline_is_invalid_argument(
    pipelines: Stub, tenant: Tenant
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    other = await new_pipeline(pipelines, tenant, "Other")
    action = T.AutomationAction(
        type=T.AUTOMATION_ACTION_TYPE_CHANGE_PIPELINE_STATUS,
        change_pipeline_status=T.AutomationChangePipelineStatusParams(
            status_id=other.statuses[0].id
        ),
    )
    error = await failure(new_rule(pipelines, tenant, sales.id, action))
    assert "automation_rule.actions[0].change_pipeline_status.status_id" in field_violations(error)


async def test_a_rule_in_an_unknown_pipeline_is_not_found(pipelines: Stub, tenant: Tenant) -> None:
    error = await failure(new_rule(pipelines, tenant, str(uuid.uuid4()), add_tag("x")))
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_a_retried_create_with_the_same_request_id_returns_the_first_rule(
    pipelines: Stub, tenant: Tenant
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    request = pb.CreateAutomationRuleRequest(
        pipeline_id=sales.id,
        automation_rule=T.AutomationRule(
            name="R", trigger=MESSAGE_RECEIVED, actions=[add_tag("x")]
        ),
        request_id="rule-once",
    )
    first = await pipelines.CreateAutomationRule(request, metadata=tenant.bearer())
    again = await pipelines.CreateAutomationRule(request, metadata=tenant.bearer())
    assert first.automation_rule.id == again.automation_rule.id


async def test_an_agent_can_read_rules_but_not_manage_them(
    pipelines: Stub, tenant: Tenant, identity: Identity
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(pipelines, tenant, sales.id, add_tag("x"))
    agent = token_as(identity, tenant, ProjectRole.AGENT)
    create = pb.CreateAutomationRuleRequest(
        pipeline_id=sales.id,
        automation_rule=T.AutomationRule(
            name="R", trigger=MESSAGE_RECEIVED, actions=[add_tag("x")]
        ),
    )
    denied = [
        pipelines.CreateAutomationRule(create, metadata=agent),
        pipelines.DisableAutomationRule(
            pb.DisableAutomationRuleRequest(pipeline_id=sales.id, automation_rule_id=rule.id),
            metadata=agent,
        ),
        pipelines.EnableAutomationRule(
            pb.EnableAutomationRuleRequest(pipeline_id=sales.id, automation_rule_id=rule.id),
            metadata=agent,
        ),
        pipelines.UpdateAutomationRule(
            pb.UpdateAutomationRuleRequest(
                automation_rule=T.AutomationRule(id=rule.id, pipeline_id=sales.id, name="N"),
                update_mask=mask("name"),
            ),
            metadata=agent,
        ),
        pipelines.DeleteAutomationRule(
            pb.DeleteAutomationRuleRequest(pipeline_id=sales.id, automation_rule_id=rule.id),
            metadata=agent,
        ),
    ]
    for call in denied:
        assert (await failure(call)).code() == grpc.StatusCode.PERMISSION_DENIED
    listed = await pipelines.ListAutomationRules(
        pb.ListAutomationRulesRequest(pipeline_id=sales.id), metadata=agent
    )
    assert [r.id for r in listed.automation_rules] == [rule.id]


async def test_a_rule_read_through_another_pipeline_is_not_found(
    pipelines: Stub, tenant: Tenant
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    other = await new_pipeline(pipelines, tenant, "Other")
    rule = await new_rule(pipelines, tenant, sales.id, add_tag("x"))
    error = await failure(
        pipelines.GetAutomationRule(
            pb.GetAutomationRuleRequest(pipeline_id=other.id, automation_rule_id=rule.id),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_rules_are_listed_by_priority_and_filtered_by_trigger_and_state(
    pipelines: Stub, tenant: Tenant
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    low = await new_rule(pipelines, tenant, sales.id, add_tag("a"), priority=1)
    high = await new_rule(pipelines, tenant, sales.id, add_tag("b"), priority=9)
    tagged = await new_rule(
        pipelines, tenant, sales.id, add_tag("c"), trigger=T.AUTOMATION_TRIGGER_TAG_ADDED
    )
    await pipelines.DisableAutomationRule(
        pb.DisableAutomationRuleRequest(pipeline_id=sales.id, automation_rule_id=low.id),
        metadata=tenant.bearer(),
    )

    async def ids(**filters: object) -> list[str]:
        listed = await pipelines.ListAutomationRules(
            pb.ListAutomationRulesRequest(pipeline_id=sales.id, **filters),
            metadata=tenant.bearer(),
        )
        return [r.id for r in listed.automation_rules]

    assert await ids() == [high.id, low.id, tagged.id]
    assert await ids(triggers=[MESSAGE_RECEIVED]) == [high.id, low.id]
    assert await ids(enabled_only=True) == [high.id, tagged.id]
    first = await pipelines.ListAutomationRules(
        pb.ListAutomationRulesRequest(pipeline_id=sales.id, page_size=2),
        metadata=tenant.bearer(),
    )
    rest = await pipelines.ListAutomationRules(
        pb.ListAutomationRulesRequest(
            pipeline_id=sales.id, page_size=2, page_token=first.next_page_token
        ),
        metadata=tenant.bearer(),
    )
    assert [r.id for r in rest.automation_rules] == [tagged.id] and rest.total_size == 3


async def test_a_rule_list_filter_expression_is_invalid_argument(
    pipelines: Stub, tenant: Tenant
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    error = await failure(
        pipelines.ListAutomationRules(
            pb.ListAutomationRulesRequest(pipeline_id=sales.id, filter="enabled"),
            metadata=tenant.bearer(),
        )
    )
    assert "filter" in field_violations(error)


async def test_update_applies_only_the_masked_fields(pipelines: Stub, tenant: Tenant) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(pipelines, tenant, sales.id, add_tag("x"))
    change = T.AutomationRule(
        id=rule.id,
        pipeline_id=sales.id,
        name="Renamed",
        priority=7,
        actions=[send_message("hi")],
        version=rule.version,
    )
    updated = (
        await pipelines.UpdateAutomationRule(
            pb.UpdateAutomationRuleRequest(automation_rule=change, update_mask=mask("name")),
            metadata=tenant.bearer(),
        )
    ).automation_rule
    assert (updated.name, updated.priority, updated.version) == ("Renamed", 0, 2)
    assert updated.actions[0].WhichOneof("params") == "add_tag"


async def test_update_with_a_stale_version_is_aborted(pipelines: Stub, tenant: Tenant) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(pipelines, tenant, sales.id, add_tag("x"))
    await pipelines.DisableAutomationRule(
        pb.DisableAutomationRuleRequest(pipeline_id=sales.id, automation_rule_id=rule.id),
        metadata=tenant.bearer(),
    )
    stale = T.AutomationRule(id=rule.id, pipeline_id=sales.id, name="Late", version=rule.version)
    error = await failure(
        pipelines.UpdateAutomationRule(
            pb.UpdateAutomationRuleRequest(automation_rule=stale, update_mask=mask("name")),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.ABORTED


async def test_update_of_an_unknown_rule_is_not_found(pipelines: Stub, tenant: Tenant) -> None:
    sales = await new_pipeline(pipelines, tenant)
    change = T.AutomationRule(id=str(uuid.uuid4()), pipeline_id=sales.id, name="x")
    error = await failure(
        pipelines.UpdateAutomationRule(
            pb.UpdateAutomationRuleRequest(automation_rule=change, update_mask=mask("name")),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_enabled_changes_only_through_enable_and_disable(
    pipelines: Stub, tenant: Tenant
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(pipelines, tenant, sales.id, add_tag("x"))
    change = T.AutomationRule(id=rule.id, pipeline_id=sales.id, enabled=False)
    error = await failure(
        pipelines.UpdateAutomationRule(
            pb.UpdateAutomationRuleRequest(automation_rule=change, update_mask=mask("enabled")),
            metadata=tenant.bearer(),
        )
    )
    assert "update_mask.paths" in field_violations(error)


async def test_an_update_with_a_bad_action_names_the_request_field(
    pipelines: Stub, tenant: Tenant
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(pipelines, tenant, sales.id, add_tag("x"))
    change = T.AutomationRule(id=rule.id, pipeline_id=sales.id, actions=[add_tag("ok"), add_tag()])
    error = await failure(
        pipelines.UpdateAutomationRule(
            pb.UpdateAutomationRuleRequest(automation_rule=change, update_mask=mask("actions")),
            metadata=tenant.bearer(),
        )
    )
    assert "automation_rule.actions[1].add_tag.tags" in field_violations(error)


async def test_enable_and_disable_are_idempotent(pipelines: Stub, tenant: Tenant) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(pipelines, tenant, sales.id, add_tag("x"))
    ids = {"pipeline_id": sales.id, "automation_rule_id": rule.id}
    once = await pipelines.DisableAutomationRule(
        pb.DisableAutomationRuleRequest(**ids), metadata=tenant.bearer()
    )
    twice = await pipelines.DisableAutomationRule(
        pb.DisableAutomationRuleRequest(**ids), metadata=tenant.bearer()
    )
    assert (once.automation_rule.enabled, twice.automation_rule.version) == (False, 2)
    back = await pipelines.EnableAutomationRule(
        pb.EnableAutomationRuleRequest(**ids), metadata=tenant.bearer()
    )
    again = await pipelines.EnableAutomationRule(
        pb.EnableAutomationRuleRequest(**ids), metadata=tenant.bearer()
    )
    assert (back.automation_rule.enabled, again.automation_rule.version) == (True, 3)


async def test_a_deleted_rule_is_gone(pipelines: Stub, tenant: Tenant) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(pipelines, tenant, sales.id, add_tag("x"))
    stale = await failure(
        pipelines.DeleteAutomationRule(
            pb.DeleteAutomationRuleRequest(
                pipeline_id=sales.id, automation_rule_id=rule.id, version=5
            ),
            metadata=tenant.bearer(),
        )
    )
    assert stale.code() == grpc.StatusCode.ABORTED
    await pipelines.DeleteAutomationRule(
        pb.DeleteAutomationRuleRequest(
            pipeline_id=sales.id, automation_rule_id=rule.id, version=rule.version
        ),
        metadata=tenant.bearer(),
    )
    for call in (
        pipelines.GetAutomationRule(
            pb.GetAutomationRuleRequest(pipeline_id=sales.id, automation_rule_id=rule.id),
            metadata=tenant.bearer(),
        ),
        pipelines.EnableAutomationRule(
            pb.EnableAutomationRuleRequest(pipeline_id=sales.id, automation_rule_id=rule.id),
            metadata=tenant.bearer(),
        ),
    ):
        assert (await failure(call)).code() == grpc.StatusCode.NOT_FOUND
    listed = await pipelines.ListAutomationRules(
        pb.ListAutomationRulesRequest(pipeline_id=sales.id), metadata=tenant.bearer()
    )
    assert not listed.automation_rules


async def test_deleting_a_pipeline_disables_its_rules(pipelines: Stub, tenant: Tenant) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(pipelines, tenant, sales.id, add_tag("x"))
    await pipelines.DeletePipeline(
        pb.DeletePipelineRequest(pipeline_id=sales.id), metadata=tenant.bearer()
    )
    assert not (await rule_now(pipelines, tenant, rule)).enabled
    error = await failure(
        pipelines.EnableAutomationRule(
            pb.EnableAutomationRuleRequest(pipeline_id=sales.id, automation_rule_id=rule.id),
            metadata=tenant.bearer(),
        )
    )
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION


async def test_another_tenant_cannot_see_or_change_rules(
    pipelines: Stub, tenant: Tenant, other_tenant: Tenant
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(pipelines, tenant, sales.id, add_tag("x"))
    ids = {"pipeline_id": sales.id, "automation_rule_id": rule.id}
    theirs = other_tenant.bearer()
    change = T.AutomationRule(id=rule.id, pipeline_id=sales.id, name="Mine")
    calls = [
        pipelines.GetAutomationRule(pb.GetAutomationRuleRequest(**ids), metadata=theirs),
        pipelines.ListAutomationRules(
            pb.ListAutomationRulesRequest(pipeline_id=sales.id), metadata=theirs
        ),
        pipelines.UpdateAutomationRule(
            pb.UpdateAutomationRuleRequest(automation_rule=change, update_mask=mask("name")),
            metadata=theirs,
        ),
        pipelines.DeleteAutomationRule(pb.DeleteAutomationRuleRequest(**ids), metadata=theirs),
        pipelines.DisableAutomationRule(pb.DisableAutomationRuleRequest(**ids), metadata=theirs),
        new_rule(pipelines, other_tenant, sales.id, add_tag("x")),
    ]
    for call in calls:
        assert (await failure(call)).code() == grpc.StatusCode.NOT_FOUND


# the provisioning consumer


def project_created(
    project_id: str, *, create_default_pipeline: bool = True
) -> identity_events.ProjectCreated:
    return identity_events.ProjectCreated(
        metadata=event_pb2.EventMetadata(event_id=str(uuid.uuid4()), project_id=project_id),
        project=project_pb2.Project(id=project_id, language_code="pt-BR"),
        is_default_project=True,
        create_default_pipeline=create_default_pipeline,
        default_pipeline_name="Pipeline Principal",
    )


async def names_of_pipelines(stub: Stub, tenant: Tenant) -> list[str]:
    listed = await stub.ListPipelines(pb.ListPipelinesRequest(), metadata=tenant.bearer())
    return [p.name for p in listed.pipelines]


async def test_a_new_project_gets_one_default_pipeline_even_on_redelivery(
    provisioning: ProvisioningConsumer, pipelines: Stub, tenant: Tenant
) -> None:
    event = project_created(tenant.project_id)
    await provisioning.handle(event, envelope_of(event))
    await provisioning.handle(event, envelope_of(event))  # redelivered
    replayed = project_created(tenant.project_id)  # the same fact under another event id
    await provisioning.handle(replayed, envelope_of(replayed))
    listed = await pipelines.ListPipelines(pb.ListPipelinesRequest(), metadata=tenant.bearer())
    [made] = listed.pipelines
    assert made.name == "Pipeline Principal"
    assert [s.name for s in made.statuses] == ["Novo", "Em andamento", "Ganho", "Perdido"]


async def test_concurrent_deliveries_make_one_default_pipeline(
    provisioning: ProvisioningConsumer, pipelines: Stub, tenant: Tenant
) -> None:
    events = [project_created(tenant.project_id) for _ in range(5)]
    await asyncio.gather(*(provisioning.handle(e, envelope_of(e)) for e in events))
    assert await names_of_pipelines(pipelines, tenant) == ["Pipeline Principal"]


async def test_no_default_pipeline_is_made_when_the_event_does_not_ask_for_one(
    provisioning: ProvisioningConsumer, pipelines: Stub, tenant: Tenant
) -> None:
    event = project_created(tenant.project_id, create_default_pipeline=False)
    await provisioning.handle(event, envelope_of(event))
    assert await names_of_pipelines(pipelines, tenant) == []


async def test_a_project_that_has_a_pipeline_gets_no_default_one(
    provisioning: ProvisioningConsumer, pipelines: Stub, tenant: Tenant
) -> None:
    await new_pipeline(pipelines, tenant, "Mine")
    event = project_created(tenant.project_id)
    await provisioning.handle(event, envelope_of(event))
    assert await names_of_pipelines(pipelines, tenant) == ["Mine"]


async def test_registering_creates_the_default_pipeline_through_rabbitmq(
    crm: bootstrap.Crm,
    channel: grpc.aio.Channel,
    pipelines: Stub,
    database: DatabaseUrls,
    amqp_url: str,
) -> None:
    assert "crm.provisioning" in {c.queue_name for c in crm.consumers()}
    consumer = Consumer(  # the production bindings on a queue of this test's own
        amqp_url=amqp_url,
        queue=f"crm.provisioning.test.{uuid.uuid4().hex[:8]}",
        bindings=provisioning_consumer.BINDINGS,
        handler=ProvisioningConsumer(crm.provisioning).handle,
    )
    relay = OutboxRelay(dsn=database.relay, schema="identity", amqp_url=amqp_url)
    await consumer.start()
    await relay.start()
    try:
        tenant = await register(channel, "Clara Nunes")
        while await relay.publish_batch():
            pass
        async with asyncio.timeout(10):
            while not await names_of_pipelines(pipelines, tenant):
                await asyncio.sleep(0.05)
    finally:
        await relay.close()
        await consumer.delete_topology()
        await consumer.stop()
    assert len(await names_of_pipelines(pipelines, tenant)) == 1


# the automation consumer


async def test_an_add_tag_rule_tags_the_contact_when_a_message_is_received(
    automation: AutomationConsumer,
    pipelines: Stub,
    crm_channel: grpc.aio.Channel,
    tenant: Tenant,
    database: DatabaseUrls,
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(pipelines, tenant, sales.id, add_tag("Engaged"))
    contact = await new_contact(crm_channel, tenant)
    event = message_received(tenant, contact)
    await automation.handle(event, envelope_of(event))
    assert await tags_of(crm_channel, tenant, contact) == ["engaged"]
    now = await rule_now(pipelines, tenant, rule)
    assert (now.trigger_count, now.HasField("last_trigger_time")) == (1, True)
    added = [
        e
        for e in await outbox(database, "crm.contact.tag_added", tenant.project_id)
        if e.contact_id == contact  # type: ignore[attr-defined]
    ]
    assert [e.metadata.causation_id for e in added] == [event.metadata.event_id]
    assert added[0].metadata.correlation_id == event.metadata.correlation_id
    [fired] = await triggered(database, tenant, rule)
    assert not fired.actions  # nothing left for other executors


async def test_a_send_message_rule_is_handed_off_in_the_triggered_event(
    automation: AutomationConsumer,
    pipelines: Stub,
    crm_channel: grpc.aio.Channel,
    tenant: Tenant,
    database: DatabaseUrls,
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(pipelines, tenant, sales.id, send_message("Olá {{contact.name}}"))
    contact = await new_contact(crm_channel, tenant)
    event = message_received(tenant, contact)
    await automation.handle(event, envelope_of(event))
    [fired] = await triggered(database, tenant, rule)
    assert [a.send_message.text for a in fired.actions] == ["Olá {{contact.name}}"]
    assert (fired.contact_id, fired.session_id, fired.pipeline_id) == (
        contact,
        event.session_id,
        sales.id,
    )
    assert (fired.trigger, fired.triggering_event_type) == (
        MESSAGE_RECEIVED,
        "messaging.message.received",
    )
    assert fired.triggering_event_id == fired.metadata.causation_id == event.metadata.event_id
    assert fired.metadata.correlation_id == event.metadata.correlation_id
    assert await tags_of(crm_channel, tenant, contact) == []


async def test_a_delayed_crm_action_is_handed_off_instead_of_run(
    automation: AutomationConsumer,
    pipelines: Stub,
    crm_channel: grpc.aio.Channel,
    tenant: Tenant,
    database: DatabaseUrls,
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(
        pipelines, tenant, sales.id, add_tag("now"), add_tag("later", delay=timedelta(hours=2))
    )
    contact = await new_contact(crm_channel, tenant)
    event = message_received(tenant, contact)
    await automation.handle(event, envelope_of(event))
    assert await tags_of(crm_channel, tenant, contact) == ["now"]
    [fired] = await triggered(database, tenant, rule)
    [later] = fired.actions
    assert (list(later.add_tag.tags), later.delay.ToTimedelta()) == (["later"], timedelta(hours=2))


async def test_a_redelivered_event_fires_its_rules_once(
    automation: AutomationConsumer,
    pipelines: Stub,
    crm_channel: grpc.aio.Channel,
    tenant: Tenant,
    database: DatabaseUrls,
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(pipelines, tenant, sales.id, send_message("hi"))
    contact = await new_contact(crm_channel, tenant)
    event = message_received(tenant, contact)
    await automation.handle(event, envelope_of(event))
    await automation.handle(event, envelope_of(event))
    assert (await rule_now(pipelines, tenant, rule)).trigger_count == 1
    assert len(await triggered(database, tenant, rule)) == 1


async def test_rules_fire_only_when_their_conditions_hold(
    automation: AutomationConsumer,
    pipelines: Stub,
    crm_channel: grpc.aio.Channel,
    tenant: Tenant,
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    asks_price = T.AutomationConditionGroup(
        conditions=[condition("message.text", T.AUTOMATION_CONDITION_OPERATOR_CONTAINS, "PREÇO")]
    )
    await new_rule(pipelines, tenant, sales.id, add_tag("price"), conditions=asks_price)
    contact = await new_contact(crm_channel, tenant)
    for text in ("bom dia", "qual o preço?"):
        event = message_received(tenant, contact, text)
        await automation.handle(event, envelope_of(event))
        tags = await tags_of(crm_channel, tenant, contact)
        assert tags == ([] if text == "bom dia" else ["price"])


async def test_disabled_rules_and_history_imports_fire_nothing(
    automation: AutomationConsumer,
    pipelines: Stub,
    crm_channel: grpc.aio.Channel,
    tenant: Tenant,
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    live = await new_rule(pipelines, tenant, sales.id, add_tag("live"))
    off = await new_rule(pipelines, tenant, sales.id, add_tag("off"))
    await pipelines.DisableAutomationRule(
        pb.DisableAutomationRuleRequest(pipeline_id=sales.id, automation_rule_id=off.id),
        metadata=tenant.bearer(),
    )
    contact = await new_contact(crm_channel, tenant)
    old = message_received(tenant, contact, source=message_pb2.MESSAGE_SOURCE_HISTORY_IMPORT)
    await automation.handle(old, envelope_of(old))
    assert await tags_of(crm_channel, tenant, contact) == []
    fresh = message_received(tenant, contact)
    await automation.handle(fresh, envelope_of(fresh))
    assert await tags_of(crm_channel, tenant, contact) == ["live"]
    assert (await rule_now(pipelines, tenant, live)).trigger_count == 1


async def test_a_session_in_another_pipeline_does_not_fire_this_pipelines_rules(
    automation: AutomationConsumer,
    pipelines: Stub,
    crm_channel: grpc.aio.Channel,
    tenant: Tenant,
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    support = await new_pipeline(pipelines, tenant, "Support")
    await new_rule(pipelines, tenant, sales.id, add_tag("sales"))
    await new_rule(pipelines, tenant, support.id, add_tag("support"))
    contact = await new_contact(crm_channel, tenant)
    event = message_received(tenant, contact, pipeline_id=support.id)
    await automation.handle(event, envelope_of(event))
    assert await tags_of(crm_channel, tenant, contact) == ["support"]


async def test_an_event_of_another_project_fires_nothing_here(
    automation: AutomationConsumer,
    pipelines: Stub,
    crm_channel: grpc.aio.Channel,
    tenant: Tenant,
    other_tenant: Tenant,
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(pipelines, tenant, sales.id, add_tag("x"))
    contact = await new_contact(crm_channel, tenant)
    event = message_received(other_tenant, contact)  # claims another project
    await automation.handle(event, envelope_of(event))
    assert await tags_of(crm_channel, tenant, contact) == []
    assert (await rule_now(pipelines, tenant, rule)).trigger_count == 0


async def test_a_status_change_rule_moves_the_contact_and_adds_a_note(
    automation: AutomationConsumer,
    pipelines: Stub,
    crm_channel: grpc.aio.Channel,
    tenant: Tenant,
    database: DatabaseUrls,
) -> None:
    sales = await new_pipeline(pipelines, tenant, statuses=("New", "Qualified", "Won"))
    new, qualified, won = sales.statuses
    note = T.AutomationAction(
        type=T.AUTOMATION_ACTION_TYPE_CREATE_NOTE,
        create_note=T.AutomationCreateNoteParams(
            content="{{contact.name}} qualified", priority=note_pb2.NOTE_PRIORITY_HIGH
        ),
    )
    to_won = T.AutomationAction(
        type=T.AUTOMATION_ACTION_TYPE_CHANGE_PIPELINE_STATUS,
        change_pipeline_status=T.AutomationChangePipelineStatusParams(status_id=won.id),
    )
    rule = await new_rule(
        pipelines,
        tenant,
        sales.id,
        note,
        to_won,
        trigger=T.AUTOMATION_TRIGGER_STATUS_CHANGED,
        trigger_config=T.AutomationTriggerConfig(to_status_ids=[qualified.id]),
    )
    contact = await new_contact(crm_channel, tenant, "Joana")
    await move(pipelines, tenant, contact, sales.id, new.id)
    await move(pipelines, tenant, contact, sales.id, qualified.id)
    changes = [
        e
        for e in await outbox(database, "crm.contact.pipeline_status_changed", tenant.project_id)
        if e.contact_id == contact  # type: ignore[attr-defined]
    ]
    for change in changes:  # entering New does not match; entering Qualified does
        await automation.handle(change, envelope_of(change))
    place = (
        await pipelines.GetContactPipelineStatus(
            pb.GetContactPipelineStatusRequest(contact_id=contact, pipeline_id=sales.id),
            metadata=tenant.bearer(),
        )
    ).contact_pipeline_status
    assert (place.status_id, place.changed_by.id) == (won.id, f"automation_rule:{rule.id}")
    notes = await note_service_pb2_grpc.NoteServiceStub(crm_channel).ListNotes(
        note_service_pb2.ListNotesRequest(contact_id=contact), metadata=tenant.bearer()
    )
    assert [(n.content, n.priority) for n in notes.notes] == [
        ("Joana qualified", note_pb2.NOTE_PRIORITY_HIGH)
    ]
    assert (await rule_now(pipelines, tenant, rule)).trigger_count == 1


async def test_a_rule_whose_actions_retrigger_it_stops_after_one_round(
    automation: AutomationConsumer,
    pipelines: Stub,
    crm_channel: grpc.aio.Channel,
    tenant: Tenant,
    database: DatabaseUrls,
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(  # each firing removes and re-adds the tag that fires it
        pipelines,
        tenant,
        sales.id,
        remove_tag("ping"),
        add_tag("ping"),
        trigger=T.AUTOMATION_TRIGGER_TAG_ADDED,
        trigger_config=T.AutomationTriggerConfig(tags=["ping"]),
    )
    contact = await new_contact(crm_channel, tenant)
    await contact_service_pb2_grpc.ContactServiceStub(crm_channel).AddContactTags(
        contact_service_pb2.AddContactTagsRequest(contact_id=contact, tags=["ping"]),
        metadata=tenant.bearer(),
    )

    async def tag_events() -> list[Message]:
        found = await outbox(database, "crm.contact.tag_added", tenant.project_id)
        return [e for e in found if e.contact_id == contact]  # type: ignore[attr-defined]

    handled: set[str] = set()
    for _ in range(5):  # deliver every tag_added event as the broker would, until none is new
        fresh = [e for e in await tag_events() if e.metadata.event_id not in handled]  # type: ignore[attr-defined]
        if not fresh:
            break
        for event in fresh:
            handled.add(event.metadata.event_id)  # type: ignore[attr-defined]
            await automation.handle(event, envelope_of(event))
    _by_the_user, by_the_rule = await tag_events()  # and nothing more
    assert by_the_rule.metadata.actor.id == "crm.automation"  # type: ignore[attr-defined]
    assert (await rule_now(pipelines, tenant, rule)).trigger_count == 1
    assert await tags_of(crm_channel, tenant, contact) == ["ping"]


async def test_the_loop_guard_does_not_stop_events_people_cause(
    automation: AutomationConsumer,
    pipelines: Stub,
    crm_channel: grpc.aio.Channel,
    tenant: Tenant,
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    rule = await new_rule(
        pipelines,
        tenant,
        sales.id,
        send_message("thanks"),
        trigger=T.AUTOMATION_TRIGGER_TAG_ADDED,
    )
    contact = await new_contact(crm_channel, tenant)
    for _ in range(2):  # two user actions in one correlation (one request, say)
        event = events_pb2.ContactTagAdded(
            metadata=metadata(tenant, "one-request", event_pb2.ACTOR_TYPE_USER),
            contact_id=contact,
            tags=["vip"],
        )
        await automation.handle(event, envelope_of(event))
    assert (await rule_now(pipelines, tenant, rule)).trigger_count == 2


async def test_a_session_that_ends_by_inactivity_fires_timeout_rules(
    automation: AutomationConsumer,
    pipelines: Stub,
    crm_channel: grpc.aio.Channel,
    tenant: Tenant,
) -> None:
    sales = await new_pipeline(pipelines, tenant)
    await new_rule(
        pipelines,
        tenant,
        sales.id,
        add_tag("went quiet"),
        trigger=T.AUTOMATION_TRIGGER_SESSION_TIMEOUT,
    )
    many = T.AutomationConditionGroup(
        conditions=[condition("session.message_count", T.AUTOMATION_CONDITION_OPERATOR_GTE, 3)]
    )
    await new_rule(
        pipelines,
        tenant,
        sales.id,
        add_tag("chatty"),
        trigger=T.AUTOMATION_TRIGGER_SESSION_ENDED,
        conditions=many,
    )
    contact = await new_contact(crm_channel, tenant)
    ended = messaging_events.SessionEnded(
        metadata=metadata(tenant),
        session_id=str(uuid.uuid4()),
        contact_id=contact,
        end_reason=session_pb2.SESSION_END_REASON_INACTIVITY_TIMEOUT,
        metrics=session_pb2.SessionMetrics(message_count=4),
        duration=duration_pb2.Duration(seconds=600),
    )
    await automation.handle(ended, envelope_of(ended))
    assert await tags_of(crm_channel, tenant, contact) == ["chatty", "went quiet"]
