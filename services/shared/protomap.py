"""Name-based mapping between Python values and proto messages.

Resource mappers and event encoders are mostly "copy the field of the same
name, converting its type": UUID → string, enum → the proto enum value named
`<ENUM_NAME>_<VALUE>`, datetime → Timestamp, timedelta → Duration, dict →
Struct, dataclass → nested message. `fill` does that for every proto field that
has a value among the sources; callers pass overrides for the rest.

These run per event and per response, so the reflective work is done once and
cached: per message class the plan of its fields (`_plan`: how each is set), per
enum descriptor and value the enum number, per value type the `jsonable` encoder.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from functools import lru_cache, partial
from operator import attrgetter, methodcaller
from typing import Any, TypeVar, cast

from google.protobuf import descriptor, struct_pb2
from google.protobuf.message import Message

_FD = descriptor.FieldDescriptor
_MISSING = object()
Convert = Callable[[Any], Any]
M = TypeVar("M", bound=Message)


@lru_cache(maxsize=1024)
def upper_snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).upper()


def enum_number(enum_type: descriptor.EnumDescriptor, value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, enum.Enum):
        return value
    raw = value.value if isinstance(value, enum.Enum) else value
    return _enum_number_named(enum_type, str(raw))


@lru_cache(maxsize=4096)
def _enum_number_named(enum_type: descriptor.EnumDescriptor, raw: str) -> int:
    """Cached by the value's text: building the name runs a regex (misses are not cached)."""
    name = f"{upper_snake(enum_type.name)}_{raw.upper()}"
    found = enum_type.values_by_name.get(name)
    if found is None:
        raise ValueError(f"{enum_type.full_name} has no value {name}")
    return found.number


@lru_cache(maxsize=4096)
def enum_value(enum_type: descriptor.EnumDescriptor, number: int) -> str:
    """The lower-case domain spelling of a proto enum number ('' for UNSPECIFIED)."""
    name = enum_type.values_by_number[number].name
    prefix = upper_snake(enum_type.name) + "_"
    short = name.removeprefix(prefix)
    return "" if short == "UNSPECIFIED" else short.lower()


def fill(message: M, /, *sources: Any, **overrides: Any) -> M:
    """Set each field of `message` from overrides, else the first source naming it.

    A source is a Mapping (looked up with .get) or any object (its attributes). A
    None found first (override or source) leaves the field unset, as does no value.
    `message` is positional-only so that a field named "message" can be an override.
    """
    try:
        plan = _PLANS[type(message)]
    except KeyError:
        plan = _plan(type(message))
    lookups = [(source, isinstance(source, Mapping)) for source in sources]
    # The common case, one object (and maybe overrides), reads its attributes directly.
    only = sources[0] if len(lookups) == 1 and not lookups[0][1] else None
    for name, kind, put in plan:
        value = overrides.get(name, _MISSING) if overrides else _MISSING
        if value is _MISSING:
            if only is not None:
                value = getattr(only, name, None)
            else:
                for source, is_mapping in lookups:
                    if is_mapping:
                        value = source.get(name, _MISSING)
                    else:
                        value = getattr(source, name, _MISSING)
                    if value is not _MISSING:
                        break
                else:
                    continue
        if value is None:
            continue
        if kind is _AS_IS:
            setattr(message, name, value)
        elif kind is _TEXT:
            setattr(message, name, value if type(value) is str else _text(value))
        else:
            cast(_Setter, put)(message, value)  # a _CALL field always has its setter
    return message


# A field's kind in a plan: set as is, set as text, or set by the plan's function.
_AS_IS, _TEXT, _CALL = "as is", "text", "call"
_Setter = Callable[[Message, Any], None]
_Plan = tuple[tuple[str, str, _Setter | None], ...]
_PLANS: dict[type, _Plan] = {}


def _plan(cls: type[Message]) -> _Plan:
    """(name, kind, setter) per field of `cls`, in descriptor order (later oneof members win)."""
    # The stubs add upb's Descriptor type; at runtime that is a descriptor.Descriptor.
    fields = cast(descriptor.Descriptor, cls.DESCRIPTOR).fields
    plan = tuple(_field_plan(field) for field in fields)
    _PLANS[cls] = plan
    return plan


