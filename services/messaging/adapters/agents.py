"""Agents (and their session participations, read side) in PostgreSQL."""

from __future__ import annotations

from typing import Any

from messaging.domain.agents import Agent
from shared.repository import DocumentRepository

S = "messaging"


class AgentRepository(DocumentRepository[Agent]):
    table, model, kind = f"{S}.agents", Agent, "agent"

    def columns(self, agent: Agent) -> dict[str, Any]:
        return {
            "project_id": agent.project_id,
            "name": agent.name,
            "type": agent.type.value,
            "status": agent.status.value,
            "user_id": agent.user_id,
            "delete_time": agent.delete_time,
        }


class AgentListing(AgentRepository):
    """Read-only listing view with a never-NULL `activity_time` for keyset paging."""

    table = (
        f"(SELECT *, coalesce((data->>'last_activity_time')::timestamptz, create_time)"
        f" AS activity_time FROM {S}.agents) AS agents"
    )
