"""crm.contact.merged: the merged contact's chats, sessions and messages move to the
survivor, once."""

from __future__ import annotations

import uuid

import pytest

from messaging.bootstrap import Messaging
from messaging.entrypoints.contact_merge_consumer import ContactMergeConsumer
from messaging.service_layer.contact_merges import ContactMerges, ContactsMerged
from shared.consumer import Envelope
from tests.integration.messaging.conftest import Tenant
from tests.integration.messaging.test_inbound import Stub, message_like, rows
from tests.integration.messaging.test_ingress import add_channel, ingest
from ventros.crm.v1 import events_pb2 as crm_events

pytestmark = pytest.mark.integration


async def conversation_of(
    ingress: Stub, messaging: Messaging, channel: object, chat: str, wa_id: str
) -> uuid.UUID:
    """Process one message from `chat`; returns the contact crm gave it."""
    await ingest(ingress, channel, message_like("01_message_text_dm.json", wa_id, chat=chat))
    await messaging.inbound.sweep(channel.project_id)  # type: ignore[attr-defined]
    found = await rows(
        messaging,
        channel,  # type: ignore[arg-type]
        "SELECT contact_id FROM messaging.messages WHERE channel_id = :ch"
        " AND provider_message_id = :w",
        w=wa_id,
    )
    return found[0]["contact_id"]


async def test_a_merge_moves_chats_sessions_and_messages_and_ends_the_clashing_session(
    ingress: Stub,
    messaging: Messaging,
    tenant: Tenant,
) -> None:
    channel = await add_channel(messaging, tenant)
    survivor = await conversation_of(ingress, messaging, channel, "15550101001@c.us", "3EB0AA01")
    merged = await conversation_of(ingress, messaging, channel, "15550101002@c.us", "3EB0AA02")
    moves = ContactMerges(messaging.unit_of_work)
    event_id = uuid.uuid4()
    moved = await moves.move(ContactsMerged(event_id, channel.project_id, survivor, merged))
    assert moved == {"chats": 1, "sessions": 1, "messages": 1}
    left = await rows(
        messaging,
        channel,
        "SELECT count(*) AS n FROM messaging.messages WHERE contact_id = :m"
        " UNION ALL SELECT count(*) FROM messaging.sessions WHERE contact_id = :m",
        m=merged,
    )
    assert [r["n"] for r in left] == [0, 0]
    sessions = await rows(
        messaging,
        channel,
        "SELECT status, data->>'contact_id' AS contact FROM messaging.sessions"
        " WHERE contact_id = :s ORDER BY status",
        s=survivor,
    )
    assert [(r["status"], r["contact"]) for r in sessions] == [
        ("active", str(survivor)),
        ("ended", str(survivor)),
    ]
    again = await moves.move(ContactsMerged(event_id, channel.project_id, survivor, merged))
    assert again == {}


async def test_the_consumer_moves_rows_named_by_the_announcement(
    ingress: Stub,
    messaging: Messaging,
    tenant: Tenant,
) -> None:
    channel = await add_channel(messaging, tenant)
    survivor = await conversation_of(ingress, messaging, channel, "15550102001@c.us", "3EB0BB01")
    merged = await conversation_of(ingress, messaging, channel, "15550102002@c.us", "3EB0BB02")
    event = crm_events.ContactMerged(
        survivor_contact_id=str(survivor), merged_contact_id=str(merged)
    )
    envelope = Envelope(uuid.uuid4(), "crm.contact.merged", channel.project_id, "", 0)
    await ContactMergeConsumer(ContactMerges(messaging.unit_of_work)).handle(event, envelope)
    left = await rows(
        messaging, channel, "SELECT id FROM messaging.chats WHERE contact_id = :m", m=merged
    )
    assert left == []
