"""PipelineService over the pipeline and automation-rule use cases."""

from __future__ import annotations

from typing import Any

import grpc

from crm.entrypoints import pipeline_mappers as m
from crm.service_layer.automation import AutomationRules
from crm.service_layer.pipelines import HistoryQuery, PipelineQuery, Pipelines
from shared.domain import InvalidArgument
from shared.requests import (
    caller,
    caller_project,
    mask_paths,
    optional_uuid,
    parse_uuid,
    timestamp_or_none,
)
from shared.responses import page_fields
from ventros.crm.v1 import pipeline_service_pb2 as pb
from ventros.crm.v1 import pipeline_service_pb2_grpc

Context = grpc.aio.ServicerContext[Any, Any]


def no_filter(expression: str) -> None:
    if expression:
        raise InvalidArgument.field("filter", "expressions are not supported; use the typed fields")


class PipelineServicer(pipeline_service_pb2_grpc.PipelineServiceServicer):
    def __init__(self, pipelines: Pipelines, rules: AutomationRules) -> None:
        self._pipelines, self._rules = pipelines, rules

    # pipelines

    async def CreatePipeline(
        self, request: pb.CreatePipelineRequest, context: Context
    ) -> pb.CreatePipelineResponse:
        given = request.pipeline
        fields = m.pipeline_fields(given)
        statuses = [
            m.new_status(s, f"pipeline.statuses[{i}]") for i, s in enumerate(given.statuses)
        ]
        with m.fields_under("pipeline"):
            created = await self._pipelines.create(
                caller_project(), fields, statuses, request.request_id
            )
        return pb.CreatePipelineResponse(pipeline=m.pipeline(created))

    async def GetPipeline(
        self, request: pb.GetPipelineRequest, context: Context
    ) -> pb.GetPipelineResponse:
        found = await self._pipelines.get(parse_uuid(request.pipeline_id, "pipeline_id"))
        return pb.GetPipelineResponse(pipeline=m.pipeline(found))

    async def ListPipelines(
        self, request: pb.ListPipelinesRequest, context: Context
    ) -> pb.ListPipelinesResponse:
        no_filter(request.filter)
        query = PipelineQuery(request.active_only, request.name, request.show_deleted)
        page = await self._pipelines.list(
            query, request.page_size, request.page_token, request.order_by
        )
        return pb.ListPipelinesResponse(**page_fields("pipelines", page, m.pipeline))

    async def UpdatePipeline(
        self, request: pb.UpdatePipelineRequest, context: Context
    ) -> pb.UpdatePipelineResponse:
        paths = mask_paths(request.update_mask, m.PIPELINE_FIELDS)
        pipeline_id = parse_uuid(request.pipeline.id, "pipeline.id")
        fields = m.pipeline_fields(request.pipeline, paths)
        with m.fields_under("pipeline"):
            updated = await self._pipelines.update(
                pipeline_id, fields, paths, request.pipeline.version
            )
        return pb.UpdatePipelineResponse(pipeline=m.pipeline(updated))

    async def DeletePipeline(
        self, request: pb.DeletePipelineRequest, context: Context
    ) -> pb.DeletePipelineResponse:
        gone = await self._pipelines.delete(
            parse_uuid(request.pipeline_id, "pipeline_id"), request.version
        )
        return pb.DeletePipelineResponse(pipeline=m.pipeline(gone))

    # statuses

    async def AddPipelineStatus(
        self, request: pb.AddPipelineStatusRequest, context: Context
    ) -> pb.AddPipelineStatusResponse:
        pipeline_id = parse_uuid(request.pipeline_id, "pipeline_id")
        new = m.new_status(request.status, "status")
        with m.fields_under("status"):
            added, pipeline = await self._pipelines.add_status(
                pipeline_id, new, request.status.position, request.version
            )
        return pb.AddPipelineStatusResponse(status=m.status(added), pipeline=m.pipeline(pipeline))

    async def UpdatePipelineStatus(
        self, request: pb.UpdatePipelineStatusRequest, context: Context
    ) -> pb.UpdatePipelineStatusResponse:
        paths = mask_paths(request.update_mask, m.STATUS_UPDATABLE)
        pipeline_id = parse_uuid(request.status.pipeline_id, "status.pipeline_id")
        status_id = parse_uuid(request.status.id, "status.id")
        changes = m.status_changes(request.status, paths)
        with m.fields_under("status"):
            changed, pipeline = await self._pipelines.update_status(
                pipeline_id, status_id, changes, paths, request.version
            )
        return pb.UpdatePipelineStatusResponse(
            status=m.status(changed), pipeline=m.pipeline(pipeline)
        )

    async def RemovePipelineStatus(
        self, request: pb.RemovePipelineStatusRequest, context: Context
    ) -> pb.RemovePipelineStatusResponse:
        pipeline = await self._pipelines.remove_status(
            parse_uuid(request.pipeline_id, "pipeline_id"),
            parse_uuid(request.status_id, "status_id"),
            optional_uuid(request.replacement_status_id, "replacement_status_id"),
            request.version,
        )
        return pb.RemovePipelineStatusResponse(pipeline=m.pipeline(pipeline))

    async def ReorderPipelineStatuses(
        self, request: pb.ReorderPipelineStatusesRequest, context: Context
    ) -> pb.ReorderPipelineStatusesResponse:
        ids = [parse_uuid(v, f"status_ids[{i}]") for i, v in enumerate(request.status_ids)]
        pipeline = await self._pipelines.reorder_statuses(
            parse_uuid(request.pipeline_id, "pipeline_id"), ids, request.version
        )
        return pb.ReorderPipelineStatusesResponse(pipeline=m.pipeline(pipeline))

    # contacts in pipelines

    async def ChangeContactPipelineStatus(
        self, request: pb.ChangeContactPipelineStatusRequest, context: Context
    ) -> pb.ChangeContactPipelineStatusResponse:
        move = await self._pipelines.change_contact_status(
            parse_uuid(request.contact_id, "contact_id"),
            parse_uuid(request.pipeline_id, "pipeline_id"),
            optional_uuid(request.status_id, "status_id"),
            request.reason,
            m.actor(caller()),
        )
        response = pb.ChangeContactPipelineStatusResponse(
            previous_status_id=str(move.previous_status_id or ""), changed=move.changed
        )
        if move.place is not None:
            response.contact_pipeline_status.CopyFrom(m.contact_pipeline_status(move.place))
        return response

    async def GetContactPipelineStatus(
        self, request: pb.GetContactPipelineStatusRequest, context: Context
    ) -> pb.GetContactPipelineStatusResponse:
        place = await self._pipelines.contact_status(
            parse_uuid(request.contact_id, "contact_id"),
            parse_uuid(request.pipeline_id, "pipeline_id"),
        )
        return pb.GetContactPipelineStatusResponse(
            contact_pipeline_status=m.contact_pipeline_status(place)
        )

    async def ListContactPipelineStatuses(
        self, request: pb.ListContactPipelineStatusesRequest, context: Context
    ) -> pb.ListContactPipelineStatusesResponse:
        no_filter(request.filter)
        page = await self._pipelines.contact_statuses(
            parse_uuid(request.contact_id, "contact_id"),
            request.page_size,
            request.page_token,
            request.order_by,
        )
        return pb.ListContactPipelineStatusesResponse(
            **page_fields("contact_pipeline_statuses", page, m.contact_pipeline_status)
        )

    async def ListContactPipelineHistory(
        self, request: pb.ListContactPipelineHistoryRequest, context: Context
    ) -> pb.ListContactPipelineHistoryResponse:
        no_filter(request.filter)
        query = HistoryQuery(
            contact_id=parse_uuid(request.contact_id, "contact_id"),
            pipeline_id=optional_uuid(request.pipeline_id, "pipeline_id"),
            enter_after=timestamp_or_none(request, "enter_time_after"),
            enter_before=timestamp_or_none(request, "enter_time_before"),
        )
        page = await self._pipelines.contact_history(
            query, request.page_size, request.page_token, request.order_by
        )
        return pb.ListContactPipelineHistoryResponse(
            **page_fields("contact_pipeline_history_entries", page, m.history_entry)
        )

    # automation rules

    async def CreateAutomationRule(
        self, request: pb.CreateAutomationRuleRequest, context: Context
    ) -> pb.CreateAutomationRuleResponse:
        pipeline_id = parse_uuid(request.pipeline_id, "pipeline_id")
        with m.fields_under("automation_rule", request.automation_rule):
            fields = m.rule_fields(request.automation_rule)
            created = await self._rules.create(
                caller_project(), pipeline_id, fields, request.request_id
            )
        return pb.CreateAutomationRuleResponse(automation_rule=m.automation_rule(created))

    async def GetAutomationRule(
        self, request: pb.GetAutomationRuleRequest, context: Context
    ) -> pb.GetAutomationRuleResponse:
        found = await self._rules.get(
            parse_uuid(request.pipeline_id, "pipeline_id"),
            parse_uuid(request.automation_rule_id, "automation_rule_id"),
        )
        return pb.GetAutomationRuleResponse(automation_rule=m.automation_rule(found))

    async def ListAutomationRules(
        self, request: pb.ListAutomationRulesRequest, context: Context
    ) -> pb.ListAutomationRulesResponse:
        no_filter(request.filter)
        page = await self._rules.list(
            parse_uuid(request.pipeline_id, "pipeline_id"),
            m.triggers(request.triggers),
            request.enabled_only,
            request.page_size,
            request.page_token,
            request.order_by,
        )
        return pb.ListAutomationRulesResponse(
            **page_fields("automation_rules", page, m.automation_rule)
        )

    async def UpdateAutomationRule(
        self, request: pb.UpdateAutomationRuleRequest, context: Context
    ) -> pb.UpdateAutomationRuleResponse:
        given = request.automation_rule
        paths = mask_paths(request.update_mask, m.RULE_FIELDS)
        pipeline_id = parse_uuid(given.pipeline_id, "automation_rule.pipeline_id")
        rule_id = parse_uuid(given.id, "automation_rule.id")
        with m.fields_under("automation_rule", given):
            fields = m.rule_fields(given, paths)
            updated = await self._rules.update(pipeline_id, rule_id, fields, paths, given.version)
        return pb.UpdateAutomationRuleResponse(automation_rule=m.automation_rule(updated))

    async def DeleteAutomationRule(
        self, request: pb.DeleteAutomationRuleRequest, context: Context
    ) -> pb.DeleteAutomationRuleResponse:
        await self._rules.delete(
            parse_uuid(request.pipeline_id, "pipeline_id"),
            parse_uuid(request.automation_rule_id, "automation_rule_id"),
            request.version,
        )
        return pb.DeleteAutomationRuleResponse()

    async def EnableAutomationRule(
        self, request: pb.EnableAutomationRuleRequest, context: Context
    ) -> pb.EnableAutomationRuleResponse:
        rule = await self._rules.enable(
            parse_uuid(request.pipeline_id, "pipeline_id"),
            parse_uuid(request.automation_rule_id, "automation_rule_id"),
        )
        return pb.EnableAutomationRuleResponse(automation_rule=m.automation_rule(rule))

    async def DisableAutomationRule(
        self, request: pb.DisableAutomationRuleRequest, context: Context
    ) -> pb.DisableAutomationRuleResponse:
        rule = await self._rules.disable(
            parse_uuid(request.pipeline_id, "pipeline_id"),
            parse_uuid(request.automation_rule_id, "automation_rule_id"),
        )
        return pb.DisableAutomationRuleResponse(automation_rule=m.automation_rule(rule))
