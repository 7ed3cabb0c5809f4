"""The contact timeline: the consumer that builds it, ContactEventService and the live stream.

The consumer's handler is called directly with real proto events; the stream is
opened over the real channel and fed through PostgreSQL's NOTIFY on commit.
"""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import aio_pika
import asyncpg
import grpc
import pytest
from google.protobuf import timestamp_pb2
from google.protobuf.message import Message

from crm.adapters.contact_events import NOTIFY_CHANNEL
from crm.adapters.timeline_listener import SubscriberTooSlow, TimelineListener
from crm.bootstrap import Crm
from crm.entrypoints.timeline_consumer import BINDINGS, TimelineConsumer
from shared import amqp
from shared.consumer import Consumer, Envelope
from shared.db import asyncpg_dsn
from shared.dbsetup import DatabaseUrls
from shared.grpc_errors import field_violations
from shared.outbox import routing_key_of
from tests.integration.crm.conftest import Tenant
from ventros.common.v1 import event_pb2, types_pb2
from ventros.crm.v1 import (
    contact_event_pb2,
    contact_event_service_pb2_grpc,
    contact_pb2,
    contact_service_pb2_grpc,
    note_pb2,
    note_service_pb2_grpc,
)
from ventros.crm.v1 import contact_event_service_pb2 as pb
from ventros.crm.v1 import contact_service_pb2 as contact_pb
from ventros.crm.v1 import events_pb2 as crm_events
from ventros.crm.v1 import note_service_pb2 as note_pb
from ventros.messaging.v1 import events_pb2 as messaging_events
from ventros.messaging.v1 import session_pb2

pytestmark = pytest.mark.integration
Stub = contact_event_service_pb2_grpc.ContactEventServiceStub
DEADLINE = 5.0
CE = contact_event_pb2


@pytest.fixture
def timeline(crm_channel: grpc.aio.Channel) -> Stub:
    return Stub(crm_channel)


@pytest.fixture
def consumer(crm: Crm) -> TimelineConsumer:
    return TimelineConsumer(crm.timeline)


@pytest.fixture
def contacts(crm_channel: grpc.aio.Channel) -> contact_service_pb2_grpc.ContactServiceStub:
    return contact_service_pb2_grpc.ContactServiceStub(crm_channel)


