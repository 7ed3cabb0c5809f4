"""Stored WAHA events between the contract and the store."""

from __future__ import annotations

from messaging.adapters.waha_events import WahaEventRow
from shared.domain import InvalidArgument
from shared.protomap import fill
from ventros.messaging.v1 import waha_event_pb2

STATUS = {
    "pending": waha_event_pb2.WAHA_EVENT_STATUS_PENDING,
    "processing": waha_event_pb2.WAHA_EVENT_STATUS_PROCESSING,
    "processed": waha_event_pb2.WAHA_EVENT_STATUS_PROCESSED,
    "ignored": waha_event_pb2.WAHA_EVENT_STATUS_IGNORED,
    "failed": waha_event_pb2.WAHA_EVENT_STATUS_FAILED,
}
STATUS_NAME: dict[int, str] = {v: k for k, v in STATUS.items()}


def status_filter(value: int) -> str:
    if value == waha_event_pb2.WAHA_EVENT_STATUS_UNSPECIFIED:
        return ""
    name = STATUS_NAME.get(value)
    if name is None:
        raise InvalidArgument.field("status", f"unknown status {value}")
    return name


def waha_event(row: WahaEventRow, full: bool = False) -> waha_event_pb2.WahaEvent:
    event = fill(
        waha_event_pb2.WahaEvent(),
        id=str(row.id),
        project_id=str(row.project_id),
        version=row.version,
        channel_id=str(row.channel_id),
        provider_event_id=row.event_id,
        event_type=row.event_type,
        session_name=row.session_name,
        engine=row.engine,
        event_time=row.event_time,
        receive_time=row.create_time,
        status=STATUS.get(row.status, waha_event_pb2.WAHA_EVENT_STATUS_UNSPECIFIED),
        status_message=row.status_message,
        attempt_count=row.attempts,
        process_time=row.process_time,
        message_id=row.message_id,
        content_type=row.content_type,
        create_time=row.create_time,
        update_time=row.update_time,
    )
    if full:
        event.raw_body = row.raw_body
        event.headers.update(row.headers)
    return event
