"""ChannelService: channels, their webhook secret and labels. The history-import RPCs
come from the HistoryImportRpcs mixin (entrypoints/history_import_rpcs.py)."""

from __future__ import annotations

from typing import Any, NoReturn

import grpc

from messaging.domain.channel_types import ChannelTypeCode
from messaging.entrypoints import channel_mappers as m
from messaging.entrypoints.history_import_rpcs import HistoryImportRpcs
from messaging.service_layer.channels import (
    ChannelFilter,
    Channels,
    ChannelTypes,
    ProviderNotSupported,
)
from shared.domain import InvalidArgument
from shared.protomap import enum_value
from shared.requests import caller_project, mask_paths, optional_uuid, parse_uuid, required
from shared.responses import page_fields
from ventros.messaging.v1 import channel_pb2, channel_service_pb2_grpc, channel_type_pb2
from ventros.messaging.v1 import channel_service_pb2 as pb

Context = grpc.aio.ServicerContext[Any, Any]


async def _unimplemented(context: Context, error: ProviderNotSupported) -> NoReturn:
    await context.abort(grpc.StatusCode.UNIMPLEMENTED, str(error))


class ChannelServicer(HistoryImportRpcs, channel_service_pb2_grpc.ChannelServiceServicer):
    def __init__(self, channels: Channels, types: ChannelTypes, app: Any = None) -> None:
        self._channels, self._types = channels, types
        if app is not None:
            self.init_history_import_rpcs(app)

    def _type_code(self, msg: channel_pb2.Channel) -> ChannelTypeCode:
        code = enum_value(channel_type_pb2.ChannelTypeCode.DESCRIPTOR, msg.channel_type_code)
        if msg.channel_type_id:
            by_id = self._types.get(parse_uuid(msg.channel_type_id, "channel.channel_type_id"))
            if code and code != by_id.code.value:
                raise InvalidArgument.field(
                    "channel.channel_type_code", "does not match channel.channel_type_id"
                )
            return by_id.code
        if not code:
            raise InvalidArgument.field("channel.channel_type_code", "is required")
        return self._types.by_code(code).code

    async def CreateChannel(
        self, request: pb.CreateChannelRequest, context: Context
    ) -> pb.CreateChannelResponse:
        msg = request.channel
        created, secret = await self._channels.create(
            caller_project(),
            required(msg.name, "channel.name"),
            self._type_code(msg),
            m.create_settings(msg),
            request.request_id,
        )
        return pb.CreateChannelResponse(channel=m.channel(created), webhook_secret=secret)

    async def GetChannel(
        self, request: pb.GetChannelRequest, context: Context
    ) -> pb.GetChannelResponse:
        found = await self._channels.get(parse_uuid(request.channel_id, "channel_id"))
        return pb.GetChannelResponse(channel=m.channel(found))

    async def UpdateChannel(
        self, request: pb.UpdateChannelRequest, context: Context
    ) -> pb.UpdateChannelResponse:
        paths = mask_paths(request.update_mask, m.UPDATABLE)
        updated = await self._channels.update(
            parse_uuid(request.channel.id, "channel.id"),
            request.channel.version,
            lambda current: m.update_changes(request.channel, paths, current),
        )
        return pb.UpdateChannelResponse(channel=m.channel(updated))

    async def DeleteChannel(
        self, request: pb.DeleteChannelRequest, context: Context
    ) -> pb.DeleteChannelResponse:
        deleted = await self._channels.delete(
            parse_uuid(request.channel_id, "channel_id"), request.version
        )
        return pb.DeleteChannelResponse(channel=m.channel(deleted))

    async def ListChannels(
        self, request: pb.ListChannelsRequest, context: Context
    ) -> pb.ListChannelsResponse:
        if request.filter:
            raise InvalidArgument.field(
                "filter", "expressions are not supported; use the typed fields"
            )
        where = ChannelFilter(
            status=enum_value(channel_pb2.ChannelStatus.DESCRIPTOR, request.status),
            type_code=enum_value(
                channel_type_pb2.ChannelTypeCode.DESCRIPTOR, request.channel_type_code
            ),
            pipeline_id=optional_uuid(request.pipeline_id, "pipeline_id"),
            query=request.query,
            show_deleted=request.show_deleted,
        )
        page = await self._channels.list(
            where, request.page_size, request.page_token, request.order_by
        )
        return pb.ListChannelsResponse(**page_fields("channels", page, m.channel))

    async def ActivateChannel(
        self, request: pb.ActivateChannelRequest, context: Context
    ) -> pb.ActivateChannelResponse:
        try:
            activated = await self._channels.activate(
                parse_uuid(request.channel_id, "channel_id"), request.version
            )
        except ProviderNotSupported as error:
            return await _unimplemented(context, error)
        return pb.ActivateChannelResponse(channel=m.channel(activated))

    async def DeactivateChannel(
        self, request: pb.DeactivateChannelRequest, context: Context
    ) -> pb.DeactivateChannelResponse:
        deactivated = await self._channels.deactivate(
            parse_uuid(request.channel_id, "channel_id"), request.version, request.reason
        )
        return pb.DeactivateChannelResponse(channel=m.channel(deactivated))

    async def RotateChannelWebhookSecret(
        self, request: pb.RotateChannelWebhookSecretRequest, context: Context
    ) -> pb.RotateChannelWebhookSecretResponse:
        grace = (
            request.previous_secret_grace_period.ToTimedelta()
            if request.HasField("previous_secret_grace_period")
            else None
        )
        try:
            rotated = await self._channels.rotate_webhook_secret(
                parse_uuid(request.channel_id, "channel_id"), request.version, grace
            )
        except ProviderNotSupported as error:
            return await _unimplemented(context, error)
        response = pb.RotateChannelWebhookSecretResponse(
            channel=m.channel(rotated.channel), webhook_secret=rotated.secret
        )
        if rotated.previous_secret_expire_time is not None:
            response.previous_secret_expire_time.FromDatetime(rotated.previous_secret_expire_time)
        return response

    async def ListChannelLabels(
        self, request: pb.ListChannelLabelsRequest, context: Context
    ) -> pb.ListChannelLabelsResponse:
        if request.filter:
            raise InvalidArgument.field("filter", "expressions are not supported")
        page = await self._channels.labels(
            parse_uuid(request.channel_id, "channel_id"),
            request.page_size,
            request.page_token,
            request.order_by,
        )
        return pb.ListChannelLabelsResponse(**page_fields("labels", page, m.label))