async def new_contact(
    contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> contact_pb2.Contact:
    phone = f"+55 21 9{uuid.uuid4().int % 10**8:08d}"
    made = await contacts.CreateContact(
        contact_pb.CreateContactRequest(
            contact=contact_pb2.Contact(name="Joana", phone=types_pb2.PhoneNumber(raw=phone))
        ),
        metadata=tenant.bearer(),
    )
    return made.contact


@pytest.fixture
async def contact(
    contacts: contact_service_pb2_grpc.ContactServiceStub, tenant: Tenant
) -> contact_pb2.Contact:
    return await new_contact(contacts, tenant)


def metadata(
    tenant: Tenant, aggregate_id: str, *, occur: datetime | None = None
) -> event_pb2.EventMetadata:
    stamp = timestamp_pb2.Timestamp()
    stamp.FromDatetime(occur or datetime.now(UTC))
    return event_pb2.EventMetadata(
        event_id=str(uuid.uuid4()),
        aggregate_id=aggregate_id,
        project_id=tenant.project_id,
        occur_time=stamp,
        aggregate_version=2,
        actor=event_pb2.Actor(type=event_pb2.ACTOR_TYPE_USER, id=tenant.user_id),
    )


def envelope(event: Message, tenant: Tenant) -> Envelope:
    return Envelope(
        event_id=uuid.UUID(event.metadata.event_id),  # type: ignore[attr-defined]
        routing_key=routing_key_of(event),
        project_id=uuid.UUID(tenant.project_id),
        correlation_id="",
        attempt=0,
    )


def tag_added(tenant: Tenant, contact_id: str, *tags: str, **meta: object) -> Message:
    return crm_events.ContactTagAdded(
        metadata=metadata(tenant, contact_id, **meta),  # type: ignore[arg-type]
        contact_id=contact_id,
        tags=list(tags) or ["vip"],
        current_tags=list(tags) or ["vip"],
    )


def session_started(tenant: Tenant, contact_id: str, session_id: str) -> Message:
    return messaging_events.SessionStarted(
        metadata=metadata(tenant, session_id),
        session=session_pb2.Session(
            id=session_id,
            project_id=tenant.project_id,
            contact_id=contact_id,
            channel_id=str(uuid.uuid4()),
        ),
    )


async def deliver(consumer: TimelineConsumer, tenant: Tenant, event: Message) -> None:
    await consumer.handle(event, envelope(event, tenant))


async def entries(
    stub: Stub, tenant: Tenant, contact_id: str = "", **request: object
) -> list[contact_event_pb2.ContactEvent]:
    listed = await stub.ListContactEvents(
        pb.ListContactEventsRequest(contact_id=contact_id, **request),  # type: ignore[arg-type]
        metadata=tenant.bearer(),
    )
    return list(listed.contact_events)


async def failure(call) -> grpc.aio.AioRpcError:  # type: ignore[no-untyped-def]
    with pytest.raises(grpc.aio.AioRpcError) as caught:
        await call
    return caught.value


# -- the consumer ---------------------------------------------------------------------


def test_the_consumer_binds_the_keys_the_timeline_mapping_describes() -> None:
    assert "crm.contact.tag_added" in BINDINGS and "messaging.session.started" in BINDINGS
    assert "crm.contact_event.created" not in BINDINGS  # it never feeds itself


async def test_a_tag_added_event_becomes_a_tag_entry_caused_by_the_user(
    consumer: TimelineConsumer, timeline: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    event = tag_added(tenant, contact.id, "vip", "hot lead")
    await deliver(consumer, tenant, event)
    [entry] = await entries(timeline, tenant, contact.id)
    assert (entry.event_type, entry.category) == ("tag_added", CE.CONTACT_EVENT_CATEGORY_TAG)
    assert entry.title == "Tag added: vip, hot lead"
    assert list(entry.payload["tags"]) == ["vip", "hot lead"]
    assert entry.source == CE.CONTACT_EVENT_SOURCE_USER
    assert entry.actor == event_pb2.Actor(type=event_pb2.ACTOR_TYPE_USER, id=tenant.user_id)
    assert entry.source_event_id == event.metadata.event_id  # type: ignore[attr-defined]
    assert entry.source_event_type == "crm.contact.tag_added"
    assert entry.occur_time == event.metadata.occur_time  # type: ignore[attr-defined]
    assert entry.project_id == tenant.project_id and entry.version == 1


async def test_a_redelivered_event_adds_nothing(
    consumer: TimelineConsumer, timeline: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    event = tag_added(tenant, contact.id)
    await deliver(consumer, tenant, event)
    await deliver(consumer, tenant, event)
    # The same domain event under another message id is absorbed by the unique source id.
    await consumer.handle(
        event, dataclasses.replace(envelope(event, tenant), event_id=uuid.uuid4())
    )
    assert len(await entries(timeline, tenant, contact.id)) == 1


async def test_a_started_session_becomes_a_session_entry(
    consumer: TimelineConsumer, timeline: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    session_id = str(uuid.uuid4())
    await deliver(consumer, tenant, session_started(tenant, contact.id, session_id))
    [entry] = await entries(timeline, tenant, contact.id)
    assert (entry.event_type, entry.category) == (
        "session_started",
        CE.CONTACT_EVENT_CATEGORY_SESSION,
    )
    assert entry.session_id == session_id and entry.title == "Conversation started"


async def test_a_merge_is_recorded_on_the_survivor_and_later_entries_follow_it(
    consumer: TimelineConsumer,
    timeline: Stub,
    contacts: contact_service_pb2_grpc.ContactServiceStub,
    tenant: Tenant,
    contact: contact_pb2.Contact,
) -> None:
    merged = await new_contact(contacts, tenant)
    await contacts.MergeContacts(
        contact_pb.MergeContactsRequest(contact_id=contact.id, merged_contact_id=merged.id),
        metadata=tenant.bearer(),
    )
    event = crm_events.ContactMerged(
        metadata=metadata(tenant, contact.id),
        survivor_contact_id=contact.id,
        merged_contact_id=merged.id,
    )
    await deliver(consumer, tenant, event)
    late = tag_added(tenant, merged.id, "late")  # about the merged contact, handled after
    await deliver(consumer, tenant, late)
    found = await entries(timeline, tenant, contact.id, order_by="occur_time")
    assert [e.event_type for e in found] == ["contact_merged", "tag_added"]
    assert found[0].priority == CE.CONTACT_EVENT_PRIORITY_HIGH
    assert found[0].payload["merged_contact_id"] == merged.id


async def test_an_added_note_becomes_a_note_entry_with_an_excerpt(
    consumer: TimelineConsumer,
    timeline: Stub,
    crm_channel: grpc.aio.Channel,
    tenant: Tenant,
    contact: contact_pb2.Contact,
) -> None:
    notes = note_service_pb2_grpc.NoteServiceStub(crm_channel)
    added = await notes.AddNote(
        note_pb.AddNoteRequest(
            contact_id=contact.id,
            note=note_pb2.Note(content="Prefers calls after 6pm", visible_to_client=True),
        ),
        metadata=tenant.bearer(),
    )
    event = crm_events.NoteAdded(metadata=metadata(tenant, added.note.id), note=added.note)
    await deliver(consumer, tenant, event)
    [entry] = await entries(timeline, tenant, contact.id)
    assert (entry.event_type, entry.category) == ("note_added", CE.CONTACT_EVENT_CATEGORY_NOTE)
    assert entry.description == "Prefers calls after 6pm"
    assert entry.visibility == CE.CONTACT_EVENT_VISIBILITY_PUBLIC
    assert entry.payload["note_id"] == added.note.id


async def test_events_outside_a_contacts_story_or_about_unknown_contacts_add_nothing(
    consumer: TimelineConsumer, timeline: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    own = crm_events.ContactEventCreated(
        metadata=metadata(tenant, str(uuid.uuid4())),
        contact_event=contact_event_pb2.ContactEvent(contact_id=contact.id, title="x"),
    )
    await deliver(consumer, tenant, own)
    await deliver(consumer, tenant, tag_added(tenant, str(uuid.uuid4())))
    assert await entries(timeline, tenant, contact.id) == []


# -- ContactEventService ----------------------------------------------------------------


async def test_listing_filters_by_category_priority_visibility_type_and_time(
    consumer: TimelineConsumer, timeline: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    earlier = datetime.now(UTC) - timedelta(hours=2)
    await deliver(consumer, tenant, tag_added(tenant, contact.id, occur=earlier))
    await deliver(consumer, tenant, session_started(tenant, contact.id, str(uuid.uuid4())))
    updated = crm_events.ContactUpdated(
        metadata=metadata(tenant, contact.id),
        contact=contact_pb2.Contact(id=contact.id),
        changed_fields=["name"],
    )
    await deliver(consumer, tenant, updated)  # a system-visibility entry

    async def types(**request: object) -> list[str]:
        return [e.event_type for e in await entries(timeline, tenant, contact.id, **request)]

    assert await types() == ["session_started", "tag_added"]  # newest first, no system
    assert await types(order_by="occur_time") == ["tag_added", "session_started"]
    assert await types(categories=[CE.CONTACT_EVENT_CATEGORY_TAG]) == ["tag_added"]
    assert await types(priorities=[CE.CONTACT_EVENT_PRIORITY_NORMAL]) == ["session_started"]
    assert await types(visibilities=[CE.CONTACT_EVENT_VISIBILITY_SYSTEM]) == ["contact_updated"]
    assert await types(event_types=["tag_added"]) == ["tag_added"]
    cutoff = timestamp_pb2.Timestamp()
    cutoff.FromDatetime(earlier + timedelta(minutes=1))
    assert await types(occur_time_after=cutoff) == ["session_started"]
    assert await types(occur_time_before=cutoff) == ["tag_added"]


async def test_listing_pages_and_the_project_wide_route_covers_every_contact(
    consumer: TimelineConsumer,
    timeline: Stub,
    contacts: contact_service_pb2_grpc.ContactServiceStub,
    tenant: Tenant,
    contact: contact_pb2.Contact,
) -> None:
    other = await new_contact(contacts, tenant)
    for i in range(3):
        await deliver(consumer, tenant, tag_added(tenant, contact.id, f"t{i}"))
    await deliver(consumer, tenant, tag_added(tenant, other.id))
    first = await timeline.ListContactEvents(
        pb.ListContactEventsRequest(contact_id=contact.id, page_size=2), metadata=tenant.bearer()
    )
    second = await timeline.ListContactEvents(
        pb.ListContactEventsRequest(
            contact_id=contact.id, page_size=2, page_token=first.next_page_token
        ),
        metadata=tenant.bearer(),
    )
    assert (len(first.contact_events), len(second.contact_events)) == (2, 1)
    assert first.total_size == 3 and not second.next_page_token
    everything = await entries(timeline, tenant)
    assert {contact.id, other.id} <= {e.contact_id for e in everything}


async def test_an_entry_is_read_by_id(
    consumer: TimelineConsumer, timeline: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    await deliver(consumer, tenant, tag_added(tenant, contact.id))
    [entry] = await entries(timeline, tenant, contact.id)
    got = await timeline.GetContactEvent(
        pb.GetContactEventRequest(contact_event_id=entry.id), metadata=tenant.bearer()
    )
    assert got.contact_event == entry


async def test_reading_an_unknown_or_malformed_entry_id_fails_cleanly(
    timeline: Stub, tenant: Tenant
) -> None:
    unknown = await failure(
        timeline.GetContactEvent(
            pb.GetContactEventRequest(contact_event_id=str(uuid.uuid4())), metadata=tenant.bearer()
        )
    )
    malformed = await failure(
        timeline.GetContactEvent(
            pb.GetContactEventRequest(contact_event_id="nope"), metadata=tenant.bearer()
        )
    )
    assert unknown.code() == grpc.StatusCode.NOT_FOUND
    assert malformed.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "contact_event_id" in field_violations(malformed)


async def test_a_filter_expression_or_unknown_order_is_invalid_argument(
    timeline: Stub, tenant: Tenant
) -> None:
    by_filter = await failure(
        timeline.ListContactEvents(
            pb.ListContactEventsRequest(filter="category=tag"), metadata=tenant.bearer()
        )
    )
    by_order = await failure(
        timeline.ListContactEvents(
            pb.ListContactEventsRequest(order_by="title"), metadata=tenant.bearer()
        )
    )
    assert "filter" in field_violations(by_filter)
    assert "order_by" in field_violations(by_order)


async def test_listing_the_timeline_of_an_unknown_contact_is_not_found(
    timeline: Stub, tenant: Tenant
) -> None:
    error = await failure(
        timeline.ListContactEvents(
            pb.ListContactEventsRequest(contact_id=str(uuid.uuid4())), metadata=tenant.bearer()
        )
    )
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_another_tenant_sees_none_of_the_timeline(
    consumer: TimelineConsumer,
    timeline: Stub,
    tenant: Tenant,
    other_tenant: Tenant,
    contact: contact_pb2.Contact,
) -> None:
    await deliver(consumer, tenant, tag_added(tenant, contact.id))
    [entry] = await entries(timeline, tenant, contact.id)
    them = other_tenant.bearer()
    listed = await failure(
        timeline.ListContactEvents(
            pb.ListContactEventsRequest(contact_id=contact.id), metadata=them
        )
    )
    got = await failure(
        timeline.GetContactEvent(
            pb.GetContactEventRequest(contact_event_id=entry.id), metadata=them
        )
    )
    assert listed.code() == got.code() == grpc.StatusCode.NOT_FOUND
    assert entry.id not in {e.id for e in await entries(timeline, other_tenant)}


async def test_an_event_claiming_another_tenants_contact_adds_nothing(
    consumer: TimelineConsumer,
    timeline: Stub,
    tenant: Tenant,
    other_tenant: Tenant,
    contact: contact_pb2.Contact,
) -> None:
    forged = tag_added(other_tenant, contact.id)  # other tenant's project, our contact
    await deliver(consumer, other_tenant, forged)
    assert await entries(timeline, tenant, contact.id) == []


# -- StreamContactEvents ----------------------------------------------------------------


class Stream:
    """An open StreamContactEvents call, live once its initial metadata arrived."""

    def __init__(self, stub: Stub, tenant: Tenant, **request: object) -> None:
        self.call = stub.StreamContactEvents(
            pb.StreamContactEventsRequest(**request),  # type: ignore[arg-type]
            metadata=tenant.bearer(),
        )

    async def live(self) -> Stream:
        async with asyncio.timeout(DEADLINE):
            await self.call.initial_metadata()
        return self

    async def next(self, timeout: float = DEADLINE) -> contact_event_pb2.ContactEvent:
        async with asyncio.timeout(timeout):
            response = await self.call.read()
        assert response is not grpc.aio.EOF, "the stream ended"
        return response.contact_event


@pytest.fixture
async def streams() -> AsyncIterator[list[Stream]]:
    opened: list[Stream] = []
    yield opened
    for stream in opened:
        stream.call.cancel()


async def open_stream(
    streams: list[Stream], stub: Stub, tenant: Tenant, **request: object
) -> Stream:
    stream = Stream(stub, tenant, **request)
    streams.append(stream)
    return await stream.live()


async def test_a_contacts_stream_receives_a_new_entry_as_it_is_committed(
    consumer: TimelineConsumer,
    timeline: Stub,
    streams: list[Stream],
    tenant: Tenant,
    contact: contact_pb2.Contact,
) -> None:
    stream = await open_stream(streams, timeline, tenant, contact_id=contact.id)
    event = tag_added(tenant, contact.id, "live")
    await deliver(consumer, tenant, event)
    received = await stream.next()
    assert received.source_event_id == event.metadata.event_id  # type: ignore[attr-defined]
    assert received.contact_id == contact.id and received.event_type == "tag_added"


async def test_a_project_stream_receives_every_contact_but_another_tenants_stream_nothing(
    consumer: TimelineConsumer,
    timeline: Stub,
    contacts: contact_service_pb2_grpc.ContactServiceStub,
    streams: list[Stream],
    tenant: Tenant,
    other_tenant: Tenant,
    contact: contact_pb2.Contact,
) -> None:
    other_contact = await new_contact(contacts, tenant)
    mine = await open_stream(streams, timeline, tenant)
    theirs = await open_stream(streams, timeline, other_tenant)
    await deliver(consumer, tenant, tag_added(tenant, contact.id))
    await deliver(consumer, tenant, session_started(tenant, other_contact.id, str(uuid.uuid4())))
    assert {(await mine.next()).contact_id, (await mine.next()).contact_id} == {
        contact.id,
        other_contact.id,
    }
    with pytest.raises(TimeoutError):
        await theirs.next(timeout=0.5)


async def test_a_contacts_stream_skips_other_contacts_and_unwanted_categories(
    consumer: TimelineConsumer,
    timeline: Stub,
    contacts: contact_service_pb2_grpc.ContactServiceStub,
    streams: list[Stream],
    tenant: Tenant,
    contact: contact_pb2.Contact,
) -> None:
    other_contact = await new_contact(contacts, tenant)
    stream = await open_stream(
        streams,
        timeline,
        tenant,
        contact_id=contact.id,
        categories=[CE.CONTACT_EVENT_CATEGORY_SESSION],
    )
    await deliver(consumer, tenant, tag_added(tenant, other_contact.id))
    await deliver(consumer, tenant, tag_added(tenant, contact.id))
    await deliver(consumer, tenant, session_started(tenant, contact.id, str(uuid.uuid4())))
    received = await stream.next()
    assert (received.contact_id, received.event_type) == (contact.id, "session_started")


async def test_a_stream_replays_entries_since_a_time_before_going_live(
    consumer: TimelineConsumer,
    timeline: Stub,
    streams: list[Stream],
    tenant: Tenant,
    contact: contact_pb2.Contact,
) -> None:
    start = datetime.now(UTC) - timedelta(minutes=10)
    before = tag_added(tenant, contact.id, "old", occur=start - timedelta(minutes=5))
    missed = tag_added(tenant, contact.id, "missed", occur=start + timedelta(minutes=1))
    await deliver(consumer, tenant, before)
    await deliver(consumer, tenant, missed)
    since = timestamp_pb2.Timestamp()
    since.FromDatetime(start)
    stream = await open_stream(streams, timeline, tenant, contact_id=contact.id, since_time=since)
    assert list((await stream.next()).payload["tags"]) == ["missed"]
    await deliver(consumer, tenant, tag_added(tenant, contact.id, "new"))
    assert list((await stream.next()).payload["tags"]) == ["new"]


async def test_a_stream_on_an_unknown_or_foreign_contact_is_not_found(
    timeline: Stub, tenant: Tenant, other_tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    for who, contact_id in ((tenant, str(uuid.uuid4())), (other_tenant, contact.id)):
        call = timeline.StreamContactEvents(
            pb.StreamContactEventsRequest(contact_id=contact_id), metadata=who.bearer()
        )
        error = await failure(call.read())
        assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_cancelling_a_stream_releases_its_subscription(
    crm: Crm, timeline: Stub, tenant: Tenant, contact: contact_pb2.Contact
) -> None:
    project = uuid.UUID(tenant.project_id)
    stream = await Stream(timeline, tenant, contact_id=contact.id).live()
    assert crm.timeline_listener.subscriber_count(project) == 1
    stream.call.cancel()
    async with asyncio.timeout(DEADLINE):
        while crm.timeline_listener.subscriber_count(project):
            await asyncio.sleep(0.02)


async def test_an_event_published_to_rabbitmq_reaches_an_open_stream(
    amqp_url: str,
    consumer: TimelineConsumer,
    timeline: Stub,
    streams: list[Stream],
    tenant: Tenant,
    contact: contact_pb2.Contact,
) -> None:
    queue = Consumer(
        amqp_url=amqp_url,
        queue=f"test.crm.timeline.{uuid.uuid4().hex[:8]}",
        bindings=BINDINGS,
        handler=consumer.handle,
    )
    await queue.start()
    connection = await amqp.connect(amqp_url)
    try:
        stream = await open_stream(streams, timeline, tenant, contact_id=contact.id)
        event = tag_added(tenant, contact.id, "from the broker")
        channel = await connection.channel(publisher_confirms=True)
        exchange = await amqp.events_exchange(channel)
        await exchange.publish(
            aio_pika.Message(
                event.SerializeToString(),
                message_id=event.metadata.event_id,  # type: ignore[attr-defined]
                type=event.DESCRIPTOR.full_name,
                content_type=amqp.CONTENT_TYPE,
                headers={"cloudEvents:tenantid": tenant.project_id},
            ),
            routing_key=routing_key_of(event),
        )
        received = await stream.next()
        assert received.source_event_id == event.metadata.event_id  # type: ignore[attr-defined]
    finally:
        await queue.delete_topology()
        await queue.stop()
        await connection.close()


async def test_a_subscriber_that_falls_a_whole_queue_behind_is_dropped(
    database: DatabaseUrls,
) -> None:
    listener = TimelineListener(database.app, queue_size=2)
    project = uuid.uuid4()
    subscription = await listener.subscribe(project)
    conn = await asyncpg.connect(asyncpg_dsn(database.app))
    try:
        for _ in range(3):
            notice = f"{project}:{uuid.uuid4()}:{uuid.uuid4()}"
            await conn.execute("SELECT pg_notify($1, $2)", NOTIFY_CHANNEL, notice)
        async with asyncio.timeout(DEADLINE):
            while listener.subscriber_count(project):
                await asyncio.sleep(0.02)
        with pytest.raises(SubscriberTooSlow):
            await subscription.next()
    finally:
        await conn.close()
        await listener.close()
