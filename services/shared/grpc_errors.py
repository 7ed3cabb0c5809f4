"""One mapping from domain errors to gRPC status with google.rpc details."""

from __future__ import annotations

import grpc
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from shared import domain

_CODES: list[tuple[type[domain.DomainError], int]] = [
    (domain.InvalidArgument, code_pb2.INVALID_ARGUMENT),
    (domain.NotFound, code_pb2.NOT_FOUND),
    (domain.AlreadyExists, code_pb2.ALREADY_EXISTS),
    (domain.VersionConflict, code_pb2.ABORTED),
    (domain.Unauthenticated, code_pb2.UNAUTHENTICATED),
    (domain.PermissionDenied, code_pb2.PERMISSION_DENIED),
    (domain.FailedPrecondition, code_pb2.FAILED_PRECONDITION),
]


def status_for(error: domain.DomainError) -> grpc.Status:
    code = next((c for kind, c in _CODES if isinstance(error, kind)), code_pb2.FAILED_PRECONDITION)
    status = status_pb2.Status(code=code, message=str(error))
    if isinstance(error, domain.InvalidArgument):
        detail = any_pb2.Any()
        detail.Pack(
            error_details_pb2.BadRequest(
                field_violations=[
                    error_details_pb2.BadRequest.FieldViolation(
                        field=v.field, description=v.description
                    )
                    for v in error.violations
                ]
            )
        )
        status.details.append(detail)
    return rpc_status.to_status(status)


def field_violations(error: grpc.aio.AioRpcError | grpc.RpcError) -> dict[str, str]:
    """Client side: the BadRequest field violations carried by an error."""
    status = rpc_status.from_call(error)  # type: ignore[arg-type]
    found: dict[str, str] = {}
    for detail in status.details if status else []:
        bad = error_details_pb2.BadRequest()
        if detail.Unpack(bad):
            found.update({v.field: v.description for v in bad.field_violations})
    return found
