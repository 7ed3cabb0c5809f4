"""The HistoryImport aggregate: one run of backfilling a channel's past conversations.

Imported messages keep their own times (sessions form from them, see
`sessions_from_gaps`), are stored with source history_import, and are
deduplicated by provider id, so re-running a chunk is harmless.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from messaging.domain import errors
from messaging.domain.base import VersionedAggregate
from messaging.domain.events import (
    HistoryImportCancelled,
    HistoryImportCompleted,
    HistoryImportFailed,
    HistoryImportProgressed,
    HistoryImportStarted,
)
from messaging.domain.history_progress import (
    TRANSITIONS,
    HistoryImportCursor,
    HistoryImportProgress,
    HistoryImportStatus,
    HistoryImportStrategy,
    sessions_from_gaps,
)
from shared.domain import InvalidArgument, new_id, utcnow

__all__ = [
    "HistoryImport",
    "HistoryImportCursor",
    "HistoryImportProgress",
    "HistoryImportStatus",
    "HistoryImportStrategy",
    "sessions_from_gaps",
]
MAX_DAYS = 3650


@dataclass(eq=False, kw_only=True)
class HistoryImport(VersionedAggregate):
    channel_id: uuid.UUID
    strategy: HistoryImportStrategy
    days: int = 0
    per_chat_message_limit: int = 0  # 0 = no limit
    from_time: datetime | None = None
    to_time: datetime | None = None
    status: HistoryImportStatus = HistoryImportStatus.PENDING
    progress: HistoryImportProgress = field(default_factory=HistoryImportProgress)
    cursor: HistoryImportCursor = field(default_factory=HistoryImportCursor)
    error: str = ""
    resumable: bool = False
    resume_count: int = 0
    correlation_id: str = ""
    request_id: str = ""
    start_time: datetime | None = None
    end_time: datetime | None = None

    @classmethod
    def request(
        cls,
        *,
        project_id: uuid.UUID,
        channel_id: uuid.UUID,
        strategy: HistoryImportStrategy | str,
        days: int = 0,
        per_chat_message_limit: int = 0,
        request_id: str = "",
        correlation_id: str = "",
        id: uuid.UUID | None = None,
        now: datetime | None = None,
    ) -> HistoryImport:
        """A pending import; `start` runs it. time_range needs days (1..3650)."""
        kind = HistoryImportStrategy(strategy)
        if not 0 <= days <= MAX_DAYS or (kind == HistoryImportStrategy.TIME_RANGE and not days):
            raise InvalidArgument.field("days", f"must be 1..{MAX_DAYS} for a time range")
        if per_chat_message_limit < 0:
            raise InvalidArgument.field("per_chat_message_limit", "must be 0 (none) or more")
        moment = now or utcnow()
        return cls(
            id=id or new_id(),
            project_id=project_id,
            channel_id=channel_id,
            strategy=kind,
            days=days,
            per_chat_message_limit=per_chat_message_limit,
            from_time=moment - timedelta(days=days) if days else None,
            to_time=moment,
            request_id=request_id,
            correlation_id=correlation_id,
            create_time=moment,
            update_time=moment,
        )

    def _move(self, wanted: HistoryImportStatus, now: datetime | None) -> datetime:
        if wanted not in TRANSITIONS[self.status]:
            raise errors.InvalidTransition("history import", self.status, wanted)
        moment = self._touch(now)
        self.status = wanted
        return moment

    def _ids(self, moment: datetime) -> dict[str, Any]:
        return {
            **self._envelope(moment),
            "history_import_id": self.id,
            "channel_id": self.channel_id,
        }

    def start(self, *, total_chats: int = 0, now: datetime | None = None) -> None:
        """Run it (pending), or resume it from its cursor (failed and resumable)."""
        resumed = self.status == HistoryImportStatus.FAILED
        if resumed and not self.resumable:
            raise errors.HistoryImportNotResumable(f"history import {self.id} cannot resume")
        moment = self._move(HistoryImportStatus.RUNNING, now)
        if resumed:
            self.resume_count += 1
            self.error, self.end_time = "", None
        else:
            self.start_time = moment
        if total_chats:
            self.progress = dataclasses.replace(self.progress, total_chats=total_chats)
        self.record(
            HistoryImportStarted(
                **self._ids(moment),
                strategy=self.strategy,
                days=self.days,
                per_chat_message_limit=self.per_chat_message_limit,
                from_time=self.from_time,
                resumed=resumed,
                start_time=moment,
            )
        )

    def record_progress(
        self,
        *,
        cursor: HistoryImportCursor | None = None,
        now: datetime | None = None,
        **counts: int | str,
    ) -> HistoryImportProgress:
        """Add one chunk's counts (fetched_messages=…, imported_messages=…, …;
        current_chat_id and total_chats are set, not added) and move the cursor."""
        if self.status != HistoryImportStatus.RUNNING:
            raise errors.InvalidTransition("history import", self.status, "progress")
        moment = self._touch(now)
        values: dict[str, object] = {"update_time": moment}
        for key, value in counts.items():
            if key in ("current_chat_id", "total_chats"):
                values[key] = value
            else:
                values[key] = getattr(self.progress, key) + value
        self.progress = dataclasses.replace(self.progress, **values)  # type: ignore[arg-type]
        self.cursor = cursor or self.cursor
        self.record(HistoryImportProgressed(**self._ids(moment), progress=self.progress))
        return self.progress

    def complete(self, *, now: datetime | None = None) -> None:
        moment = self._move(HistoryImportStatus.COMPLETED, now)
        self.end_time, self.resumable = moment, False
        self.record(
            HistoryImportCompleted(
                **self._ids(moment),
                progress=self.progress,
                start_time=self.start_time,
                end_time=moment,
            )
        )

    def fail(self, error: str, *, resumable: bool = True, now: datetime | None = None) -> None:
        moment = self._move(HistoryImportStatus.FAILED, now)
        self.end_time, self.error, self.resumable = moment, error, resumable
        self.record(
            HistoryImportFailed(
                **self._ids(moment),
                error=error,
                progress=self.progress,
                resumable=resumable,
                end_time=moment,
            )
        )

    def cancel(self, *, now: datetime | None = None) -> None:
        moment = self._move(HistoryImportStatus.CANCELLED, now)
        self.end_time, self.resumable = moment, False
        self.record(
            HistoryImportCancelled(**self._ids(moment), progress=self.progress, end_time=moment)
        )
