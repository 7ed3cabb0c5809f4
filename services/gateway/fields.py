"""Text from a path variable or a query parameter → a field of the request message.

Envoy grpc_json_transcoder semantics: a parameter names a field by its dotted path (proto
or JSON names at every step), a repeated field takes repeated keys, an enum its name or
number, int64 a decimal string, bytes base64, and the well-known types their JSON string
forms (Timestamp RFC 3339, Duration "1.5s", FieldMask "a,b.c", wrappers their value).
Map fields, and messages without a string form, cannot be set this way.
"""

from __future__ import annotations

import base64
import binascii
import math
import re

from google.protobuf import descriptor
from google.protobuf.message import Message

_FD = descriptor.FieldDescriptor
WRAPPERS = frozenset(
    f"google.protobuf.{name}Value"
    for name in ("Double", "Float", "Int64", "UInt64", "Int32", "UInt32", "Bool", "String", "Bytes")
)
FROM_JSON_STRING = frozenset({"google.protobuf.Timestamp", "google.protobuf.Duration"})
FIELD_MASK = "google.protobuf.FieldMask"
_INTEGER = re.compile(r"^-?[0-9]+$")
_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])([A-Z])")
_DECIMAL = re.compile(r"^-?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$")
_SPECIAL_FLOATS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}
_BOOLS = {"true": True, "1": True, "false": False, "0": False}
_INT_RANGES = {
    **dict.fromkeys((_FD.TYPE_INT32, _FD.TYPE_SINT32, _FD.TYPE_SFIXED32), (-(2**31), 2**31 - 1)),
    **dict.fromkeys((_FD.TYPE_INT64, _FD.TYPE_SINT64, _FD.TYPE_SFIXED64), (-(2**63), 2**63 - 1)),
    **dict.fromkeys((_FD.TYPE_UINT32, _FD.TYPE_FIXED32), (0, 2**32 - 1)),
    **dict.fromkeys((_FD.TYPE_UINT64, _FD.TYPE_FIXED64), (0, 2**64 - 1)),
}


class BadRequest(ValueError):
    """The request does not fit the method's input; `field` names the culprit."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def resolve(message: descriptor.Descriptor, path: str) -> list[descriptor.FieldDescriptor]:
    """The fields a dotted parameter walks through, outermost first."""
    walked: list[descriptor.FieldDescriptor] = []
    current: descriptor.Descriptor | None = message
    for name in path.split("."):
        if current is None:
            raise BadRequest(f"{path!r}: {walked[-1].name} has no fields to set", path)
        field = current.fields_by_name.get(name) or _json_named(current, name)
        if field is None:
            raise BadRequest(f"unknown parameter {path!r}", path)
        if _is_map(field):
            raise BadRequest(f"{path!r} is a map field; maps cannot be set from a parameter", path)
        if walked and walked[-1].is_repeated:
            raise BadRequest(f"{path!r} goes through a repeated field", path)
        walked.append(field)
        leaf_type = field.message_type
        current = None if leaf_type is None or _has_string_form(leaf_type) else leaf_type
    return walked


def proto_path(fields: list[descriptor.FieldDescriptor]) -> str:
    return ".".join(f.name for f in fields)


def assign(
    message: Message, fields: list[descriptor.FieldDescriptor], text: str, path: str
) -> None:
    """Set (or, for a repeated field, append) the value `text` stands for."""
    target = message
    for step in fields[:-1]:
        target = getattr(target, step.name)
    leaf = fields[-1]
    if leaf.message_type is None:
        value = scalar(leaf, text, path)
        if leaf.is_repeated:
            getattr(target, leaf.name).append(value)
        else:
            setattr(target, leaf.name, value)
        return
    kind = leaf.message_type.full_name
    if not _has_string_form(leaf.message_type):
        raise BadRequest(f"{path!r} is a {kind}; set its fields one by one", path)
    holder = getattr(target, leaf.name).add() if leaf.is_repeated else getattr(target, leaf.name)
    if kind in WRAPPERS:
        holder.value = scalar(leaf.message_type.fields_by_name["value"], text, path)
    elif kind == FIELD_MASK:
        holder.paths.extend(_mask_paths(text))
    else:
        try:
            holder.FromJsonString(text)
        except ValueError as error:
            raise BadRequest(f"{path}: {error}", path) from error


def scalar(field: descriptor.FieldDescriptor, text: str, path: str) -> object:
    if field.enum_type is not None:
        return _enum(field.enum_type, text, path)
    if field.type == _FD.TYPE_STRING:
        return text
    if field.type == _FD.TYPE_BOOL:
        if text.lower() not in _BOOLS:
            raise BadRequest(f"{path}: {text!r} is not true or false", path)
        return _BOOLS[text.lower()]
    if field.type in (_FD.TYPE_DOUBLE, _FD.TYPE_FLOAT):
        if text in _SPECIAL_FLOATS:
            return _SPECIAL_FLOATS[text]
        if not _DECIMAL.match(text):
            raise BadRequest(f"{path}: {text!r} is not a number", path)
        return float(text)
    if field.type == _FD.TYPE_BYTES:
        return _base64(text, path)
    return _integer(text, _INT_RANGES[field.type], path)


def _enum(enum: descriptor.EnumDescriptor, text: str, path: str) -> int:
    named = enum.values_by_name.get(text)
    if named is not None:
        return int(named.number)
    if _INTEGER.match(text):
        return _integer(text, _INT_RANGES[_FD.TYPE_INT32], path)
    raise BadRequest(f"{path}: {text!r} is not a value of {enum.full_name}", path)


def _integer(text: str, bounds: tuple[int, int], path: str) -> int:
    if not _INTEGER.match(text):
        raise BadRequest(f"{path}: {text!r} is not an integer", path)
    value = int(text)
    if not bounds[0] <= value <= bounds[1]:
        raise BadRequest(f"{path}: {text} is out of range", path)
    return value


def _base64(text: str, path: str) -> bytes:
    """Standard or URL-safe alphabet, padding optional (as proto3 JSON accepts)."""
    padded = text + "=" * (-len(text) % 4)
    try:
        return base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except binascii.Error as error:
        raise BadRequest(f"{path}: not base64 ({error})", path) from error


def _mask_paths(text: str) -> list[str]:
    """Comma-separated paths, lowerCamelCase (JSON form) or snake_case (proto names);
    whether they name fields is the backend's to judge, as with a JSON body."""
    paths = [p.strip() for p in text.split(",") if p.strip()]
    return [_CAMEL_HUMP.sub(lambda m: "_" + m.group(1).lower(), p) for p in paths]


def _has_string_form(message: descriptor.Descriptor) -> bool:
    return message.full_name in WRAPPERS | FROM_JSON_STRING | {FIELD_MASK}


def _is_map(field: descriptor.FieldDescriptor) -> bool:
    entry = field.message_type
    return bool(field.is_repeated and entry is not None and entry.GetOptions().map_entry)


def _json_named(message: descriptor.Descriptor, name: str) -> descriptor.FieldDescriptor | None:
    return next((f for f in message.fields if f.json_name == name), None)
