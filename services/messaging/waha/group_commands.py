"""Commands for group.v2.* events."""

from dataclasses import dataclass
from datetime import datetime

from messaging.waha.commands import Command


@dataclass(frozen=True, kw_only=True)
class GroupParticipant:
    id: str
    role: str | None = None  # participant | admin | superadmin | left
    pn: str | None = None  # phone id of a @lid member, when known


@dataclass(frozen=True, kw_only=True)
class GroupInfo:
    """Full on group.v2.join; partial (None = not in the event) on group.v2.update."""

    id: str
    subject: str | None = None
    description: str | None = None
    participants: tuple[GroupParticipant, ...] | None = None
    invite: str | None = None
    members_can_add_new_member: bool | None = None
    members_can_send_messages: bool | None = None
    new_members_approval_required: bool | None = None


@dataclass(frozen=True, kw_only=True)
class GroupJoined(Command):
    group: GroupInfo
    at: datetime | None


@dataclass(frozen=True, kw_only=True)
class GroupLeft(Command):
    group_id: str
    at: datetime | None


@dataclass(frozen=True, kw_only=True)
class GroupUpdated(Command):
    group: GroupInfo
    at: datetime | None


@dataclass(frozen=True, kw_only=True)
class GroupParticipantsChanged(Command):
    group_id: str
    type: str  # join | leave | promote | demote
    participants: tuple[GroupParticipant, ...]
    at: datetime | None  # GOWS sends ms, the others seconds: both handled
