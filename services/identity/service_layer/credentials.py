"""A project's credentials: API keys (callers into Ventros) and encrypted secrets (Ventros
calling out). Plaintext leaves only through create/rotate of a key and reveal of a secret.

The OAuth provider that refreshes tokens is a port (OAuthRefresher). The built-in
adapter, OAuthProviders, refreshes nothing itself: it delegates to a refresher
registered for the credential's type and otherwise answers FAILED_PRECONDITION.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy.exc import IntegrityError

from identity.domain.api_keys import ApiKey
from identity.domain.errors import CannotGrantHigherRole, CredentialIsRevoked
from identity.domain.oauth import OAUTH_REFRESH_WINDOW, OAuthToken
from identity.domain.ports import SecretCipher
from identity.domain.roles import ProjectRole
from identity.domain.secrets import Credential, associated_data
from identity.domain.statuses import CredentialState, CredentialType
from identity.service_layer.unit_of_work import IdentityUnitOfWork
from shared.context import Principal
from shared.domain import (
    AlreadyExists,
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    Unauthenticated,
    check_version,
    utcnow,
)
from shared.repository import Page, Where

UnitOfWorkFactory = Callable[..., IdentityUnitOfWork]
SUPPORTED_ORDER = ("", "create_time desc")


# -- shared by both families ---------------------------------------------------------------


def own_project(actor: Principal, requested: uuid.UUID | None = None) -> uuid.UUID:
    """The caller's project; naming another one finds nothing (no cross-tenant access)."""
    if actor.project_id is None:
        raise Unauthenticated("the credential is not scoped to a project")
    if requested is not None and requested != actor.project_id:
        raise NotFound("project", requested)
    return actor.project_id


def role_of(actor: Principal) -> ProjectRole:
    try:
        return ProjectRole(actor.role)
    except ValueError:
        raise PermissionDenied(f"a principal with role {actor.role!r} cannot grant roles") from None


def check_grantable(actor: Principal, role: ProjectRole) -> None:
    ceiling = role_of(actor)
    if not ceiling.covers(role):
        raise CannotGrantHigherRole(
            f"a {ceiling.value} cannot hand out the {role.value} role (higher than its own)"
        )


def check_list_request(filter: str, order_by: str) -> None:
    """Lists filter by typed request fields and sort newest first; nothing else is offered."""
    if filter.strip():
        raise InvalidArgument.field(
            "filter", "filter expressions are not supported; use the typed filter fields"
        )
    if " ".join(order_by.lower().split()) not in SUPPORTED_ORDER:
        raise InvalidArgument.field("order_by", "only 'create_time desc' is supported")


def state_sql(state: CredentialState | None, params: dict[str, Any], now: datetime) -> str:
    """SQL over the `data` document selecting credentials in `state` (expiry included)."""
    if state is None:
        return "TRUE"
    params["state_now"] = now
    expired = (
        "(data->>'expire_time' IS NOT NULL AND (data->>'expire_time')::timestamptz <= :state_now)"
    )
    if state == CredentialState.REVOKED:
        return "data->>'state' = 'revoked'"
    if state == CredentialState.EXPIRED:
        return f"(data->>'state' = 'expired' OR (data->>'state' = 'active' AND {expired}))"
    return f"(data->>'state' = 'active' AND NOT {expired})"


async def remember_once(
    uow: IdentityUnitOfWork,
    project_id: uuid.UUID,
    operation: str,
    request_id: str,
    resource_id: uuid.UUID,
) -> bool:
    """Record request_id → resource; False when a concurrent request with that id won."""
    if not request_id:
        return True
    try:
        async with uow.connection.begin_nested():
            await uow.idempotency.remember(project_id, operation, request_id, resource_id)
    except IntegrityError:
        return False
    return True


# -- API keys ------------------------------------------------------------------------------


@dataclass(frozen=True)
class IssuedKey:
    key: ApiKey
    plaintext: str  # empty when an idempotent retry returned an existing key


API_KEY_FIELDS = ("name", "description", "expire_time", "role")


