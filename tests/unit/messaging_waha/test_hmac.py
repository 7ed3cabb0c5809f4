import json

import pytest

from messaging.waha import verify_signature
from tests.unit.messaging_waha.helpers import load, wire

DOCS_BODY = b'{"event":"message","session":"default","engine":"WEBJS"}'
DOCS_KEY = "my-secret-key"
DOCS_HEX = (
    "208f8a55dde9e05519e898b10b89bf0d0b3b0fdf11fdbf09b6b90476301b98d8"
    "097c462b2b17a6ce93b6b47a136cf2e78a33a63f6752c2c1631777076153fa89"
)
SAMPLE_KEY = "ventros-test-hmac-key"
SAMPLE_HEX = (
    "4101fff36e9a34bcbf506ce93181b68085e6ab0639a54188848649dc887cafee"
    "96478127c37cc49078e17f40cfab8a7c5ec3dbdf8f596f3f5d51c2151afaacfd"
)


@pytest.fixture
def sample_body() -> bytes:
    body = wire(load("01_message_text_dm.json"))
    assert len(body) == 1471
    return body


def test_docs_vector() -> None:
    assert verify_signature(DOCS_BODY, DOCS_KEY, DOCS_HEX, "sha512")


def test_sample_vector(sample_body: bytes) -> None:
    assert verify_signature(sample_body, SAMPLE_KEY, SAMPLE_HEX, "sha512")


def test_header_case_and_whitespace_tolerated(sample_body: bytes) -> None:
    assert verify_signature(sample_body, SAMPLE_KEY, f" {SAMPLE_HEX.upper()} ", "SHA512")


def test_tampered_body_fails(sample_body: bytes) -> None:
    tampered = sample_body.replace(b"30% OFF", b"90% OFF")
    assert tampered != sample_body
    assert not verify_signature(tampered, SAMPLE_KEY, SAMPLE_HEX, "sha512")
    assert not verify_signature(DOCS_BODY + b" ", DOCS_KEY, DOCS_HEX, "sha512")


def test_wrong_key_fails(sample_body: bytes) -> None:
    assert not verify_signature(sample_body, "other-key", SAMPLE_HEX, "sha512")
    assert not verify_signature(DOCS_BODY, SAMPLE_KEY, DOCS_HEX, "sha512")


@pytest.mark.parametrize("header", [None, "", "   "])
def test_missing_signature_header_fails(header: str | None) -> None:
    assert not verify_signature(DOCS_BODY, DOCS_KEY, header, "sha512")


@pytest.mark.parametrize("algorithm", [None, "", "sha256", "md5", "sha1"])
def test_other_or_missing_algorithm_fails(algorithm: str | None) -> None:
    assert not verify_signature(DOCS_BODY, DOCS_KEY, DOCS_HEX, algorithm)


def test_empty_secret_fails() -> None:
    assert not verify_signature(DOCS_BODY, "", DOCS_HEX, "sha512")


def test_garbage_header_fails_without_raising() -> None:
    assert not verify_signature(DOCS_BODY, DOCS_KEY, "zz", "sha512")
    assert not verify_signature(DOCS_BODY, DOCS_KEY, "é" * 128, "sha512")


def test_reserialised_with_ensure_ascii_fails() -> None:
    obj = load("01_message_text_dm.json")
    ascii_body = json.dumps(obj, ensure_ascii=True, separators=(",", ":")).encode()
    assert not verify_signature(ascii_body, SAMPLE_KEY, SAMPLE_HEX, "sha512")
    pretty = json.dumps(obj, ensure_ascii=False).encode()  # default ", " separators
    assert not verify_signature(pretty, SAMPLE_KEY, SAMPLE_HEX, "sha512")
