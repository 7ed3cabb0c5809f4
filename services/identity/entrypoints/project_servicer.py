"""ProjectService: create another project, read, list the caller's, update, archive."""

from __future__ import annotations

from typing import Any

import grpc

from identity.domain.assignment import (
    AgentAssignment,
    AssignmentStrategy,
    ReassignmentRule,
    ReassignmentTrigger,
)
from identity.entrypoints import mappers
from identity.entrypoints.user_servicer import enum_arg, fields_under, struct_dict
from identity.service_layer.projects import Projects, ProjectValues
from identity.service_layer.users import check_listing
from shared.requests import mask_paths, optional_uuid, parse_uuid, required
from shared.responses import page_fields
from ventros.identity.v1 import project_pb2, project_service_pb2_grpc
from ventros.identity.v1 import project_service_pb2 as pb

Context = grpc.aio.ServicerContext[Any, Any]

UPDATABLE = (
    "name",
    "description",
    "settings",
    "default_session_timeout_minutes",
    "agent_assignment",
    "time_zone",
    "language_code",
)
# The domain's names for fields the contract spells differently.
RENAMES = {"session_timeout_minutes": "default_session_timeout_minutes"}


def agent_assignment(config: project_pb2.AgentAssignmentConfig) -> AgentAssignment:
    field = "project.agent_assignment"
    strategy = enum_arg(project_pb2.AssignmentStrategy, config.strategy, f"{field}.strategy")
    rules = []
    for i, rule in enumerate(config.reassignment_rules):
        trigger = enum_arg(
            project_pb2.ReassignmentTrigger,
            rule.trigger,
            f"{field}.reassignment_rules[{i}].trigger",
            required=True,
        )
        rules.append(
            ReassignmentRule(
                trigger=ReassignmentTrigger(trigger),
                enabled=rule.enabled,
                inactivity_timeout_minutes=rule.inactivity_timeout_minutes,
                max_reassignments=rule.max_reassignments,
                notify_previous_agent=rule.notify_previous_agent,
                only_during_business_hours=rule.only_during_business_hours,
            )
        )
    return AgentAssignment(
        enabled=config.enabled,
        strategy=AssignmentStrategy(strategy or AssignmentStrategy.MANUAL.value),
        agent_ids=tuple(
            parse_uuid(a, f"{field}.agent_ids[{i}]") for i, a in enumerate(config.agent_ids)
        ),
        only_human_agents=config.only_human_agents,
        require_at_least_one_agent=config.require_at_least_one_agent,
        reassignment_rules=tuple(rules),
    )


def project_values(given: project_pb2.Project, paths: set[str]) -> ProjectValues:
    """The values named by `paths`, read from the request's project."""
    assignment = None
    if "agent_assignment" in paths:
        with fields_under("project.", RENAMES):
            assignment = agent_assignment(given.agent_assignment)
    return ProjectValues(
        name=given.name if "name" in paths else None,
        description=given.description if "description" in paths else None,
        settings=struct_dict(given.settings) if "settings" in paths else None,
        session_timeout_minutes=given.default_session_timeout_minutes
        if "default_session_timeout_minutes" in paths
        else None,
        agent_assignment=assignment,
        time_zone=given.time_zone if "time_zone" in paths else None,
        language_code=given.language_code if "language_code" in paths else None,
    )


class ProjectServicer(project_service_pb2_grpc.ProjectServiceServicer):
    def __init__(self, projects: Projects) -> None:
        self._projects = projects

    async def CreateProject(
        self, request: pb.CreateProjectRequest, context: Context
    ) -> pb.CreateProjectResponse:
        given = request.project
        required(given.name, "project.name")
        present = {"name", "description", "time_zone", "language_code"}
        if given.HasField("settings"):
            present.add("settings")
        if given.default_session_timeout_minutes:
            present.add("default_session_timeout_minutes")
        if given.HasField("agent_assignment"):
            present.add("agent_assignment")
        values = project_values(given, present)
        with fields_under("project.", RENAMES):
            project = await self._projects.create(
                values,
                billing_account_id=optional_uuid(
                    given.billing_account_id, "project.billing_account_id"
                ),
                request_id=request.request_id,
            )
        return pb.CreateProjectResponse(project=mappers.project(project))

    async def GetProject(
        self, request: pb.GetProjectRequest, context: Context
    ) -> pb.GetProjectResponse:
        project = await self._projects.get(parse_uuid(request.project_id, "project_id"))
        return pb.GetProjectResponse(project=mappers.project(project))

    async def ListProjects(
        self, request: pb.ListProjectsRequest, context: Context
    ) -> pb.ListProjectsResponse:
        check_listing(
            request.filter,
            request.order_by,
            hint="state, owner_user_id, billing_account_id and query",
        )
        page = await self._projects.list(
            state=enum_arg(project_pb2.ProjectState, request.state, "state"),
            owner_user_id=optional_uuid(request.owner_user_id, "owner_user_id"),
            billing_account_id=optional_uuid(request.billing_account_id, "billing_account_id"),
            query=request.query,
            page_size=request.page_size,
            page_token=request.page_token,
        )
        return pb.ListProjectsResponse(**page_fields("projects", page, mappers.project))

    async def UpdateProject(
        self, request: pb.UpdateProjectRequest, context: Context
    ) -> pb.UpdateProjectResponse:
        paths = mask_paths(request.update_mask, UPDATABLE)
        given = request.project
        project_id = parse_uuid(given.id, "project.id")
        values = project_values(given, paths)
        with fields_under("project.", RENAMES):
            project = await self._projects.update(project_id, values, version=given.version)
        return pb.UpdateProjectResponse(project=mappers.project(project))

    async def ArchiveProject(
        self, request: pb.ArchiveProjectRequest, context: Context
    ) -> pb.ArchiveProjectResponse:
        project = await self._projects.archive(
            parse_uuid(request.project_id, "project_id"), request.reason, version=request.version
        )
        return pb.ArchiveProjectResponse(project=mappers.project(project))
