"""Group participants: who is in a group chat, with the admin flags (WAHA group.v2.*)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from messaging.domain.events import ChatParticipantsChanged
from shared.domain import FailedPrecondition, InvalidArgument

if TYPE_CHECKING:
    from messaging.domain.base import VersionedAggregate as _Aggregate
    from messaging.domain.chats import ChatType
else:
    _Aggregate = object


class ChatParticipantsChange(StrEnum):
    JOINED = "joined"
    LEFT = "left"
    PROMOTED = "promoted"
    DEMOTED = "demoted"


# WAHA group.v2.participants `type` → our change.
_WAHA_TYPES = {
    "join": ChatParticipantsChange.JOINED,
    "leave": ChatParticipantsChange.LEFT,
    "promote": ChatParticipantsChange.PROMOTED,
    "demote": ChatParticipantsChange.DEMOTED,
}


def participants_change(value: ChatParticipantsChange | str) -> ChatParticipantsChange:
    try:
        return _WAHA_TYPES.get(str(value)) or ChatParticipantsChange(value)
    except ValueError:
        raise InvalidArgument.field("change", f"unknown participants change {value!r}") from None


@dataclass(frozen=True, kw_only=True)
class ChatParticipant:
    provider_participant_id: str
    contact_id: uuid.UUID | None = None
    agent_id: uuid.UUID | None = None
    admin: bool = False
    super_admin: bool = False
    join_time: datetime | None = None
    leave_time: datetime | None = None


class ChatParticipantsMixin(_Aggregate):
    """Participant methods of Chat (a mixin: `self` is the Chat)."""

    if TYPE_CHECKING:  # the Chat fields these methods use (declared in Chat)
        channel_id: uuid.UUID
        type: ChatType
        participants: tuple[ChatParticipant, ...]

        @property
        def participant_count(self) -> int: ...

    def participants_changed(
        self,
        change: ChatParticipantsChange | str,
        participants: Iterable[ChatParticipant | str],
        *,
        at: datetime | None = None,
        now: datetime | None = None,
    ) -> tuple[ChatParticipant, ...]:
        """Apply a join/leave/promote/demote; returns the participants it affected
        (as they are now). Repeats change nothing and record nothing."""
        if self.type != "group":
            raise FailedPrecondition("only group chats have participants")
        kind = participants_change(change)
        current = {p.provider_participant_id: p for p in self.participants}
        moment = now or at
        when = at or now
        affected: list[ChatParticipant] = []
        for item in participants:
            given = ChatParticipant(provider_participant_id=item) if isinstance(item, str) else item
            key = given.provider_participant_id
            old = current.get(key)
            present = old is not None and old.leave_time is None
            if kind == ChatParticipantsChange.JOINED:
                if present:
                    continue
                new = dataclasses.replace(given, join_time=when, leave_time=None)
            elif old is None or not present:
                continue
            elif kind == ChatParticipantsChange.LEFT:
                new = dataclasses.replace(old, leave_time=when)
            else:
                promoted = kind == ChatParticipantsChange.PROMOTED
                if old.admin == promoted:
                    continue
                new = dataclasses.replace(
                    old, admin=promoted, super_admin=old.super_admin and promoted
                )
            current[key] = new
            affected.append(new)
        if not affected:
            return ()
        moment = self._touch(moment)
        self.participants = tuple(current.values())
        self.record(
            ChatParticipantsChanged(
                **self._envelope(moment),
                chat_id=self.id,
                channel_id=self.channel_id,
                change=kind,
                participants=tuple(affected),
                participant_count=self.participant_count,
                change_time=when or moment,
            )
        )
        return tuple(affected)
