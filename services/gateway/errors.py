"""gRPC status → HTTP status and a google.rpc.Status JSON body (Envoy's table)."""

from __future__ import annotations

import grpc
from google.protobuf import json_format
from google.rpc import code_pb2, error_details_pb2, status_pb2
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


def status_body(code: int, message: str, details: list | None = None) -> bytes:  # type: ignore[type-arg]
    status = status_pb2.Status(code=code, message=message, details=details or [])
    return json_format.MessageToJson(status, indent=None).encode()


def from_rpc_error(error: grpc.aio.AioRpcError) -> tuple[int, bytes]:
    """The HTTP status and body for a failed call, details resolved to their types."""
    rich = rpc_status.from_call(error)  # type: ignore[arg-type]
    status = rich or status_pb2.Status(code=error.code().value[0], message=error.details() or "")
    return HTTP_STATUS.get(error.code(), 500), json_format.MessageToJson(
        status, indent=None
    ).encode()


def bad_request(message: str, field: str = "") -> tuple[int, bytes]:
    details = []
    if field:
        detail = status_pb2.Status().details.add()
        detail.Pack(
            error_details_pb2.BadRequest(
                field_violations=[
                    error_details_pb2.BadRequest.FieldViolation(field=field, description=message)
                ]
            )
        )
        details.append(detail)
    return 400, status_body(code_pb2.INVALID_ARGUMENT, message, details)


def plain(status: int, code: int, message: str) -> tuple[int, bytes]:
    return status, status_body(code, message)
