"""MessageService over the message and sending use cases."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import grpc
from google.protobuf.descriptor import EnumDescriptor

from messaging.adapters.message_listener import ListenerLost, SubscriberTooSlow
from messaging.domain.message_parts import MessageLocation
from messaging.entrypoints import message_mappers as m
from messaging.service_layer.messages import MessageFilter, Messages
from messaging.service_layer.sending import MediaInput, SendCommand, Sending
from shared.domain import InvalidArgument
from shared.protomap import enum_value
from shared.requests import caller_project, optional_uuid, parse_uuid, timestamp_or_none
from shared.responses import page_fields
from ventros.messaging.v1 import message_pb2, message_service_pb2_grpc
from ventros.messaging.v1 import message_service_pb2 as pb

Context = grpc.aio.ServicerContext[Any, Any]
LIVE_METADATA = (("x-ventros-stream", "live"),)
CHANGE = {True: pb.MESSAGE_CHANGE_TYPE_CREATED, False: pb.MESSAGE_CHANGE_TYPE_UPDATED}


def _enum(descriptor: EnumDescriptor, number: int) -> str:
    return enum_value(descriptor, number)


def message_filter(request: pb.ListMessagesRequest | pb.SearchMessagesRequest) -> MessageFilter:
    if request.filter:
        raise InvalidArgument.field("filter", "expressions are not supported; use the typed fields")
    listing = request if isinstance(request, pb.ListMessagesRequest) else None
    return MessageFilter(
        session_id=optional_uuid(request.session_id, "session_id"),
        contact_id=optional_uuid(request.contact_id, "contact_id"),
        chat_id=optional_uuid(request.chat_id, "chat_id"),
        channel_id=optional_uuid(request.channel_id, "channel_id"),
        direction=_enum(message_pb2.MessageDirection.DESCRIPTOR, request.direction),
        content_type=_enum(message_pb2.MessageContentType.DESCRIPTOR, request.content_type),
        status=_enum(message_pb2.MessageStatus.DESCRIPTOR, listing.status) if listing else "",
        source=_enum(message_pb2.MessageSource.DESCRIPTOR, listing.source) if listing else "",
        agent_id=optional_uuid(listing.agent_id, "agent_id") if listing else None,
        start_time=timestamp_or_none(request, "start_time"),
        end_time=timestamp_or_none(request, "end_time"),
    )


def send_command(request: pb.SendMessageRequest) -> SendCommand:
    channel_id = parse_uuid(request.channel_id, "channel_id")
    recipient = request.WhichOneof("recipient")
    if recipient is None:
        raise InvalidArgument.field("chat_id", "name the chat (or the contact) to send to")
    content = request.WhichOneof("content")
    fields: dict[str, object] = {}
    if content == "text":
        if not request.text.text.strip():
            raise InvalidArgument.field("text.text", "is required")
        fields = {"text": request.text.text, "link_preview": request.text.link_preview}
    elif content == "media":
        media = request.media
        if media.WhichOneof("source") is None:
            raise InvalidArgument.field("media.url", "give a URL or the data")
        fields["media"] = MediaInput(
            url=media.url,
            data=media.data,
            mimetype=media.mimetype,
            filename=media.filename,
            caption=media.caption,
            content_type=_enum(message_pb2.MessageContentType.DESCRIPTOR, media.content_type),
        )
    elif content == "location":
        where = request.location
        if not (-90 <= where.latitude <= 90 and -180 <= where.longitude <= 180):
            raise InvalidArgument.field("location", "latitude or longitude out of range")
        fields["location"] = MessageLocation(
            latitude=where.latitude,
            longitude=where.longitude,
            name=where.name,
            address=where.address,
        )
    elif content == "contacts":
        cards = tuple(c for c in request.contacts.vcards if c.strip())
        if not cards:
            raise InvalidArgument.field("contacts.vcards", "give at least one vCard")
        fields["vcards"] = cards
    elif content == "reaction":
        if not request.reaction.message_id:
            raise InvalidArgument.field("reaction.message_id", "is required")
        fields = {
            "is_reaction": True,
            "reaction_message_id": request.reaction.message_id,
            "reaction_emoji": request.reaction.emoji,
        }
    else:
        raise InvalidArgument.field(
            "text", "give the content: text, media, location, contacts or reaction"
        )
    return SendCommand(
        channel_id=channel_id,
        chat_id=parse_uuid(request.chat_id, "chat_id") if recipient == "chat_id" else None,
        contact_id=parse_uuid(request.contact_id, "contact_id")
        if recipient == "contact_id"
        else None,
        reply_to_message_id=request.reply_to_message_id,
        source=_enum(message_pb2.MessageSource.DESCRIPTOR, request.source),
        agent_id=optional_uuid(request.agent_id, "agent_id"),
        request_id=request.request_id,
        **fields,  # type: ignore[arg-type]
    )


class MessageServicer(message_service_pb2_grpc.MessageServiceServicer):
    def __init__(self, messages: Messages, sending: Sending) -> None:
        self._messages, self._sending = messages, sending

    async def GetMessage(
        self, request: pb.GetMessageRequest, context: Context
    ) -> pb.GetMessageResponse:
        found = await self._messages.get(parse_uuid(request.message_id, "message_id"))
        return pb.GetMessageResponse(message=m.message(found))

    async def ListMessages(
        self, request: pb.ListMessagesRequest, context: Context
    ) -> pb.ListMessagesResponse:
        page = await self._messages.list(
            message_filter(request), request.page_size, request.page_token, request.order_by
        )
        return pb.ListMessagesResponse(**page_fields("messages", page, m.message))

    async def SearchMessages(
        self, request: pb.SearchMessagesRequest, context: Context
    ) -> pb.SearchMessagesResponse:
        if request.order_by:
            raise InvalidArgument.field("order_by", "search results come newest first")
        page = await self._messages.search(
            request.query, message_filter(request), request.page_size, request.page_token
        )
        return pb.SearchMessagesResponse(**page_fields("messages", page, m.message))

    async def SendMessage(
        self, request: pb.SendMessageRequest, context: Context
    ) -> pb.SendMessageResponse:
        sent = await self._sending.send(caller_project(), send_command(request))
        return pb.SendMessageResponse(message=m.message(sent))

    async def EditMessage(
        self, request: pb.EditMessageRequest, context: Context
    ) -> pb.EditMessageResponse:
        edited = await self._sending.edit(
            caller_project(),
            parse_uuid(request.message_id, "message_id"),
            request.version,
            request.text,
        )
        return pb.EditMessageResponse(message=m.message(edited))

    async def RevokeMessage(
        self, request: pb.RevokeMessageRequest, context: Context
    ) -> pb.RevokeMessageResponse:
        revoked = await self._sending.revoke(
            caller_project(), parse_uuid(request.message_id, "message_id"), request.version
        )
        return pb.RevokeMessageResponse(message=m.message(revoked))

    async def MarkMessagesRead(
        self, request: pb.MarkMessagesReadRequest, context: Context
    ) -> pb.MarkMessagesReadResponse:
        ids = [parse_uuid(v, f"message_ids[{i}]") for i, v in enumerate(request.message_ids)]
        count = await self._sending.mark_read(
            caller_project(), parse_uuid(request.chat_id, "chat_id"), ids
        )
        return pb.MarkMessagesReadResponse(marked_count=count)

    async def StreamMessages(
        self, request: pb.StreamMessagesRequest, context: Context
    ) -> AsyncIterator[pb.StreamMessagesResponse]:
        """Initial metadata is sent once subscribed: nothing committed after that is
        missed. RESOURCE_EXHAUSTED when the reader falls too far behind, UNAVAILABLE
        when the listener is lost (reconnect with since_time)."""
        session_id = optional_uuid(request.session_id, "session_id")
        chat_id = optional_uuid(request.chat_id, "chat_id")
        if session_id is None and chat_id is None:
            raise InvalidArgument.field("session_id", "name the session or the chat to follow")
        where = MessageFilter(session_id=session_id, chat_id=chat_id)
        changes = self._messages.follow(
            caller_project(),
            where,
            timestamp_or_none(request, "since_time"),
            lambda: context.send_initial_metadata(LIVE_METADATA),
        )
        try:
            async for created, message in changes:
                yield pb.StreamMessagesResponse(
                    change_type=CHANGE[created], message=m.message(message)
                )
        except SubscriberTooSlow as error:
            await context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, str(error))
        except ListenerLost as error:
            await context.abort(grpc.StatusCode.UNAVAILABLE, str(error))
        finally:
            await changes.aclose()
