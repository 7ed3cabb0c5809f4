"""Timeline entries for messaging's session events (conversations and their agents)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crm.domain.event_payloads import an_id, enum_value, get, text
from crm.domain.timeline import ContactEventCategory as Category
from crm.domain.timeline import ContactEventPriority as Priority
from crm.domain.timeline_crm import Describer


def _session(
    event_type: str,
    title: str,
    priority: Priority = Priority.NORMAL,
    *,
    snapshot: bool = False,
    category: Category = Category.SESSION,
) -> Describer:
    """Session events name contact_id and session_id; SessionStarted carries a snapshot."""

    def describe(e: Mapping[str, Any]) -> dict[str, Any]:
        source = get(e, "session") if snapshot else e
        session_id = an_id(source, "id") if snapshot else an_id(e, "session_id")
        return {
            "contact_id": an_id(source, "contact_id"),
            "session_id": session_id,
            "event_type": event_type,
            "category": category,
            "priority": priority,
            "title": title,
            "description": _details(e),
            "payload": {
                "session_id": str(session_id or ""),
                "channel_id": text(source, "channel_id"),
            },
        }

    return describe


def _details(e: Mapping[str, Any]) -> str:
    reason = enum_value(e, "end_reason", prefix="SESSION_END_REASON_")
    if reason:
        return f"Ended by {reason.replace('_', ' ')}"
    agent = text(e, "to_agent_id") or text(e, "agent_id")
    note = text(e, "reason") or text(e, "note")
    return " — ".join(part for part in (f"Agent {agent}" if agent else "", note) if part)


_ASSIGNMENT = Category.ASSIGNMENT
MESSAGING_DESCRIBERS: dict[str, Describer] = {
    "messaging.session.started": _session("session_started", "Conversation started", snapshot=True),
    "messaging.session.ended": _session("session_ended", "Conversation ended", Priority.LOW),
    "messaging.session.resolved": _session("session_resolved", "Conversation resolved"),
    "messaging.session.escalated": _session(
        "session_escalated", "Conversation escalated", Priority.HIGH
    ),
    "messaging.session.agent_assigned": _session(
        "agent_assigned", "Agent assigned", category=_ASSIGNMENT
    ),
    "messaging.session.agent_transferred": _session(
        "agent_transferred", "Conversation transferred", category=_ASSIGNMENT
    ),
}