class ApiKeys:
    CREATE = "CreateApiKey"

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def _scope(self, actor: Principal) -> IdentityUnitOfWork:
        return self._uow(project_id=own_project(actor), user_id=actor.user_id)

    async def create(
        self,
        actor: Principal,
        *,
        name: str,
        description: str = "",
        role: ProjectRole | None = None,
        expire_time: datetime | None = None,
        project_id: uuid.UUID | None = None,
        request_id: str = "",
    ) -> IssuedKey:
        project = own_project(actor, project_id)
        role = role or role_of(actor)
        check_grantable(actor, role)
        async with self._scope(actor) as uow:
            existing = await uow.idempotency.seen(project, self.CREATE, request_id)
            if existing is not None:
                return IssuedKey(await uow.api_keys.get(existing), "")
            key, plaintext = ApiKey.issue(
                project_id=project,
                name=name,
                role=role,
                created_by=actor.user_id,
                expire_time=expire_time,
                description=description,
            )
            try:
                await self._check_name_free(uow, key.name)
            except AlreadyExists:
                # Perhaps taken by a concurrent retry of this very request, just committed.
                existing = await uow.idempotency.seen(project, self.CREATE, request_id)
                if existing is None:
                    raise
                return IssuedKey(await uow.api_keys.get(existing), "")
            await uow.api_keys.add(key)
            if await remember_once(uow, project, self.CREATE, request_id, key.id):
                await uow.commit()
                return IssuedKey(key, plaintext)
        async with self._scope(actor) as uow:  # a concurrent retry created it first
            existing = await uow.idempotency.seen(project, self.CREATE, request_id)
            assert existing is not None
            return IssuedKey(await uow.api_keys.get(existing), "")

    async def get(self, actor: Principal, key_id: uuid.UUID) -> ApiKey:
        async with self._scope(actor) as uow:
            return await uow.api_keys.get(key_id)

    async def list(
        self,
        actor: Principal,
        *,
        page_size: int,
        page_token: str,
        filter: str = "",
        order_by: str = "",
        project_id: uuid.UUID | None = None,
        state: CredentialState | None = None,
        user_id: uuid.UUID | None = None,
        role: ProjectRole | None = None,
    ) -> Page[ApiKey]:
        check_list_request(filter, order_by)
        where = Where("project_id = :project", project=own_project(actor, project_id))
        where.add(state_sql(state, where.params, utcnow()))
        where.equal("data->>'created_by_user_id'", str(user_id) if user_id else None)
        where.equal("data->>'role'", role.value if role else None)
        async with self._scope(actor) as uow:
            return await uow.api_keys.page(where.sql, where.params, page_size, page_token)

    async def update(
        self,
        actor: Principal,
        key_id: uuid.UUID,
        *,
        version: int,
        name: str | None = None,
        description: str | None = None,
        expire_time: datetime | None = None,
        role: ProjectRole | None = None,
    ) -> ApiKey:
        """Fields left None are kept."""
        async with self._scope(actor) as uow:
            key = await uow.api_keys.get(key_id, for_update=True)
            check_version("API key", key_id, version, key.version)
            check_grantable(actor, key.role)  # no managing a key above one's own role
            if role is not None:
                check_grantable(actor, role)
            if name is not None and name.strip() != key.name:
                await self._check_name_free(uow, name.strip())
            key.update(name=name, description=description, role=role, expire_time=expire_time)
            await uow.api_keys.save(key)
            await uow.commit()
        return key

    async def rotate(self, actor: Principal, key_id: uuid.UUID, *, version: int) -> IssuedKey:
        async with self._scope(actor) as uow:
            key = await uow.api_keys.get(key_id, for_update=True)
            check_version("API key", key_id, version, key.version)
            check_grantable(actor, key.role)
            plaintext = key.rotate()
            await uow.api_keys.save(key)
            await uow.commit()
        return IssuedKey(key, plaintext)

    async def revoke(
        self, actor: Principal, key_id: uuid.UUID, *, reason: str, version: int
    ) -> ApiKey:
        async with self._scope(actor) as uow:
            key = await uow.api_keys.get(key_id, for_update=True)
            check_version("API key", key_id, version, key.version)
            key.revoke(reason)
            await uow.api_keys.save(key)
            await uow.commit()
        return key

    @staticmethod
    async def _check_name_free(uow: IdentityUnitOfWork, name: str) -> None:
        """Names are unique among a project's keys that are not revoked."""
        taken = await uow.api_keys.find("name = :name AND data->>'state' <> 'revoked'", name=name)
        if taken is not None:
            raise AlreadyExists("API key", name)


# -- secret values -------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class OAuthTokens:
    access_token: str
    expire_time: datetime
    refresh_token: str = ""
    token_type: str = "Bearer"
    scopes: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class BasicAuth:
    username: str
    password: str


