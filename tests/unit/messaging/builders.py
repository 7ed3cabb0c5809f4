"""Small builders shared by messaging's unit tests."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from messaging.domain.agents import Agent, AgentStatus, AgentType
from messaging.domain.channel_config import WahaConfig
from messaging.domain.channels import Channel
from messaging.domain.messages import Message
from messaging.domain.sessions import Session

PROJECT = uuid.UUID("00000000-0000-4000-8000-000000000001")
CHANNEL = uuid.UUID("00000000-0000-4000-8000-000000000002")
CONTACT = uuid.UUID("00000000-0000-4000-8000-000000000003")
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def session(start: float = 0, timeout_minutes: int = 30, **kw: Any) -> Session:
    return Session.start(
        project_id=PROJECT,
        contact_id=CONTACT,
        channel_id=CHANNEL,
        start_time=at(start),
        timeout=timedelta(minutes=timeout_minutes),
        now=at(start),
        **kw,
    )


def waha_channel(**kw: Any) -> Channel:
    return Channel.create(
        project_id=PROJECT,
        name="Sales",
        channel_type_code="waha",
        waha_config=WahaConfig(base_url="http://waha:3000", session_name="default"),
        now=T0,
        **kw,
    )


def outbound(**kw: Any) -> Message:
    kw.setdefault("text", "hello")
    return Message.compose(project_id=PROJECT, channel_id=CHANNEL, message_time=T0, now=T0, **kw)


def inbound(**kw: Any) -> Message:
    kw.setdefault("text", "hi")
    return Message.receive(project_id=PROJECT, channel_id=CHANNEL, message_time=T0, now=T0, **kw)


def agent(
    n: int,
    status: AgentStatus = AgentStatus.AVAILABLE,
    type: AgentType = AgentType.HUMAN,
    **kw: Any,
) -> Agent:
    a = Agent.create(
        project_id=PROJECT,
        type=type,
        name=f"agent {n}",
        user_id=uuid.UUID(int=1000 + n) if type == AgentType.HUMAN else None,
        id=uuid.UUID(int=n),
        now=T0,
        **kw,
    )
    a.status = status
    return a
