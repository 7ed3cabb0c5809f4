"""AuthorizationService: the role → permission matrix and permission checks."""

from __future__ import annotations

from typing import Any, cast

import grpc

from identity.domain.permissions import Resource
from identity.entrypoints import mappers
from identity.entrypoints.member_servicer import role_arg
from identity.entrypoints.user_servicer import enum_arg
from identity.service_layer.authorization import Authorization, static_page
from shared.domain import InvalidArgument
from shared.protomap import enum_number
from shared.requests import optional_uuid
from shared.responses import page_fields
from ventros.identity.v1 import (
    authorization_pb2,
    authorization_service_pb2_grpc,
)
from ventros.identity.v1 import (
    authorization_service_pb2 as pb,
)

Context = grpc.aio.ServicerContext[Any, Any]

DEFAULT_ROLES_PAGE = 50
DEFAULT_PERMISSIONS_PAGE = 100


def no_filter(filter: str, hint: str) -> None:
    if filter.strip():
        raise InvalidArgument.field("filter", f"is not supported; use {hint}")


class AuthorizationServicer(authorization_service_pb2_grpc.AuthorizationServiceServicer):
    def __init__(self, authorization: Authorization) -> None:
        self._authorization = authorization

    async def ListRoles(
        self, request: pb.ListRolesRequest, context: Context
    ) -> pb.ListRolesResponse:
        no_filter(request.filter, "GetRole to read one role")
        roles = self._authorization.roles(request.order_by)
        page = static_page(roles, request.page_size, request.page_token, default=DEFAULT_ROLES_PAGE)
        return pb.ListRolesResponse(**page_fields("roles", page, mappers.role))

    async def GetRole(self, request: pb.GetRoleRequest, context: Context) -> pb.GetRoleResponse:
        return pb.GetRoleResponse(role=mappers.role(self._authorization.role(request.role_name)))

    async def ListPermissions(
        self, request: pb.ListPermissionsRequest, context: Context
    ) -> pb.ListPermissionsResponse:
        no_filter(request.filter, "resource and role")
        resource = enum_arg(authorization_pb2.PermissionResource, request.resource, "resource")
        permissions = self._authorization.permissions(
            resource=Resource(resource) if resource else None,
            role=role_arg(request.role, required=False),
            order_by=request.order_by,
        )
        page = static_page(
            permissions, request.page_size, request.page_token, default=DEFAULT_PERMISSIONS_PAGE
        )
        return pb.ListPermissionsResponse(**page_fields("permissions", page, mappers.permission))

    async def CheckPermission(
        self, request: pb.CheckPermissionRequest, context: Context
    ) -> pb.CheckPermissionResponse:
        decision = await self._authorization.check(
            project_id=optional_uuid(request.project_id, "project_id"),
            permission=request.permission,
            user_id=optional_uuid(request.user_id, "user_id"),
            api_key_id=optional_uuid(request.api_key_id, "api_key_id"),
        )
        response = pb.CheckPermissionResponse(allowed=decision.allowed)
        # enum_number gives the plain int the stubs' enum-class field type stands for.
        if decision.role is not None:
            response.role = cast(
                authorization_pb2.ProjectRole,
                enum_number(authorization_pb2.ProjectRole.DESCRIPTOR, decision.role),
            )
        if decision.denial_reason is not None:
            response.denial_reason = cast(
                authorization_pb2.PermissionDenialReason,
                enum_number(
                    authorization_pb2.PermissionDenialReason.DESCRIPTOR, decision.denial_reason
                ),
            )
        return response
