"""The generic codecs: shared.documents, shared.protomap and ProtoEventEncoder.

They cache per type what they used to work out per value. These tests pin the
semantics the caches rely on, and compare the codecs with the straightforward
implementation they replaced (the `ref_*` functions below) on real aggregates, so
that any change of output fails here.
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import json
import re
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import IntEnum, StrEnum
from typing import Any

import pytest
from google.protobuf import (
    descriptor_pb2,
    descriptor_pool,
    duration_pb2,
    message_factory,
    struct_pb2,
    timestamp_pb2,
)
from google.protobuf.message import Message as ProtoMessage

from crm.domain.contacts import Contact
from crm.domain.custom_fields import CustomFieldValue
from crm.domain.values import Email
from crm.entrypoints import contact_mappers
from messaging.domain.agents import Agent
from messaging.domain.channels import Channel
from messaging.domain.chats import Chat
from messaging.domain.message_parts import (
    MessageAttribution,
    MessageError,
    MessageLocation,
    MessageMedia,
    MessageMention,
    PhoneNumber,
)
from messaging.domain.messages import Message
from messaging.domain.sessions import Session
from messaging.entrypoints import (
    agent_mappers,
    channel_mappers,
    chat_mappers,
    message_mappers,
    session_mappers,
)
from shared import protomap
from shared.documents import from_document, to_document
from shared.event_encoding import ProtoEventEncoder
from shared.outbox import metadata_for
from tests.unit.crm.test_documents import BUILDERS as CRM_BUILDERS
from tests.unit.crm.test_documents import MODELS as CRM_MODELS
from tests.unit.messaging.builders import (
    PROJECT,
    T0,
    agent,
    at,
    inbound,
    outbound,
    session,
    waha_channel,
)
from ventros.common.v1 import options_pb2
from ventros.crm.v1 import contact_event_pb2, contact_pb2, pipeline_pb2, tracking_pb2
from ventros.crm.v1 import events_pb2 as crm_events_pb2
from ventros.messaging.v1 import events_pb2 as messaging_events_pb2
from ventros.messaging.v1 import message_pb2

# --- Reference: the implementation before the caches (kept verbatim in behaviour) ----

_REF_MISSING = object()


def ref_encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: ref_encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): ref_encode(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [ref_encode(v) for v in value]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    return ref_jsonable(value)


def ref_from_document(cls: type, document: dict[str, Any]) -> Any:
    hints = typing.get_type_hints(cls)
    init, later = {}, {}
    for f in dataclasses.fields(cls):
        if f.name not in document:
            continue
        value = ref_decode(hints[f.name], document[f.name])
        (init if f.init else later)[f.name] = value
    obj = cls(**init)
    for name, value in later.items():
        object.__setattr__(obj, name, value)
    return obj


def ref_decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return ref_decode(inner[0], value) if len(inner) == 1 else value
    if origin in (list, tuple, set, frozenset):
        item = args[0] if args else Any
        return origin(ref_decode(item, v) for v in value)
    if origin is dict:
        return {k: ref_decode(args[1], v) for k, v in value.items()} if args else dict(value)
    if hint is Any or origin is not None:
        return value
    if dataclasses.is_dataclass(hint):
        return ref_from_document(hint, value)
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return hint(value)
        if hint is uuid.UUID:
            return uuid.UUID(value)
        if hint is datetime:
            return datetime.fromisoformat(value)
        if hint is timedelta:
            return timedelta(seconds=value)
        if hint is bytes:
            return base64.b64decode(value)
        if issubclass(hint, str | int | float) and hint not in (str, int, float, bool):
            return hint(value)
    return value


def ref_jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID | datetime):
        return value.isoformat() if isinstance(value, datetime) else str(value)
    if isinstance(value, timedelta):
        return value.total_seconds()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: ref_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): ref_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [ref_jsonable(v) for v in value]
    return value


def ref_upper_snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).upper()


def ref_enum_number(enum_type: Any, value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, enum.Enum):
        return value
    raw = value.value if isinstance(value, enum.Enum) else value
    name = f"{ref_upper_snake(enum_type.name)}_{str(raw).upper()}"
    found = enum_type.values_by_name.get(name)
    if found is None:
        raise ValueError(f"{enum_type.full_name} has no value {name}")
    return found.number


def ref_fill(message: ProtoMessage, /, *sources: Any, **overrides: Any) -> ProtoMessage:
    for f in message.DESCRIPTOR.fields:
        value = overrides.get(f.name, _REF_MISSING)
        for source in sources:
            if value is not _REF_MISSING:
                break
            if isinstance(source, Mapping):
                value = source.get(f.name, _REF_MISSING)
            else:
                value = getattr(source, f.name, _REF_MISSING)
        if value is _REF_MISSING or value is None:
            continue
        ref_set(message, f, value)
    return message


def ref_set(message: ProtoMessage, f: Any, value: Any) -> None:
    if f.message_type is not None and f.message_type.GetOptions().map_entry:
        target = getattr(message, f.name)
        value_field = f.message_type.fields_by_name["value"]
        for key, item in value.items():
            if value_field.message_type is None:
                target[key] = ref_scalar(value_field, item)
            else:
                ref_into(target[key], item)
        return
    if f.is_repeated:
        target = getattr(message, f.name)
        for item in value:
            if f.message_type is None:
                target.append(ref_scalar(f, item))
            else:
                ref_into(target.add(), item)
        return
    if f.message_type is None:
        setattr(message, f.name, ref_scalar(f, value))
    else:
        ref_into(getattr(message, f.name), value)


def ref_scalar(f: Any, value: Any) -> Any:
    if f.enum_type is not None:
        return ref_enum_number(f.enum_type, value)
    if f.type == f.TYPE_STRING:
        return value.value if isinstance(value, enum.Enum) else str(value)
    if f.type == f.TYPE_BYTES:
        return bytes(value)
    return value


def ref_into(target: ProtoMessage, value: Any) -> None:
    if isinstance(value, ProtoMessage):
        target.CopyFrom(value)
    elif isinstance(value, datetime):
        target.FromDatetime(value)
    elif isinstance(value, timedelta):
        target.FromTimedelta(value)
    elif isinstance(target, struct_pb2.Struct):
        target.update(ref_jsonable(value))
    elif isinstance(target, struct_pb2.Value):
        holder = struct_pb2.Struct()
        holder.update({"v": ref_jsonable(value)})
        target.MergeFrom(holder.fields["v"])
    else:
        ref_fill(target, value)


def ref_encoder(events_module: Any, snapshots: Mapping[str, Any]) -> Callable[..., ProtoMessage]:
    classes = {}
    for d in events_module.DESCRIPTOR.message_types_by_name.values():
        key = d.GetOptions().Extensions[options_pb2.event_routing_key]
        if key:
            classes[key] = message_factory.GetMessageClass(d)

    def encode(event: Any, aggregate: Any) -> ProtoMessage:
        message = classes[event.routing_key]()
        overrides: dict[str, object] = {"metadata": metadata_for(event)}
        for f in message.DESCRIPTOR.fields:
            snapshot = f.message_type and snapshots.get(f.message_type.full_name)
            if not snapshot or f.name in overrides:
                continue
            model, mapper = snapshot
            carried = getattr(event, f.name, None)
            if isinstance(carried, model):
                overrides[f.name] = mapper(carried)
            elif isinstance(aggregate, model):
                overrides[f.name] = mapper(aggregate)
        name = event.routing_key.split(".")[1]
        fallback = {f"{name}_id": event.aggregate_id, "id": event.aggregate_id}
        return ref_fill(message, event, fallback, **overrides)

    return encode


# --- Helpers --------------------------------------------------------------------------


def typed(value: Any) -> Any:
    """A value as a tree that tells types apart (Email vs str, 1 vs 1.0 vs True, tuple vs
    list, enum vs its value) and holds for aggregates, whose == is identity."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return type(value), tuple(
            (f.name, typed(getattr(value, f.name))) for f in dataclasses.fields(value)
        )
    if isinstance(value, dict):
        return type(value), tuple((typed(k), typed(v)) for k, v in value.items())
    if isinstance(value, list | tuple):
        return type(value), tuple(typed(v) for v in value)
    if isinstance(value, set | frozenset):
        return type(value), frozenset(typed(v) for v in value)
    return type(value), value


