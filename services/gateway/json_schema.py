"""Protobuf descriptors → JSON Schema 2020-12 (as OpenAPI 3.1 embeds it), proto3 JSON mapping.

Messages and enums become named components, entered when first referenced; well-known types
are inlined as the JSON they are written as (a Timestamp is an RFC 3339 string, not an object).
"""

from __future__ import annotations

from typing import Any, cast

from google.protobuf import descriptor, descriptor_pb2

Schema = dict[str, Any]
REF = "#/components/schemas/"
_FD = descriptor.FieldDescriptor

_INT32: Schema = {"type": "integer", "format": "int32"}
_UINT32: Schema = {"type": "integer", "minimum": 0, "maximum": 2**32 - 1}
# 64-bit integers are strings in proto3 JSON: JavaScript numbers lose precision past 2^53.
_INT64: Schema = {"type": "string", "format": "int64"}
_UINT64: Schema = {"type": "string", "format": "uint64"}
SCALARS: dict[int, Schema] = {
    _FD.TYPE_DOUBLE: {"type": "number", "format": "double"},
    _FD.TYPE_FLOAT: {"type": "number", "format": "float"},
    _FD.TYPE_INT32: _INT32,
    _FD.TYPE_SINT32: _INT32,
    _FD.TYPE_SFIXED32: _INT32,
    _FD.TYPE_UINT32: _UINT32,
    _FD.TYPE_FIXED32: _UINT32,
    _FD.TYPE_INT64: _INT64,
    _FD.TYPE_SINT64: _INT64,
    _FD.TYPE_SFIXED64: _INT64,
    _FD.TYPE_UINT64: _UINT64,
    _FD.TYPE_FIXED64: _UINT64,
    _FD.TYPE_BOOL: {"type": "boolean"},
    _FD.TYPE_STRING: {"type": "string"},
    _FD.TYPE_BYTES: {"type": "string", "format": "byte", "contentEncoding": "base64"},
}


def _nullable(schema: Schema) -> Schema:
    return {**schema, "type": [schema["type"], "null"]}


_WRAPPERS = {
    "DoubleValue": _FD.TYPE_DOUBLE,
    "FloatValue": _FD.TYPE_FLOAT,
    "Int64Value": _FD.TYPE_INT64,
    "UInt64Value": _FD.TYPE_UINT64,
    "Int32Value": _FD.TYPE_INT32,
    "UInt32Value": _FD.TYPE_UINT32,
    "BoolValue": _FD.TYPE_BOOL,
    "StringValue": _FD.TYPE_STRING,
    "BytesValue": _FD.TYPE_BYTES,
}
WELL_KNOWN: dict[str, Schema] = {
    "google.protobuf.Timestamp": {"type": "string", "format": "date-time"},
    "google.protobuf.Duration": {
        "type": "string",
        "pattern": r"^-?[0-9]+(\.[0-9]{1,9})?s$",
        "description": 'Seconds with up to nine fractional digits and an "s", e.g. "3.5s".',
    },
    "google.protobuf.FieldMask": {
        "type": "string",
        "description": 'Comma-separated lowerCamelCase field paths, e.g. "name,phone.raw".',
    },
    "google.protobuf.Struct": {"type": "object", "additionalProperties": True},
    "google.protobuf.Value": {"description": "Any JSON value."},
    "google.protobuf.ListValue": {"type": "array", "items": {}},
    "google.protobuf.Empty": {"type": "object", "additionalProperties": False},
    "google.protobuf.Any": {
        "type": "object",
        "properties": {"@type": {"type": "string", "description": "type.googleapis.com/<name>"}},
        "required": ["@type"],
        "additionalProperties": True,
    },
    **{f"google.protobuf.{name}": _nullable(SCALARS[kind]) for name, kind in _WRAPPERS.items()},
}
WELL_KNOWN_ENUMS: dict[str, Schema] = {"google.protobuf.NullValue": {"type": "null"}}


def is_map(field: descriptor.FieldDescriptor) -> bool:
    entry = field.message_type
    return field.is_repeated and entry is not None and entry.GetOptions().map_entry


class Schemas:
    """components/schemas, filled as operations reference messages and enums."""

    def __init__(self) -> None:
        self.components: dict[str, Schema] = {}

    def message(self, message: descriptor.Descriptor) -> Schema:
        """A $ref to the message's component, or a well-known type's inline schema."""
        name = message.full_name
        if name in WELL_KNOWN:
            return dict(WELL_KNOWN[name])
        if name not in self.components:
            self.components[name] = {}  # placed first: recursive messages refer to themselves
            self.components[name] = self.object(message)
        return {"$ref": REF + name}

    def object(self, message: descriptor.Descriptor, omit: frozenset[str] = frozenset()) -> Schema:
        """The message as a JSON object, without the fields named in `omit`."""
        synthetic = _synthetic_oneofs(message)
        real = [o for o in message.oneofs if o.name not in synthetic]
        choices = {o.name for o in real}
        properties: dict[str, Schema] = {}
        for field in message.fields:
            if field.name in omit:
                continue
            properties[field.json_name] = self.field(field)
            if field.containing_oneof is not None and field.containing_oneof.name in choices:
                properties[field.json_name]["description"] = (
                    f"Member of oneof {field.containing_oneof.name}."
                )
        schema: Schema = {"type": "object", "properties": properties}
        if real:
            schema["description"] = " ".join(
                f"At most one of {', '.join(f.json_name for f in o.fields)} (oneof {o.name})."
                for o in real
            )
        return schema

    def field(self, field: descriptor.FieldDescriptor) -> Schema:
        if is_map(field):
            entry = cast(descriptor.Descriptor, field.message_type).fields_by_name  # is_map
            key = entry["key"]
            schema: Schema = {"type": "object", "additionalProperties": self.value(entry["value"])}
            if key.type != _FD.TYPE_STRING:
                # JSON object keys are strings: integer and bool keys are written as text.
                names = {"enum": ["true", "false"]} if key.type == _FD.TYPE_BOOL else None
                schema["propertyNames"] = names or {"pattern": "^-?[0-9]+$"}
        elif field.is_repeated:
            schema = {"type": "array", "items": self.value(field)}
        else:
            schema = self.value(field)
        if field.GetOptions().deprecated:
            schema["deprecated"] = True
        return schema

    def value(self, field: descriptor.FieldDescriptor) -> Schema:
        """One value of the field: what a singular field holds or a repeated one's item."""
        if field.message_type is not None:
            return self.message(field.message_type)
        if field.enum_type is not None:
            return self.enum(field.enum_type)
        return dict(SCALARS[field.type])

    def enum(self, enum: descriptor.EnumDescriptor) -> Schema:
        name = enum.full_name
        if name in WELL_KNOWN_ENUMS:
            return dict(WELL_KNOWN_ENUMS[name])
        # proto3 JSON writes enum values by name.
        self.components[name] = {"type": "string", "enum": [v.name for v in enum.values]}
        return {"$ref": REF + name}


def _synthetic_oneofs(message: descriptor.Descriptor) -> set[str]:
    """The oneofs protoc made for proto3 `optional` fields: presence, not a choice."""
    proto = descriptor_pb2.DescriptorProto()
    message.CopyToProto(proto)
    return {proto.oneof_decl[f.oneof_index].name for f in proto.field if f.proto3_optional}
