"""The enumerations and value objects of an Agent."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class AgentType(StrEnum):
    HUMAN = "human"
    AI = "ai"
    BOT = "bot"
    VIRTUAL = "virtual"  # a person from imported history; never assignable
    SYSTEM = "system"  # broadcast, sequence, … — fixed reference data


ASSIGNABLE_TYPES = frozenset({AgentType.HUMAN, AgentType.AI, AgentType.BOT})


class AgentSystemKind(StrEnum):
    BROADCAST = "broadcast"
    SEQUENCE = "sequence"
    TRIGGER = "trigger"
    WEBHOOK = "webhook"
    SCHEDULED = "scheduled"


class AgentStatus(StrEnum):
    AVAILABLE = "available"
    BUSY = "busy"
    AWAY = "away"
    OFFLINE = "offline"


class AgentPermission(StrEnum):
    REASSIGN_SESSIONS = "reassign_sessions"
    MANAGE_AGENTS = "manage_agents"
    VIEW_ALL_SESSIONS = "view_all_sessions"
    SEND_MESSAGES = "send_messages"
    ACCESS_ANALYTICS = "access_analytics"
    MANAGE_AUTOMATIONS = "manage_automations"


@dataclass(frozen=True, kw_only=True)
class VirtualAgentInfo:
    represents_person_name: str = ""
    period_start_time: datetime | None = None
    period_end_time: datetime | None = None
    reason: str = ""
    source_device: str = ""
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class AgentStats:
    """Performance figures. The average is a true mean: total / samples (the
    original halved (old + new) on every session, overweighting the latest)."""

    sessions_handled: int = 0
    active_sessions: int = 0
    messages_sent: int = 0
    response_time_total: timedelta = timedelta(0)
    response_time_samples: int = 0

    @property
    def avg_response_time(self) -> timedelta | None:
        if not self.response_time_samples:
            return None
        return self.response_time_total / self.response_time_samples

    def session_handled(self, response_time: timedelta | None) -> AgentStats:
        if response_time is None:
            return dataclasses.replace(self, sessions_handled=self.sessions_handled + 1)
        return dataclasses.replace(
            self,
            sessions_handled=self.sessions_handled + 1,
            response_time_total=self.response_time_total + response_time,
            response_time_samples=self.response_time_samples + 1,
        )