def same_json(a: Any, b: Any) -> bool:
    """Equal with types and key order (1 vs 1.0 vs True differ in JSON text)."""
    return json.dumps(a, default=repr) == json.dumps(b, default=repr) and typed(a) == typed(b)


def same_proto(a: ProtoMessage, b: ProtoMessage) -> bool:
    return (
        type(a) is type(b)
        and a == b
        and a.SerializeToString(deterministic=True) == b.SerializeToString(deterministic=True)
    )


def outcome(call: Callable[[], Any]) -> Any:
    try:
        return "ok", call()
    except Exception as error:
        return "error", type(error), str(error)


# --- Documents: semantics -------------------------------------------------------------


class Color(StrEnum):
    RED = "red"
    BLUE = "blue"


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Shape(enum.Enum):
    SQUARE = "square"
    PAIR = ("a", "b")


@dataclass(frozen=True)
class Inner:
    name: str
    when: datetime | None = None


@dataclass(kw_only=True)
class Sample:
    id: uuid.UUID
    color: Color = Color.RED
    level: Level = Level.LOW
    shape: Shape = Shape.SQUARE
    email: Email | None = None
    wait: timedelta = timedelta(0)
    blob: bytes = b""
    inner: Inner | None = None
    inners: tuple[Inner, ...] = ()
    by_name: dict[str, Inner] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    untyped: dict = field(default_factory=dict)  # type: ignore[type-arg]
    tags: frozenset[str] = frozenset()
    numbers: list[int] = field(default_factory=list)
    maybe_colors: list[Color | None] = field(default_factory=list)
    either: int | str = 0
    anything: Any = None
    moments: tuple[datetime, ...] = ()
    computed: str = field(init=False, default="")


