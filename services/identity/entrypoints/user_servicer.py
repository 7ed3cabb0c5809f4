"""UserService: read and list users, profile updates, passwords, suspension.

Also home of two request-reading helpers the other identity servicers share:
`enum_arg` (a proto enum number → the domain's spelling, with a field named on
bad input) and `fields_under` (domain field names → the request's field paths).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import Any

import grpc
from google.protobuf import json_format
from google.protobuf.internal.enum_type_wrapper import EnumTypeWrapper

from identity.domain.roles import GlobalRole
from identity.entrypoints import mappers
from identity.service_layer.users import UserChanges, Users, check_listing
from shared.domain import FieldViolation, InvalidArgument
from shared.protomap import enum_value
from shared.requests import mask_paths, optional_uuid, parse_uuid
from shared.responses import page_fields
from ventros.identity.v1 import user_pb2, user_service_pb2_grpc
from ventros.identity.v1 import user_service_pb2 as pb

Context = grpc.aio.ServicerContext[Any, Any]

UPDATABLE = ("name", "settings", "default_project_id", "role")


def enum_arg(enum: EnumTypeWrapper, number: int, field: str, *, required: bool = False) -> str:
    """The lower-case domain value of a proto enum field ('' when unspecified)."""
    try:
        value = enum_value(enum.DESCRIPTOR, number)
    except KeyError:
        raise InvalidArgument.field(field, f"{number} is not a known value") from None
    if required and not value:
        raise InvalidArgument.field(field, "is required")
    return value


@contextlib.contextmanager
def fields_under(prefix: str, renames: Mapping[str, str] | None = None) -> Iterator[None]:
    """Re-raise the domain's InvalidArgument with the request's field paths
    ("name" → "project.name"), so clients can point at the field they sent."""
    try:
        yield
    except InvalidArgument as error:
        renames = renames or {}

        def path(field: str) -> str:
            head, dot, rest = field.partition(".")
            head = renames.get(head, head)
            return f"{prefix}{head}{dot}{rest}" if not field.startswith(prefix) else field

        raise InvalidArgument(
            *(FieldViolation(path(v.field), v.description) for v in error.violations)
        ) from error


def struct_dict(message: Any) -> dict[str, Any]:
    return json_format.MessageToDict(message)


class UserServicer(user_service_pb2_grpc.UserServiceServicer):
    def __init__(self, users: Users) -> None:
        self._users = users

    async def GetUser(self, request: pb.GetUserRequest, context: Context) -> pb.GetUserResponse:
        user = await self._users.get(parse_uuid(request.user_id, "user_id"))
        return pb.GetUserResponse(user=mappers.user(user))

    async def ListUsers(
        self, request: pb.ListUsersRequest, context: Context
    ) -> pb.ListUsersResponse:
        check_listing(request.filter, request.order_by, hint="project_id, status, role and query")
        page = await self._users.list(
            project_id=optional_uuid(request.project_id, "project_id"),
            status=enum_arg(user_pb2.UserStatus, request.status, "status"),
            role=enum_arg(user_pb2.UserRole, request.role, "role"),
            query=request.query,
            page_size=request.page_size,
            page_token=request.page_token,
        )
        return pb.ListUsersResponse(**page_fields("users", page, mappers.user))

    async def UpdateUser(
        self, request: pb.UpdateUserRequest, context: Context
    ) -> pb.UpdateUserResponse:
        paths = mask_paths(request.update_mask, UPDATABLE)
        given = request.user
        user_id = parse_uuid(given.id, "user.id")
        changes = UserChanges(
            name=given.name if "name" in paths else None,
            settings=struct_dict(given.settings) if "settings" in paths else None,
            default_project_id=parse_uuid(given.default_project_id, "user.default_project_id")
            if "default_project_id" in paths
            else None,
            global_role=GlobalRole(
                enum_arg(user_pb2.UserRole, given.role, "user.role", required=True)
            )
            if "role" in paths
            else None,
        )
        with fields_under("user."):
            user = await self._users.update(user_id, changes, version=given.version)
        return pb.UpdateUserResponse(user=mappers.user(user))

    async def ChangePassword(
        self, request: pb.ChangePasswordRequest, context: Context
    ) -> pb.ChangePasswordResponse:
        if not request.new_password:
            raise InvalidArgument.field("new_password", "is required")
        user = await self._users.change_password(
            parse_uuid(request.user_id, "user_id"), request.current_password, request.new_password
        )
        return pb.ChangePasswordResponse(user=mappers.user(user))

    async def SuspendUser(
        self, request: pb.SuspendUserRequest, context: Context
    ) -> pb.SuspendUserResponse:
        user = await self._users.suspend(
            parse_uuid(request.user_id, "user_id"), request.reason, version=request.version
        )
        return pb.SuspendUserResponse(user=mappers.user(user))

    async def ReactivateUser(
        self, request: pb.ReactivateUserRequest, context: Context
    ) -> pb.ReactivateUserResponse:
        user = await self._users.reactivate(
            parse_uuid(request.user_id, "user_id"), version=request.version
        )
        return pb.ReactivateUserResponse(user=mappers.user(user))