@dataclass(frozen=True, kw_only=True)
class SecretValue:
    """Exactly one of the kinds; serialised to JSON bytes before encryption."""

    token: str | None = None
    basic_auth: BasicAuth | None = None
    oauth_token: OAuthTokens | None = None
    json: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        given = [
            k
            for k in ("token", "basic_auth", "oauth_token", "json")
            if getattr(self, k) is not None
        ]
        if not given:
            raise InvalidArgument.field("secret", "is required")
        if len(given) > 1:
            raise InvalidArgument.field("secret", "holds exactly one kind of value")
        if self.token is not None and not self.token:
            raise InvalidArgument.field("secret.token", "is required")
        if self.basic_auth is not None and not self.basic_auth.username.strip():
            raise InvalidArgument.field("secret.basic_auth.username", "is required")
        if self.oauth_token is not None and not self.oauth_token.access_token:
            raise InvalidArgument.field("secret.oauth_token.access_token", "is required")

    def check_fits(self, type: CredentialType) -> None:
        """OAuth types take OAuth tokens, basic_auth takes a user and password; others a
        token or a JSON document."""
        violation: FieldViolation | None = None
        if type.requires_oauth and self.oauth_token is None:
            violation = FieldViolation("secret.oauth_token", f"{type.value} needs OAuth tokens")
        elif not type.requires_oauth and self.oauth_token is not None:
            violation = FieldViolation("secret.oauth_token", f"{type.value} takes no OAuth tokens")
        elif type == CredentialType.BASIC_AUTH and self.basic_auth is None:
            violation = FieldViolation("secret.basic_auth", "needs a username and password")
        elif type != CredentialType.BASIC_AUTH and self.basic_auth is not None:
            violation = FieldViolation("secret.basic_auth", f"{type.value} takes no basic auth")
        if violation is not None:
            raise InvalidArgument(violation)

    def oauth_state(self) -> OAuthToken | None:
        tokens = self.oauth_token
        if tokens is None:
            return None
        return OAuthToken(
            access_token_expire_time=tokens.expire_time,
            has_refresh_token=bool(tokens.refresh_token),
            token_type=tokens.token_type or "Bearer",
            scopes=tokens.scopes,
        )

    def encode(self) -> bytes:
        document: dict[str, Any]
        if self.token is not None:
            document = {"token": self.token}
        elif self.basic_auth is not None:
            document = {
                "basic_auth": {
                    "username": self.basic_auth.username,
                    "password": self.basic_auth.password,
                }
            }
        elif self.oauth_token is not None:
            t = self.oauth_token
            document = {
                "oauth_token": {
                    "access_token": t.access_token,
                    "refresh_token": t.refresh_token,
                    "token_type": t.token_type,
                    "scopes": list(t.scopes),
                    "expire_time": t.expire_time.isoformat(),
                }
            }
        else:
            document = {"json": self.json}
        return json.dumps(document, separators=(",", ":")).encode()

    @classmethod
    def decode(cls, raw: bytes) -> SecretValue:
        document = json.loads(raw)
        if "basic_auth" in document:
            return cls(basic_auth=BasicAuth(**document["basic_auth"]))
        if "oauth_token" in document:
            t = document["oauth_token"]
            return cls(
                oauth_token=OAuthTokens(
                    access_token=t["access_token"],
                    refresh_token=t["refresh_token"],
                    token_type=t["token_type"],
                    scopes=tuple(t["scopes"]),
                    expire_time=datetime.fromisoformat(t["expire_time"]),
                )
            )
        if "json" in document:
            return cls(json=document["json"])
        return cls(token=document["token"])


# -- OAuth refresh port and its built-in adapter --------------------------------------------


@dataclass(frozen=True, kw_only=True)
class RefreshedTokens:
    """What a provider answers to a refresh."""

    access_token: str
    expires_in: timedelta
    refresh_token: str = ""  # empty: keep the current refresh token
    token_type: str = ""  # empty: keep
    scopes: tuple[str, ...] = ()  # empty: keep


class OAuthRefresher(Protocol):
    """Exchanges a refresh token for new tokens at the credential type's provider."""

    async def refresh(
        self,
        *,
        type: CredentialType,
        refresh_token: str,
        scopes: tuple[str, ...],
        metadata: dict[str, str],
    ) -> RefreshedTokens: ...


class NoOAuthProvider(FailedPrecondition):
    def __init__(self, type: CredentialType) -> None:
        self.type = type
        super().__init__(f"no OAuth provider configured for {type.value}")


