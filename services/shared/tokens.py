"""Short-lived signed access tokens (EdDSA / Ed25519 JWT).

Identity holds the private key and issues; every service holds the public key
and verifies locally, so no service trusts a bare header naming a tenant.
"""

from __future__ import annotations

import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from shared.context import Principal
from shared.domain import Unauthenticated, utcnow

ISSUER, AUDIENCE, ALGORITHM = "ventros-identity", "ventros", "EdDSA"


def generate_private_pem() -> str:
    key = Ed25519PrivateKey.generate()
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def public_pem_of(private_pem: str) -> str:
    key = serialization.load_pem_private_key(private_pem.encode(), password=None)
    assert isinstance(key, Ed25519PrivateKey), "the signing key must be Ed25519"
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


@dataclass(frozen=True)
class IssuedToken:
    token: str
    expires_in: timedelta
    expire_time: datetime


class TokenIssuer:
    def __init__(self, private_pem: str, ttl: timedelta = timedelta(minutes=15)) -> None:
        self._key = serialization.load_pem_private_key(private_pem.encode(), password=None)
        self._ttl = ttl

    def issue(self, principal: Principal, ttl: timedelta | None = None) -> IssuedToken:
        """A token for `principal`; a requested ttl may shorten, never lengthen, the default."""
        lifetime = min(ttl, self._ttl) if ttl and ttl > timedelta(0) else self._ttl
        now = utcnow()
        claims = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": principal.subject,
            "knd": principal.kind,
            "pid": str(principal.project_id) if principal.project_id else None,
            "uid": str(principal.user_id) if principal.user_id else None,
            "rol": principal.role,
            "prm": sorted(principal.permissions),
            "iat": now,
            "exp": now + lifetime,
            "jti": uuid.uuid4().hex,
        }
        token = jwt.encode(claims, self._key, algorithm=ALGORITHM)  # type: ignore[arg-type]
        return IssuedToken(token, lifetime, now + lifetime)


class TokenVerifier:
    """Checks signature, issuer, audience and expiry. A token that passed is remembered
    until it expires (at most `max_entries`, least recently used first out): it cannot
    change, and signed tokens are not revoked before their expiry, so a repeat — a
    service presents the same token on every call — skips the signature check."""

    def __init__(
        self,
        public_pem: str,
        *,
        max_entries: int = 10_000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        key = serialization.load_pem_public_key(public_pem.encode())
        assert isinstance(key, Ed25519PublicKey), "the verification key must be Ed25519"
        self._key = key
        self._max, self._clock = max_entries, clock
        self._verified: OrderedDict[str, tuple[float, Principal]] = OrderedDict()

    def verify(self, token: str) -> Principal:
        hit = self._verified.get(token)
        if hit is not None and hit[0] > self._clock():
            self._verified.move_to_end(token)
            return hit[1]
        principal, expires = self._decode(token)
        self._verified[token] = (expires, principal)
        self._verified.move_to_end(token)
        while len(self._verified) > self._max:
            self._verified.popitem(last=False)
        return principal

    def _decode(self, token: str) -> tuple[Principal, float]:
        try:
            claims = jwt.decode(
                token,
                self._key,
                algorithms=[ALGORITHM],
                audience=AUDIENCE,
                issuer=ISSUER,
                options={"require": ["exp", "iat", "sub", "aud", "iss"]},
            )
        except jwt.ExpiredSignatureError as error:
            raise Unauthenticated("the access token has expired") from error
        except jwt.InvalidTokenError as error:
            raise Unauthenticated("the access token is not valid") from error
        principal = Principal(
            subject=claims["sub"],
            kind=claims.get("knd", "user"),
            project_id=uuid.UUID(claims["pid"]) if claims.get("pid") else None,
            user_id=uuid.UUID(claims["uid"]) if claims.get("uid") else None,
            role=claims.get("rol", ""),
            permissions=frozenset(claims.get("prm", [])),
        )
        return principal, float(claims["exp"])


def looks_like_jwt(credential: str) -> bool:
    return credential.count(".") == 2
