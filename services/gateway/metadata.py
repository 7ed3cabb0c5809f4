"""HTTP headers ⇄ gRPC metadata, and Grpc-Timeout → a deadline.

Requests: Authorization and the request/correlation ids travel as they are; every
`Grpc-Metadata-<key>` header becomes metadata `<key>`. Responses: the backend's initial
and trailing metadata come back as `Grpc-Metadata-<key>` headers. Binary keys (`-bin`)
carry base64 in HTTP (standard or URL-safe alphabet, padding optional, on the way in).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable

import grpc

from gateway.fields import BadRequest

PREFIX = "grpc-metadata-"
FORWARDED = ("authorization", "x-request-id", "x-correlation-id")
_KEY = re.compile(r"^[0-9a-z_.-]+$")
_ASCII_VALUE = re.compile(r"^[\x20-\x7e]*$")
_TIMEOUT = re.compile(r"^([0-9]{1,8})([HMSmun])$")
_UNITS = {"H": 3600.0, "M": 60.0, "S": 1.0, "m": 1e-3, "u": 1e-6, "n": 1e-9}

Metadata = tuple[tuple[str, str | bytes], ...]


def outgoing(headers: Iterable[tuple[str, str]]) -> Metadata:
    """The call's metadata from the request headers (lower-case names)."""
    pairs: list[tuple[str, str | bytes]] = []
    for name, value in headers:
        if name in FORWARDED:
            pairs.append((name, value))
        elif name.startswith(PREFIX):
            pairs.append(_entry(name, name.removeprefix(PREFIX), value))
    return tuple(pairs)


def response_headers(*metadata: grpc.aio.Metadata | None) -> list[tuple[str, str]]:
    """`Grpc-Metadata-*` headers for the backend's metadata; gRPC's own keys stay inside."""
    headers = []
    for entries in metadata:
        for key, value in entries or ():
            if key.startswith("grpc-"):
                continue  # grpc-status-details-bin and friends are rendered in the body
            text = base64.b64encode(value).decode() if isinstance(value, bytes) else value
            headers.append(("Grpc-Metadata-" + key, text))
    return headers


def timeout(header: str | None) -> float | None:
    """Grpc-Timeout: at most 8 digits and a unit (H, M, S, m, u, n)."""
    if not header:
        return None
    found = _TIMEOUT.match(header)
    if found is None:
        raise BadRequest(
            "Grpc-Timeout must be 1 to 8 digits followed by H, M, S, m, u or n", "Grpc-Timeout"
        )
    return int(found.group(1)) * _UNITS[found.group(2)]


def _entry(header: str, key: str, value: str) -> tuple[str, str | bytes]:
    if not _KEY.match(key) or key.startswith("grpc-"):
        raise BadRequest(f"{header}: {key!r} is not a metadata key an application may send", header)
    if key.endswith("-bin"):
        padded = value.strip() + "=" * (-len(value.strip()) % 4)
        try:
            return key, base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
        except binascii.Error as error:
            raise BadRequest(f"{header}: a -bin value must be base64", header) from error
    if not _ASCII_VALUE.match(value):
        raise BadRequest(f"{header}: metadata values are printable ASCII (or use -bin)", header)
    return key, value
