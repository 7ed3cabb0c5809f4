"""HTTP request → request message, response message → JSON (proto3 JSON mapping)."""

from __future__ import annotations

from collections.abc import Iterable

from google.protobuf import descriptor, json_format, message_factory
from google.protobuf.message import Message

from gateway.routing import Route

_FD = descriptor.FieldDescriptor


class BadRequest(ValueError):
    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


def request_message(
    route: Route,
    bindings: dict[str, str],
    query: Iterable[tuple[str, str]],
    body: bytes,
    content_type: str = "",
) -> Message:
    message = message_factory.GetMessageClass(route.method.input_type)()
    if route.body == "*":
        _parse_json(body, message, "")
    elif route.body:
        field = message.DESCRIPTOR.fields_by_name[route.body]
        target = getattr(message, route.body)
        if field.message_type is not None and field.message_type.full_name == "google.api.HttpBody":
            target.data = body
            target.content_type = content_type
        elif field.message_type is not None:
            _parse_json(body, target, route.body)
        else:
            raise BadRequest(f"body field {route.body} is not a message", route.body)
    for path, value in bindings.items():
        _set_path(message, path, value, from_query=False)
    if route.body != "*":
        taken = set(bindings) | ({route.body} if route.body else set())
        for key, value in query:
            if key in taken or key.split(".")[0] in taken:
                raise BadRequest(f"{key} is already bound by the path or body", key)
            _set_path(message, key, value, from_query=True)
    return message


def response_json(route: Route, message: Message) -> bytes:
    shown = getattr(message, route.response_body) if route.response_body else message
    return json_format.MessageToJson(shown, indent=None).encode()


def _parse_json(body: bytes, target: Message, field: str) -> None:
    try:
        json_format.Parse(body.decode() if body.strip() else "{}", target)
    except (json_format.ParseError, UnicodeDecodeError) as error:
        raise BadRequest(f"invalid JSON body: {error}", field or "body") from error


def _set_path(message: Message, path: str, value: str, *, from_query: bool) -> None:
    """Assign a dotted path ("contact.id", "tags", "page_size") from its text value."""
    names = path.split(".")
    target = message
    for i, name in enumerate(names):
        field = target.DESCRIPTOR.fields_by_name.get(name) or _by_json_name(target, name)
        if field is None:
            raise BadRequest(f"unknown parameter {path!r}", path)
        if i < len(names) - 1:
            if field.message_type is None or field.is_repeated:
                raise BadRequest(f"{path!r} does not name a field", path)
            target = getattr(target, field.name)
            continue
        _assign(target, field, value, path)


def _by_json_name(message: Message, name: str) -> descriptor.FieldDescriptor | None:
    return next((f for f in message.DESCRIPTOR.fields if f.json_name == name), None)


def _assign(target: Message, field: descriptor.FieldDescriptor, value: str, path: str) -> None:
    if field.message_type is not None:
        if field.message_type.full_name.startswith("google.protobuf."):
            holder = message_factory.GetMessageClass(target.DESCRIPTOR)()
            try:
                json_format.ParseDict({field.json_name: value}, holder)
            except json_format.ParseError as error:
                raise BadRequest(f"{path}: {error}", path) from error
            getattr(target, field.name).MergeFrom(getattr(holder, field.name))
            return
        raise BadRequest(f"{path!r} is a message; set its fields", path)
    converted = _scalar(field, value, path)
    if field.is_repeated:
        getattr(target, field.name).append(converted)
    else:
        setattr(target, field.name, converted)


def _scalar(field: descriptor.FieldDescriptor, value: str, path: str) -> object:
    try:
        if field.enum_type is not None:
            found = field.enum_type.values_by_name.get(value)
            return found.number if found else int(value)
        if field.type == _FD.TYPE_BOOL:
            if value not in ("true", "false"):
                raise ValueError("expected true or false")
            return value == "true"
        if field.type in (_FD.TYPE_DOUBLE, _FD.TYPE_FLOAT):
            return float(value)
        if field.type == _FD.TYPE_STRING:
            return value
        if field.type == _FD.TYPE_BYTES:
            return value.encode()
        return int(value)
    except ValueError as error:
        raise BadRequest(f"{path}: {error}", path) from error