def sample() -> Sample:
    s = Sample(
        id=uuid.UUID(int=7),
        color=Color.BLUE,
        level=Level.HIGH,
        shape=Shape.PAIR,
        email=Email("a@b.co"),
        wait=timedelta(minutes=1, microseconds=5),
        blob=b"\x00\xffbytes",
        inner=Inner("x", T0),
        inners=(Inner("a"), Inner("b", T0)),
        by_name={"k": Inner("k")},
        counts={"a": 1},
        untyped={
            1: {3, 10, 2},
            "t": (1, 2),
            "b": b"hi",
            "m": types.MappingProxyType({"x": (b"y",)}),
        },
        tags=frozenset({"b", "a", "c"}),
        numbers=[3, 1],
        maybe_colors=[Color.RED, None],
        either="text",
        anything={"n": uuid.UUID(int=1), "s": {10, 9}},
        moments=(T0,),
    )
    s.computed = "set after init"
    return s


def test_to_document_encodes_by_runtime_type() -> None:
    document = to_document(sample())
    assert document["id"] == "00000000-0000-0000-0000-000000000007"
    assert (document["color"], document["level"], document["shape"]) == ("blue", 2, ("a", "b"))
    assert type(document["email"]) is Email  # kept as is: a str
    assert document["wait"] == 60.000005
    assert document["blob"] == base64.b64encode(b"\x00\xffbytes").decode()
    assert document["inner"] == {"name": "x", "when": T0.isoformat()}
    assert document["inners"] == [
        {"name": "a", "when": None},
        {"name": "b", "when": T0.isoformat()},
    ]
    assert document["tags"] == ["a", "b", "c"]
    # A dict in an Any/bare-dict field: keys by str(), sets sorted by str, tuples as lists,
    # bytes base64; a Mapping that is not a dict is encoded as jsonable (bytes left as is).
    assert document["untyped"] == {
        "1": [10, 2, 3],
        "t": [1, 2],
        "b": base64.b64encode(b"hi").decode(),
        "m": {"x": [b"y"]},
    }
    assert document["anything"] == {"n": str(uuid.UUID(int=1)), "s": [10, 9]}
    assert document["computed"] == "set after init"
    assert same_json(document, ref_encode(sample()))


def test_from_document_decodes_by_hint() -> None:
    original = sample()
    document = json.loads(json.dumps(to_document(original), default=repr))
    del document["shape"]  # ("a", "b") comes back a list, which Shape(...) refuses
    restored = from_document(Sample, document)
    assert restored.id == original.id and restored.color is Color.BLUE
    assert restored.level is Level.HIGH and restored.wait == original.wait
    assert type(restored.email) is Email and restored.blob == original.blob
    assert restored.inners == original.inners and type(restored.inners) is tuple
    assert restored.by_name == {"k": Inner("k")}
    assert restored.tags == original.tags and type(restored.tags) is frozenset
    assert restored.maybe_colors == [Color.RED, None]
    assert restored.either == "text"  # a union of two: left as is
    assert restored.anything == {"n": str(uuid.UUID(int=1)), "s": [10, 9]}
    assert restored.moments == (T0,)
    assert restored.computed == "set after init"  # init=False, set after construction


