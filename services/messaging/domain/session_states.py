"""The enumerations of a Session: status, end reason, sentiment, assignment source."""

from __future__ import annotations

from enum import StrEnum


class SessionStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"


class SessionEndReason(StrEnum):
    INACTIVITY_TIMEOUT = "inactivity_timeout"
    MANUAL_CLOSE = "manual_close"
    AGENT_CLOSE = "agent_close"
    CONTACT_REQUEST = "contact_request"
    SYSTEM_CLOSE = "system_close"


class SessionSentiment(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"
    MIXED = "mixed"


class SessionAssignmentSource(StrEnum):
    MANUAL = "manual"
    AUTOMATIC = "automatic"
    REASSIGNMENT = "reassignment"
    TRANSFER = "transfer"
    SYSTEM = "system"
