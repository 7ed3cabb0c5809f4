"""identity's repositories: documents plus the columns constraints and look-ups need."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import text

from identity.domain.api_keys import ApiKey
from identity.domain.billing.accounts import BillingAccount
from identity.domain.billing.invoices import Invoice
from identity.domain.billing.subscriptions import Subscription
from identity.domain.billing.usage import UsageMeter
from identity.domain.members import ProjectMember
from identity.domain.projects import Project
from identity.domain.secrets import Credential
from identity.domain.users import User
from shared.domain import AlreadyExists
from shared.repository import DocumentRepository

S = "identity"


class UserRepository(DocumentRepository[User]):
    table, model, kind = f"{S}.users", User, "user"

    def columns(self, user: User) -> dict[str, Any]:
        return {
            "email": str(user.email),
            "name": str(user.name),
            "password_hash": user.password_hash,
            "status": user.status.value,
            "global_role": user.global_role.value,
            "default_project_id": user.default_project_id,
        }

    async def by_email(self, email: str) -> User | None:
        return await self.find("email = :email", email=email)

    async def add(self, user: User) -> None:
        if await self.by_email(str(user.email)) is not None:
            raise AlreadyExists("user", user.email)
        await super().add(user)


class BillingAccountRepository(DocumentRepository[BillingAccount]):
    table, model, kind = f"{S}.billing_accounts", BillingAccount, "billing account"

    def columns(self, account: BillingAccount) -> dict[str, Any]:
        return {"owner_user_id": account.owner_user_id, "status": account.status.value}


class ProjectRepository(DocumentRepository[Project]):
    table, model, kind = f"{S}.projects", Project, "project"

    def columns(self, project: Project) -> dict[str, Any]:
        return {
            "owner_user_id": project.owner_user_id,
            "billing_account_id": project.billing_account_id,
            "name": project.name,
            "active": project.active,
        }


class MemberRepository(DocumentRepository[ProjectMember]):
    table, model, kind = f"{S}.project_members", ProjectMember, "project member"

    def columns(self, member: ProjectMember) -> dict[str, Any]:
        return {
            "project_id": member.project_id,
            "user_id": member.user_id,
            "role": member.role.value,
        }

    async def roster(self, project_id: uuid.UUID) -> list[ProjectMember]:
        rows = (
            (
                await self._conn.execute(
                    text(f"SELECT data FROM {self.table} WHERE project_id = :p FOR UPDATE"),
                    {"p": project_id},
                )
            )
            .mappings()
            .all()
        )
        return [self._load(r) for r in rows]

    async def of_user(self, user_id: uuid.UUID) -> list[ProjectMember]:
        rows = (
            (
                await self._conn.execute(
                    text(f"SELECT data FROM {self.table} WHERE user_id = :u ORDER BY create_time"),
                    {"u": user_id},
                )
            )
            .mappings()
            .all()
        )
        return [self._load(r) for r in rows]

    async def find_member(self, project_id: uuid.UUID, user_id: uuid.UUID) -> ProjectMember | None:
        return await self.find("project_id = :p AND user_id = :u", p=project_id, u=user_id)

    async def remove(self, member: ProjectMember) -> None:
        await self._conn.execute(
            text(f"DELETE FROM {self.table} WHERE id = :id"), {"id": member.id}
        )
        self._track(member)


class ApiKeyRepository(DocumentRepository[ApiKey]):
    table, model, kind = f"{S}.api_keys", ApiKey, "API key"

    def columns(self, key: ApiKey) -> dict[str, Any]:
        return {"project_id": key.project_id, "key_hash": key.key_hash, "name": key.name}

    async def by_hash(self, key_hash: str) -> ApiKey | None:
        return await self.find("key_hash = :h", h=key_hash)


class CredentialRepository(DocumentRepository[Credential]):
    table, model, kind = f"{S}.credentials", Credential, "credential"

    def columns(self, credential: Credential) -> dict[str, Any]:
        return {
            "project_id": credential.project_id,
            "name": credential.name,
            "type": credential.type.value,
            "ciphertext": credential.ciphertext,
        }

    async def add(self, credential: Credential) -> None:
        if await self.find("name = :n", n=credential.name) is not None:
            raise AlreadyExists("credential", credential.name)
        await super().add(credential)


class SubscriptionRepository(DocumentRepository[Subscription]):
    table, model, kind = f"{S}.subscriptions", Subscription, "subscription"

    def columns(self, subscription: Subscription) -> dict[str, Any]:
        return {
            "billing_account_id": subscription.billing_account_id,
            "status": subscription.status.value,
        }


class InvoiceRepository(DocumentRepository[Invoice]):
    table, model, kind = f"{S}.invoices", Invoice, "invoice"

    def columns(self, invoice: Invoice) -> dict[str, Any]:
        return {"billing_account_id": invoice.billing_account_id, "status": invoice.status.value}


class UsageMeterRepository(DocumentRepository[UsageMeter]):
    table, model, kind = f"{S}.usage_meters", UsageMeter, "usage meter"

    def columns(self, meter: UsageMeter) -> dict[str, Any]:
        return {
            "billing_account_id": meter.billing_account_id,
            "project_id": meter.project_id,
            "metric": meter.metric.value,
            "period_start": meter.period_start,
        }
