"""WahaIngressService: the public webhook door and the operators' view of stored events."""

from __future__ import annotations

from typing import Any

import grpc

from messaging.entrypoints import waha_event_mappers as m
from messaging.service_layer.ingress import Ingress
from shared.requests import optional_uuid, parse_uuid, timestamp_or_none
from ventros.messaging.v1 import waha_event_pb2, waha_ingress_service_pb2_grpc
from ventros.messaging.v1 import waha_ingress_service_pb2 as pb

Context = grpc.aio.ServicerContext[Any, Any]
FULL = waha_event_pb2.WAHA_EVENT_VIEW_FULL


class WahaIngressServicer(waha_ingress_service_pb2_grpc.WahaIngressServiceServicer):
    def __init__(self, ingress: Ingress) -> None:
        self._ingress = ingress

    async def IngestWahaEvent(
        self, request: pb.IngestWahaEventRequest, context: Context
    ) -> pb.IngestWahaEventResponse:
        channel_id = parse_uuid(request.channel_id, "channel_id")
        result = await self._ingress.ingest(channel_id, request.body.data, dict(request.headers))
        return pb.IngestWahaEventResponse(
            waha_event_id=str(result.id),
            provider_event_id=result.provider_event_id,
            duplicate=result.duplicate,
        )

    async def GetWahaEvent(
        self, request: pb.GetWahaEventRequest, context: Context
    ) -> pb.GetWahaEventResponse:
        row = await self._ingress.get(parse_uuid(request.waha_event_id, "waha_event_id"))
        return pb.GetWahaEventResponse(waha_event=m.waha_event(row, request.view == FULL))

    async def ListWahaEvents(
        self, request: pb.ListWahaEventsRequest, context: Context
    ) -> pb.ListWahaEventsResponse:
        from shared.domain import InvalidArgument

        if request.filter:
            raise InvalidArgument.field("filter", "expressions are not supported; use the fields")
        if request.order_by and request.order_by.strip() not in (
            "receive_time desc",
            "create_time desc",
        ):
            raise InvalidArgument.field("order_by", 'only "receive_time desc" is supported')
        rows, token, total = await self._ingress.list(
            page_size=request.page_size,
            page_token=request.page_token,
            channel_id=optional_uuid(request.channel_id, "channel_id"),
            status=m.status_filter(request.status),
            event_type=request.event_type,
            provider_event_id=request.provider_event_id,
            start_time=timestamp_or_none(request, "start_time"),
            end_time=timestamp_or_none(request, "end_time"),
        )
        full = request.view == FULL
        return pb.ListWahaEventsResponse(
            waha_events=[m.waha_event(r, full) for r in rows],
            next_page_token=token,
            total_size=total,
        )

    async def ReprocessWahaEvent(
        self, request: pb.ReprocessWahaEventRequest, context: Context
    ) -> pb.ReprocessWahaEventResponse:
        row = await self._ingress.reprocess(parse_uuid(request.waha_event_id, "waha_event_id"))
        return pb.ReprocessWahaEventResponse(waha_event=m.waha_event(row))
