"""Apply one normalised WAHA command inside the event's unit of work.

Each handler is idempotent: a redelivered or reprocessed event finds what it made
(chat by wa chat id, message by the bare provider id) and changes nothing. A command
whose subject has not arrived yet (an ack before its message) raises WaitFor: the
event stays pending and is tried again shortly.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from messaging.adapters.crm_client import ContactFinder, ContactRef
from messaging.adapters.inbound_repositories import (
    ChannelRepository,
    ChatRepository,
    chat_for,
)
from messaging.adapters.messages import MessageRepository
from messaging.adapters.pipeline_timeouts import session_timeout_of
from messaging.adapters.project_settings import assignment_policy, session_timeout_minutes
from messaging.adapters.sessions import SessionRepository
from messaging.domain.assignment_policy import AssignmentPolicy
from messaging.domain.channels import Channel
from messaging.domain.chat_participants import ChatParticipant
from messaging.domain.chats import Chat, ChatType
from messaging.domain.events.calls import CallReceived as CallReceivedEvent
from messaging.domain.message_parts import (
    MessageAttribution,
    MessageContentType,
    MessageDirection,
    MessageError,
    MessageLocation,
    MessageMedia,
    MessageMention,
    MessageSource,
    PhoneNumber,
)
from messaging.domain.message_status import MessageStatus, status_for_ack
from messaging.domain.messages import Message
from messaging.domain.session_metrics import timeout_for
from messaging.domain.sessions import Session, SessionEndReason
from messaging.service_layer.assignment import assign_new_session
from messaging.service_layer.contacts import contact_of_whatsapp
from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from messaging.waha import commands as c
from messaging.waha import event_commands as e
from messaging.waha import group_commands as g
from messaging.waha.ids import ChatKind, phone_digits, to_cus
from shared.domain import utcnow

UNSTORED_KINDS = (ChatKind.STATUS, ChatKind.BROADCAST, ChatKind.CHANNEL)


class WaitFor(Exception):
    """The command's subject (e.g. the acked message) is not stored yet."""


@dataclass
class Outcome:
    """What processing an event produced, kept on the stored event."""

    message_id: str = ""
    content_type: str = ""
    ignored: str = ""  # reason, when the event had no business effect
    media: list[uuid.UUID] = field(default_factory=list)  # messages whose media to copy


@dataclass
class Memo:
    """What the events of one transaction have loaded, for the next ones: the same
    objects, so a second message of a chat neither reads its chat and session again nor
    holds a stale copy. Lives exactly as long as the unit of work."""

    channels: dict[uuid.UUID, tuple[Channel, bool]] = field(default_factory=dict)  # locked?
    chats: dict[tuple[uuid.UUID, str], Chat] = field(default_factory=dict)
    sessions: dict[tuple[uuid.UUID, uuid.UUID], Session] = field(default_factory=dict)
    # (channel, provider message id) of the messages stored, found or inserted here
    messages: set[tuple[uuid.UUID, str]] = field(default_factory=set)
    new_messages: dict[tuple[uuid.UUID, str], Message] = field(default_factory=dict)
    # keys `prefetch` looked up: what the memo lacks of them is not stored
    looked: set[tuple[str, uuid.UUID, Any]] = field(default_factory=set)
    assignment: AssignmentPolicy | None = None  # the project's agent assignment policy
    # pipeline id → (the pipeline's, the project's) session timeout setting
    timeouts: dict[uuid.UUID | None, tuple[timedelta | None, int | None]] = field(
        default_factory=dict
    )


