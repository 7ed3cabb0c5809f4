"""Sending (and editing, revoking, marking read) through the channel's provider.

A send is stored first, queued, under the caller's request_id; then the WAHA call is
made outside any transaction; then the outcome is recorded: the provider id and
status sent, or failed with the error (WahaRejected, or WahaUnavailable after the
client's retries). WahaDeliveryUnknown (the request may have reached WhatsApp) leaves
the message queued with error code "delivery_unknown": re-sending blindly could
deliver it twice, so it is reconciled by the message.any webhook or by a person.

The WAHA API key is an identity Credential named by the channel
(`waha_config.api_key_credential_id`), revealed outside any transaction just before the
call (see adapters/waha_keys.py); a key that cannot be read fails the send with
`credential_unavailable`.
"""

from __future__ import annotations

import dataclasses
import json
import mimetypes
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from messaging.adapters.messages import MessageRepository
from messaging.adapters.sessions import SessionRepository
from messaging.adapters.waha_client import (
    MediaKind,
    SentMessage,
    WahaClient,
    WahaDeliveryUnknown,
    WahaRejected,
    WahaUnavailable,
)
from messaging.adapters.waha_keys import IdentityUnavailable, WahaKeys
from messaging.domain import errors
from messaging.domain.message_parts import (
    MessageContentType,
    MessageError,
    MessageLocation,
    MessageMedia,
    MessageReactionContent,
    MessageSource,
)
from messaging.domain.message_status import MessageStatus
from messaging.domain.messages import Message
from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from shared.domain import FailedPrecondition, InvalidArgument, NotFound, check_version, utcnow

UowFactory = Callable[..., MessagingUnitOfWork]
OPERATION = "send_message"
# WAHA's send endpoint per content type; anything else goes as a file (document).
MEDIA_KINDS: dict[MessageContentType, MediaKind] = {
    MessageContentType.IMAGE: "image",
    MessageContentType.VIDEO: "video",
    MessageContentType.VOICE: "voice",
    MessageContentType.AUDIO: "voice",
}
DELIVERY_UNKNOWN = "delivery_unknown"


@dataclass(frozen=True)
class WahaAccess:
    base_url: str
    session_name: str
    api_key: str = ""
    project_id: uuid.UUID | None = None
    api_key_credential_id: uuid.UUID | None = None


WahaFactory = Callable[[WahaAccess], WahaClient]


def default_waha(access: WahaAccess) -> WahaClient:
    return WahaClient(access.base_url, access.api_key, access.session_name)


@dataclass(frozen=True)
class MediaInput:
    url: str = ""
    data: bytes = b""
    mimetype: str = ""
    filename: str = ""
    caption: str = ""
    content_type: str = ""


@dataclass(frozen=True)
class SendCommand:
    channel_id: uuid.UUID
    chat_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    text: str = ""
    link_preview: bool = False
    media: MediaInput | None = None
    location: MessageLocation | None = None
    vcards: tuple[str, ...] = ()
    reaction_message_id: str = ""
    reaction_emoji: str = ""
    is_reaction: bool = False
    reply_to_message_id: str = ""
    source: str = ""
    agent_id: uuid.UUID | None = None
    request_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Target:
    """Where a message goes: the channel's WAHA account and the provider chat."""

    access: WahaAccess
    chat_id: uuid.UUID
    provider_chat_id: str
    contact_id: uuid.UUID | None


def _document(value: Any) -> dict[str, Any]:
    return json.loads(value) if isinstance(value, str) else dict(value)


def _media_kind(media: MediaInput) -> MessageContentType:
    if media.content_type:
        kind = MessageContentType(media.content_type)
        if kind not in {
            MessageContentType.IMAGE,
            MessageContentType.VIDEO,
            MessageContentType.AUDIO,
            MessageContentType.VOICE,
            MessageContentType.DOCUMENT,
            MessageContentType.STICKER,
        }:
            raise InvalidArgument.field("media.content_type", "is not a media type")
        return kind
    mimetype = media.mimetype or mimetypes.guess_type(media.filename or media.url)[0] or ""
    for prefix, kind in (
        ("image/", MessageContentType.IMAGE),
        ("video/", MessageContentType.VIDEO),
        ("audio/", MessageContentType.AUDIO),
    ):
        if mimetype.startswith(prefix):
            return kind
    return MessageContentType.DOCUMENT