def test_from_document_skips_missing_keys_and_keeps_none() -> None:
    restored = from_document(Sample, {"id": str(uuid.UUID(int=1)), "inner": None, "email": None})
    assert restored.inner is None and restored.email is None
    assert restored.color is Color.RED and restored.computed == ""


@pytest.mark.parametrize(
    "document",
    [
        {"id": "00000000-0000-0000-0000-000000000001", "color": "green"},
        {"id": "00000000-0000-0000-0000-000000000001", "color": ["red"]},
        {"id": "00000000-0000-0000-0000-000000000001", "level": 1, "shape": ["a", "b"]},
        {"id": "{00000000-0000-0000-0000-000000000001}", "level": True},
        {"id": "x"},
        {"id": "00000000-0000-0000-0000-000000000001", "by_name": [["k", {"name": "k"}]]},
        {"id": "00000000-0000-0000-0000-000000000001", "untyped": [["k", 1]]},
        {"id": "00000000-0000-0000-0000-000000000001", "numbers": "12", "tags": {"a": 1}},
        {"id": "00000000-0000-0000-0000-000000000001", "counts": {"a": None}},
    ],
)
def test_from_document_accepts_and_rejects_what_it_did(document: dict[str, Any]) -> None:
    got, want = (
        outcome(lambda: from_document(Sample, document)),
        outcome(lambda: ref_from_document(Sample, document)),
    )
    if want[0] == "ok":
        assert got[0] == "ok" and typed(got[1]) == typed(want[1])
    else:
        assert got[:2] == want[:2]


# --- Documents: real aggregates against the reference ---------------------------------


def messaging_aggregates() -> dict[str, tuple[type, Any]]:
    text = inbound(
        chat_id=uuid.uuid4(),
        contact_id=uuid.uuid4(),
        session_id=uuid.uuid4(),
        provider_serialized_id="false_5511999999999@c.us_ABC",
        sender_name="Marina",
        attribution=MessageAttribution(from_ad=True, title="ad", extra_params={"a": "1"}),
        mentions=(MessageMention(provider_participant_id="p1", contact_id=uuid.uuid4()),),
        sender_phone=PhoneNumber(e164="+5511999999999"),
    )
    text.react("👍", contact_id=uuid.uuid4(), at=at(1), now=at(1))
    text.react("❤️", from_me=True, agent_id=uuid.uuid4(), now=at(2))
    text.edit("hi there", at=at(3), now=at(3))
    voice = inbound(
        content_type="voice",
        text="",
        media=MessageMedia(
            url="https://w/a.ogg", mimetype="audio/ogg", duration=timedelta(seconds=7)
        ),
    )
    voice.store_media("s3://x/a.ogg", sha256="abc", now=at(1))
    where = inbound(
        content_type="location", text="", location=MessageLocation(latitude=-23.5, longitude=-46.6)
    )
    where.revoke(now=at(1))
    sent = outbound(agent_id=uuid.uuid4(), request_id="r1")
    sent.mark_sent("true_5511999999999@c.us_XYZ", now=at(1))
    failed = outbound()
    failed.fail(
        MessageError(code="E", message="no", blocked=True, blocked_until_time=at(9)), now=at(1)
    )
    talk = session(chat_id=uuid.uuid4())
    for minute, direction in enumerate(["inbound", "outbound", "inbound", "outbound", "inbound"]):
        talk.record_message(direction, at(minute), uuid.UUID(int=5), now=at(minute))
    chat = Chat.create(
        project_id=PROJECT, channel_id=uuid.uuid4(), provider_chat_id="5511999999999@c.us", now=T0
    )
    return {
        "message-text": (Message, text),
        "message-voice": (Message, voice),
        "message-location-revoked": (Message, where),
        "message-sent": (Message, sent),
        "message-failed": (Message, failed),
        "session": (Session, talk),
        "chat": (Chat, chat),
        "channel": (Channel, waha_channel()),
        "agent": (Agent, agent(1)),
    }


def all_aggregates() -> dict[str, tuple[type, Any]]:
    crm = {f"crm-{name}": (CRM_MODELS[name], build()) for name, build in CRM_BUILDERS.items()}
    created = Contact.create(  # keeps its ContactCreated, which carries a snapshot
        project_id=PROJECT,
        name="Ana",
        phone="5511988887777@c.us",
        email="ana@x.io",
        tags=["b", "a"],
        custom_fields={"n": CustomFieldValue.of("number", 3)},
        now=T0,
    )
    return crm | {"crm-contact-created": (Contact, created)} | messaging_aggregates()