@dataclass
class Context:
    uow: MessagingUnitOfWork
    crm: ContactFinder
    project_id: uuid.UUID
    channel_id: uuid.UUID
    now: datetime = field(default_factory=utcnow)
    memo: Memo = field(default_factory=Memo)

    @property
    def chats(self) -> ChatRepository:
        return self.uow.repository(ChatRepository)

    @property
    def messages(self) -> MessageRepository:
        return self.uow.repository(MessageRepository)

    @property
    def sessions(self) -> SessionRepository:
        return self.uow.repository(SessionRepository)

    async def channel(self, *, for_update: bool = False) -> Channel:
        """The event's channel; locked only by handlers that change it, so messages of
        different chats on one channel are stored side by side."""
        known = self.memo.channels.get(self.channel_id)
        if known is None or (for_update and not known[1]):
            channel = await self.uow.repository(ChannelRepository).get(
                self.channel_id, for_update=for_update
            )
            known = self.memo.channels[self.channel_id] = (channel, for_update)
        return known[0]

    async def chat(
        self,
        wa_chat_id: str,
        contact_id: uuid.UUID | None = None,
        *,
        first_message: datetime | None = None,
    ) -> Chat:
        key = (self.channel_id, to_cus(wa_chat_id))
        chat = self.memo.chats[key] = await chat_for(
            self.chats,
            self.project_id,
            self.channel_id,
            wa_chat_id,
            contact_id,
            first_message=first_message,
            now=self.now,
            known=self.memo.chats.get(key),
            looked=("chat", *key) in self.memo.looked,
        )
        return chat

    async def session_timeout(self, channel: Channel) -> timedelta:
        """A new session's inactivity timeout: pipeline → channel → project → default."""
        key = channel.pipeline_id
        if key not in self.memo.timeouts:
            pipeline = await session_timeout_of(self.uow.connection, key)
            project = (
                None
                if pipeline
                else await session_timeout_minutes(self.uow.connection, self.project_id)
            )
            self.memo.timeouts[key] = pipeline, project
        pipeline, project = self.memo.timeouts[key]
        return timeout_for(pipeline, channel.default_session_timeout, project)

    async def message_by_key(self, wa_message_id: str) -> Message | None:
        """The stored message (locked), or one this transaction is about to insert."""
        new = self.memo.new_messages.get((self.channel_id, wa_message_id))
        if new is not None:
            return new
        return await self.messages.find(
            "channel_id = :ch AND provider_message_id = :p FOR UPDATE",
            ch=self.channel_id,
            p=wa_message_id,
        )


# -- contacts -------------------------------------------------------------------------


async def contact_for(
    ctx: Context, jid: str | None, alt: str | None = None, name: str | None = None
) -> ContactRef | None:
    """crm's contact for a WhatsApp id (raises CrmUnavailable when crm is down)."""
    return await contact_of_whatsapp(
        ctx.crm,
        ctx.project_id,
        [x for x in (jid, alt) if x],
        name=name or "",
        channel_id=ctx.channel_id,
    )


# -- messages -------------------------------------------------------------------------


def _content(cmd: c.InboundMessage) -> dict[str, Any]:
    kind = str(cmd.content_type.value)
    parts: dict[str, Any] = {"text": cmd.text or ""}
    if kind == "unknown":
        kind = "text" if (cmd.text or "").strip() else "system"
    if cmd.media is not None or cmd.has_media:
        media = cmd.media
        parts["media"] = MessageMedia(
            url=(media.url or "") if media else "",
            mimetype=(media.mimetype or "") if media else "",
            filename=(media.filename or "") if media else "",
        )
        if kind in ("text", "system"):
            kind = "document"
    if kind == "location":
        loc = cmd.location
        if loc is None or loc.latitude is None or loc.longitude is None:
            kind = "text" if parts["text"].strip() else "system"
        else:
            parts["location"] = MessageLocation(
                latitude=loc.latitude,
                longitude=loc.longitude,
                name=loc.name or "",
                address=loc.address or "",
                url=loc.url or "",
                live=loc.live,
            )
    if kind == "contact":
        if cmd.vcards:
            parts["vcards"] = tuple(v.raw for v in cmd.vcards)
        else:
            kind = "text" if parts["text"].strip() else "system"
    if kind in ("image", "video", "audio", "voice", "document", "sticker") and "media" not in parts:
        parts["media"] = MessageMedia()
    if kind == "text" and not parts["text"].strip():
        kind = "system"
    parts["content_type"] = MessageContentType(kind)
    if cmd.mentions:
        parts["mentions"] = tuple(MessageMention(provider_participant_id=m) for m in cmd.mentions)
    if cmd.reply_to:
        parts["reply_to_message_id"] = cmd.reply_to
    return parts


