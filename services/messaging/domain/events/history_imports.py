"""Events of the HistoryImport aggregate (history import id = aggregate_id)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from shared.domain import DomainEvent

if TYPE_CHECKING:
    from messaging.domain.history_progress import HistoryImportProgress, HistoryImportStrategy


@dataclass(frozen=True, kw_only=True)
class HistoryImportStarted(DomainEvent):
    routing_key: ClassVar[str] = "messaging.history_import.started"
    history_import_id: uuid.UUID
    channel_id: uuid.UUID
    strategy: HistoryImportStrategy
    days: int
    per_chat_message_limit: int
    from_time: datetime | None
    resumed: bool
    start_time: datetime


@dataclass(frozen=True, kw_only=True)
class HistoryImportProgressed(DomainEvent):
    routing_key: ClassVar[str] = "messaging.history_import.progressed"
    history_import_id: uuid.UUID
    channel_id: uuid.UUID
    progress: HistoryImportProgress


@dataclass(frozen=True, kw_only=True)
class HistoryImportCompleted(DomainEvent):
    routing_key: ClassVar[str] = "messaging.history_import.completed"
    history_import_id: uuid.UUID
    channel_id: uuid.UUID
    progress: HistoryImportProgress
    start_time: datetime | None
    end_time: datetime


@dataclass(frozen=True, kw_only=True)
class HistoryImportFailed(DomainEvent):
    routing_key: ClassVar[str] = "messaging.history_import.failed"
    history_import_id: uuid.UUID
    channel_id: uuid.UUID
    error: str
    progress: HistoryImportProgress
    resumable: bool
    end_time: datetime


@dataclass(frozen=True, kw_only=True)
class HistoryImportCancelled(DomainEvent):
    routing_key: ClassVar[str] = "messaging.history_import.cancelled"
    history_import_id: uuid.UUID
    channel_id: uuid.UUID
    progress: HistoryImportProgress
    end_time: datetime