AGGREGATES = all_aggregates()


@pytest.mark.parametrize("name", AGGREGATES)
def test_to_document_matches_the_reference(name: str) -> None:
    _, obj = AGGREGATES[name]
    assert same_json(to_document(obj), ref_encode(obj))


@pytest.mark.parametrize("name", AGGREGATES)
def test_from_document_matches_the_reference(name: str) -> None:
    cls, obj = AGGREGATES[name]
    document = json.loads(json.dumps(to_document(obj)))
    assert typed(from_document(cls, document)) == typed(ref_from_document(cls, document))


@pytest.mark.parametrize("name", AGGREGATES)
def test_jsonable_matches_the_reference(name: str) -> None:
    _, obj = AGGREGATES[name]
    assert same_json(protomap.jsonable(obj), ref_jsonable(obj))
    assert same_json(protomap.jsonable(sample()), ref_jsonable(sample()))


# --- protomap: semantics on a message with every kind of field ------------------------

_PROTO = """
syntax = "proto3";
package ventros.test.codecs;
import "google/protobuf/duration.proto";
import "google/protobuf/struct.proto";
import "google/protobuf/timestamp.proto";
enum SampleKind { SAMPLE_KIND_UNSPECIFIED = 0; SAMPLE_KIND_TEXT = 1; SAMPLE_KIND_VOICE_NOTE = 2; }
message Part { string name = 1; int32 size = 2; }
message Sample {
  string text = 1; int64 count = 2; bool flag = 3; double ratio = 4; bytes blob = 5;
  SampleKind kind = 6;
  repeated string tags = 7; repeated SampleKind kinds = 8; repeated Part parts = 9;
  map<string, string> labels = 10; map<string, Part> parts_by_name = 11;
  map<string, SampleKind> kinds_by_name = 12;
  google.protobuf.Struct extra = 13; google.protobuf.Value value = 14;
  google.protobuf.Timestamp when = 15; google.protobuf.Duration wait = 16;
  Part part = 17; optional string maybe = 18;
  oneof choice { string first = 19; string second = 20; }
  string message = 21;
}
"""  # what the descriptor below declares