def _attribution(cmd: c.InboundMessage) -> MessageAttribution | None:
    ad = cmd.ad
    if ad is None:
        return None
    utm = dict(ad.utm)
    return MessageAttribution(
        from_ad=True,
        title=ad.title or "",
        body=ad.body or "",
        source_url=ad.source_url or "",
        source_id=ad.source_id or "",
        source_type=ad.source_type or "",
        ctwa_clid=ad.ctwa_clid or "",
        conversion_source=ad.conversion_source or "",
        thumbnail_url=ad.thumbnail_url or "",
        utm_source=utm.pop("utm_source", ""),
        utm_medium=utm.pop("utm_medium", ""),
        utm_campaign=utm.pop("utm_campaign", ""),
        utm_term=utm.pop("utm_term", ""),
        utm_content=utm.pop("utm_content", ""),
        extra_params=utm,
    )


async def _session_for(
    ctx: Context, contact_id: uuid.UUID, chat: Chat, at: datetime
) -> tuple[Session, bool]:
    """The active session of the contact on the channel accepting a message at `at`,
    else a new one, not stored yet (the old one ended by inactivity)."""
    key = (ctx.channel_id, contact_id)
    active = ctx.memo.sessions.get(key)
    if active is None and ("session", *key) not in ctx.memo.looked:
        active = await ctx.sessions.find(
            "channel_id = :ch AND contact_id = :c AND status = 'active' FOR UPDATE",
            ch=ctx.channel_id,
            c=contact_id,
        )
    if active is not None and active.accepts(at):
        ctx.memo.sessions[key] = active
        return active, False
    if active is not None:
        active.end(SessionEndReason.INACTIVITY_TIMEOUT, now=ctx.now)
        await ctx.sessions.save(active)
    channel = await ctx.channel()
    session = ctx.memo.sessions[key] = Session.start(
        project_id=ctx.project_id,
        contact_id=contact_id,
        channel_id=ctx.channel_id,
        chat_id=chat.id,
        pipeline_id=channel.pipeline_id,
        start_time=at,
        timeout=await ctx.session_timeout(channel),
        now=ctx.now,
    )
    return session, True  # added by the caller once it holds its first message


async def _store_session(ctx: Context, session: Session, started: bool) -> None:
    """A new session is inserted with its first message already counted (one statement:
    its messages refer to it), then given an agent by the project's strategy in the same
    transaction; a continued one is saved with the batch's other sessions at commit."""
    if not started:
        ctx.sessions.save_later(session)
        return
    await ctx.sessions.add(session)
    channel = await ctx.channel()
    if ctx.memo.assignment is None:  # the project's policy, read once per transaction
        ctx.memo.assignment = await assignment_policy(ctx.uow.connection, ctx.project_id)
    if await assign_new_session(
        ctx.uow, session, channel.default_agent_id, now=ctx.now, policy=ctx.memo.assignment
    ):
        await ctx.sessions.save(session)


