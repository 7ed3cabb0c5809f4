"""messaging's named errors: each is a rule that was broken.

They extend the families of `shared.domain`, which the gRPC edge maps once to
status codes (InvalidArgument → INVALID_ARGUMENT, FailedPrecondition → ...).
"""

from __future__ import annotations

from typing import Any

from shared.domain import FailedPrecondition


class InvalidTransition(FailedPrecondition):
    """A status change the aggregate's transition table does not allow."""

    def __init__(self, kind: str, current: Any, wanted: Any) -> None:
        self.kind, self.current, self.wanted = kind, current, wanted
        super().__init__(f"{kind} cannot go from {current} to {wanted}")


class ChannelIsDeleted(FailedPrecondition):
    """A deleted channel is read-only."""


class SessionIsEnded(FailedPrecondition):
    """An ended session records nothing more; a new message opens a new session."""


class MessageOutsideSession(FailedPrecondition):
    """The message's own time is past the session's inactivity window."""


class AgentNotAssignable(FailedPrecondition):
    """Virtual and system agents never take sessions."""


class AgentIsDeleted(FailedPrecondition):
    pass


class SystemAgentIsFixed(FailedPrecondition):
    """System agents (broadcast, sequence, …) are reference data: not edited or deleted."""


class MessageIsRevoked(FailedPrecondition):
    """A revoked message is gone for everyone; it is not edited or reacted to."""


class HistoryImportNotResumable(FailedPrecondition):
    pass
