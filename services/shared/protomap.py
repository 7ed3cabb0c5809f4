"""Name-based mapping between Python values and proto messages.

Resource mappers and event encoders are mostly "copy the field of the same
name, converting its type": UUID → string, enum → the proto enum value named
`<ENUM_NAME>_<VALUE>`, datetime → Timestamp, timedelta → Duration, dict →
Struct, dataclass → nested message. `fill` does that for every proto field that
has a value among the sources; callers pass overrides for the rest.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from google.protobuf import descriptor, struct_pb2
from google.protobuf.message import Message

_FD = descriptor.FieldDescriptor
_MISSING = object()


def upper_snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).upper()


def enum_number(enum_type: descriptor.EnumDescriptor, value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, enum.Enum):
        return value
    raw = value.value if isinstance(value, enum.Enum) else value
    name = f"{upper_snake(enum_type.name)}_{str(raw).upper()}"
    found = enum_type.values_by_name.get(name)
    if found is None:
        raise ValueError(f"{enum_type.full_name} has no value {name}")
    return found.number


def enum_value(enum_type: descriptor.EnumDescriptor, number: int) -> str:
    """The lower-case domain spelling of a proto enum number ('' for UNSPECIFIED)."""
    name = enum_type.values_by_number[number].name
    prefix = upper_snake(enum_type.name) + "_"
    short = name.removeprefix(prefix)
    return "" if short == "UNSPECIFIED" else short.lower()


def _attr(source: Any, name: str) -> Any:
    if isinstance(source, Mapping):
        return source.get(name, _MISSING)
    return getattr(source, name, _MISSING)


def fill(message: Message, /, *sources: Any, **overrides: Any) -> Message:
    """Set each field of `message` from overrides, else the first source naming it.

    `message` is positional-only so that a field named "message" can be an override.
    """
    for field in message.DESCRIPTOR.fields:
        value = overrides.get(field.name, _MISSING)
        for source in sources:
            if value is not _MISSING:
                break
            value = _attr(source, field.name)
        if value is _MISSING or value is None:
            continue
        _set(message, field, value)
    return message


def _set(message: Message, field: _FD, value: Any) -> None:
    if field.message_type is not None and field.message_type.GetOptions().map_entry:
        target = getattr(message, field.name)
        value_field = field.message_type.fields_by_name["value"]
        for key, item in value.items():
            if value_field.message_type is None:
                target[key] = _scalar(value_field, item)
            else:
                _into(target[key], item)
        return
    if field.is_repeated:
        target = getattr(message, field.name)
        for item in value:
            if field.message_type is None:
                target.append(_scalar(field, item))
            else:
                _into(target.add(), item)
        return
    if field.message_type is None:
        setattr(message, field.name, _scalar(field, value))
    else:
        _into(getattr(message, field.name), value)


def _scalar(field: _FD, value: Any) -> Any:
    if field.enum_type is not None:
        return enum_number(field.enum_type, value)
    if field.type == _FD.TYPE_STRING:
        return value.value if isinstance(value, enum.Enum) else str(value)
    if field.type == _FD.TYPE_BYTES:
        return bytes(value)
    return value


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
    """Plain JSON types for Struct fields and jsonb columns."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID | datetime):
        return value.isoformat() if isinstance(value, datetime) else str(value)
    if isinstance(value, timedelta):
        return value.total_seconds()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    return value