async def inbound_message(ctx: Context, cmd: c.InboundMessage, out: Outcome) -> None:
    out.message_id = cmd.key.wa_message_id
    out.content_type = str(cmd.content_type.value)
    key = (ctx.channel_id, cmd.key.wa_message_id)
    if key in ctx.memo.messages:
        return  # message / message.any / @lid vs @c.us / a retry: stored once
    if ("message", *key) not in ctx.memo.looked and await ctx.messages.find(
        "channel_id = :ch AND provider_message_id = :p", ch=ctx.channel_id, p=key[1]
    ):
        ctx.memo.messages.add(key)
        return
    if cmd.chat_kind in UNSTORED_KINDS:
        out.ignored = f"{cmd.chat_kind.value} messages are not stored"
        return
    group = cmd.chat_kind == ChatKind.GROUP
    if group:
        person, alt = cmd.sender_id, cmd.sender_alt_id
    else:
        person, alt = cmd.chat_id, (cmd.sender_alt_id if not cmd.from_me else None)
    name = None if cmd.from_me else cmd.sender_push_name
    contact = None if (group and cmd.from_me) else await contact_for(ctx, person, alt, name)
    contact_id = contact.id if contact else None
    chat = await ctx.chat(cmd.chat_id, None if group else contact_id, first_message=cmd.sent_at)
    direction = MessageDirection.OUTBOUND if cmd.from_me else MessageDirection.INBOUND
    session: Session | None = None
    started = False
    if contact_id is not None:
        session, started = await _session_for(ctx, contact_id, chat, cmd.sent_at)
    fields: dict[str, Any] = dict(
        project_id=ctx.project_id,
        channel_id=ctx.channel_id,
        message_time=cmd.sent_at,
        provider_serialized_id=cmd.message_id,
        provider_message_id=cmd.key.wa_message_id,
        chat_id=chat.id,
        contact_id=contact_id,
        session_id=session.id if session else None,
        sender_provider_id=cmd.sender_id or "",
        sender_name=cmd.sender_push_name or "",
        attribution=_attribution(cmd),
        now=ctx.now,
        **_content(cmd),
    )
    if cmd.from_me:
        status = status_for_ack(int(cmd.ack)) or MessageStatus.SENT
        message = Message.create(
            direction=direction,
            status=status,
            source=MessageSource.MANUAL,
            sent_time=cmd.sent_at,
            **fields,
        )
    else:
        phone = phone_digits(to_cus(person)) if person else None
        if phone is None and alt:
            phone = phone_digits(to_cus(alt))
        message = Message.receive(
            chat_type=chat.type,
            session_started=started,
            pipeline_id=session.pipeline_id if session else None,
            sender_phone=PhoneNumber(e164=f"+{phone}", raw=phone) if phone else None,
            source=MessageSource.CONTACT,
            **fields,
        )
    if session is not None:
        session.record_message(direction, cmd.sent_at, message_id=message.id, now=ctx.now)
        await _store_session(ctx, session, started)
    ctx.messages.add_later(message)  # with the batch's other new messages, at commit
    ctx.memo.messages.add(key)
    ctx.memo.new_messages[key] = message
    ctx.uow.tally.count(ctx.project_id, ctx.channel_id, direction, cmd.sent_at)
    ctx.messages.notify(message)
    if chat.record_message(cmd.sent_at):
        ctx.chats.touch(chat)
    if message.media is not None and message.media.url:
        out.media.append(message.id)


async def prefetch(uow: Any, memo: Memo, events: Sequence[tuple[uuid.UUID, list[Any]]]) -> None:
    """Look up at once what a batch's new messages need — which are stored already,
    their chats, the active sessions of those chats' contacts (locked) — three
    statements for the batch instead of three per message. What the memo then lacks
    of the keys in `memo.looked` is known not to be stored."""
    wanted = [
        (channel_id, cmd)
        for channel_id, commands in events
        for cmd in commands
        if isinstance(cmd, c.InboundMessage) and cmd.chat_kind not in UNSTORED_KINDS
    ]
    if len(wanted) < 2:
        return  # nothing to save over looking each up
    message_keys = [(channel_id, cmd.key.wa_message_id) for channel_id, cmd in wanted]
    memo.messages |= await uow.repository(MessageRepository).stored_keys(message_keys)
    chat_keys = [(channel_id, to_cus(cmd.chat_id)) for channel_id, cmd in wanted]
    for chat in await uow.repository(ChatRepository).by_provider_ids(chat_keys):
        memo.chats.setdefault((chat.channel_id, chat.provider_chat_id), chat)
    session_keys = {
        (chat.channel_id, chat.contact_id)
        for chat in memo.chats.values()
        if chat.contact_id is not None and chat.type == ChatType.INDIVIDUAL
    }
    sessions = uow.repository(SessionRepository)
    for session in await sessions.active_for_many(list(session_keys), for_update=True):
        memo.sessions.setdefault((session.channel_id, session.contact_id), session)
    memo.looked |= {("message", *k) for k in message_keys}
    memo.looked |= {("chat", *k) for k in chat_keys}
    memo.looked |= {("session", *k) for k in session_keys}


