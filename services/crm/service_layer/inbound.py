"""Inbound messages (messaging.message.received) as seen by crm.

For each received message, in one unit of work of the event's project:
(a) the contact's interaction is recorded at the message's own time (the
    contact ignores a message id it has seen, the inbox a redelivered event);
(b) click-to-WhatsApp ad data (ctwa_clid, externalAdReply, UTM parameters of
    the ad URL) becomes a Tracking, idempotent by click id;
(c) an invisible tracking code in the text links the contact and session to the
    project's tracking carrying that code (a tracking of this contact, session
    and message copying its attribution, pointing at it in metadata).
History imports record interactions but never create trackings for messages
older than HISTORY_ATTRIBUTION_WINDOW. An event whose contact is not visible in
the event's project (another tenant's, or unknown) changes nothing.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from google.protobuf.message import Message

from crm.adapters.trackings import TrackingRepository
from crm.domain.attribution import attribution_from
from crm.domain.contact_fields import ContactInteractionDirection
from crm.domain.contacts import Contact
from crm.domain.tracking import Attribution, Tracking
from crm.domain.tracking_codes import decode_code
from crm.service_layer.trackings import record_tracking
from crm.service_layer.unit_of_work import CrmUnitOfWork
from shared.consumer import Envelope, claim_event
from shared.domain import InvalidArgument, NotFound, utcnow
from ventros.messaging.v1 import events_pb2 as messaging_events
from ventros.messaging.v1 import message_pb2

log = logging.getLogger(__name__)

CONSUMER = "crm.inbound"
QUEUE = "crm.inbound"
BINDINGS = ("messaging.message.received",)
HISTORY_ATTRIBUTION_WINDOW = timedelta(days=7)
LINKED_TRACKING = "linked_tracking_id"  # metadata key of a tracking made from a code
MAX_MERGE_HOPS = 8
_UTM = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")

UnitOfWorkFactory = Callable[..., CrmUnitOfWork]


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Received:
    """What crm needs of a MessageReceived event."""

    contact_id: uuid.UUID
    message_id: uuid.UUID | None
    session_id: uuid.UUID | None
    channel_id: uuid.UUID | None
    at: datetime
    text: str
    history_import: bool
    attribution: message_pb2.MessageAttribution

    @classmethod
    def of(cls, event: messaging_events.MessageReceived) -> Received | None:
        contact_id = _uuid(event.contact_id)
        if contact_id is None:
            return None
        if event.HasField("message_time"):
            at = event.message_time.ToDatetime(tzinfo=UTC)
        elif event.message.HasField("message_time"):
            at = event.message.message_time.ToDatetime(tzinfo=UTC)
        elif event.metadata.HasField("occur_time"):
            at = event.metadata.occur_time.ToDatetime(tzinfo=UTC)
        else:
            return None
        ad = event.attribution if event.HasField("attribution") else event.message.attribution
        return cls(
            contact_id=contact_id,
            message_id=_uuid(event.message_id or event.message.id),
            session_id=_uuid(event.session_id or event.message.session_id),
            channel_id=_uuid(event.channel_id or event.message.channel_id),
            at=at,
            text=event.text or event.message.text,
            history_import=event.source == message_pb2.MESSAGE_SOURCE_HISTORY_IMPORT,
            attribution=ad,
        )

    def may_attribute(self, now: datetime) -> bool:
        return not self.history_import or now - self.at <= HISTORY_ATTRIBUTION_WINDOW


def ad_attribution(ad: message_pb2.MessageAttribution) -> Attribution | None:
    """The attribution of click-to-WhatsApp ad data, or None when the message has none."""
    reply = {
        "title": ad.title,
        "body": ad.body,
        "sourceUrl": ad.source_url,
        "sourceId": ad.source_id,
        "sourceType": ad.source_type,
        "sourceApp": ad.source_app or ad.entry_point_conversion_app,
        "thumbnailUrl": ad.thumbnail_url,
        "mediaUrl": ad.media_url,
    }
    found = attribution_from(reply, ctwa_clid=ad.ctwa_clid, conversion_source=ad.conversion_source)
    missing = {
        name: getattr(ad, name) for name in _UTM if getattr(ad, name) and not getattr(found, name)
    }
    if missing:  # messaging parsed them already; the URL may have been shortened
        found = replace(found, **missing)
    if not (ad.from_ad or found.click_id or any(getattr(found, name) for name in _UTM)):
        return None
    extra = {
        key: value
        for key, value in (
            ("entry_point_conversion_source", ad.entry_point_conversion_source),
            ("entry_point_conversion_app", ad.entry_point_conversion_app),
        )
        if value
    }
    return replace(found, metadata={**found.metadata, **extra}) if extra else found


def linked_attribution(coded: Tracking, code: int) -> Attribution:
    """The attribution of a coded tracking, for the contact whose message carried the code."""
    return Attribution(
        source=coded.source,
        platform=coded.platform,
        campaign=coded.campaign,
        ad_id=coded.ad_id,
        ad_url=coded.ad_url,
        conversion_source=coded.conversion_source,
        conversion_data=coded.conversion_data,
        utm_source=coded.utm_source,
        utm_medium=coded.utm_medium,
        utm_campaign=coded.utm_campaign,
        utm_term=coded.utm_term,
        utm_content=coded.utm_content,
        metadata={**coded.metadata, LINKED_TRACKING: str(coded.id), "tracking_code": code},
    )


class InboundMessages:
    """The crm.inbound consumer's handler (call `handle` directly in tests)."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    async def handle(self, event: Message, envelope: Envelope) -> None:
        if not isinstance(event, messaging_events.MessageReceived):
            log.warning("crm.inbound ignores %s", event.DESCRIPTOR.full_name)
            return
        project_id = envelope.project_id
        stated = _uuid(event.metadata.project_id)
        if project_id is None or (stated is not None and stated != project_id):
            log.warning("message.received %s has no single tenant; ignored", envelope.event_id)
            return
        received = Received.of(event)
        async with self._uow(project_id=project_id) as uow:
            if not await claim_event(uow.connection, "crm", CONSUMER, envelope.event_id):
                await uow.commit()
                return
            contact = await self._contact(uow, received.contact_id) if received else None
            if received is not None and contact is not None:
                await self._handle(uow, project_id, contact, received)
            await uow.commit()

    async def _handle(
        self, uow: CrmUnitOfWork, project_id: uuid.UUID, contact: Contact, received: Received
    ) -> None:
        if contact.record_interaction(
            received.at,
            str(received.message_id or ""),
            direction=ContactInteractionDirection.INBOUND,
            channel_id=received.channel_id,
            session_id=received.session_id,
        ):
            await uow.contacts.save(contact)
        if not received.may_attribute(utcnow()):
            return
        trackings = uow.repository(TrackingRepository)
        made = await trackings.of_message(received.message_id) if received.message_id else []
        await self._attribute_ad(uow, project_id, contact, received, made)
        await self._link_code(uow, project_id, contact, received, made)

    async def _contact(self, uow: CrmUnitOfWork, contact_id: uuid.UUID) -> Contact | None:
        """The live contact (a merged one's survivor), locked; None when not visible here."""
        for _ in range(MAX_MERGE_HOPS):
            try:
                contact = await uow.contacts.get(contact_id, for_update=True)
            except NotFound:
                return None
            if contact.merged_into_contact_id is None:
                return contact if contact.is_live else None
            contact_id = contact.merged_into_contact_id
        return None

    async def _attribute_ad(
        self,
        uow: CrmUnitOfWork,
        project_id: uuid.UUID,
        contact: Contact,
        received: Received,
        made: list[Tracking],
    ) -> None:
        attribution = ad_attribution(received.attribution)
        if attribution is None:
            return
        if not attribution.click_id and any(LINKED_TRACKING not in t.metadata for t in made):
            return  # this message's ad was recorded already
        await self._record(uow, project_id, contact, received, attribution)

    async def _link_code(
        self,
        uow: CrmUnitOfWork,
        project_id: uuid.UUID,
        contact: Contact,
        received: Received,
        made: list[Tracking],
    ) -> None:
        decoded = decode_code(received.text)
        if not decoded.found:
            return
        coded = await uow.repository(TrackingRepository).by_code(decoded.code)
        if coded is None:
            return
        if coded.contact_id == contact.id and coded.session_id == received.session_id:
            return  # the tracking already names this contact and session
        if any(t.metadata.get(LINKED_TRACKING) == str(coded.id) for t in made):
            return
        await self._record(
            uow, project_id, contact, received, linked_attribution(coded, decoded.code)
        )

    async def _record(
        self,
        uow: CrmUnitOfWork,
        project_id: uuid.UUID,
        contact: Contact,
        received: Received,
        attribution: Attribution,
    ) -> None:
        """Add the tracking; data the domain refuses (a malformed ad URL, an overlong
        field) is dropped or skipped rather than poisoning the queue."""
        candidates = [attribution]
        if attribution.ad_url:
            candidates.append(replace(attribution, ad_url=""))
        for candidate in candidates:
            try:
                await record_tracking(
                    uow,
                    project_id=project_id,
                    contact_id=contact.id,
                    attribution=candidate,
                    session_id=received.session_id,
                    message_id=received.message_id,
                    assign_code=False,
                )
                return
            except InvalidArgument as error:
                log.warning("attribution of message %s refused: %s", received.message_id, error)