def _sample_classes() -> tuple[type[ProtoMessage], type[ProtoMessage]]:
    pool = descriptor_pool.Default()
    name = "ventros_test/codecs_sample.proto"
    try:
        pool.FindFileByName(name)
    except KeyError:
        f = descriptor_pb2.FileDescriptorProto(
            name=name, package="ventros.test.codecs", syntax="proto3"
        )
        f.dependency.extend(
            [
                duration_pb2.DESCRIPTOR.name,
                struct_pb2.DESCRIPTOR.name,
                timestamp_pb2.DESCRIPTOR.name,
            ]
        )
        kind = f.enum_type.add(name="SampleKind")
        for number, value in enumerate(["UNSPECIFIED", "TEXT", "VOICE_NOTE"]):
            kind.value.add(name=f"SAMPLE_KIND_{value}", number=number)
        T = descriptor_pb2.FieldDescriptorProto
        part = f.message_type.add(name="Part")
        part.field.add(name="name", number=1, type=T.TYPE_STRING, label=T.LABEL_OPTIONAL)
        part.field.add(name="size", number=2, type=T.TYPE_INT32, label=T.LABEL_OPTIONAL)
        s = f.message_type.add(name="Sample")
        pkg = ".ventros.test.codecs"

        def add(
            name: str,
            number: int,
            type: int,
            type_name: str = "",
            repeated: bool = False,
            **kw: Any,
        ) -> None:
            label = T.LABEL_REPEATED if repeated else T.LABEL_OPTIONAL
            if type_name:
                kw["type_name"] = type_name
            s.field.add(name=name, number=number, type=type, label=label, **kw)

        def entry(name: str, value_type: int, value_type_name: str = "") -> str:
            m = s.nested_type.add(name=name)
            m.options.map_entry = True
            m.field.add(name="key", number=1, type=T.TYPE_STRING, label=T.LABEL_OPTIONAL)
            value = m.field.add(name="value", number=2, type=value_type, label=T.LABEL_OPTIONAL)
            if value_type_name:
                value.type_name = value_type_name
            return f"{pkg}.Sample.{name}"

        add("text", 1, T.TYPE_STRING)
        add("count", 2, T.TYPE_INT64)
        add("flag", 3, T.TYPE_BOOL)
        add("ratio", 4, T.TYPE_DOUBLE)
        add("blob", 5, T.TYPE_BYTES)
        add("kind", 6, T.TYPE_ENUM, f"{pkg}.SampleKind")
        add("tags", 7, T.TYPE_STRING, repeated=True)
        add("kinds", 8, T.TYPE_ENUM, f"{pkg}.SampleKind", repeated=True)
        add("parts", 9, T.TYPE_MESSAGE, f"{pkg}.Part", repeated=True)
        add("labels", 10, T.TYPE_MESSAGE, entry("LabelsEntry", T.TYPE_STRING), repeated=True)
        add(
            "parts_by_name",
            11,
            T.TYPE_MESSAGE,
            entry("PartsByNameEntry", T.TYPE_MESSAGE, f"{pkg}.Part"),
            repeated=True,
        )
        add(
            "kinds_by_name",
            12,
            T.TYPE_MESSAGE,
            entry("KindsByNameEntry", T.TYPE_ENUM, f"{pkg}.SampleKind"),
            repeated=True,
        )
        add("extra", 13, T.TYPE_MESSAGE, ".google.protobuf.Struct")
        add("value", 14, T.TYPE_MESSAGE, ".google.protobuf.Value")
        add("when", 15, T.TYPE_MESSAGE, ".google.protobuf.Timestamp")
        add("wait", 16, T.TYPE_MESSAGE, ".google.protobuf.Duration")
        add("part", 17, T.TYPE_MESSAGE, f"{pkg}.Part")
        s.oneof_decl.add(name="choice")
        s.oneof_decl.add(name="_maybe")
        add("maybe", 18, T.TYPE_STRING, oneof_index=1, proto3_optional=True)
        add("first", 19, T.TYPE_STRING, oneof_index=0)
        add("second", 20, T.TYPE_STRING, oneof_index=0)
        add("message", 21, T.TYPE_STRING)
        pool.AddSerializedFile(f.SerializeToString())
    return (
        message_factory.GetMessageClass(pool.FindMessageTypeByName("ventros.test.codecs.Sample")),
        message_factory.GetMessageClass(pool.FindMessageTypeByName("ventros.test.codecs.Part")),
    )


ProtoSample, ProtoPart = _sample_classes()


class Kind(StrEnum):
    TEXT = "text"
    VOICE_NOTE = "voice_note"


@dataclass(frozen=True)
class Part:
    name: str
    size: int = 0


@dataclass
class Source:
    text: Any = "hello"
    count: int = 3
    flag: bool = True
    ratio: float = 0.5
    blob: Any = b"\x01"
    kind: Any = Kind.VOICE_NOTE
    tags: Any = ("b", "a")
    kinds: Any = (Kind.TEXT, "voice_note", 2)
    parts: Any = (Part("p", 1), {"name": "q"})
    labels: Any = field(default_factory=lambda: {"x": "1", "y": Kind.TEXT})
    parts_by_name: Any = field(default_factory=lambda: {"a": Part("a", 2)})
    kinds_by_name: Any = field(default_factory=lambda: {"t": Kind.TEXT})
    extra: Any = field(default_factory=lambda: {"id": uuid.UUID(int=3), "at": T0, "n": [1, (2,)]})
    value: Any = field(default_factory=lambda: [Kind.TEXT, timedelta(seconds=2)])
    when: Any = T0
    wait: Any = timedelta(minutes=2, microseconds=3)
    part: Any = Part("only", 9)
    maybe: Any = ""
    first: Any = "1st"
    second: Any = "2nd"  # later in the oneof: wins
    message: Any = None


def both(*sources: Any, **overrides: Any) -> tuple[ProtoMessage, ProtoMessage]:
    return protomap.fill(ProtoSample(), *sources, **overrides), ref_fill(
        ProtoSample(), *sources, **overrides
    )


