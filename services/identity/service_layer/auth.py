"""Registration, log-in, and turning API keys into principals and access tokens."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from identity.domain import registration
from identity.domain.api_keys import ApiKey, parse_api_key
from identity.domain.errors import IncorrectPassword, InvalidApiKey
from identity.domain.members import ProjectMember
from identity.domain.ports import PasswordHasher
from identity.domain.roles import DECLARED_PERMISSIONS, ProjectRole
from identity.domain.users import User
from identity.domain.values import Email
from identity.service_layer.unit_of_work import IdentityUnitOfWork
from shared.context import Principal
from shared.domain import (
    FailedPrecondition,
    PermissionDenied,
    Unauthenticated,
    VersionConflict,
    utcnow,
)
from shared.tokens import IssuedToken, TokenIssuer

UnitOfWorkFactory = Callable[..., IdentityUnitOfWork]


class ProjectArchived(FailedPrecondition):
    def __init__(self) -> None:
        super().__init__("the project is archived")


class KeyOwnerSuspended(Unauthenticated):
    """A suspended user's keys stop working with them."""

    def __init__(self) -> None:
        super().__init__("the API key's user is suspended")


def member_principal(user: User, member: ProjectMember) -> Principal:
    return Principal(
        subject=str(user.id),
        kind="user",
        project_id=member.project_id,
        user_id=user.id,
        role=member.role.value,
        permissions=DECLARED_PERMISSIONS[member.role],
    )


def key_principal(key: ApiKey) -> Principal:
    return Principal(
        subject=str(key.id),
        kind="api_key",
        project_id=key.project_id,
        user_id=key.created_by_user_id,
        role=key.role.value,
        permissions=DECLARED_PERMISSIONS[ProjectRole(key.role)],
    )


@dataclass(frozen=True)
class LoggedIn:
    user: User
    principal: Principal
    token: IssuedToken
    memberships: list[ProjectMember]


class Authentication:
    def __init__(self, uow: UnitOfWorkFactory, hasher: PasswordHasher, issuer: TokenIssuer) -> None:
        self._uow, self._hasher, self._issuer = uow, hasher, issuer
        # Verifying against a real hash when the email is unknown keeps the
        # answer time the same, so timing does not reveal who has an account.
        self._decoy_hash = hasher.hash(uuid.uuid4().hex)

    async def register(
        self,
        *,
        name: str,
        email: str,
        password: str,
        project_name: str | None,
        time_zone: str,
        language_code: str,
    ) -> tuple[registration.Registration, IssuedToken]:
        made = registration.register(
            name=name,
            email=email,
            password=password,
            hasher=self._hasher,
            project_name=project_name,
            time_zone=time_zone or "UTC",
            language_code=language_code or "en",
        )
        async with self._uow(tenantless=True) as uow:
            await uow.scope_to(made.project.id, made.user.id)
            await uow.users.add(made.user)
            await uow.billing_accounts.add(made.billing_account)
            await uow.projects.add(made.project)
            await uow.members.add(made.member)
            await uow.api_keys.add(made.api_key)
            await uow.commit()
        return made, self._issuer.issue(member_principal(made.user, made.member))

    async def log_in(self, email: str, password: str, project_id: uuid.UUID | None) -> LoggedIn:
        async with self._uow(tenantless=True) as uow:
            user = await uow.users.by_email(Email(email))
            if user is None:
                self._hasher.verify(self._decoy_hash, password)
                raise IncorrectPassword()
            user.verify_password(password, self._hasher)
            await uow.scope_to(None, user.id)  # a user reads their own memberships
            memberships = await uow.members.of_user(user.id)
        wanted = project_id or user.default_project_id
        member = next((m for m in memberships if m.project_id == wanted), None)
        if member is None and project_id is None and memberships:
            member = memberships[0]
        if member is None:
            raise PermissionDenied("you are not a member of that project")
        principal = member_principal(user, member)
        return LoggedIn(user, principal, self._issuer.issue(principal), memberships)

    async def authenticate_key(self, plaintext: str, purpose: str = "") -> tuple[ApiKey, Principal]:
        """The key's principal; raises a named Unauthenticated error when it is not usable."""
        project_id, key_hash = parse_api_key(plaintext)
        now = utcnow()
        async with self._uow(project_id=project_id) as uow:
            key = await uow.api_keys.by_hash(key_hash)
            if key is None:
                raise InvalidApiKey()
            key.check_usable(now)
            project = await uow.projects.get(project_id)
            if not project.active:
                raise ProjectArchived()
            creator = (
                await uow.users.get(key.created_by_user_id) if key.created_by_user_id else None
            )
            if creator is not None and not creator.is_active:
                raise KeyOwnerSuspended()
            if key.record_use(now, purpose):
                try:
                    await uow.api_keys.save(key)
                except VersionConflict:
                    key.collect_events()  # a concurrent request recorded this use
            await uow.commit()
        return key, key_principal(key)

    async def principal_for_key(self, plaintext: str) -> Principal:
        return (await self.authenticate_key(plaintext, "request"))[1]

    def issue(self, principal: Principal, ttl: timedelta | None = None) -> IssuedToken:
        return self._issuer.issue(principal, ttl)
