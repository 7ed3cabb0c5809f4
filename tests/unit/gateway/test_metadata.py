"""Grpc-Metadata-* headers ⇄ gRPC metadata, binary keys as base64; Grpc-Timeout."""

from __future__ import annotations

import grpc
import pytest

from gateway import metadata
from gateway.fields import BadRequest


def test_authorization_ids_and_grpc_metadata_headers_become_metadata() -> None:
    sent = metadata.outgoing(
        [
            ("authorization", "Bearer k"),
            ("x-request-id", "r1"),
            ("grpc-metadata-x-trace", "abc"),
            ("cookie", "never forwarded"),
        ]
    )
    assert sent == (("authorization", "Bearer k"), ("x-request-id", "r1"), ("x-trace", "abc"))


@pytest.mark.parametrize("text", ["AP9iaW4=", "AP9iaW4"])
def test_a_binary_header_is_base64_decoded_padded_or_not(text: str) -> None:
    assert metadata.outgoing([("grpc-metadata-x-blob-bin", text)]) == (
        ("x-blob-bin", b"\x00\xffbin"),
    )


def test_a_binary_header_accepts_the_url_safe_alphabet() -> None:
    assert metadata.outgoing([("grpc-metadata-k-bin", "_-8")]) == (("k-bin", b"\xff\xef"),)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("grpc-metadata-x-blob-bin", "not base64!"),
        ("grpc-metadata-grpc-status", "0"),  # gRPC's own keys are not the caller's to send
        ("grpc-metadata-", "empty key"),
        ("grpc-metadata-x-text", "caf\u00e9"),  # text metadata is printable ASCII
    ],
)
def test_malformed_metadata_headers_are_rejected_naming_the_header(name: str, value: str) -> None:
    with pytest.raises(BadRequest) as caught:
        metadata.outgoing([(name, value)])
    assert caught.value.field == name


def test_backend_metadata_comes_back_as_headers_binary_as_base64() -> None:
    initial = grpc.aio.Metadata(("x-one", "1"), ("x-blob-bin", b"\x00\xff"))
    trailing = grpc.aio.Metadata(("x-two", "2"), ("grpc-status-details-bin", b"\x08\x03"))
    assert metadata.response_headers(initial, trailing) == [
        ("Grpc-Metadata-x-one", "1"),
        ("Grpc-Metadata-x-blob-bin", "AP8="),
        ("Grpc-Metadata-x-two", "2"),
    ]


@pytest.mark.parametrize(
    ("header", "seconds"), [("5S", 5.0), ("250m", 0.25), ("2M", 120.0), ("99999999n", 0.099999999)]
)
def test_grpc_timeout_is_digits_and_a_unit(header: str, seconds: float) -> None:
    assert metadata.timeout(header) == pytest.approx(seconds)


@pytest.mark.parametrize("header", ["5", "S", "1.5S", "123456789S", "5s", "-1S"])
def test_a_malformed_grpc_timeout_is_rejected(header: str) -> None:
    with pytest.raises(BadRequest):
        metadata.timeout(header)
