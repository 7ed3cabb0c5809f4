"""Routes for unit tests: from the generated contracts (gen/) or the test-only echo.proto."""

from __future__ import annotations

from google.protobuf import descriptor_pool

from gateway.routing import Route, routes_of
from tests.unit.gateway.protos import SERVICE, echo_pool
from ventros.crm.v1 import contact_event_service_pb2, contact_service_pb2  # noqa: F401  (registers)

ECHO_POOL = echo_pool()


def contract_route(service: str, method: str, index: int = 0) -> Route:
    """The index-th HTTP rule of a method of our contracts (0 = its main binding)."""
    found = routes_of(descriptor_pool.Default(), [service], "backend")
    return [r for r in found if r.method.name == method][index]


def echo_route(method: str, index: int = 0) -> Route:
    found = routes_of(ECHO_POOL, [SERVICE], "echo")
    return [r for r in found if r.method.name == method][index]