def test_fill_sets_every_kind_of_field() -> None:
    got, want = both(Source())
    assert same_proto(got, want)
    assert (got.text, got.count, got.flag, got.ratio, got.blob) == ("hello", 3, True, 0.5, b"\x01")
    assert got.kind == 2 and list(got.kinds) == [1, 2, 2]
    assert list(got.tags) == ["b", "a"]
    assert [(p.name, p.size) for p in got.parts] == [("p", 1), ("q", 0)]
    assert dict(got.labels) == {"x": "1", "y": "text"}
    assert got.parts_by_name["a"].size == 2 and dict(got.kinds_by_name) == {"t": 1}
    assert got.extra["id"] == str(uuid.UUID(int=3)) and got.extra["at"] == T0.isoformat()
    assert [v.WhichOneof("kind") for v in got.value.list_value.values] == [
        "string_value",
        "number_value",
    ]
    assert got.when.ToDatetime(UTC) == T0 and got.wait.ToTimedelta() == timedelta(
        minutes=2, microseconds=3
    )
    assert got.part.name == "only"
    assert got.HasField("maybe") and got.maybe == ""  # presence kept for "" on optional
    assert got.WhichOneof("choice") == "second"


def test_fill_converts_scalars_as_before() -> None:
    cases = [
        Source(text=Kind.TEXT, kind="text", blob=bytearray(b"ab")),
        Source(text=uuid.UUID(int=9), kind=1, kinds=[1, 0], flag=1),
        Source(text=Email("a@b.co"), kind=Kind.TEXT, labels={"n": 5, "u": uuid.UUID(int=1)}),
        Source(text=12, maybe=None, first=None, second=None, extra=Part("in a struct", 1)),
        Source(value=None, extra=None, when=timestamp_pb2.Timestamp(seconds=5), wait=None),
        Source(value={"k": ("x", 1.5, None)}, part={"name": "mapping", "size": 4}),
        Source(
            value=Kind.VOICE_NOTE, part=ProtoPart(name="a message"), parts=[ProtoPart(name="m")]
        ),
    ]
    for case in cases:
        got, want = both(case)
        assert same_proto(got, want), case


@pytest.mark.parametrize(
    "source",
    [
        Source(kind="nope"),
        Source(kinds=[Kind.TEXT, "nope"]),
        Source(kinds_by_name={"a": None}),
        Source(labels={"a": None}),
        Source(value=object()),
        Source(when="2025-01-01"),
        Source(part=5),
    ],
)
def test_fill_fails_where_it_failed(source: Source) -> None:
    got = outcome(lambda: protomap.fill(ProtoSample(), source))
    want = outcome(lambda: ref_fill(ProtoSample(), source))
    assert got[0] == want[0]
    if want[0] == "error":
        assert got[1:] == want[1:]
    else:
        assert same_proto(got[1], want[1])


def test_fill_takes_overrides_first_then_the_first_source_naming_the_field() -> None:
    first = {"text": "from mapping", "count": None}
    second = Source(text="from object", count=7, flag=False)
    got, want = both(first, second, flag=True, ratio=None, message="an override named message")
    assert same_proto(got, want)
    assert got.text == "from mapping"  # first source naming it
    assert got.count == 0  # named (None) by the first source: unset, the second not asked
    assert got.flag is True  # the override beats the sources
    assert got.ratio == 0.0  # an override of None leaves it unset
    assert got.message == "an override named message"
    got, want = both(types.MappingProxyType({"text": "proxy"}), object(), count=2)
    assert same_proto(got, want) and (got.text, got.count) == ("proxy", 2)
    got, want = both()
    assert same_proto(got, want) and got == ProtoSample()


def test_enum_numbers_and_values() -> None:
    kind = ProtoSample.DESCRIPTOR.fields_by_name["kind"].enum_type
    for value in [Kind.TEXT, "voice_note", "VOICE_NOTE", 2, True, "text", Kind.TEXT]:
        assert protomap.enum_number(kind, value) == ref_enum_number(kind, value)
    for value in [Level.LOW, "nope", None, 1.0]:
        assert outcome(lambda v=value: protomap.enum_number(kind, v)) == outcome(
            lambda v=value: ref_enum_number(kind, v)
        )
    with pytest.raises(ValueError, match="has no value SAMPLE_KIND_NOPE"):
        protomap.enum_number(kind, "nope")
    assert [protomap.enum_value(kind, n) for n in (0, 1, 2)] == ["", "text", "voice_note"]
    assert protomap.upper_snake("MessageContentType") == "MESSAGE_CONTENT_TYPE"


# --- protomap and the event encoder on real aggregates --------------------------------

