"""TrackingService over the tracking use cases."""

from __future__ import annotations

from typing import Any

import grpc

from crm.entrypoints import tracking_mappers as m
from crm.service_layer.trackings import TrackingFilter, Trackings
from shared.domain import InvalidArgument
from shared.requests import caller_project, optional_uuid, parse_uuid, timestamp_or_none
from shared.responses import page_fields
from ventros.crm.v1 import tracking_service_pb2 as pb
from ventros.crm.v1 import tracking_service_pb2_grpc

Context = grpc.aio.ServicerContext[Any, Any]


def tracking_filter(request: pb.ListTrackingsRequest) -> TrackingFilter:
    if request.filter:
        raise InvalidArgument.field("filter", "expressions are not supported; use the typed fields")
    sources = [m.source_of(value) for value in request.sources]
    platforms = [m.platform_of(value) for value in request.platforms]
    if None in sources:
        raise InvalidArgument.field("sources", "must not contain TRACKING_SOURCE_UNSPECIFIED")
    if None in platforms:
        raise InvalidArgument.field("platforms", "must not contain TRACKING_PLATFORM_UNSPECIFIED")
    return TrackingFilter(
        contact_id=optional_uuid(request.contact_id, "contact_id"),
        session_id=optional_uuid(request.session_id, "session_id"),
        sources=tuple(str(s) for s in sources),
        platforms=tuple(str(p) for p in platforms),
        campaign=request.campaign,
        ad_id=request.ad_id,
        click_id=request.click_id,
        utm_source=request.utm_source,
        utm_medium=request.utm_medium,
        utm_campaign=request.utm_campaign,
        create_time_after=timestamp_or_none(request, "create_time_after"),
        create_time_before=timestamp_or_none(request, "create_time_before"),
    )


class TrackingServicer(tracking_service_pb2_grpc.TrackingServiceServicer):
    def __init__(self, trackings: Trackings) -> None:
        self._trackings = trackings

    async def CreateTracking(
        self, request: pb.CreateTrackingRequest, context: Context
    ) -> pb.CreateTrackingResponse:
        given = request.tracking
        if not given.contact_id:
            raise InvalidArgument.field("tracking.contact_id", "is required")
        contact_id = parse_uuid(given.contact_id, "tracking.contact_id")
        session_id = optional_uuid(given.session_id, "tracking.session_id")
        message_id = optional_uuid(given.message_id, "tracking.message_id")
        attribution = m.attribution(given)
        try:
            made, created = await self._trackings.create(
                caller_project(),
                contact_id,
                attribution,
                session_id=session_id,
                message_id=message_id,
                request_id=request.request_id,
            )
        except InvalidArgument as error:
            raise m.prefixed(error, "tracking") from None
        return pb.CreateTrackingResponse(tracking=m.tracking(made), created=created)

    async def GetTracking(
        self, request: pb.GetTrackingRequest, context: Context
    ) -> pb.GetTrackingResponse:
        found = await self._trackings.get(parse_uuid(request.tracking_id, "tracking_id"))
        return pb.GetTrackingResponse(tracking=m.tracking(found))

    async def ListTrackings(
        self, request: pb.ListTrackingsRequest, context: Context
    ) -> pb.ListTrackingsResponse:
        page = await self._trackings.list(
            tracking_filter(request), request.page_size, request.page_token, request.order_by
        )
        return pb.ListTrackingsResponse(**page_fields("trackings", page, m.tracking))

    async def EncodeTrackingCode(
        self, request: pb.EncodeTrackingCodeRequest, context: Context
    ) -> pb.EncodeTrackingCodeResponse:
        target = request.WhichOneof("target")
        if target == "tracking_id":
            text, code = await self._trackings.encode(
                request.text, tracking_id=parse_uuid(request.tracking_id, "tracking_id")
            )
        elif target == "code":
            text, code = await self._trackings.encode(request.text, code=request.code)
        else:
            raise InvalidArgument.field("tracking_id", "give a tracking_id or a code")
        return pb.EncodeTrackingCodeResponse(text=text, code=code)

    async def DecodeTrackingCode(
        self, request: pb.DecodeTrackingCodeRequest, context: Context
    ) -> pb.DecodeTrackingCodeResponse:
        decoded, found = await self._trackings.decode(request.text)
        return pb.DecodeTrackingCodeResponse(
            found=decoded.found,
            code=decoded.code,
            recovered=decoded.recovered,
            tracking=m.tracking(found) if found else None,
            clean_text=decoded.clean_text,
        )
