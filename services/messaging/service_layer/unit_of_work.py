"""messaging's unit of work: repositories are created on demand with `uow.repository(cls)`."""

from __future__ import annotations

from shared.repository import IdempotencyKeys
from shared.uow import UnitOfWork


class MessagingUnitOfWork(UnitOfWork):
    def _open(self) -> None:
        self.idempotency = IdempotencyKeys(self.connection, "messaging")
