"""The routing table: google.api.http rules of the discovered methods, matched per request."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from google.api import annotations_pb2, http_pb2
from google.protobuf import descriptor, descriptor_pool

from gateway.path_template import PathTemplate, parse


@dataclass(frozen=True)
class Route:
    http_method: str  # upper case
    template: PathTemplate
    method: descriptor.MethodDescriptor
    body: str  # "", "*" or a field name
    response_body: str
    backend: str  # the address of the backend serving the method

    @property
    def grpc_path(self) -> str:
        return f"/{self.method.containing_service.full_name}/{self.method.name}"


def routes_of(
    pool: descriptor_pool.DescriptorPool, services: Iterable[str], backend: str
) -> list[Route]:
    found = []
    for name in services:
        for method in pool.FindServiceByName(name).methods:
            rule = method.GetOptions().Extensions[annotations_pb2.http]
            for binding in [rule, *rule.additional_bindings] if rule.WhichOneof("pattern") else []:
                verb, path = _pattern(binding)
                found.append(
                    Route(verb, parse(path), method, binding.body, binding.response_body, backend)
                )
    return found


def _pattern(rule: http_pb2.HttpRule) -> tuple[str, str]:
    kind = rule.WhichOneof("pattern")
    if kind == "custom":
        return rule.custom.kind.upper(), rule.custom.path
    return str(kind).upper(), getattr(rule, str(kind))


class Router:
    def __init__(self, routes: Iterable[Route]) -> None:
        self.routes = tuple(routes)  # in discovery order, for the OpenAPI document
        self._by_method: dict[str, list[Route]] = {}
        for route in self.routes:
            self._by_method.setdefault(route.http_method, []).append(route)
        for candidates in self._by_method.values():
            # A custom verb that matches wins; then literal segments over variables,
            # longer templates over shorter. A path whose last segment has a ':' but no
            # route with that verb is matched whole: the ':' is part of a value
            # ("/v1/roles/org:admin" binds role_name "org:admin").
            candidates.sort(
                key=lambda r: (
                    not r.template.verb,
                    -sum(s not in ("*", "**") for s in r.template.segments),
                    -len(r.template.segments),
                )
            )

    def match(self, http_method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        for route in self._by_method.get(http_method.upper(), []):
            target = path
            if route.template.verb:
                suffix = ":" + route.template.verb
                if not path.endswith(suffix):
                    continue
                target = path[: -len(suffix)]
            bound = route.template.match(target)
            if bound is not None:
                return route, bound
        return None

    def allowed_methods(self, path: str) -> list[str]:
        return sorted(m for m in self._by_method if self.match(m, path))
