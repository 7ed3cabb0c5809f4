"""Sign-up: everything a new user needs, created together in one transaction.

User -> BillingAccount (pending, in trial) -> default Project -> the owner as
admin ProjectMember -> an admin API key named "default". crm creates the default
pipeline when it consumes ProjectCreated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from identity.domain.api_keys import ApiKey
from identity.domain.billing import BillingAccount
from identity.domain.members import ProjectMember
from identity.domain.ports import PasswordHasher
from identity.domain.projects import Project
from identity.domain.roles import ProjectRole
from identity.domain.users import User
from identity.domain.values import MAX_NAME_LENGTH
from shared.domain import Aggregate, new_id, utcnow

TRIAL_PERIOD = timedelta(days=14)
DEFAULT_API_KEY_NAME = "default"
_POSSESSIVE = "'s project"


@dataclass(frozen=True)
class Registration:
    user: User
    billing_account: BillingAccount
    project: Project
    member: ProjectMember
    api_key: ApiKey
    api_key_plaintext: str  # shown once, in the Register response

    def aggregates(self) -> tuple[Aggregate, ...]:
        """In the order to save them (each refers only to those before it)."""
        return (self.user, self.billing_account, self.project, self.member, self.api_key)


def default_project_name(user_name: str) -> str:
    return f"{user_name[: MAX_NAME_LENGTH - len(_POSSESSIVE)]}{_POSSESSIVE}"


def register(
    *,
    name: str,
    email: str,
    password: str,
    hasher: PasswordHasher,
    project_name: str | None = None,
    time_zone: str = "UTC",
    language_code: str = "en",
    now: datetime | None = None,
) -> Registration:
    moment = now or utcnow()
    project_id, account_id = new_id(), new_id()
    user = User.register(
        name=name,
        email=email,
        password=password,
        hasher=hasher,
        default_project_id=project_id,
        billing_account_id=account_id,
        now=moment,
    )
    account = BillingAccount.open(
        id=account_id,
        owner_user_id=user.id,
        name=user.name,
        billing_email=user.email,
        trial_end_time=moment + TRIAL_PERIOD,
        now=moment,
    )
    project = Project.create(
        id=project_id,
        owner=user,
        billing_account=account,
        is_default=True,
        name=project_name if project_name is not None else default_project_name(user.name),
        time_zone=time_zone,
        language_code=language_code,
        now=moment,
    )
    member = ProjectMember.add(project_id=project.id, user=user, role=ProjectRole.ADMIN, now=moment)
    api_key, plaintext = ApiKey.issue(
        project_id=project.id,
        name=DEFAULT_API_KEY_NAME,
        role=ProjectRole.ADMIN,
        created_by=user.id,
        now=moment,
    )
    return Registration(user, account, project, member, api_key, plaintext)
