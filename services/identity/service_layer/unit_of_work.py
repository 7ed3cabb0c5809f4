"""identity's unit of work: its repositories on one tenant-scoped transaction."""

from __future__ import annotations

from identity.adapters import repositories as r
from shared.repository import IdempotencyKeys
from shared.uow import UnitOfWork


class IdentityUnitOfWork(UnitOfWork):
    def _open(self) -> None:
        conn, track = self.connection, self.track
        self.users = r.UserRepository(conn, track)
        self.projects = r.ProjectRepository(conn, track)
        self.members = r.MemberRepository(conn, track)
        self.billing_accounts = r.BillingAccountRepository(conn, track)
        self.api_keys = r.ApiKeyRepository(conn, track)
        self.credentials = r.CredentialRepository(conn, track)
        self.subscriptions = r.SubscriptionRepository(conn, track)
        self.invoices = r.InvoiceRepository(conn, track)
        self.usage_meters = r.UsageMeterRepository(conn, track)
        self.idempotency = IdempotencyKeys(conn, "identity")
