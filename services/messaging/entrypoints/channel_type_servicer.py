"""ChannelTypeService: the channel types (reference data kept in code)."""

from __future__ import annotations

from typing import Any

import grpc

from messaging.entrypoints import channel_mappers as m
from messaging.service_layer.channels import ChannelTypes
from shared.domain import InvalidArgument
from shared.requests import parse_uuid
from shared.responses import page_fields
from ventros.messaging.v1 import channel_type_service_pb2 as pb
from ventros.messaging.v1 import channel_type_service_pb2_grpc

Context = grpc.aio.ServicerContext[Any, Any]


class ChannelTypeServicer(channel_type_service_pb2_grpc.ChannelTypeServiceServicer):
    def __init__(self, types: ChannelTypes) -> None:
        self._types = types

    async def ListChannelTypes(
        self, request: pb.ListChannelTypesRequest, context: Context
    ) -> pb.ListChannelTypesResponse:
        if request.filter:
            raise InvalidArgument.field("filter", "expressions are not supported")
        if request.order_by and request.order_by.strip() != "name":
            raise InvalidArgument.field("order_by", "only 'name' is supported")
        page = self._types.list(request.active_only, request.page_size, request.page_token)
        return pb.ListChannelTypesResponse(**page_fields("channel_types", page, m.channel_type))

    async def GetChannelType(
        self, request: pb.GetChannelTypeRequest, context: Context
    ) -> pb.GetChannelTypeResponse:
        found = self._types.get(parse_uuid(request.channel_type_id, "channel_type_id"))
        return pb.GetChannelTypeResponse(channel_type=m.channel_type(found))
