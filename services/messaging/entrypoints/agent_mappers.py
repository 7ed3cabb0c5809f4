"""Agents between the contract and the domain."""

from __future__ import annotations

from typing import Any

from google.protobuf import json_format

from messaging.domain.agent_kinds import VirtualAgentInfo
from messaging.domain.agents import Agent
from shared.protomap import enum_value, fill
from shared.requests import timestamp_or_none
from ventros.messaging.v1 import agent_pb2

UPDATABLE = {
    "name",
    "email",
    "active",
    "max_concurrent_sessions",
    "skills",
    "languages",
    "permissions",
    "virtual_info",
    "config",
}


def agent(a: Agent) -> agent_pb2.Agent:
    stats = fill(agent_pb2.AgentStats(), a.stats, avg_response_time=a.stats.avg_response_time)
    return fill(
        agent_pb2.Agent(),
        a,
        assignable=a.assignable,
        permissions=sorted(a.permissions),
        stats=stats,
    )


def _virtual_info(msg: agent_pb2.VirtualAgentInfo) -> VirtualAgentInfo:
    return VirtualAgentInfo(
        represents_person_name=msg.represents_person_name,
        period_start_time=timestamp_or_none(msg, "period_start_time"),
        period_end_time=timestamp_or_none(msg, "period_end_time"),
        reason=msg.reason,
        source_device=msg.source_device,
        notes=msg.notes,
    )


def value(msg: agent_pb2.Agent, name: str) -> Any:
    if name in ("skills", "languages"):
        return tuple(getattr(msg, name))
    if name == "permissions":
        return [enum_value(agent_pb2.AgentPermission.DESCRIPTOR, p) for p in msg.permissions]
    if name == "virtual_info":
        return _virtual_info(msg.virtual_info) if msg.HasField("virtual_info") else None
    if name == "config":
        return json_format.MessageToDict(msg.config) if msg.HasField("config") else {}
    return getattr(msg, name)


def create_settings(msg: agent_pb2.Agent) -> dict[str, Any]:
    """Agent.create's settings (active is not taken: a new agent is enabled)."""
    settings = {n: value(msg, n) for n in UPDATABLE - {"name", "active"}}
    return {k: v for k, v in settings.items() if v is not None}


def changes(msg: agent_pb2.Agent, paths: set[str]) -> dict[str, Any]:
    return {p: value(msg, p) for p in paths}
