"""History import values: strategy, status, progress counters, resume cursor, and
the pure grouping of imported messages into sessions by time gaps."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum


class HistoryImportStrategy(StrEnum):
    FULL = "full"
    TIME_RANGE = "time_range"
    RECENT = "recent"


class HistoryImportStatus(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


_H = HistoryImportStatus
TRANSITIONS: dict[HistoryImportStatus, frozenset[HistoryImportStatus]] = {
    _H.PENDING: frozenset({_H.RUNNING, _H.CANCELLED}),
    _H.RUNNING: frozenset({_H.COMPLETED, _H.FAILED, _H.CANCELLED}),
    _H.FAILED: frozenset({_H.RUNNING, _H.CANCELLED}),  # running again = resumed
    _H.COMPLETED: frozenset(),
    _H.CANCELLED: frozenset(),
}


@dataclass(frozen=True, kw_only=True)
class HistoryImportProgress:
    total_chats: int = 0
    processed_chats: int = 0
    failed_chats: int = 0
    fetched_messages: int = 0
    imported_messages: int = 0
    duplicate_messages: int = 0
    failed_messages: int = 0
    contacts_created: int = 0
    sessions_created: int = 0
    current_chat_id: str = ""
    update_time: datetime | None = None

    @property
    def percent_complete(self) -> float:
        if not self.total_chats:
            return 0.0
        done = self.processed_chats + self.failed_chats
        return round(min(100.0, 100.0 * done / self.total_chats), 2)


@dataclass(frozen=True, kw_only=True)
class HistoryImportCursor:
    """Where a resumed import continues: the chat (its index in the provider's
    list) and the last message of it already imported. Every chat before it is done;
    chats after it may have begun (several are imported at once): `begun_chats` maps
    such a chat's index (as text) to its last imported message id, or "*" once done."""

    chat_index: int = 0
    last_message_id: str = ""
    begun_chats: dict[str, str] = field(default_factory=dict)


def sessions_from_gaps(
    message_times: Iterable[datetime], timeout: timedelta
) -> list[list[datetime]]:
    """Group message times into sessions the way live traffic would: sorted by the
    messages' own times, a gap longer than `timeout` starts a new session (a gap
    of exactly `timeout` still belongs, as in Session.accepts)."""
    groups: list[list[datetime]] = []
    for moment in sorted(message_times):
        if groups and moment - groups[-1][-1] <= timeout:
            groups[-1].append(moment)
        else:
            groups.append([moment])
    return groups