async def message_ack(ctx: Context, cmd: c.MessageAck, out: Outcome) -> None:
    out.message_id = cmd.key.wa_message_id
    message = await ctx.message_by_key(cmd.key.wa_message_id)
    if message is None:
        raise WaitFor(f"message {cmd.key.wa_message_id} is not stored yet")
    if cmd.group_receipt:
        out.ignored = "group receipts do not change the message status"
        return
    error = None
    if cmd.error is not None:
        error = MessageError(
            code=cmd.error.code or "", message=cmd.error.reason or "", blocked=cmd.error.blocked
        )
    if message.apply_ack(int(cmd.ack), at=cmd.at, error=error, now=ctx.now):
        await ctx.messages.save(message)
        ctx.messages.notify(message)


async def message_reaction(ctx: Context, cmd: c.MessageReaction, out: Outcome) -> None:
    out.message_id = cmd.target.wa_message_id
    target = await ctx.message_by_key(cmd.target.wa_message_id)
    if target is None:
        raise WaitFor(f"message {cmd.target.wa_message_id} is not stored yet")
    contact = None
    if not cmd.from_me and cmd.sender_id:
        contact = await contact_for(ctx, cmd.sender_id)
    changed = target.react(
        cmd.emoji,
        from_me=cmd.from_me,
        contact_id=contact.id if contact else None,
        provider_participant_id="" if cmd.from_me else to_cus(cmd.sender_id or ""),
        at=cmd.reacted_at,
        now=ctx.now,
    )
    if changed:
        await ctx.messages.save(target)
        ctx.messages.notify(target)


async def message_edited(ctx: Context, cmd: c.MessageEdited, out: Outcome) -> None:
    out.message_id = cmd.target.wa_message_id
    target = await ctx.message_by_key(cmd.target.wa_message_id)
    if target is None:
        raise WaitFor(f"message {cmd.target.wa_message_id} is not stored yet")
    if cmd.new_text is not None and target.edit(
        cmd.new_text, from_me=cmd.target.from_me, at=cmd.edited_at, now=ctx.now
    ):
        await ctx.messages.save(target)
        ctx.messages.notify(target)


async def message_revoked(ctx: Context, cmd: c.MessageRevoked, out: Outcome) -> None:
    out.message_id = cmd.target.wa_message_id
    target = await ctx.message_by_key(cmd.target.wa_message_id)
    if target is None:
        raise WaitFor(f"message {cmd.target.wa_message_id} is not stored yet")
    if target.revoke(from_me=cmd.target.from_me, at=cmd.revoked_at, now=ctx.now):
        await ctx.messages.save(target)
        ctx.messages.notify(target)


# -- channel, chats, calls ------------------------------------------------------------


async def session_status(ctx: Context, cmd: e.SessionStatusChanged, out: Outcome) -> None:
    channel = await ctx.channel(for_update=True)
    at = cmd.statuses[-1].at if cmd.statuses else None
    try:
        channel.follow_waha_status(cmd.status, at=at, now=ctx.now)
    except ValueError:
        out.ignored = f"unknown WAHA session status {cmd.status}"
        return
    await ctx.uow.repository(ChannelRepository).save(channel)


async def label_upserted(ctx: Context, cmd: e.LabelUpserted, out: Outcome) -> None:
    channel = await ctx.channel(for_update=True)
    label = cmd.label
    if channel.upsert_label(
        label.id, label.name, color=label.color or 0, color_hex=label.color_hex or "", now=ctx.now
    ):
        await ctx.uow.repository(ChannelRepository).save(channel)


