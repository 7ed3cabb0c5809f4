"""TokenVerifier remembers tokens that passed, until they expire."""

from __future__ import annotations

import uuid

import jwt
import pytest

from shared.context import Principal
from shared.domain import Unauthenticated
from shared.tokens import TokenIssuer, TokenVerifier, generate_private_pem, public_pem_of

KEY = generate_private_pem()


def principal(n: int = 0) -> Principal:
    return Principal(
        subject=f"service:messaging-{n}",
        kind="service",
        project_id=uuid.uuid4(),
        role="service",
        permissions=frozenset({"contact:read"}),
    )


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tokens whose signature was really checked."""
    seen: list[str] = []
    real = jwt.decode

    def counting(token: str, *args: object, **kwargs: object) -> object:
        seen.append(token)
        return real(token, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(jwt, "decode", counting)
    return seen


def test_a_repeated_token_is_verified_once_and_gives_the_same_principal(
    decodes: list[str],
) -> None:
    who = principal()
    token = TokenIssuer(KEY).issue(who).token
    verifier = TokenVerifier(public_pem_of(KEY))
    assert verifier.verify(token) == verifier.verify(token) == who
    assert decodes == [token]


def test_a_remembered_token_is_checked_again_once_it_has_expired(decodes: list[str]) -> None:
    now = [0.0]
    token = TokenIssuer(KEY).issue(principal()).token
    verifier = TokenVerifier(public_pem_of(KEY), clock=lambda: now[0])
    verifier.verify(token)
    now[0] = 10.0**12  # long after the token's exp
    verifier.verify(token)
    assert decodes == [token, token]


def test_the_memory_is_bounded_least_recently_used_first_out(decodes: list[str]) -> None:
    tokens = [TokenIssuer(KEY).issue(principal(n)).token for n in range(3)]
    verifier = TokenVerifier(public_pem_of(KEY), max_entries=2)
    for token in tokens:
        verifier.verify(token)
    verifier.verify(tokens[2])  # remembered
    verifier.verify(tokens[0])  # forgotten: checked again
    assert decodes == [*tokens, tokens[0]]


def test_a_token_altered_after_a_good_one_passed_is_refused() -> None:
    token = TokenIssuer(KEY).issue(principal()).token
    verifier = TokenVerifier(public_pem_of(KEY))
    verifier.verify(token)
    head, body, signature = token.split(".")
    flipped = "A" if signature[10] != "A" else "B"
    forged = f"{head}.{body}.{signature[:10]}{flipped}{signature[11:]}"
    with pytest.raises(Unauthenticated):
        verifier.verify(forged)
    other_key = TokenIssuer(generate_private_pem()).issue(principal()).token
    with pytest.raises(Unauthenticated):
        verifier.verify(other_key)
