"""Domain objects are named like the contract's resources (mappers copy by name)."""

import dataclasses

import pytest

from messaging.domain.agent_kinds import AgentStats, VirtualAgentInfo
from messaging.domain.agent_sessions import AgentSession
from messaging.domain.agents import Agent
from messaging.domain.channel_config import ChannelCounters, ChannelLabel, WahaAccount, WahaConfig
from messaging.domain.channel_types import ChannelCapabilities, ChannelType
from messaging.domain.channels import Channel
from messaging.domain.chats import Chat, ChatParticipant
from messaging.domain.history_imports import HistoryImport, HistoryImportProgress
from messaging.domain.message_parts import (
    MessageAttribution,
    MessageEdit,
    MessageError,
    MessageLocation,
    MessageMedia,
    MessageMention,
    MessageReaction,
    MessageReactionContent,
    PhoneNumber,
)
from messaging.domain.messages import Message
from messaging.domain.session_metrics import SessionMetrics
from messaging.domain.sessions import Session
from ventros.common.v1 import types_pb2
from ventros.messaging.v1 import (
    agent_pb2,
    agent_session_pb2,
    channel_pb2,
    channel_type_pb2,
    chat_pb2,
    history_import_pb2,
    message_pb2,
    session_pb2,
)

NOT_STATE = {"events"}
# Domain-only state the contract does not carry (accumulators, resume cursor).
EXTRA = {
    SessionMetrics: {
        "response_time_total",
        "response_count",
        "wait_time_total",
        "wait_count",
        "unanswered_contact_since",
        "unanswered_agent_since",
    },
    AgentStats: {"response_time_total", "response_time_samples"},
    HistoryImport: {"cursor"},
}
# Contract fields the domain leaves to the mapper.
MISSING = {ChannelType: {"create_time", "update_time"}}

RESOURCES = [
    (Channel, channel_pb2.Channel),
    (WahaConfig, channel_pb2.WahaConfig),
    (WahaAccount, channel_pb2.WahaAccount),
    (ChannelCounters, channel_pb2.ChannelCounters),
    (ChannelLabel, channel_pb2.ChannelLabel),
    (ChannelType, channel_type_pb2.ChannelType),
    (ChannelCapabilities, channel_type_pb2.ChannelCapabilities),
    (Chat, chat_pb2.Chat),
    (ChatParticipant, chat_pb2.ChatParticipant),
    (Session, session_pb2.Session),
    (SessionMetrics, session_pb2.SessionMetrics),
    (Message, message_pb2.Message),
    (MessageMedia, message_pb2.MessageMedia),
    (MessageLocation, message_pb2.MessageLocation),
    (MessageReactionContent, message_pb2.MessageReactionContent),
    (MessageReaction, message_pb2.MessageReaction),
    (MessageMention, message_pb2.MessageMention),
    (MessageEdit, message_pb2.MessageEdit),
    (MessageError, message_pb2.MessageError),
    (MessageAttribution, message_pb2.MessageAttribution),
    (PhoneNumber, types_pb2.PhoneNumber),
    (Agent, agent_pb2.Agent),
    (AgentStats, agent_pb2.AgentStats),
    (VirtualAgentInfo, agent_pb2.VirtualAgentInfo),
    (AgentSession, agent_session_pb2.AgentSession),
    (HistoryImport, history_import_pb2.HistoryImport),
    (HistoryImportProgress, history_import_pb2.HistoryImportProgress),
]


def _fields(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)} - NOT_STATE


def _properties(cls: type) -> set[str]:
    return {n for n in dir(cls) if isinstance(getattr(cls, n, None), property)}


@pytest.mark.parametrize(("cls", "proto"), RESOURCES, ids=lambda x: getattr(x, "__name__", ""))
def test_every_contract_field_has_a_domain_field_or_property(cls, proto) -> None:
    contract = {f.name for f in proto.DESCRIPTOR.fields}
    assert contract - _fields(cls) - _properties(cls) == MISSING.get(cls, set())


@pytest.mark.parametrize(("cls", "proto"), RESOURCES, ids=lambda x: getattr(x, "__name__", ""))
def test_domain_state_beyond_the_contract_is_deliberate(cls, proto) -> None:
    contract = {f.name for f in proto.DESCRIPTOR.fields}
    assert _fields(cls) - contract == EXTRA.get(cls, set())
