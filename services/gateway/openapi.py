"""OpenAPI 3.1 for the discovered routes, from the same descriptors the transcoder uses.

Parameters and bodies say what transcode.py accepts: path variables by field path; query
parameters by the dotted lowerCamelCase paths of the fields neither the path nor the body binds
that a string can set (scalars, enums, well-known types with a string form, repeated ones of
those; never maps); bodies in proto3 JSON. Descriptors obtained by reflection
carry no source comments, so an operation is summarised by its method name, never by made-up text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from google.protobuf import descriptor, message_factory
from google.protobuf.message import Message
from google.rpc import status_pb2

from gateway.fields import FIELD_MASK, FROM_JSON_STRING, WRAPPERS, resolve
from gateway.json_schema import WELL_KNOWN, Schema, Schemas, is_map
from gateway.path_template import WILD, WILD_REST, PathTemplate
from gateway.routing import Route

if TYPE_CHECKING:
    from google.protobuf.internal.extension_dict import _ExtensionFieldDescriptor

PUBLIC_OPTION = "ventros.common.v1.public"
HTTP_BODY = "google.api.HttpBody"
OPERATION_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The well-known types a path or query parameter can carry, as their JSON string form.
QUERY_WELL_KNOWN = WRAPPERS | FROM_JSON_STRING | {FIELD_MASK}


class OpenApiError(ValueError):
    """The routes cannot be written as one OpenAPI document."""


def openapi_document(routes: Sequence[Route], *, title: str, version: str) -> dict[str, Any]:
    schemas = Schemas()
    paths: dict[str, dict[str, Any]] = {}
    for route, operation_id in zip(routes, _operation_ids(routes), strict=True):
        verb = route.http_method.lower()
        if verb not in OPERATION_METHODS:
            raise OpenApiError(f"{route.method.full_name}: OpenAPI has no {route.http_method}")
        item = paths.setdefault(openapi_path(route.template), {})
        if verb in item:
            raise OpenApiError(
                f"{route.method.full_name} and {item[verb]['operationId']} both map to "
                f"{verb.upper()} {openapi_path(route.template)}"
            )
        item[verb] = _operation(route, operation_id, schemas)
    services = dict.fromkeys(r.method.containing_service.full_name for r in routes)
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": version},
        "tags": [{"name": name} for name in services],
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {
            "schemas": dict(sorted(schemas.components.items())),
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "An access token (JWT) or an API key: "
                    "`Authorization: Bearer <credential>`.",
                }
            },
        },
    }


def openapi_path(template: PathTemplate) -> str:
    """`/v1/{name=projects/*}:verb` → `/v1/{name}:verb` (the verb is a literal suffix)."""
    starts = {v.start: v for v in template.variables}
    parts: list[str] = []
    i = 0
    while i < len(template.segments):
        variable = starts.get(i)
        if variable is None:
            parts.append(template.segments[i])
            i += 1
            continue
        parts.append("{" + variable.field_path + "}")
        i = len(template.segments) if variable.end == -1 else variable.end
    return "/" + "/".join(parts) + (":" + template.verb if template.verb else "")


def _operation_ids(routes: Sequence[Route]) -> list[str]:
    """`Service_Method`; the full name where two services share a name; `_<n>` per extra rule."""
    owners = Counter(short for short, _ in {(_short_id(r), r.method.full_name) for r in routes})
    taken: Counter[str] = Counter()
    ids = []
    for route in routes:
        short = _short_id(route)
        base = short if owners[short] == 1 else route.method.full_name.replace(".", "_")
        ids.append(base if taken[base] == 0 else f"{base}_{taken[base]}")
        taken[base] += 1
    return ids


def _short_id(route: Route) -> str:
    return f"{route.method.containing_service.name}_{route.method.name}"


def _operation(route: Route, operation_id: str, schemas: Schemas) -> dict[str, Any]:
    method = route.method
    operation: dict[str, Any] = {
        "operationId": operation_id,
        "tags": [method.containing_service.full_name],
        "summary": method.name,
        "description": f"gRPC `{method.containing_service.full_name}/{method.name}`.",
        "responses": {
            "200": _response(route, schemas),
            "default": {
                "description": "An error: google.rpc.Status with typed details.",
                "content": {
                    "application/json": {"schema": schemas.message(status_pb2.Status.DESCRIPTOR)}
                },
            },
        },
    }
    parameters = _path_parameters(route, schemas) + _query_parameters(route, schemas)
    if parameters:
        operation["parameters"] = parameters
    body = _request_body(route, schemas)
    if body is not None:
        operation["requestBody"] = body
    if _is_public(method):
        operation["security"] = []
    if method.GetOptions().deprecated:
        operation["deprecated"] = True
    return operation


def _path_parameters(route: Route, schemas: Schemas) -> list[Schema]:
    parameters = []
    segments = route.template.segments
    for variable in route.template.variables:
        schema = schemas.value(resolve(route.method.input_type, variable.field_path)[-1])
        parameter: Schema = {"name": variable.field_path, "in": "path", "required": True}
        end = len(segments) if variable.end == -1 else variable.end
        pattern = segments[variable.start : end]
        if pattern != (WILD,):
            parameter["description"] = f"Matches the pattern `{'/'.join(pattern)}`."
            if WILD_REST not in pattern:
                regex = "/".join("[^/]+" if s == WILD else s for s in pattern)
                schema = {**schema, "pattern": f"^{regex}$"}
        parameter["schema"] = schema
        parameters.append(parameter)
    return parameters


def _query_parameters(route: Route, schemas: Schemas) -> list[Schema]:
    if route.body == "*":
        return []  # the whole message comes from the body; the query is not read
    taken = {v.field_path for v in route.template.variables} | ({route.body} - {""})
    parameters: list[Schema] = []

    def walk(message: descriptor.Descriptor, proto: str, json: str, seen: frozenset[str]) -> None:
        for field in message.fields:
            path, name = proto + field.name, json + field.json_name
            if is_map(field) or any(path == t or path.startswith(t + ".") for t in taken):
                continue
            kind = field.message_type.full_name if field.message_type is not None else ""
            if kind and kind not in WELL_KNOWN:  # one of ours: its fields are the parameters
                if not field.is_repeated and kind not in seen:
                    nested = cast(descriptor.Descriptor, field.message_type)  # has a kind
                    walk(nested, path + ".", name + ".", seen | {kind})
            elif not kind or kind in QUERY_WELL_KNOWN:
                parameters.append({"name": name, "in": "query", "schema": schemas.field(field)})

    walk(route.method.input_type, "", "", frozenset({route.method.input_type.full_name}))
    return parameters


def _request_body(route: Route, schemas: Schemas) -> Schema | None:
    message = route.method.input_type
    if not route.body:
        return None
    if route.body == "*" and message.full_name == HTTP_BODY:
        return _raw_body()
    if route.body == "*":
        in_path = frozenset(v.field_path for v in route.template.variables)
        schema = schemas.object(message, in_path) if in_path else schemas.message(message)
        return {"content": {"application/json": {"schema": schema}}}
    field = message.fields_by_name[route.body]
    if _is_http_body(field):
        return _raw_body()
    return {"content": {"application/json": {"schema": schemas.field(field)}}}


def _raw_body() -> Schema:
    return {
        "description": "The raw bytes, passed on unparsed with their Content-Type.",
        "content": {"*/*": {"schema": {}}},
    }


def _is_http_body(field: descriptor.FieldDescriptor) -> bool:
    kind = field.message_type
    return kind is not None and kind.full_name == HTTP_BODY and not field.is_repeated


def _response(route: Route, schemas: Schemas) -> Schema:
    output = route.method.output_type
    shown = output.fields_by_name.get(route.response_body)
    raw = _is_http_body(shown) if shown is not None else output.full_name == HTTP_BODY
    if raw:
        # The bytes of the google.api.HttpBody, with its content type.
        content: Schema = {"*/*": {"schema": {}}}
        return {"description": "OK: the raw bytes, one chunk per message.", "content": content}
    schema = schemas.field(shown) if shown is not None else schemas.message(output)
    if not route.method.server_streaming:
        return {"description": "OK", "content": {"application/json": {"schema": schema}}}
    return {
        "description": "A stream: one JSON message per line, or, with "
        "`Accept: text/event-stream`, one per `data:` event (an error ends it as an "
        "`event: error` carrying a google.rpc.Status).",
        "content": {
            "application/x-ndjson": {"schema": schema},
            "text/event-stream": {"schema": {"type": "string"}},
        },
    }


def _is_public(method: descriptor.MethodDescriptor) -> bool:
    """The `public` method option, read with the backend's own descriptor of it."""
    pool = method.containing_service.file.pool
    try:
        option = pool.FindExtensionByName(PUBLIC_OPTION)
    except KeyError:
        return False
    # Re-read the options in the backend's pool, where the extension is known by descriptor.
    # An extension's containing type is the message it extends (here MethodOptions).
    extended = cast(descriptor.Descriptor, option.containing_type)
    options = message_factory.GetMessageClass(extended).FromString(
        method.GetOptions().SerializeToString()
    )
    # The stubs type a pool's extensions as plain FieldDescriptors.
    public = cast("_ExtensionFieldDescriptor[Message, bool]", option)
    return bool(options.Extensions[public])
