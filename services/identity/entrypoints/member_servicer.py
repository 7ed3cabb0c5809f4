"""ProjectMemberService: list, read, invite, change role, remove."""

from __future__ import annotations

from typing import Any

import grpc

from identity.domain.roles import ProjectRole
from identity.entrypoints import mappers
from identity.entrypoints.user_servicer import enum_arg
from identity.service_layer.members import Members, Membership
from identity.service_layer.users import check_listing
from shared.requests import optional_uuid, parse_uuid
from shared.responses import page_fields
from ventros.identity.v1 import (
    authorization_pb2,
    project_member_pb2,
    project_member_service_pb2_grpc,
)
from ventros.identity.v1 import (
    project_member_service_pb2 as pb,
)

Context = grpc.aio.ServicerContext[Any, Any]


def role_arg(number: int, field: str = "role", *, required: bool = True) -> ProjectRole | None:
    value = enum_arg(authorization_pb2.ProjectRole, number, field, required=required)
    return ProjectRole(value) if value else None


def membership(found: Membership) -> project_member_pb2.ProjectMember:
    return mappers.member(found.member, found.user)


class ProjectMemberServicer(project_member_service_pb2_grpc.ProjectMemberServiceServicer):
    def __init__(self, members: Members) -> None:
        self._members = members

    async def ListProjectMembers(
        self, request: pb.ListProjectMembersRequest, context: Context
    ) -> pb.ListProjectMembersResponse:
        check_listing(request.filter, request.order_by, hint="role, user_id and query")
        page = await self._members.list(
            optional_uuid(request.project_id, "project_id"),
            role=role_arg(request.role, required=False),
            user_id=optional_uuid(request.user_id, "user_id"),
            query=request.query,
            page_size=request.page_size,
            page_token=request.page_token,
        )
        return pb.ListProjectMembersResponse(**page_fields("members", page, membership))

    async def GetProjectMember(
        self, request: pb.GetProjectMemberRequest, context: Context
    ) -> pb.GetProjectMemberResponse:
        found = await self._members.get(
            optional_uuid(request.project_id, "project_id"),
            parse_uuid(request.member_id, "member_id"),
        )
        return pb.GetProjectMemberResponse(member=membership(found))

    async def InviteProjectMember(
        self, request: pb.InviteProjectMemberRequest, context: Context
    ) -> pb.InviteProjectMemberResponse:
        role = role_arg(request.role)
        assert role is not None
        found = await self._members.invite(
            optional_uuid(request.project_id, "project_id"),
            user_id=optional_uuid(request.user_id, "user_id"),
            email=request.email,
            role=role,
            request_id=request.request_id,
        )
        return pb.InviteProjectMemberResponse(member=membership(found))

    async def ChangeProjectMemberRole(
        self, request: pb.ChangeProjectMemberRoleRequest, context: Context
    ) -> pb.ChangeProjectMemberRoleResponse:
        member_id = parse_uuid(request.member_id, "member_id")
        role = role_arg(request.role)
        assert role is not None
        found = await self._members.change_role(
            optional_uuid(request.project_id, "project_id"),
            member_id,
            role,
            version=request.version,
        )
        return pb.ChangeProjectMemberRoleResponse(member=membership(found))

    async def RemoveProjectMember(
        self, request: pb.RemoveProjectMemberRequest, context: Context
    ) -> pb.RemoveProjectMemberResponse:
        found = await self._members.remove(
            optional_uuid(request.project_id, "project_id"),
            parse_uuid(request.member_id, "member_id"),
            version=request.version,
        )
        return pb.RemoveProjectMemberResponse(member=membership(found))