def _field_plan(field: _FD) -> tuple[str, str, _Setter | None]:
    name = field.name
    if field.message_type is not None and field.message_type.GetOptions().map_entry:
        value_field = field.message_type.fields_by_name["value"]
        if value_field.message_type is None:
            return name, _CALL, partial(_set_scalar_map, name, _converter(value_field))
        return name, _CALL, partial(_set_message_map, name)
    if field.is_repeated:
        if field.message_type is None:
            return name, _CALL, partial(_set_scalars, name, _converter(field))
        return name, _CALL, partial(_set_messages, name)
    if field.message_type is not None:
        return name, _CALL, partial(_set_message, name)
    convert = _converter(field)
    if convert is None:
        return name, _AS_IS, None
    if convert is _text:
        return name, _TEXT, None
    return name, _CALL, partial(_set_converted, name, convert)


def _converter(field: _FD) -> Convert | None:
    """How a scalar field converts a value (None: as is)."""
    if field.enum_type is not None:
        return partial(enum_number, field.enum_type)
    if field.type == _FD.TYPE_STRING:
        return _text
    if field.type == _FD.TYPE_BYTES:
        return bytes
    return None


def _text(value: Any) -> str:
    return value.value if isinstance(value, enum.Enum) else str(value)


def _set_converted(name: str, convert: Convert, message: Message, value: Any) -> None:
    setattr(message, name, convert(value))


def _set_message(name: str, message: Message, value: Any) -> None:
    _into(getattr(message, name), value)


def _set_scalars(name: str, convert: Convert | None, message: Message, value: Any) -> None:
    target = getattr(message, name)
    for item in value:
        target.append(item if convert is None else convert(item))


def _set_messages(name: str, message: Message, value: Any) -> None:
    target = getattr(message, name)
    for item in value:
        _into(target.add(), item)


def _set_scalar_map(name: str, convert: Convert | None, message: Message, value: Any) -> None:
    target = getattr(message, name)
    for key, item in value.items():
        target[key] = item if convert is None else convert(item)


def _set_message_map(name: str, message: Message, value: Any) -> None:
    target = getattr(message, name)
    for key, item in value.items():
        _into(target[key], item)


def _into(target: Message, value: Any) -> None:
    if isinstance(value, Message):
        target.CopyFrom(value)
    elif isinstance(value, datetime):
        target.FromDatetime(value)  # type: ignore[attr-defined]
    elif isinstance(value, timedelta):
        target.FromTimedelta(value)  # type: ignore[attr-defined]
    elif isinstance(target, struct_pb2.Struct):
        target.update(jsonable(value))
    elif isinstance(target, struct_pb2.Value):
        target.MergeFrom(_value(jsonable(value)))
    else:
        fill(target, value)


def _value(value: Any) -> struct_pb2.Value:
    holder = struct_pb2.Struct()
    holder.update({"v": value})
    return holder.fields["v"]


def jsonable(value: Any) -> Any:
    """Plain JSON types for Struct fields and jsonb columns.

    Enum → its value, UUID → str, datetime → isoformat, timedelta → seconds, dataclass
    → dict of its fields, Mapping → dict with str keys, list/tuple/set → list; the rest
    as is. The conversion is chosen once per type (`jsonable_encoder`).
    """
    try:
        encode = _JSONABLE[type(value)]
    except KeyError:
        encode = jsonable_encoder(type(value))
    return value if encode is None else encode(value)


_JSONABLE: dict[type, Convert | None] = {t: None for t in (str, int, float, bool, type(None))}


def jsonable_encoder(cls: type) -> Convert | None:
    """What `jsonable` does to a value of type `cls` (None: keeps it as is); cached."""
    try:
        return _JSONABLE[cls]
    except KeyError:
        pass
    encode: Convert | None = None
    if issubclass(cls, enum.Enum):
        encode = attrgetter("value")
    elif issubclass(cls, uuid.UUID | datetime):
        encode = methodcaller("isoformat") if issubclass(cls, datetime) else str
    elif issubclass(cls, timedelta):
        encode = methodcaller("total_seconds")
    elif dataclasses.is_dataclass(cls) and not issubclass(cls, type):
        encode = _jsonable_dataclass(cls)
    elif issubclass(cls, Mapping):
        encode = _jsonable_mapping
    elif issubclass(cls, list | tuple | set | frozenset):
        encode = _jsonable_items
    _JSONABLE[cls] = encode
    return encode


def _jsonable_dataclass(cls: type) -> Convert:
    names = tuple(f.name for f in dataclasses.fields(cls))

    def encode(value: Any) -> dict[str, Any]:
        return {name: jsonable(getattr(value, name)) for name in names}

    return encode


def _jsonable_mapping(value: Mapping[Any, Any]) -> dict[str, Any]:
    return {str(k): jsonable(v) for k, v in value.items()}


def _jsonable_items(value: Any) -> list[Any]:
    return [jsonable(v) for v in value]
