"""HMAC verification of WAHA webhooks (SHAPES §1.3).

WAHA signs the exact bytes it POSTs: ``HMAC-SHA512(key, JSON.stringify(event))`` as
lower-case hex in ``X-Webhook-Hmac``, with ``X-Webhook-Hmac-Algorithm: sha512``.
Always verify the raw request body, never a re-serialised object.
"""

import hashlib
import hmac

SIGNATURE_HEADER = "X-Webhook-Hmac"
ALGORITHM_HEADER = "X-Webhook-Hmac-Algorithm"
SUPPORTED_ALGORITHM = "sha512"


def sign(raw_body: bytes, secret: str) -> str:
    """Lower-case hex HMAC-SHA512 of ``raw_body`` with the UTF-8 ``secret``."""
    return hmac.new(secret.encode("utf-8"), raw_body, hashlib.sha512).hexdigest()


def verify_signature(
    raw_body: bytes,
    secret: str,
    header_value: str | None,
    algorithm_header: str | None,
) -> bool:
    """True only when ``header_value`` is the HMAC-SHA512 of ``raw_body``.

    Rejects: an empty secret, a missing/empty signature header, a missing algorithm header
    or any algorithm other than ``sha512`` (WAHA always sends both headers together).
    The comparison is constant-time.
    """
    if not secret or not header_value or algorithm_header is None:
        return False
    if algorithm_header.strip().lower() != SUPPORTED_ALGORITHM:
        return False
    try:
        received = header_value.strip().lower().encode("ascii")
    except UnicodeEncodeError:
        return False
    expected = sign(raw_body, secret).encode("ascii")
    return hmac.compare_digest(expected, received)
