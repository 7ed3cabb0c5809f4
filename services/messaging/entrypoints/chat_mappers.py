"""Chats between the contract and the domain."""

from __future__ import annotations

from messaging.domain.chats import Chat, ChatParticipant
from shared.protomap import fill
from ventros.messaging.v1 import chat_pb2


def participant(p: ChatParticipant) -> chat_pb2.ChatParticipant:
    return fill(chat_pb2.ChatParticipant(), p)


def chat(c: Chat) -> chat_pb2.Chat:
    return fill(
        chat_pb2.Chat(),
        c,
        participants=[participant(p) for p in c.participants],
        participant_count=c.participant_count,
    )