class NoRefreshToken(FailedPrecondition):
    pass


class NotAnOAuthCredential(FailedPrecondition):
    pass


class OAuthProviders:
    """The built-in OAuthRefresher: refreshes nothing itself, only through a refresher
    registered for the credential's type (Meta, Google, ... once configured)."""

    def __init__(self) -> None:
        self._refreshers: dict[CredentialType, OAuthRefresher] = {}

    def register(self, type: CredentialType, refresher: OAuthRefresher) -> None:
        self._refreshers[type] = refresher

    def unregister(self, type: CredentialType) -> None:
        self._refreshers.pop(type, None)

    async def refresh(
        self,
        *,
        type: CredentialType,
        refresh_token: str,
        scopes: tuple[str, ...],
        metadata: dict[str, str],
    ) -> RefreshedTokens:
        refresher = self._refreshers.get(type)
        if refresher is None:
            raise NoOAuthProvider(type)
        return await refresher.refresh(
            type=type, refresh_token=refresh_token, scopes=scopes, metadata=metadata
        )


OAUTH_PROVIDERS = OAuthProviders()


# -- secrets -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Revealed:
    credential: Credential
    secret: SecretValue


class Secrets:
    CREATE = "CreateCredential"

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        cipher: SecretCipher,
        refresher: OAuthRefresher = OAUTH_PROVIDERS,
    ) -> None:
        self._uow, self._cipher, self._refresher = uow, cipher, refresher

    def _scope(self, actor: Principal) -> IdentityUnitOfWork:
        return self._uow(project_id=own_project(actor), user_id=actor.user_id)

    async def create(
        self,
        actor: Principal,
        *,
        type: CredentialType,
        name: str,
        secret: SecretValue,
        description: str = "",
        metadata: dict[str, str] | None = None,
        expire_time: datetime | None = None,
        project_id: uuid.UUID | None = None,
        request_id: str = "",
    ) -> Credential:
        project = own_project(actor, project_id)
        secret.check_fits(type)
        async with self._scope(actor) as uow:
            existing = await uow.idempotency.seen(project, self.CREATE, request_id)
            if existing is not None:
                return await uow.credentials.get(existing)
            credential = Credential.store(
                project_id=project,
                type=type,
                name=name,
                secret=secret.encode(),
                cipher=self._cipher,
                created_by=actor.user_id,
                oauth=secret.oauth_state(),
                description=description,
                metadata=metadata,
                expire_time=expire_time,
            )
            try:
                await uow.credentials.add(credential)
            except AlreadyExists:
                # Perhaps taken by a concurrent retry of this very request, just committed.
                existing = await uow.idempotency.seen(project, self.CREATE, request_id)
                if existing is None:
                    raise
                return await uow.credentials.get(existing)
            if await remember_once(uow, project, self.CREATE, request_id, credential.id):
                await uow.commit()
                return credential
        async with self._scope(actor) as uow:  # a concurrent retry stored it first
            existing = await uow.idempotency.seen(project, self.CREATE, request_id)
            assert existing is not None
            return await uow.credentials.get(existing)

    async def get(self, actor: Principal, credential_id: uuid.UUID) -> Credential:
        async with self._scope(actor) as uow:
            return await uow.credentials.get(credential_id)

    async def list(
        self,
        actor: Principal,
        *,
        page_size: int,
        page_token: str,
        filter: str = "",
        order_by: str = "",
        project_id: uuid.UUID | None = None,
        type: CredentialType | None = None,
        state: CredentialState | None = None,
        needs_refresh: bool = False,
    ) -> Page[Credential]:
        check_list_request(filter, order_by)
        now = utcnow()
        where = Where("project_id = :project", project=own_project(actor, project_id))
        where.add(state_sql(state, where.params, now))
        where.equal("type", type.value if type else None)
        if needs_refresh:
            where.add(
                "(data->'oauth'->>'access_token_expire_time')::timestamptz <= :refresh_horizon",
                refresh_horizon=now + OAUTH_REFRESH_WINDOW,
            )
        async with self._scope(actor) as uow:
            return await uow.credentials.page(where.sql, where.params, page_size, page_token)

    async def update(
        self,
        actor: Principal,
        credential_id: uuid.UUID,
        *,
        version: int,
        name: str | None = None,
        description: str | None = None,
        metadata: dict[str, str] | None = None,
        expire_time: datetime | None = None,
    ) -> Credential:
        """Fields left None are kept."""
        async with self._scope(actor) as uow:
            credential = await uow.credentials.get(credential_id, for_update=True)
            check_version("credential", credential_id, version, credential.version)
            if name is not None and name.strip() != credential.name:
                if await uow.credentials.find("name = :n", n=name.strip()) is not None:
                    raise AlreadyExists("credential", name.strip())
            credential.update(
                name=name, description=description, metadata=metadata, expire_time=expire_time
            )
            await uow.credentials.save(credential)
            await uow.commit()
        return credential

    async def rotate(
        self, actor: Principal, credential_id: uuid.UUID, *, secret: SecretValue, version: int
    ) -> Credential:
        async with self._scope(actor) as uow:
            credential = await uow.credentials.get(credential_id, for_update=True)
            check_version("credential", credential_id, version, credential.version)
            secret.check_fits(credential.type)
            credential.rotate(secret.encode(), self._cipher, oauth=secret.oauth_state())
            await uow.credentials.save(credential)
            await uow.commit()
        return credential

    async def revoke(
        self, actor: Principal, credential_id: uuid.UUID, *, reason: str, version: int
    ) -> Credential:
        async with self._scope(actor) as uow:
            credential = await uow.credentials.get(credential_id, for_update=True)
            check_version("credential", credential_id, version, credential.version)
            credential.revoke(reason)
            await uow.credentials.save(credential)
            await uow.commit()
        return credential

    async def reveal(self, actor: Principal, credential_id: uuid.UUID, purpose: str) -> Revealed:
        """The plaintext; an OAuth token close to expiry is refreshed first when possible."""
        now = utcnow()
        async with self._scope(actor) as uow:
            # Locked: a refresh token may be single-use, so refreshes must not race.
            credential = await uow.credentials.get(credential_id, for_update=True)
            if credential.needs_refresh(now) and not credential.is_revoked:
                try:
                    await self._refresh(credential, now)
                except (NoOAuthProvider, NoRefreshToken):
                    oauth = credential.oauth
                    if oauth is None or oauth.access_token_expire_time <= now:
                        raise  # expired and cannot be refreshed: nothing usable to reveal
            plaintext = credential.reveal(self._cipher, now, purpose)
            await uow.credentials.save(credential)
            await uow.commit()
        return Revealed(credential, SecretValue.decode(plaintext))

    async def refresh_oauth(
        self, actor: Principal, credential_id: uuid.UUID, *, force: bool
    ) -> tuple[Credential, bool]:
        """Refresh when within 30 minutes of expiry (always with force); True if it did."""
        now = utcnow()
        async with self._scope(actor) as uow:
            credential = await uow.credentials.get(credential_id, for_update=True)
            if not credential.type.requires_oauth:
                raise NotAnOAuthCredential(
                    f"credential {credential_id} is {credential.type.value}, not an OAuth type"
                )
            if not force and not credential.needs_refresh(now):
                return credential, False
            await self._refresh(credential, now)
            await uow.credentials.save(credential)
            await uow.commit()
        return credential, True

    async def _refresh(self, credential: Credential, now: datetime) -> None:
        if credential.is_revoked:
            raise CredentialIsRevoked(f"secret {credential.id} is revoked")
        current = self._decrypt(credential).oauth_token
        if current is None or not current.refresh_token:
            raise NoRefreshToken(f"credential {credential.id} has no refresh token")
        answer = await self._refresher.refresh(
            type=credential.type,
            refresh_token=current.refresh_token,
            scopes=current.scopes,
            metadata=dict(credential.metadata),
        )
        if not answer.access_token or answer.expires_in <= timedelta(0):
            raise FailedPrecondition(
                f"the {credential.type.value} provider returned no usable access token"
            )
        value = SecretValue(
            oauth_token=OAuthTokens(
                access_token=answer.access_token,
                refresh_token=answer.refresh_token or current.refresh_token,
                token_type=answer.token_type or current.token_type,
                scopes=answer.scopes or current.scopes,
                expire_time=now + answer.expires_in,
            )
        )
        oauth = value.oauth_state()
        assert oauth is not None
        credential.refresh_oauth(value.encode(), self._cipher, oauth, now=now)

    def _decrypt(self, credential: Credential) -> SecretValue:
        """For the refresh itself (not a use by a caller, so no credential.used)."""
        raw = self._cipher.decrypt(
            credential.ciphertext, associated_data(credential.project_id, credential.id)
        )
        return SecretValue.decode(raw)
