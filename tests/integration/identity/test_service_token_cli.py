"""`python -m identity service-token <service>`: the token a deployment gives a service."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from shared.tokens import TokenVerifier, generate_private_pem, public_pem_of

ROOT = Path(__file__).resolve().parents[3]


def mint(service: str, key: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "identity", "service-token", service],
        env={**os.environ, "TOKEN_SIGNING_KEY": key},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def test_messagings_token_carries_what_it_needs_inside_a_project() -> None:
    key = generate_private_pem()
    principal = TokenVerifier(public_pem_of(key)).verify(mint("messaging", key))
    assert (principal.kind, principal.subject) == ("service", "messaging")
    assert {"contact:create", "contact:read", "credential:manage"} <= principal.permissions


def test_a_service_without_grants_may_only_verify_api_keys() -> None:
    key = generate_private_pem()
    principal = TokenVerifier(public_pem_of(key)).verify(mint("crm", key))
    assert principal.permissions == frozenset({"credential:read"})
