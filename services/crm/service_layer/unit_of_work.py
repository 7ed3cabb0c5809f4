"""crm's unit of work: repositories are created on demand with `uow.repository(cls)`."""

from __future__ import annotations

from crm.adapters.contacts import ContactRepository
from shared.repository import IdempotencyKeys
from shared.uow import UnitOfWork


class CrmUnitOfWork(UnitOfWork):
    def _open(self) -> None:
        self.contacts = self.repository(ContactRepository)
        self.idempotency = IdempotencyKeys(self.connection, "crm")
