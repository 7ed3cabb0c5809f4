"""Dataclass aggregates ⇄ JSON documents (jsonb columns), driven by type hints.

Repositories keep indexed and constrained fields in real columns and the whole
aggregate in one `data` document, so adding a field needs no migration.
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import types
import typing
import uuid
from datetime import datetime, timedelta
from functools import cache
from typing import Any, TypeVar

from shared.protomap import jsonable

T = TypeVar("T")


def to_document(obj: Any) -> dict[str, Any]:
    document = _encode(obj)
    assert isinstance(document, dict)
    return document


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_encode(v) for v in value]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    return jsonable(value)


def from_document(cls: type[T], document: dict[str, Any]) -> T:
    hints = _hints(cls)
    init, later = {}, {}
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        if field.name not in document:
            continue
        value = _decode(hints[field.name], document[field.name])
        (init if field.init else later)[field.name] = value
    obj = cls(**init)
    for name, value in later.items():
        object.__setattr__(obj, name, value)
    return obj


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _decode(inner[0], value) if len(inner) == 1 else value
    if origin in (list, tuple, set, frozenset):
        item = args[0] if args else Any
        return origin(_decode(item, v) for v in value)
    if origin is dict:
        return {k: _decode(args[1], v) for k, v in value.items()} if args else dict(value)
    if hint is Any or origin is not None:
        return value
    if dataclasses.is_dataclass(hint):
        return from_document(hint, value)
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
            return hint(value)  # value objects such as Email(str)
    return value