# crm resources filled straight from the aggregate: proto class, overrides.
CRM_RESOURCES: dict[str, tuple[type[ProtoMessage], Callable[[Any], dict[str, Any]]]] = {
    "crm-contact": (contact_pb2.Contact, lambda c: {"tags": sorted(c.tags)}),
    "crm-contact-created": (contact_pb2.Contact, lambda c: {}),
    "crm-rule": (pipeline_pb2.AutomationRule, lambda r: {}),
    "crm-pipeline": (pipeline_pb2.Pipeline, lambda p: {}),
    "crm-tracking": (tracking_pb2.Tracking, lambda t: {}),
    "crm-timeline": (contact_event_pb2.ContactEvent, lambda e: {}),
}


@pytest.mark.parametrize("name", [n for n in AGGREGATES if n.startswith("message-")])
def test_fill_of_a_message_matches_the_reference(name: str) -> None:
    _, m = AGGREGATES[name]
    got = protomap.fill(message_pb2.Message(), m, edited=m.edited)
    assert same_proto(got, ref_fill(message_pb2.Message(), m, edited=m.edited))


@pytest.mark.parametrize("name", CRM_RESOURCES)
def test_fill_of_crm_resources_matches_the_reference(name: str) -> None:
    (cls, overrides), (_, obj) = CRM_RESOURCES[name], AGGREGATES[name]
    got = outcome(lambda: protomap.fill(cls(), obj, **overrides(obj)))
    want = outcome(lambda: ref_fill(cls(), obj, **overrides(obj)))
    assert got[0] == want[0]
    assert same_proto(got[1], want[1]) if want[0] == "ok" else got[1:] == want[1:]


MAPPERS = {
    "message-text": message_mappers.message,
    "message-voice": message_mappers.message,
    "message-failed": message_mappers.message,
    "session": session_mappers.session,
    "chat": chat_mappers.chat,
    "channel": channel_mappers.channel,
    "agent": agent_mappers.agent,
    "crm-contact": contact_mappers.contact,
    "crm-contact-created": contact_mappers.contact,
}


def with_reference_fill(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the resource mappers (which import `fill` by name) use the reference."""
    for module in (
        message_mappers,
        session_mappers,
        chat_mappers,
        channel_mappers,
        agent_mappers,
        contact_mappers,
    ):
        monkeypatch.setattr(module, "fill", ref_fill)


@pytest.mark.parametrize("name", MAPPERS)
def test_resource_mappers_match_the_reference(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    mapper, (_, obj) = MAPPERS[name], AGGREGATES[name]
    got = mapper(obj)
    with_reference_fill(monkeypatch)
    assert same_proto(got, mapper(obj))


MESSAGING_SNAPSHOTS: dict[str, tuple[type[Any], Any]] = {
    "ventros.messaging.v1.Session": (Session, session_mappers.session),
    "ventros.messaging.v1.Channel": (Channel, channel_mappers.channel),
    "ventros.messaging.v1.Chat": (Chat, chat_mappers.chat),
    "ventros.messaging.v1.Agent": (Agent, agent_mappers.agent),
}
CRM_SNAPSHOTS: dict[str, tuple[type[Any], Any]] = {
    "ventros.crm.v1.Contact": (Contact, contact_mappers.contact),
}


def recorded_events() -> list[tuple[str, Any, Any]]:
    """(context, event, aggregate) for the events real aggregates record."""
    found = []
    for name, (_, obj) in all_aggregates().items():
        for event in obj.collect_events():
            found.append(("crm" if name.startswith("crm-") else "messaging", event, obj))
    return found


EVENTS = recorded_events()


def test_there_are_events_of_both_contexts_to_compare() -> None:
    keys = {event.routing_key for _, event, _ in EVENTS}
    assert {
        "messaging.message.received",
        "messaging.session.started",
        "crm.contact.created",
    } <= keys
    assert len(keys) >= 10


@pytest.mark.parametrize("index", range(len(EVENTS)), ids=[e.routing_key for _, e, _ in EVENTS])
def test_the_event_encoder_matches_the_reference(
    index: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    context, event, aggregate = EVENTS[index]
    module, snapshots = (
        (messaging_events_pb2, MESSAGING_SNAPSHOTS)
        if context == "messaging"
        else (crm_events_pb2, CRM_SNAPSHOTS)
    )
    encode = ProtoEventEncoder(module, snapshots)
    got = encode(event, aggregate)
    assert same_proto(encode(event, aggregate), got)  # the second call runs on the cached plan
    with_reference_fill(monkeypatch)  # snapshots, too, are mapped by the reference
    assert same_proto(got, ref_encoder(module, snapshots)(event, aggregate))
