"""What happens to a message after it exists: reactions, edits, revokes, stored media."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any

from messaging.domain.events import MessageEdited, MessageReacted, MessageRevoked
from messaging.domain.message_parts import (
    MediaStorageStatus,
    MessageEdit,
    MessageMedia,
    MessageReaction,
)
from shared.domain import FailedPrecondition, utcnow

if TYPE_CHECKING:
    from messaging.domain.base import VersionedAggregate as _Aggregate
else:
    _Aggregate = object


class MessageChangesMixin(_Aggregate):
    """Change methods of Message (a mixin: `self` is the Message). Changes to a
    revoked message are ignored (False): it is gone for everyone."""

    if TYPE_CHECKING:  # the Message fields these methods use (declared in Message)
        from_me: bool
        text: str
        media: MessageMedia | None
        reactions: tuple[MessageReaction, ...]
        edits: tuple[MessageEdit, ...]
        revoked: bool
        revoke_time: datetime | None

        def _where(self) -> dict[str, Any]: ...

    def react(
        self,
        emoji: str,
        *,
        from_me: bool = False,
        contact_id: uuid.UUID | None = None,
        agent_id: uuid.UUID | None = None,
        provider_participant_id: str = "",
        at: datetime | None = None,
        now: datetime | None = None,
    ) -> bool:
        """Place, replace or (empty emoji) remove the reactor's reaction. One
        reaction per reactor; returns False when nothing changed."""
        if self.revoked:
            return False
        given = MessageReaction(
            emoji=emoji,
            from_me=from_me,
            contact_id=contact_id,
            agent_id=agent_id,
            provider_participant_id=provider_participant_id,
        )
        old = next((r for r in self.reactions if r.reactor == given.reactor), None)
        if (old.emoji if old else "") == emoji:
            return False
        moment = self._touch(now)
        when = at or moment
        kept = tuple(r for r in self.reactions if r is not old)
        new = dataclasses.replace(given, react_time=when)
        self.reactions = (*kept, new) if emoji else kept
        self.record(
            MessageReacted(
                **self._envelope(moment),
                **self._where(),
                emoji=emoji,
                removed=not emoji,
                from_me=from_me,
                reactor_contact_id=contact_id,
                reactor_agent_id=agent_id,
                react_time=when,
            )
        )
        return True

    def edit(
        self,
        text: str,
        *,
        from_me: bool | None = None,
        at: datetime | None = None,
        now: datetime | None = None,
    ) -> bool:
        """Replace the text, keeping the previous one in `edits`."""
        if self.revoked or text == self.text:
            return False
        moment = self._touch(now)
        when = at or moment
        previous, self.text = self.text, text
        self.edits = (*self.edits, MessageEdit(previous_text=previous, text=text, edit_time=when))
        self.record(
            MessageEdited(
                **self._envelope(moment),
                **self._where(),
                from_me=self.from_me if from_me is None else from_me,
                previous_text=previous,
                text=text,
                edit_time=when,
            )
        )
        return True

    def revoke(
        self,
        *,
        from_me: bool | None = None,
        at: datetime | None = None,
        now: datetime | None = None,
    ) -> bool:
        """Deleted for everyone; the content is kept for the record."""
        if self.revoked:
            return False
        moment = self._touch(now)
        self.revoked, self.revoke_time = True, at or moment
        self.record(
            MessageRevoked(
                **self._envelope(moment),
                **self._where(),
                from_me=self.from_me if from_me is None else from_me,
                revoke_time=self.revoke_time,
            )
        )
        return True

    def store_media(
        self,
        storage_url: str = "",
        *,
        sha256: str = "",
        status: MediaStorageStatus = MediaStorageStatus.STORED,
        now: datetime | None = None,
    ) -> None:
        """Record the copy in our storage (or that WAHA's file was already gone)."""
        if self.media is None:
            raise FailedPrecondition(f"message {self.id} has no media")
        self._touch(now or utcnow())
        self.media = dataclasses.replace(
            self.media,
            storage_url=storage_url or self.media.storage_url,
            sha256=sha256 or self.media.sha256,
            storage_status=status,
        )
