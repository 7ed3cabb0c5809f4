"""Commands for non-message events: session, labels, calls, groups, chats, presence, polls."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from messaging.waha.commands import Command


@dataclass(frozen=True, kw_only=True)
class StatusEntry:
    status: str
    at: datetime | None


@dataclass(frozen=True, kw_only=True)
class SessionStatusChanged(Command):
    status: str  # STOPPED | STARTING | SCAN_QR_CODE | WORKING | FAILED | PASSKEY_*
    statuses: tuple[StatusEntry, ...] = ()  # last 3, oldest first, current included
    me_id: str | None = None

    @property
    def previous(self) -> tuple[StatusEntry, ...]:
        return self.statuses[:-1]


@dataclass(frozen=True, kw_only=True)
class Label:
    id: str
    name: str
    color: int | None = None
    color_hex: str | None = None


@dataclass(frozen=True, kw_only=True)
class LabelUpserted(Command):
    label: Label


@dataclass(frozen=True, kw_only=True)
class LabelDeleted(Command):
    label: Label


@dataclass(frozen=True, kw_only=True)
class LabelChatAdded(Command):
    label_id: str
    chat_id: str
    label: Label | None = None  # GOWS always null; NOWEB null right after QR


@dataclass(frozen=True, kw_only=True)
class LabelChatDeleted(Command):
    label_id: str
    chat_id: str
    label: Label | None = None


@dataclass(frozen=True, kw_only=True)
class _Call(Command):
    call_id: str
    from_id: str | None
    is_video: bool
    is_group: bool
    at: datetime | None


@dataclass(frozen=True, kw_only=True)
class CallReceived(_Call):
    pass


@dataclass(frozen=True, kw_only=True)
class CallAccepted(_Call):
    pass


@dataclass(frozen=True, kw_only=True)
class CallRejected(_Call):
    pass


@dataclass(frozen=True, kw_only=True)
class ChatArchived(Command):
    chat_id: str
    archived: bool
    chat_timestamp: datetime | None  # the chat's last activity, NOT the archive time


@dataclass(frozen=True, kw_only=True)
class Presence:
    participant: str
    status: str  # online | offline | typing | recording | paused
    last_seen: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class PresenceUpdated(Command):
    transient: ClassVar[bool] = True  # never persist; fan out to live UIs only
    chat_id: str
    presences: tuple[Presence, ...]


@dataclass(frozen=True, kw_only=True)
class PollVote(Command):
    """Marker only: polls are not modelled yet; `raw` keeps the payload."""

    failed: bool
    raw: dict[str, Any] = field(default_factory=dict)
