"""UsageMeter: one metric of one billing account (optionally one project) in one period."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from identity.domain.base import VersionedAggregate
from identity.domain.errors import UsagePeriodClosed
from identity.domain.events import UsageRecorded
from identity.domain.statuses import UsageMetric, UsageRecordMode
from shared.domain import InvalidArgument, new_id, utcnow


@dataclass(eq=False, kw_only=True)
class UsageMeter(VersionedAggregate):
    billing_account_id: uuid.UUID
    metric: UsageMetric
    period_start: datetime
    period_end: datetime
    project_id: uuid.UUID | None = None
    quantity: int = 0
    included_quantity: int = 0
    last_record_time: datetime | None = None

    @property
    def tenant_id(self) -> uuid.UUID | None:
        return self.project_id

    @classmethod
    def open(
        cls,
        *,
        billing_account_id: uuid.UUID,
        metric: UsageMetric,
        period_start: datetime,
        period_end: datetime,
        project_id: uuid.UUID | None = None,
        included_quantity: int = 0,
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> UsageMeter:
        """A meter at zero (opening one records nothing: there is no usage yet)."""
        if period_end <= period_start:
            raise InvalidArgument.field("period_end_time", "must be after the period start")
        if included_quantity < 0:
            raise InvalidArgument.field("included_quantity", "must not be negative")
        moment = now or utcnow()
        return cls(
            id=id or new_id(),
            billing_account_id=billing_account_id,
            metric=metric,
            period_start=period_start,
            period_end=period_end,
            project_id=project_id,
            included_quantity=included_quantity,
            create_time=moment,
            update_time=moment,
        )

    def covers(self, moment: datetime) -> bool:
        return self.period_start <= moment < self.period_end

    @property
    def overage(self) -> int:
        return max(0, self.quantity - self.included_quantity) if self.included_quantity else 0

    def increment(
        self, quantity: int = 1, *, request_id: str = "", now: datetime | None = None
    ) -> None:
        """Counters (messages sent, AI tokens): add `quantity` (at least 1) at `now`."""
        if quantity < 1:
            raise InvalidArgument.field("quantity", "must be at least 1")
        self._record(UsageRecordMode.INCREMENT, quantity, self.quantity + quantity, request_id, now)

    def set_level(
        self, quantity: int, *, request_id: str = "", now: datetime | None = None
    ) -> None:
        """Gauges (contacts, channels, storage): the current level, at least 0."""
        if quantity < 0:
            raise InvalidArgument.field("quantity", "must not be negative")
        self._record(UsageRecordMode.SET, quantity, quantity, request_id, now)

    def _record(
        self,
        mode: UsageRecordMode,
        quantity: int,
        total: int,
        request_id: str,
        now: datetime | None,
    ) -> None:
        moment = now or utcnow()
        if not self.covers(moment):
            raise UsagePeriodClosed(f"usage meter {self.id} does not cover {moment.isoformat()}")
        self._touch(moment)
        self.quantity, self.last_record_time = total, moment
        self.record(
            UsageRecorded(
                **self._envelope(moment),
                billing_account_id=self.billing_account_id,
                metric=self.metric,
                mode=mode,
                quantity=quantity,
                total_quantity=total,
                included_quantity=self.included_quantity,
                period_start=self.period_start,
                period_end=self.period_end,
                request_id=request_id,
            )
        )
