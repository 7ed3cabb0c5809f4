"""Dataclass aggregates ⇄ JSON documents (jsonb columns), driven by type hints.

Repositories keep indexed and constrained fields in real columns and the whole
aggregate in one `data` document, so adding a field needs no migration.

Encoding follows each value's runtime type (not its hint): bytes → base64, dataclass →
dict of its fields, dict → dict with str keys, list/tuple → list, set → list sorted by
str, anything else as `protomap.jsonable` does it. Decoding follows the hints. Both run
per aggregate save and load, so the reflective work is cached: the encoder per value
type (`_ENCODERS`) and the decoding plan per dataclass (`_PLANS`).
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import types
import typing
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from typing import Any, TypeVar, cast

from shared.protomap import jsonable_encoder

T = TypeVar("T")
Encoder = Callable[[Any], Any]
_MISSING = object()


def to_document(obj: Any) -> dict[str, Any]:
    document = _encode(obj)
    assert isinstance(document, dict)
    return document


def _encode(value: Any) -> Any:
    try:
        encode = _ENCODERS[type(value)]
    except KeyError:
        encode = _encoder(type(value))
    return value if encode is None else encode(value)


# Per value type, how to encode it (None: as is). Seeded with the JSON scalars.
_ENCODERS: dict[type, Encoder | None] = {t: None for t in (str, int, float, bool, type(None))}


def _encoder(cls: type) -> Encoder | None:
    """What `_encode` does to a value of type `cls`, decided as for any one such value."""
    encode: Encoder | None
    if issubclass(cls, bytes):
        encode = _encode_bytes
    elif dataclasses.is_dataclass(cls) and not issubclass(cls, type):
        encode = _dataclass_encoder(cls)
    elif issubclass(cls, dict):
        encode = _encode_dict
    elif issubclass(cls, list | tuple):
        encode = _encode_items
    elif issubclass(cls, set | frozenset):
        encode = _encode_set
    else:
        encode = jsonable_encoder(cls)
    _ENCODERS[cls] = encode
    return encode


def _dataclass_encoder(cls: type) -> Encoder:
    names = tuple(f.name for f in dataclasses.fields(cls))
    encoders = _ENCODERS

    def encode(obj: Any) -> dict[str, Any]:
        document = {}
        for name in names:
            value = getattr(obj, name)
            try:
                convert = encoders[type(value)]
            except KeyError:
                convert = _encoder(type(value))
            document[name] = value if convert is None else convert(value)
        return document

    return encode


def _encode_bytes(value: bytes) -> str:
    return base64.b64encode(value).decode()


def _encode_dict(value: dict[Any, Any]) -> dict[str, Any]:
    return {str(k): _encode(v) for k, v in value.items()}


def _encode_items(value: Any) -> list[Any]:
    return [_encode(v) for v in value]


def _encode_set(value: Any) -> list[Any]:
    return sorted([_encode(v) for v in value], key=str)


def from_document(cls: type[T], document: dict[str, Any]) -> T:
    try:
        plan = _PLANS[cls]
    except KeyError:
        plan = _plan(cls)
    init, later = {}, []
    for name, in_init, decode in plan:
        value = document.get(name, _MISSING)
        if value is _MISSING:
            continue
        if value is not None and decode is not None:
            value = decode(value)
        if in_init:
            init[name] = value
        else:
            later.append((name, value))
    obj = cls(**init)
    for name, value in later:
        object.__setattr__(obj, name, value)
    return obj


Decoder = Callable[[Any], Any]
# Per dataclass: (field name, passed to __init__?, decoder of a non-None value or None).
_Plan = tuple[tuple[str, bool, Decoder | None], ...]
_PLANS: dict[type, _Plan] = {}


def _plan(cls: type) -> _Plan:
    hints = typing.get_type_hints(cls)
    plan = tuple((f.name, f.init, _decoder(hints[f.name])) for f in dataclasses.fields(cls))
    _PLANS[cls] = plan
    return plan


def _decoder(hint: Any) -> Decoder | None:
    """How a non-None value of a field hinted `hint` is decoded (None: kept as is)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _decoder(inner[0]) if len(inner) == 1 else None
    if origin in (list, tuple, set, frozenset):
        return _items_decoder(origin, _decoder(args[0] if args else Any))
    if origin is dict:
        return _dict_decoder(_decoder(args[1])) if args else dict
    if hint is Any or origin is not None:
        return None
    if dataclasses.is_dataclass(hint):
        return partial(from_document, cast(type[Any], hint))  # a dataclass hint is a class
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return _enum_decoder(hint)
        if hint is uuid.UUID:
            return uuid.UUID
        if hint is datetime:
            return datetime.fromisoformat
        if hint is timedelta:
            return _seconds
        if hint is bytes:
            return base64.b64decode
        if issubclass(hint, str | int | float) and hint not in (str, int, float, bool):
            return hint  # value objects such as Email(str)
    return None


def _items_decoder(collection: type, item: Decoder | None) -> Decoder:
    if item is None:
        return collection

    def decode(value: Any) -> Any:
        return collection([None if v is None else item(v) for v in value])

    return decode


def _dict_decoder(item: Decoder | None) -> Decoder:
    if item is None:
        return _copy_items

    def decode(value: Any) -> dict[Any, Any]:
        return {k: None if v is None else item(v) for k, v in value.items()}

    return decode


def _copy_items(value: Any) -> dict[Any, Any]:
    return dict(value.items())


def _enum_decoder(cls: type[enum.Enum]) -> Decoder:
    """cls(value), through the member-by-value table first as Enum.__new__ does."""
    members = cls._value2member_map_

    def decode(value: Any) -> enum.Enum:
        try:
            return members[value]
        except (KeyError, TypeError):
            return cls(value)

    return decode


def _seconds(value: Any) -> timedelta:
    return timedelta(seconds=value)
