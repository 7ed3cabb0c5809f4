"""Benchmark: the generic codecs on realistic aggregates, in-process, CPU only.

Times shared.documents.to_document / from_document, shared.protomap.fill (through the
contexts' resource mappers) and shared.event_encoding.ProtoEventEncoder on a messaging
Message made by `Message.receive`, a Session made by `Session.start` + `record_message`
and a crm Contact made by `Contact.create`. Every figure is printed as ops/s and as the
ratio to a baseline measured in the same run on the same object:
`json.dumps(dataclasses.asdict(obj), default=str)` (what a repository would do with
no codec of its own). `json.dumps(to_document)` is what the repositories really run.

Run: .venv/bin/python -m tests.perf.codecs [--seconds 0.6]

Measured on the 2-core development VM while other work ran on it (best of several runs,
ops/s, before → after the per-type caches): Message (text) to_document 9,200 → 69,000,
from_document 11,200 → 58,000, fill 12,300 → 31,900, ProtoEventEncoder(MessageReceived)
6,200 → 17,500, against a baseline of ~7,800; Session fill 14,300 → 23,300 (most of what
is left there is protobuf's Timestamp.FromDatetime, ~2 µs per datetime).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from crm.domain.contacts import Contact
from crm.domain.custom_fields import CustomFieldValue
from crm.entrypoints import contact_mappers
from messaging.bootstrap import SNAPSHOTS
from messaging.domain.message_parts import MessageAttribution, MessageMedia, PhoneNumber
from messaging.domain.messages import Message
from messaging.domain.sessions import Session
from messaging.entrypoints import message_mappers, session_mappers
from shared.documents import from_document, to_document
from shared.event_encoding import ProtoEventEncoder
from ventros.messaging.v1 import events_pb2

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
PROJECT = uuid.UUID("00000000-0000-4000-8000-000000000001")


def received(**fields: Any) -> Message:
    """An inbound message of a stored conversation, as the inbound processor makes it."""
    return Message.receive(
        project_id=PROJECT,
        channel_id=uuid.uuid4(),
        chat_id=uuid.uuid4(),
        contact_id=uuid.uuid4(),
        session_id=uuid.uuid4(),
        message_time=NOW,
        now=NOW,
        **fields,
    )


def text_message() -> Message:
    """An inbound text message from an ad click."""
    return received(
        provider_serialized_id="false_5511999999999@c.us_3EB0C767D26A1D8D5A5F",
        sender_provider_id="5511999999999@c.us",
        sender_name="Marina Souza",
        text="Olá! Vi o anúncio e queria saber o preço do plano anual, por favor.",
        attribution=MessageAttribution(
            from_ad=True,
            title="Plano anual",
            source_url="https://fb.me/abc",
            source_id="120200000000",
            source_type="ad",
            ctwa_clid="ARAkLkA8",
            utm_source="facebook",
            utm_campaign="spring",
            extra_params={"placement": "feed", "ad_set": "br-sp"},
        ),
        chat_type=None,
        session_started=True,
        sender_phone=PhoneNumber(e164="+5511999999999", raw="5511999999999"),
    )


def media_message() -> Message:
    """An inbound voice note (media, duration), without attribution."""
    return received(
        content_type="voice",
        provider_serialized_id="false_5511999999999@c.us_3EB0C767D26A1D8D5A60",
        media=MessageMedia(
            url="https://waha/files/a.ogg",
            mimetype="audio/ogg",
            size_bytes=18234,
            duration=timedelta(seconds=7),
        ),
    )


def session() -> Session:
    started = Session.start(
        project_id=PROJECT,
        contact_id=uuid.uuid4(),
        channel_id=uuid.uuid4(),
        chat_id=uuid.uuid4(),
        start_time=NOW,
        now=NOW,
    )
    agent = uuid.uuid4()
    for minute, direction in enumerate(["inbound", "outbound", "inbound", "outbound"]):
        started.record_message(direction, NOW + timedelta(minutes=minute), agent, now=NOW)
    return started


def contact() -> Contact:
    return Contact.create(
        project_id=PROJECT,
        name="Marina Souza",
        phone="5511999999999@c.us",
        email="marina@example.com",
        tags=["vip", "lead", "sp"],
        custom_fields={
            "plan": CustomFieldValue.of("text", "anual"),
            "products": CustomFieldValue.of("multi_select", ["a", "b"]),
            "born": CustomFieldValue.of("date", "1990-05-01"),
        },
        now=NOW,
    )


def rate(op: Callable[[], Any], seconds: float) -> float:
    """Operations per second: the best of three runs of about `seconds / 3` each."""
    loops = 1
    while True:  # calibrate a batch of about 20 ms
        start = time.perf_counter()
        for _ in range(loops):
            op()
        took = time.perf_counter() - start
        if took > 0.02:
            break
        loops *= 2
    batches = max(1, int(seconds / 3 / took))
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(batches):
            for _ in range(loops):
                op()
        best = max(best, batches * loops / (time.perf_counter() - start))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=0.6, help="time per figure")
    args = parser.parse_args()
    encoder = ProtoEventEncoder(events_pb2, SNAPSHOTS)

    message, voice, sess, person = text_message(), media_message(), session(), contact()
    received = message.collect_events()[0]
    started = sess.collect_events()[0]
    person.collect_events()
    cases: list[tuple[str, Any, dict[str, Callable[[], Any]]]] = []
    for name, obj, cls in [
        ("Message (text)", message, Message),
        ("Message (voice)", voice, Message),
        ("Session", sess, Session),
        ("Contact (crm)", person, Contact),
    ]:
        document = to_document(obj)
        ops: dict[str, Callable[[], Any]] = {
            "to_document": lambda o=obj: to_document(o),
            "json.dumps(to_document)": lambda o=obj: json.dumps(to_document(o)),
            "from_document": lambda c=cls, d=document: from_document(c, d),
        }
        cases.append((name, obj, ops))
    cases[0][2]["fill (message_mappers.message)"] = lambda: message_mappers.message(message)
    cases[0][2]["ProtoEventEncoder (MessageReceived)"] = lambda: encoder(received, message)
    cases[2][2]["fill (session_mappers.session)"] = lambda: session_mappers.session(sess)
    cases[2][2]["ProtoEventEncoder (SessionStarted)"] = lambda: encoder(started, sess)
    cases[3][2]["fill (contact_mappers.contact)"] = lambda: contact_mappers.contact(person)

    print(f"{'object / operation':<48}{'ops/s':>12}{'x baseline':>12}")
    for name, obj, ops in cases:
        baseline = rate(lambda o=obj: json.dumps(dataclasses.asdict(o), default=str), args.seconds)
        print(f"{name}")
        print(f"  {'baseline json.dumps(asdict, default=str)':<46}{baseline:>12,.0f}{1:>12.2f}")
        for label, op in ops.items():
            ops_s = rate(op, args.seconds)
            print(f"  {label:<46}{ops_s:>12,.0f}{ops_s / baseline:>12.2f}")


if __name__ == "__main__":
    main()
