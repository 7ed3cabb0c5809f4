"""ContactEventService: the timeline, paged or followed live."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import grpc

from crm.adapters.timeline_listener import ListenerLost, SubscriberTooSlow
from crm.entrypoints.contact_event_mappers import contact_event
from crm.entrypoints.note_mappers import enum_names
from crm.service_layer.timeline import Timeline, TimelineFilter
from shared.domain import InvalidArgument
from shared.requests import caller_project, optional_uuid, parse_uuid, timestamp_or_none
from shared.responses import page_fields
from ventros.crm.v1 import contact_event_pb2 as ce
from ventros.crm.v1 import contact_event_service_pb2 as pb
from ventros.crm.v1 import contact_event_service_pb2_grpc

Context = grpc.aio.ServicerContext[Any, Any]
LIVE_METADATA = (("x-ventros-stream", "live"),)


def timeline_filter(request: pb.ListContactEventsRequest) -> TimelineFilter:
    if request.filter:
        raise InvalidArgument.field("filter", "expressions are not supported; use the typed fields")
    return TimelineFilter(
        contact_id=optional_uuid(request.contact_id, "contact_id"),
        categories=enum_names(ce.ContactEventCategory, request.categories, "categories"),
        priorities=enum_names(ce.ContactEventPriority, request.priorities, "priorities"),
        visibilities=enum_names(ce.ContactEventVisibility, request.visibilities, "visibilities"),
        session_id=optional_uuid(request.session_id, "session_id"),
        event_types=tuple(t.strip() for t in request.event_types if t.strip()),
        occur_time_after=timestamp_or_none(request, "occur_time_after"),
        occur_time_before=timestamp_or_none(request, "occur_time_before"),
    )


def stream_filter(request: pb.StreamContactEventsRequest) -> TimelineFilter:
    return TimelineFilter(
        contact_id=optional_uuid(request.contact_id, "contact_id"),
        categories=enum_names(ce.ContactEventCategory, request.categories, "categories"),
        priorities=enum_names(ce.ContactEventPriority, request.priorities, "priorities"),
        visibilities=enum_names(ce.ContactEventVisibility, request.visibilities, "visibilities"),
    )


class ContactEventServicer(contact_event_service_pb2_grpc.ContactEventServiceServicer):
    def __init__(self, timeline: Timeline) -> None:
        self._timeline = timeline

    async def ListContactEvents(
        self, request: pb.ListContactEventsRequest, context: Context
    ) -> pb.ListContactEventsResponse:
        page = await self._timeline.list(
            timeline_filter(request), request.page_size, request.page_token, request.order_by
        )
        return pb.ListContactEventsResponse(**page_fields("contact_events", page, contact_event))

    async def GetContactEvent(
        self, request: pb.GetContactEventRequest, context: Context
    ) -> pb.GetContactEventResponse:
        found = await self._timeline.get(parse_uuid(request.contact_event_id, "contact_event_id"))
        return pb.GetContactEventResponse(contact_event=contact_event(found))

    async def StreamContactEvents(
        self, request: pb.StreamContactEventsRequest, context: Context
    ) -> AsyncIterator[pb.StreamContactEventsResponse]:
        """Initial metadata is sent once the stream is subscribed: from then on nothing
        committed is missed. Ends when the client cancels; a subscriber that falls too far
        behind gets RESOURCE_EXHAUSTED, a lost listener UNAVAILABLE (reconnect with
        since_time = the last entry's occur_time)."""
        where = stream_filter(request)
        since = timestamp_or_none(request, "since_time")
        entries = self._timeline.follow(
            caller_project(), where, since, lambda: context.send_initial_metadata(LIVE_METADATA)
        )
        try:
            async for entry in entries:
                yield pb.StreamContactEventsResponse(contact_event=contact_event(entry))
        except SubscriberTooSlow as error:
            await context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, str(error))
        except ListenerLost as error:
            await context.abort(grpc.StatusCode.UNAVAILABLE, str(error))
        finally:
            await entries.aclose()