class Sending:
    def __init__(self, uow: UowFactory, keys: WahaKeys, waha: WahaFactory = default_waha) -> None:
        self._uow, self._keys, self._waha = uow, keys, waha

    async def _client(self, access: WahaAccess) -> WahaClient:
        """A WAHA client with the channel's API key revealed."""
        if access.project_id is None:
            return self._waha(access)
        key = await self._keys.api_key(access.project_id, access.api_key_credential_id)
        return self._waha(dataclasses.replace(access, api_key=key))

    # -- send -----------------------------------------------------------------------

    async def send(self, project_id: uuid.UUID, command: SendCommand) -> Message:
        async with self._uow(project_id=project_id) as uow:
            seen = await uow.idempotency.seen(project_id, OPERATION, command.request_id)
            if seen is not None:
                return await uow.repository(MessageRepository).get(seen)
            target = await self._target(
                uow, command.channel_id, command.chat_id, command.contact_id
            )
            message, target_message = await self._compose(uow, project_id, command, target)
            repository = uow.repository(MessageRepository)
            await repository.add(message)
            uow.tally.count(project_id, message.channel_id, message.direction, message.message_time)
            await uow.idempotency.remember(project_id, OPERATION, command.request_id, message.id)
            await self._record_in_session(uow, message)
            repository.notify(message)
            await uow.commit()
        return await self._deliver(project_id, message.id, command, target, target_message)

    async def _target(
        self,
        uow: MessagingUnitOfWork,
        channel_id: uuid.UUID,
        chat_id: uuid.UUID | None,
        contact_id: uuid.UUID | None,
    ) -> Target:
        row = (
            (
                await uow.connection.execute(
                    text("SELECT data, status, delete_time FROM messaging.channels WHERE id = :id"),
                    {"id": channel_id},
                )
            )
            .mappings()
            .first()
        )
        if row is None:
            raise NotFound("channel", channel_id)
        if row["delete_time"] is not None:
            raise errors.ChannelIsDeleted(f"channel {channel_id} is deleted")
        config = _document(row["data"]).get("waha_config") or {}
        if not config.get("base_url"):
            raise FailedPrecondition(f"channel {channel_id} has no WAHA configuration")
        credential = config.get("api_key_credential_id")
        access = WahaAccess(
            config["base_url"],
            config.get("session_name", ""),
            project_id=uow.project_id,
            api_key_credential_id=uuid.UUID(credential) if credential else None,
        )
        if chat_id is not None:
            where, params = "id = :chat", {"chat": chat_id}
        elif contact_id is not None:
            where, params = (
                "contact_id = :contact ORDER BY last_message_time DESC NULLS LAST",
                {"contact": contact_id},
            )
        else:
            raise InvalidArgument.field("chat_id", "name the chat or the contact to send to")
        chat = (
            (
                await uow.connection.execute(
                    text(
                        "SELECT id, wa_chat_id, contact_id FROM messaging.chats"
                        f" WHERE channel_id = :channel AND {where} LIMIT 1"
                    ),
                    {"channel": channel_id, **params},
                )
            )
            .mappings()
            .first()
        )
        if chat is None:
            if chat_id is not None:
                raise NotFound("chat", chat_id)
            raise FailedPrecondition(
                f"contact {contact_id} has no chat on channel {channel_id}: send to a chat"
            )
        return Target(access, chat["id"], chat["wa_chat_id"], chat["contact_id"] or contact_id)

    async def _referenced(
        self, uow: MessagingUnitOfWork, channel_id: uuid.UUID, reference: str, field: str
    ) -> Message:
        """A message named by our id or by its provider id."""
        repository = uow.repository(MessageRepository)
        try:
            found = await repository.find("id = :id", id=uuid.UUID(reference))
        except ValueError:
            found = await repository.by_provider_id(channel_id, reference)
        if found is None or found.channel_id != channel_id:
            raise InvalidArgument.field(field, "names no message of this channel")
        return found

    async def _compose(
        self,
        uow: MessagingUnitOfWork,
        project_id: uuid.UUID,
        command: SendCommand,
        target: Target,
    ) -> tuple[Message, Message | None]:
        parts: dict[str, Any] = {}
        target_message = None
        if command.media is not None:
            kind = _media_kind(command.media)
            media = command.media
            if not media.url and not media.data:
                raise InvalidArgument.field("media.url", "give a URL or the data")
            parts["media"] = MessageMedia(
                url=media.url,
                mimetype=media.mimetype,
                filename=media.filename,
                size_bytes=len(media.data),
            )
            parts["text"] = media.caption
        elif command.location is not None:
            kind = MessageContentType.LOCATION
            parts["location"] = command.location
        elif command.vcards:
            kind = MessageContentType.CONTACT
            parts["vcards"] = command.vcards
        elif command.is_reaction:
            kind = MessageContentType.REACTION
            target_message = await self._referenced(
                uow, command.channel_id, command.reaction_message_id, "reaction.message_id"
            )
            if not target_message.provider_message_id:
                raise FailedPrecondition("the message reacted to was never sent")
            parts["reaction"] = MessageReactionContent(
                target_message_id=target_message.provider_message_id,
                emoji=command.reaction_emoji,
            )
        else:
            kind = MessageContentType.TEXT
            parts["text"] = command.text
        if command.reply_to_message_id:
            replied = await self._referenced(
                uow, command.channel_id, command.reply_to_message_id, "reply_to_message_id"
            )
            parts["reply_to_message_id"] = replied.provider_message_id
            command.extra["reply_to"] = replied.provider_serialized_id or None
        session = (
            await uow.repository(SessionRepository).find(
                "channel_id = :ch AND contact_id = :c AND status = 'active'",
                ch=command.channel_id,
                c=target.contact_id,
            )
            if target.contact_id
            else None
        )
        message = Message.compose(
            project_id=project_id,
            channel_id=command.channel_id,
            chat_id=target.chat_id,
            contact_id=target.contact_id,
            session_id=session.id if session else None,
            content_type=kind,
            message_time=utcnow(),
            source=MessageSource(command.source or MessageSource.MANUAL),
            agent_id=command.agent_id,
            request_id=command.request_id,
            **parts,
        )
        return message, target_message

    async def _record_in_session(self, uow: MessagingUnitOfWork, message: Message) -> None:
        if message.session_id is None:
            return
        sessions = uow.repository(SessionRepository)
        session = await sessions.get(message.session_id, for_update=True)
        if session.accepts(message.message_time):
            session.record_message(
                message.direction, message.message_time, message.agent_id, message_id=message.id
            )
            await sessions.save(session)

    async def _call(
        self,
        waha: WahaClient,
        command: SendCommand,
        target: Target,
        message: Message,
        target_message: Message | None,
    ) -> str:
        """The provider call for the message's kind; returns the serialised provider id."""
        chat, reply_to = target.provider_chat_id, command.extra.get("reply_to")
        kind = message.content_type
        if kind == MessageContentType.TEXT:
            sent: SentMessage = await waha.send_text(
                chat, message.text, reply_to, link_preview=command.link_preview or None
            )
        elif command.media is not None:
            media = command.media
            file: str | bytes = media.data or media.url
            caption = media.caption or None
            sent = await waha.send_media(
                MEDIA_KINDS.get(kind, "file"),
                chat,
                file,
                caption,
                reply_to,
                mimetype=media.mimetype or None,
                filename=media.filename or None,
            )
        elif kind == MessageContentType.LOCATION:
            where = message.location
            assert where is not None
            sent = await waha.send_location(
                chat, where.latitude, where.longitude, where.name or None, reply_to
            )
        elif kind == MessageContentType.CONTACT:
            sent = await waha.send_contact_vcard(
                chat, [{"vcard": card} for card in message.vcards], reply_to
            )
        else:
            assert target_message is not None and message.reaction is not None
            serialized = target_message.provider_serialized_id or target_message.provider_message_id
            await waha.send_reaction(serialized, message.reaction.emoji)
            return ""
        return sent.id

    async def _deliver(
        self,
        project_id: uuid.UUID,
        message_id: uuid.UUID,
        command: SendCommand,
        target: Target,
        target_message: Message | None,
    ) -> Message:
        async with self._uow(project_id=project_id) as uow:
            message = await uow.repository(MessageRepository).get(message_id)
        provider_id, failure, unknown = "", None, None
        try:
            waha: WahaClient | None = await self._client(target.access)
        except (FailedPrecondition, IdentityUnavailable) as error:
            waha, failure = None, MessageError(code="credential_unavailable", message=str(error))
        if waha is not None:
            try:
                provider_id = await self._call(waha, command, target, message, target_message)
            except WahaDeliveryUnknown as error:
                unknown = MessageError(code=DELIVERY_UNKNOWN, message=str(error))
            except WahaRejected as error:
                failure = MessageError(code=f"waha_{error.status}", message=str(error))
            except WahaUnavailable as error:
                failure = MessageError(code="waha_unavailable", message=str(error))
            except ValueError as error:  # e.g. a mimetype that cannot be guessed
                failure = MessageError(code="invalid_media", message=str(error))
            finally:
                await waha.aclose()
        async with self._uow(project_id=project_id) as uow:
            repository = uow.repository(MessageRepository)
            message = await repository.get(message_id, for_update=True)
            if unknown is not None:
                # No domain operation for "maybe sent": keep it queued, note why.
                message.error = unknown
                message._touch(None)
            elif failure is not None:
                message.fail(failure)
            else:
                message.mark_sent(provider_id)
                if target_message is not None and message.reaction is not None:
                    reacted = await repository.get(target_message.id, for_update=True)
                    if reacted.react(
                        message.reaction.emoji, from_me=True, agent_id=message.agent_id
                    ):
                        await repository.save(reacted)
                        repository.notify(reacted)
            await repository.save(message)
            repository.notify(message)
            await uow.commit()
            return message

    # -- changes to messages we sent ------------------------------------------------

    async def _own(
        self, uow: MessagingUnitOfWork, message_id: uuid.UUID, version: int
    ) -> tuple[Message, Target]:
        message = await uow.repository(MessageRepository).get(message_id, for_update=True)
        check_version("message", message_id, version, message.version)
        if not message.from_me:
            raise FailedPrecondition("only messages sent from this account can be changed")
        if message.revoked:
            raise errors.MessageIsRevoked(f"message {message_id} is revoked")
        if not message.provider_message_id or message.status in (None, MessageStatus.QUEUED):
            raise FailedPrecondition(f"message {message_id} was not sent")
        target = await self._target(uow, message.channel_id, message.chat_id, None)
        return message, target

    async def edit(
        self, project_id: uuid.UUID, message_id: uuid.UUID, version: int, new_text: str
    ) -> Message:
        if not new_text.strip():
            raise InvalidArgument.field("text", "is required")
        async with self._uow(project_id=project_id) as uow:
            message, target = await self._own(uow, message_id, version)
            if message.content_type != MessageContentType.TEXT:
                raise FailedPrecondition("only text messages can be edited")
            async with await self._client(target.access) as waha:
                await waha.edit_message(
                    target.provider_chat_id,
                    message.provider_serialized_id or message.provider_message_id,
                    new_text,
                )
            repository = uow.repository(MessageRepository)
            if message.edit(new_text, from_me=True):
                await repository.save(message)
                repository.notify(message)
            await uow.commit()
            return message

    async def revoke(self, project_id: uuid.UUID, message_id: uuid.UUID, version: int) -> Message:
        async with self._uow(project_id=project_id) as uow:
            message, target = await self._own(uow, message_id, version)
            async with await self._client(target.access) as waha:
                await waha.revoke_message(
                    target.provider_chat_id,
                    message.provider_serialized_id or message.provider_message_id,
                )
            repository = uow.repository(MessageRepository)
            if message.revoke(from_me=True):
                await repository.save(message)
                repository.notify(message)
            await uow.commit()
            return message

    async def mark_read(
        self, project_id: uuid.UUID, chat_id: uuid.UUID, message_ids: list[uuid.UUID]
    ) -> int:
        """Tell WhatsApp the contact's messages in a chat were seen; returns how many."""
        async with self._uow(project_id=project_id) as uow:
            chat_row = (
                await uow.connection.execute(
                    text("SELECT channel_id FROM messaging.chats WHERE id = :id"), {"id": chat_id}
                )
            ).first()
            if chat_row is None:
                raise NotFound("chat", chat_id)
            target = await self._target(uow, chat_row[0], chat_id, None)
            where = "chat_id = :chat AND direction = 'inbound' AND provider_message_id IS NOT NULL"
            params: dict[str, Any] = {"chat": chat_id}
            if message_ids:
                where += " AND id = ANY(:ids)"
                params["ids"] = message_ids
            rows = (
                await uow.connection.execute(
                    text(
                        "SELECT data->>'provider_serialized_id', provider_message_id"
                        f" FROM messaging.messages WHERE {where}"
                    ),
                    params,
                )
            ).all()
        if not rows:
            return 0
        async with await self._client(target.access) as waha:
            await waha.send_seen(target.provider_chat_id, [r[0] or r[1] for r in rows])
        return len(rows)