async def label_deleted(ctx: Context, cmd: e.LabelDeleted, out: Outcome) -> None:
    channel = await ctx.channel(for_update=True)
    if channel.delete_label(cmd.label.id, now=ctx.now):
        await ctx.uow.repository(ChannelRepository).save(channel)


async def label_chat(
    ctx: Context, cmd: e.LabelChatAdded | e.LabelChatDeleted, out: Outcome
) -> None:
    chat = await ctx.chat(cmd.chat_id)
    if isinstance(cmd, e.LabelChatAdded):
        changed = chat.add_label(cmd.label_id, now=ctx.now)
    else:
        changed = chat.remove_label(cmd.label_id, now=ctx.now)
    if changed:
        await ctx.chats.save(chat)


async def call_received(ctx: Context, cmd: e.CallReceived, out: Outcome) -> None:
    channel = await ctx.channel(for_update=True)
    contact = await contact_for(ctx, cmd.from_id) if not cmd.is_group else None
    chat = None
    if cmd.from_id and not cmd.is_group:
        chat = await ctx.chat(cmd.from_id, contact.id if contact else None)
    phone = phone_digits(to_cus(cmd.from_id)) if cmd.from_id else None
    channel.record(
        CallReceivedEvent(
            aggregate_id=channel.id,
            project_id=ctx.project_id,
            aggregate_version=channel.version,
            channel_id=channel.id,
            provider_call_id=cmd.call_id,
            contact_id=contact.id if contact else None,
            chat_id=chat.id if chat else None,
            caller_provider_id=cmd.from_id or "",
            caller_phone=PhoneNumber(e164=f"+{phone}", raw=phone) if phone else None,
            video=cmd.is_video,
            group=cmd.is_group,
            call_time=cmd.at or ctx.now,
        )
    )


async def group_participants(ctx: Context, cmd: g.GroupParticipantsChanged, out: Outcome) -> None:
    chat = await ctx.chat(cmd.group_id)
    people = [
        ChatParticipant(
            provider_participant_id=to_cus(p.id),
            admin=(p.role or "") in ("admin", "superadmin"),
            super_admin=p.role == "superadmin",
        )
        for p in cmd.participants
    ]
    if chat.participants_changed(cmd.type, people, at=cmd.at, now=ctx.now):
        await ctx.chats.save(chat)


async def group_info(ctx: Context, cmd: g.GroupJoined | g.GroupUpdated, out: Outcome) -> None:
    chat = await ctx.chat(cmd.group.id)
    if chat.update(subject=cmd.group.subject, description=cmd.group.description, now=ctx.now):
        await ctx.chats.save(chat)


async def chat_archived(ctx: Context, cmd: e.ChatArchived, out: Outcome) -> None:
    chat = await ctx.chat(cmd.chat_id)
    changed = chat.archive(now=ctx.now) if cmd.archived else chat.unarchive(now=ctx.now)
    if changed:
        await ctx.chats.save(chat)


HANDLERS: dict[type, Any] = {
    c.InboundMessage: inbound_message,
    c.MessageAck: message_ack,
    c.MessageReaction: message_reaction,
    c.MessageEdited: message_edited,
    c.MessageRevoked: message_revoked,
    e.SessionStatusChanged: session_status,
    e.LabelUpserted: label_upserted,
    e.LabelDeleted: label_deleted,
    e.LabelChatAdded: label_chat,
    e.LabelChatDeleted: label_chat,
    e.CallReceived: call_received,
    g.GroupParticipantsChanged: group_participants,
    g.GroupJoined: group_info,
    g.GroupUpdated: group_info,
    e.ChatArchived: chat_archived,
}


async def apply(ctx: Context, command: c.Command, out: Outcome) -> None:
    handler = HANDLERS.get(type(command))
    if handler is None:
        reason = getattr(command, "reason", "") or f"{type(command).__name__} is not applied"
        out.ignored = reason
        return
    await handler(ctx, command, out)
