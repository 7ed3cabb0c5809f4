"""gRPC status → HTTP status and a google.rpc.Status JSON body (Envoy's table)."""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Iterable, Sequence
from typing import Any

import grpc
from google.protobuf import any_pb2, descriptor_pool, duration_pb2, json_format
from google.rpc import code_pb2, error_details_pb2
from grpc_status import rpc_status

HTTP_STATUS = {
    grpc.StatusCode.OK: 200,
    grpc.StatusCode.CANCELLED: 499,
    grpc.StatusCode.UNKNOWN: 500,
    grpc.StatusCode.INVALID_ARGUMENT: 400,
    grpc.StatusCode.DEADLINE_EXCEEDED: 504,
    grpc.StatusCode.NOT_FOUND: 404,
    grpc.StatusCode.ALREADY_EXISTS: 409,
    grpc.StatusCode.PERMISSION_DENIED: 403,
    grpc.StatusCode.RESOURCE_EXHAUSTED: 429,
    grpc.StatusCode.FAILED_PRECONDITION: 400,
    grpc.StatusCode.ABORTED: 409,
    grpc.StatusCode.OUT_OF_RANGE: 400,
    grpc.StatusCode.UNIMPLEMENTED: 501,
    grpc.StatusCode.INTERNAL: 500,
    grpc.StatusCode.UNAVAILABLE: 503,
    grpc.StatusCode.DATA_LOSS: 500,
    grpc.StatusCode.UNAUTHENTICATED: 401,
}

Pools = Sequence[descriptor_pool.DescriptorPool]


def status_body(
    code: int, message: str, details: Iterable[any_pb2.Any] = (), pools: Pools = ()
) -> bytes:
    """google.rpc.Status as proto3 JSON; each detail is resolved to its type ("@type" and
    its fields) through the default pool or a backend's pool. A detail no pool knows
    keeps its type URL and raw bytes rather than failing the whole answer."""
    body: dict[str, Any] = {"code": code, "message": message}
    rendered = [_detail(d, pools) for d in details]
    if rendered:
        body["details"] = rendered
    return json.dumps(body, separators=(",", ":")).encode()


def from_rpc_error(error: grpc.aio.AioRpcError, pools: Pools = ()) -> tuple[int, bytes]:
    """The HTTP status and body for a failed call, details resolved to their types."""
    try:
        rich = rpc_status.from_call(error)  # type: ignore[arg-type]
    except ValueError:  # the details disagree with the status line: trust the line
        rich = None
    code, message = error.code().value[0], error.details() or ""
    details = list(rich.details) if rich else []
    return HTTP_STATUS.get(error.code(), 500), status_body(code, message, details, pools)


def bad_request(message: str, field: str = "") -> tuple[int, bytes]:
    details = []
    if field:
        violation = error_details_pb2.BadRequest.FieldViolation(field=field, description=message)
        details.append(_pack(error_details_pb2.BadRequest(field_violations=[violation])))
    return 400, status_body(code_pb2.INVALID_ARGUMENT, message, details)


def rate_limited(wait_seconds: float) -> tuple[int, bytes, int]:
    """429 with a RetryInfo detail, and the whole seconds for the Retry-After header."""
    delay = duration_pb2.Duration()
    delay.FromNanoseconds(math.ceil(wait_seconds * 1e9))
    retry_after = max(1, math.ceil(wait_seconds))
    body = status_body(
        code_pb2.RESOURCE_EXHAUSTED,
        f"rate limit exceeded; retry after {retry_after}s",
        [_pack(error_details_pb2.RetryInfo(retry_delay=delay))],
    )
    return 429, body, retry_after


def plain(status: int, code: int, message: str) -> tuple[int, bytes]:
    return status, status_body(code, message)


def _pack(detail: Any) -> any_pb2.Any:
    packed = any_pb2.Any()
    packed.Pack(detail)
    return packed


def _detail(detail: any_pb2.Any, pools: Pools) -> dict[str, Any]:
    for pool in (None, *pools):
        try:
            rendered: dict[str, Any] = json_format.MessageToDict(detail, descriptor_pool=pool)
            return rendered
        except (TypeError, KeyError):
            continue
    return {"@type": detail.type_url, "value": base64.b64encode(detail.value).decode()}
