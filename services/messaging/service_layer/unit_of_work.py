"""messaging's unit of work: repositories are created on demand with `uow.repository(cls)`;
the messages it stores are tallied and added to their channels' counters at commit."""

from __future__ import annotations

from messaging.adapters.channel_counters import ChannelTally
from shared.repository import IdempotencyKeys
from shared.uow import UnitOfWork


class MessagingUnitOfWork(UnitOfWork):
    def _open(self) -> None:
        self.idempotency = IdempotencyKeys(self.connection, "messaging")
        self.tally = ChannelTally()

    async def commit(self) -> None:
        await self.tally.flush(self.connection)
        await super().commit()
