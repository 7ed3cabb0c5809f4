"""OAuth token state of a secret: when it expires and whether it must be refreshed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from identity.domain.statuses import CredentialType
from shared.domain import InvalidArgument

# Refresh ahead of expiry so that a call started now never carries a token
# that dies on the way.
OAUTH_REFRESH_WINDOW = timedelta(minutes=30)


@dataclass(frozen=True, kw_only=True)
class OAuthToken:
    """Non-secret state of an OAuth token (the tokens themselves are in the ciphertext)."""

    access_token_expire_time: datetime
    has_refresh_token: bool
    token_type: str = "Bearer"
    scopes: tuple[str, ...] = ()
    last_refresh_time: datetime | None = None

    def needs_refresh(self, now: datetime) -> bool:
        """True within 30 minutes of expiry, or once expired."""
        return self.access_token_expire_time - now <= OAUTH_REFRESH_WINDOW


def check_oauth_fits(type: CredentialType, oauth: OAuthToken | None) -> OAuthToken | None:
    """OAuth types need token state; the other types must not have any."""
    if type.requires_oauth and oauth is None:
        raise InvalidArgument.field("secret.oauth_token", f"{type.value} needs OAuth tokens")
    if not type.requires_oauth and oauth is not None:
        raise InvalidArgument.field("secret.oauth_token", f"{type.value} takes no OAuth tokens")
    return oauth
