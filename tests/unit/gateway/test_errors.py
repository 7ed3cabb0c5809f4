"""gRPC status → HTTP status and google.rpc.Status JSON with typed details."""

from __future__ import annotations

import json

import grpc
import pytest
from google.protobuf import any_pb2, message_factory
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from gateway import errors
from tests.unit.gateway.routes import ECHO_POOL

# Envoy's grpc_json_transcoder / google.rpc.Code documentation, written out independently.
EXPECTED = {
    "OK": 200,
    "CANCELLED": 499,
    "UNKNOWN": 500,
    "INVALID_ARGUMENT": 400,
    "DEADLINE_EXCEEDED": 504,
    "NOT_FOUND": 404,
    "ALREADY_EXISTS": 409,
    "PERMISSION_DENIED": 403,
    "RESOURCE_EXHAUSTED": 429,
    "FAILED_PRECONDITION": 400,
    "ABORTED": 409,
    "OUT_OF_RANGE": 400,
    "UNIMPLEMENTED": 501,
    "INTERNAL": 500,
    "UNAVAILABLE": 503,
    "DATA_LOSS": 500,
    "UNAUTHENTICATED": 401,
}


def rpc_error(code: grpc.StatusCode, *details: any_pb2.Any) -> grpc.aio.AioRpcError:
    trailing = grpc.aio.Metadata()
    if details:
        status = status_pb2.Status(code=code.value[0], message="boom", details=list(details))
        trailing = grpc.aio.Metadata(*rpc_status.to_status(status).trailing_metadata)
    return grpc.aio.AioRpcError(code, grpc.aio.Metadata(), trailing, details="boom")


def packed(message) -> any_pb2.Any:  # type: ignore[no-untyped-def]
    detail = any_pb2.Any()
    detail.Pack(message)
    return detail


def test_the_table_covers_all_seventeen_codes() -> None:
    assert (
        {code.name for code in errors.HTTP_STATUS}
        == set(EXPECTED)
        == {code.name for code in grpc.StatusCode}
    )


@pytest.mark.parametrize("code", [c for c in grpc.StatusCode if c is not grpc.StatusCode.OK])
def test_each_code_maps_to_its_http_status_and_a_status_body(code: grpc.StatusCode) -> None:
    status, body = errors.from_rpc_error(rpc_error(code))
    assert status == EXPECTED[code.name]
    assert json.loads(body) == {"code": code.value[0], "message": "boom"}


def test_field_violations_are_rendered_with_their_type() -> None:
    violation = error_details_pb2.BadRequest.FieldViolation(field="email", description="bad")
    detail = packed(error_details_pb2.BadRequest(field_violations=[violation]))
    _, body = errors.from_rpc_error(rpc_error(grpc.StatusCode.INVALID_ARGUMENT, detail))
    assert json.loads(body)["details"] == [
        {
            "@type": "type.googleapis.com/google.rpc.BadRequest",
            "fieldViolations": [{"field": "email", "description": "bad"}],
        }
    ]


def test_a_detail_of_a_backend_type_is_resolved_through_the_backend_pool() -> None:
    inner = ECHO_POOL.FindMessageTypeByName("gatewaytest.v1.Inner")
    detail = packed(message_factory.GetMessageClass(inner)(id="x", count=2))
    error = rpc_error(grpc.StatusCode.ABORTED, detail)
    _, body = errors.from_rpc_error(error, [ECHO_POOL])
    assert json.loads(body)["details"] == [
        {"@type": "type.googleapis.com/gatewaytest.v1.Inner", "id": "x", "count": "2"}
    ]


def test_a_detail_no_pool_knows_keeps_its_type_and_bytes() -> None:
    detail = any_pb2.Any(type_url="type.googleapis.com/elsewhere.Thing", value=b"\x08\x01")
    _, body = errors.from_rpc_error(rpc_error(grpc.StatusCode.INTERNAL, detail))
    assert json.loads(body)["details"] == [
        {"@type": "type.googleapis.com/elsewhere.Thing", "value": "CAE="}
    ]


def test_a_bad_request_names_the_field_in_a_violation() -> None:
    status, body = errors.bad_request("unknown parameter 'x'", "x")
    detail = json.loads(body)["details"][0]
    assert status == 400 and json.loads(body)["code"] == code_pb2.INVALID_ARGUMENT
    assert detail["fieldViolations"] == [{"field": "x", "description": "unknown parameter 'x'"}]


def test_rate_limited_is_429_with_retry_info_and_whole_seconds_rounded_up() -> None:
    status, body, retry_after = errors.rate_limited(1.2)
    parsed = json.loads(body)
    assert (status, retry_after, parsed["code"]) == (429, 2, code_pb2.RESOURCE_EXHAUSTED)
    assert parsed["details"] == [
        {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "1.200s"}
    ]


def test_a_sub_second_wait_still_says_retry_after_one_second() -> None:
    assert errors.rate_limited(0.01)[2] == 1
