"""HTTP request → request message, response message → body (proto3 JSON mapping).

The request message is filled from the body first (all of it for `body: "*"`, one field
for `body: "field"`), then from the path variables, then from the query parameters,
which may only name fields neither the path nor the body bound.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import cast

from google.protobuf import descriptor, descriptor_pool, json_format, message_factory
from google.protobuf.message import Message

from gateway.fields import BadRequest, assign, proto_path, resolve
from gateway.routing import Route

__all__ = ["BadRequest", "request_message", "response_body"]

HTTP_BODY = "google.api.HttpBody"
JSON = "application/json"


def request_message(
    route: Route,
    bindings: dict[str, str],
    query: Iterable[tuple[str, str]],
    body: bytes,
    content_type: str = "",
    pool: descriptor_pool.DescriptorPool | None = None,
) -> Message:
    message = message_factory.GetMessageClass(route.method.input_type)()
    _fill_from_body(message, route.body, body, content_type, pool)
    taken = [route.body] if route.body not in ("", "*") else []
    for path, value in bindings.items():
        fields = resolve(_descriptor(message), path)
        assign(message, fields, value, path)
        taken.append(proto_path(fields))
    given: set[str] = set()
    for key, value in query:
        if route.body == "*":
            raise BadRequest(f"unknown parameter {key!r}: the body carries every field", key)
        fields = resolve(_descriptor(message), key)
        canonical = proto_path(fields)
        if any(_within(canonical, t) or _within(t, canonical) for t in taken):
            raise BadRequest(f"{key!r} is already bound by the path or the body", key)
        if not fields[-1].is_repeated:
            if canonical in given:
                raise BadRequest(f"{key!r} is given more than once", key)
            given.add(canonical)
        assign(message, fields, value, key)
    return message


def response_body(
    route: Route, message: Message, pool: descriptor_pool.DescriptorPool | None = None
) -> tuple[bytes, str]:
    """The HTTP body and its media type: JSON, or the raw bytes of a google.api.HttpBody."""
    shown = message
    if route.response_body:
        field = _descriptor(message).fields_by_name[route.response_body]
        if not _single_message(field):
            # A scalar, repeated or map field: its JSON value, defaults included.
            whole = json_format.MessageToDict(
                message, always_print_fields_with_no_presence=True, descriptor_pool=pool
            )
            return json.dumps(whole[field.json_name], separators=(",", ":")).encode(), JSON
        shown = getattr(message, field.name)
    if shown.DESCRIPTOR.full_name == HTTP_BODY:
        return shown.data, shown.content_type or "application/octet-stream"  # type: ignore[attr-defined]
    return json_format.MessageToJson(shown, indent=None, descriptor_pool=pool).encode(), JSON


def _fill_from_body(
    message: Message,
    body_field: str,
    body: bytes,
    content_type: str,
    pool: descriptor_pool.DescriptorPool | None,
) -> None:
    if not body_field:
        return
    if body_field == "*":
        if message.DESCRIPTOR.full_name == HTTP_BODY:
            _raw(message, body, content_type)
        else:
            _parse_json(body, message, "body", pool)
        return
    field = _descriptor(message).fields_by_name[body_field]
    if (
        _single_message(field)  # so it has a message type
        and cast(descriptor.Descriptor, field.message_type).full_name == HTTP_BODY
    ):
        _raw(getattr(message, field.name), body, content_type)
    elif _single_message(field):
        _parse_json(body, getattr(message, field.name), field.name, pool)
    elif body.strip():
        # A scalar, repeated or map field: the body is that field's JSON value.
        try:
            value = json.loads(body)
        except ValueError as error:
            raise BadRequest(f"invalid JSON body: {error}", field.name) from error
        holder = type(message)()
        _parse_dict({field.json_name: value}, holder, field.name, pool)
        message.MergeFrom(holder)


def _raw(target: Message, body: bytes, content_type: str) -> None:
    target.data = body  # type: ignore[attr-defined]
    target.content_type = content_type  # type: ignore[attr-defined]


def _parse_json(
    body: bytes, target: Message, field: str, pool: descriptor_pool.DescriptorPool | None
) -> None:
    try:
        json_format.Parse(body.decode() if body.strip() else "{}", target, descriptor_pool=pool)
    except (json_format.ParseError, ValueError) as error:
        raise BadRequest(f"invalid JSON body: {error}", field) from error


def _parse_dict(
    value: dict[str, object],
    target: Message,
    field: str,
    pool: descriptor_pool.DescriptorPool | None,
) -> None:
    try:
        json_format.ParseDict(value, target, descriptor_pool=pool)
    except (json_format.ParseError, ValueError) as error:
        raise BadRequest(f"invalid JSON body: {error}", field) from error


def _descriptor(message: Message) -> descriptor.Descriptor:
    # The stubs add upb's Descriptor type; at runtime that is a descriptor.Descriptor.
    return cast(descriptor.Descriptor, message.DESCRIPTOR)


def _single_message(field: descriptor.FieldDescriptor) -> bool:
    return field.message_type is not None and not field.is_repeated


def _within(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith(prefix + ".")
