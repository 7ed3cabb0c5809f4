"""ChatService over the chat use cases."""

from __future__ import annotations

from typing import Any

import grpc

from messaging.entrypoints import chat_mappers as m
from messaging.service_layer.chats import ChatFilter, Chats, ParticipantFilter
from shared.domain import InvalidArgument
from shared.protomap import enum_value
from shared.requests import optional_uuid, parse_uuid
from shared.responses import page_fields
from ventros.messaging.v1 import chat_pb2, chat_service_pb2_grpc
from ventros.messaging.v1 import chat_service_pb2 as pb

Context = grpc.aio.ServicerContext[Any, Any]


class ChatServicer(chat_service_pb2_grpc.ChatServiceServicer):
    def __init__(self, chats: Chats) -> None:
        self._chats = chats

    async def GetChat(self, request: pb.GetChatRequest, context: Context) -> pb.GetChatResponse:
        found = await self._chats.get(parse_uuid(request.chat_id, "chat_id"))
        return pb.GetChatResponse(chat=m.chat(found))

    async def ListChats(
        self, request: pb.ListChatsRequest, context: Context
    ) -> pb.ListChatsResponse:
        if request.filter:
            raise InvalidArgument.field(
                "filter", "expressions are not supported; use the typed fields"
            )
        where = ChatFilter(
            type=enum_value(chat_pb2.ChatType.DESCRIPTOR, request.type),
            status=enum_value(chat_pb2.ChatStatus.DESCRIPTOR, request.status),
            label_id=request.label_id,
            contact_id=optional_uuid(request.contact_id, "contact_id"),
            channel_id=optional_uuid(request.channel_id, "channel_id"),
            query=request.query,
        )
        page = await self._chats.list(
            where, request.page_size, request.page_token, request.order_by
        )
        return pb.ListChatsResponse(**page_fields("chats", page, m.chat))

    async def ArchiveChat(
        self, request: pb.ArchiveChatRequest, context: Context
    ) -> pb.ArchiveChatResponse:
        archived = await self._chats.archive(
            parse_uuid(request.chat_id, "chat_id"), request.version
        )
        return pb.ArchiveChatResponse(chat=m.chat(archived))

    async def UnarchiveChat(
        self, request: pb.UnarchiveChatRequest, context: Context
    ) -> pb.UnarchiveChatResponse:
        unarchived = await self._chats.unarchive(
            parse_uuid(request.chat_id, "chat_id"), request.version
        )
        return pb.UnarchiveChatResponse(chat=m.chat(unarchived))

    async def ListChatParticipants(
        self, request: pb.ListChatParticipantsRequest, context: Context
    ) -> pb.ListChatParticipantsResponse:
        if request.filter:
            raise InvalidArgument.field("filter", "expressions are not supported")
        page = await self._chats.participants(
            parse_uuid(request.chat_id, "chat_id"),
            ParticipantFilter(admins_only=request.admins_only, show_left=request.show_left),
            request.page_size,
            request.page_token,
            request.order_by,
        )
        return pb.ListChatParticipantsResponse(**page_fields("participants", page, m.participant))
