"""Activities of the history import: list the chats, import one page of a chat
(idempotently: messages by the UNIQUE provider-id index, progress and cursor in
the same transaction), and finish.

WAMessages are parsed here (id, time, fromMe, body, media type): the shared
normalizer in messaging.waha was not ready when this was written.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from temporalio import activity

from messaging.adapters import history_imports as store
from messaging.adapters.crm_client import CrmContacts
from messaging.adapters.history_imports import HistoryImportRepository
from messaging.adapters.sessions import SessionRepository
from messaging.adapters.waha_client import WahaClient
from messaging.domain.history_imports import (
    HistoryImportCursor,
    HistoryImportStatus,
    sessions_from_gaps,
)
from messaging.domain.message_ids import bare_message_id
from messaging.domain.message_parts import (
    MessageContentType,
    MessageDirection,
    MessageMedia,
    MessageSource,
)
from messaging.domain.message_status import MessageStatus
from messaging.domain.messages import Message
from messaging.domain.session_metrics import timeout_for
from messaging.domain.sessions import Session, SessionEndReason
from messaging.service_layer.history_imports import HistoryImports, UowFactory
from shared.domain import utcnow

WahaFactory = Callable[[uuid.UUID, uuid.UUID], Awaitable[WahaClient]]


@dataclass
class HistoryImportInput:
    project_id: str
    channel_id: str
    import_id: str


@dataclass
class ChatRef:
    id: str
    name: str = ""


@dataclass
class Plan:
    chats: list[ChatRef]
    chat_index: int
    last_message_id: str
    per_chat_limit: int
    status: str


@dataclass
class ChunkInput:
    project_id: str
    channel_id: str
    import_id: str
    chat_index: int
    chat_id: str
    chat_name: str
    offset: int
    page_size: int
    taken: int  # messages of this chat already handled (per-chat limit)
    skip_until: str  # resumed: skip the page up to this provider id
    expected_last_message_id: str  # the cursor this chunk starts from
    last_chat: bool = False


@dataclass
class ChunkResult:
    consumed: int  # raw page entries used (the next offset moves by this)
    handled: int  # messages counted against the per-chat limit
    chat_done: bool
    skip_until: str
    last_message_id: str
    stop: bool = False  # the import is no longer running (cancelled)
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class FinishInput:
    project_id: str
    import_id: str
    outcome: str
    error: str = ""


@dataclass(frozen=True)
class _Parsed:
    provider_id: str
    serialized: str
    time: datetime
    from_me: bool
    text: str
    content_type: MessageContentType
    media: MessageMedia | None
    raw: dict[str, Any]


_MEDIA = {
    "image": MessageContentType.IMAGE,
    "video": MessageContentType.VIDEO,
    "audio": MessageContentType.AUDIO,
}


def parse_wa_message(raw: dict[str, Any]) -> _Parsed | None:
    serialized = raw.get("id")
    if isinstance(serialized, dict):
        serialized = serialized.get("_serialized")
    if not isinstance(serialized, str) or not serialized:
        return None
    ts = raw.get("timestamp") or 0
    when = datetime.fromtimestamp(float(ts), UTC)
    body = raw.get("body") or ""
    media_raw = raw.get("media") if isinstance(raw.get("media"), dict) else None
    content, media = MessageContentType.TEXT, None
    if raw.get("hasMedia"):
        mimetype = str((media_raw or {}).get("mimetype") or "")
        kind = mimetype.split("/")[0]
        content = _MEDIA.get(kind, MessageContentType.DOCUMENT)
        if "ogg" in mimetype or raw.get("type") in ("ptt", "voice"):
            content = MessageContentType.VOICE if content == MessageContentType.AUDIO else content
        media = MessageMedia(
            url=str((media_raw or {}).get("url") or ""),
            mimetype=mimetype,
            filename=str((media_raw or {}).get("filename") or ""),
        )
    elif not str(body).strip():
        content = MessageContentType.SYSTEM
    return _Parsed(
        provider_id=bare_message_id(serialized),
        serialized=serialized,
        time=when,
        from_me=bool(raw.get("fromMe")),
        text=str(body),
        content_type=content,
        media=media,
        raw=raw,
    )


def _phone_of(chat_id: str) -> str:
    user = chat_id.split("@")[0].split(":")[0]
    return f"+{user}" if user.isdigit() else ""


class HistoryImportActivities:
    def __init__(self, uow: UowFactory, crm: CrmContacts, waha_for: WahaFactory) -> None:
        self._uow, self._crm, self._waha_for = uow, crm, waha_for
        self._service = HistoryImports(uow)

    @activity.defn(name="history_import_plan")
    async def plan(self, data: HistoryImportInput) -> Plan:
        project, channel = uuid.UUID(data.project_id), uuid.UUID(data.channel_id)
        chats: list[ChatRef] = []
        waha = await self._waha_for(project, channel)
        try:
            offset = 0
            while True:
                page = await waha.list_chats(
                    limit=200, offset=offset, sort_by="id", sort_order="asc"
                )
                for chat in page:
                    chat_id = chat.get("id")
                    if isinstance(chat_id, dict):
                        chat_id = chat_id.get("_serialized")
                    if isinstance(chat_id, str) and not chat_id.endswith(
                        ("@g.us", "@newsletter", "@broadcast")
                    ):
                        chats.append(ChatRef(chat_id, str(chat.get("name") or "")))
                if len(page) < 200:
                    break
                offset += len(page)
        finally:
            await waha.aclose()
        item = await self._service.begin(project, uuid.UUID(data.import_id), len(chats))
        return Plan(
            chats=chats,
            chat_index=item.cursor.chat_index,
            last_message_id=item.cursor.last_message_id,
            per_chat_limit=item.per_chat_message_limit,
            status=item.status.value,
        )

    @activity.defn(name="history_import_chunk")
    async def import_chunk(self, chunk: ChunkInput) -> ChunkResult:
        project, channel = uuid.UUID(chunk.project_id), uuid.UUID(chunk.channel_id)
        waha = await self._waha_for(project, channel)
        try:
            page = await waha.list_messages(
                chunk.chat_id, limit=chunk.page_size, offset=chunk.offset
            )
        finally:
            await waha.aclose()
        full = len(page) >= chunk.page_size
        parsed = [parse_wa_message(m) for m in page]
        ids = [p.provider_id if p else "" for p in parsed]
        start, skip = 0, chunk.skip_until
        if skip:
            if skip not in ids:
                return ChunkResult(len(page), 0, not full, skip, chunk.expected_last_message_id)
            start, skip = ids.index(skip) + 1, ""
        async with self._uow(project_id=project) as uow:
            repo = uow.repository(HistoryImportRepository)
            item = await repo.get(uuid.UUID(chunk.import_id), for_update=True)
            if item.status != HistoryImportStatus.RUNNING:
                return ChunkResult(0, 0, True, "", item.cursor.last_message_id, stop=True)
            cursor = item.cursor
            if (cursor.chat_index, cursor.last_message_id) != (
                chunk.chat_index,
                chunk.expected_last_message_id,
            ):
                # This chunk committed before (a retried activity): continue after it.
                if cursor.chat_index != chunk.chat_index:
                    return ChunkResult(len(page), 0, True, "", "")
                done_at = (
                    ids.index(cursor.last_message_id) + 1
                    if cursor.last_message_id in ids
                    else len(page)
                )
                return ChunkResult(done_at, done_at - start, False, "", cursor.last_message_id)
            source = await store.channel_source(uow.connection, channel)
            timeout = timeout_for(None, source.session_timeout if source else None, None)
            # Which entries this chunk takes: in the import's window, within the limit.
            take: list[tuple[int, _Parsed]] = []
            chat_done = not full
            limit = item.per_chat_message_limit
            for i in range(start, len(page)):
                p = parsed[i]
                if limit and chunk.taken + len(take) >= limit:
                    chat_done = True
                    break
                if p is None:
                    continue
                if item.from_time and p.time < item.from_time:
                    chat_done = True
                    break
                take.append((i, p))
            # Hold back the oldest time group of a full page: it may go on in the next page.
            if take and full and not chat_done:
                groups = sessions_from_gaps([p.time for _, p in take], timeout)
                if len(groups) > 1:
                    boundary = groups[0][-1]
                    take = [(i, p) for i, p in take if p.time > boundary]
            if take:
                consumed = take[-1][0] + 1
            else:
                consumed = start if chat_done else len(page)
            counts = await self._store(
                uow, item.project_id, channel, chunk, [p for _, p in take], timeout
            )
            last_id = take[-1][1].provider_id if take else chunk.expected_last_message_id
            finished_chat = chat_done
            progress = dict(counts)
            progress["fetched_messages"] = len(take)
            progress["current_chat_id"] = chunk.chat_id  # type: ignore[assignment]
            if finished_chat:
                progress["processed_chats"] = 1
                next_cursor = HistoryImportCursor(chat_index=chunk.chat_index + 1)
            else:
                next_cursor = HistoryImportCursor(
                    chat_index=chunk.chat_index, last_message_id=last_id
                )
            item.record_progress(cursor=next_cursor, **progress)
            await repo.save(item)
            await uow.commit()
        activity.heartbeat()
        return ChunkResult(
            consumed=consumed,
            handled=len(take),
            chat_done=finished_chat,
            skip_until=skip,
            last_message_id=next_cursor.last_message_id,
            counts=counts,
        )

    async def _store(
        self,
        uow: Any,
        project: uuid.UUID,
        channel: uuid.UUID,
        chunk: ChunkInput,
        items: list[_Parsed],
        timeout: timedelta,
    ) -> dict[str, int]:
        if not items:
            return {}
        existing = await store.stored_provider_ids(
            uow.connection, channel, [p.provider_id for p in items]
        )
        fresh: dict[str, _Parsed] = {}
        for p in items:
            if p.provider_id not in existing:
                fresh.setdefault(p.provider_id, p)
        counts = {"duplicate_messages": len(items) - len(fresh)}
        if not fresh:
            return counts
        contact = await self._crm.find_or_create(
            project,
            phone=_phone_of(chunk.chat_id),
            wid=chunk.chat_id if chunk.chat_id.endswith("@c.us") else "",
            lid=chunk.chat_id if chunk.chat_id.endswith("@lid") else "",
            name=chunk.chat_name,
            channel_id=channel,
        )
        counts["contacts_created"] = int(contact.created)
        sessions = uow.repository(SessionRepository)
        now = utcnow()
        by_time = sorted(fresh.values(), key=lambda p: p.time)
        groups = sessions_from_gaps([p.time for p in by_time], timeout)
        messages: list[Message] = []
        created = 0
        at = 0
        active = await sessions.active_for(channel, contact.id)
        for group in groups:
            members, at = by_time[at : at + len(group)], at + len(group)
            session = None
            if active is not None and all(active.accepts(p.time) for p in members):
                session = active
            else:
                session = Session.start(
                    project_id=project,
                    contact_id=contact.id,
                    channel_id=channel,
                    start_time=members[0].time,
                    timeout=timeout,
                    now=now,
                )
                created += 1
            for p in members:
                direction = MessageDirection.OUTBOUND if p.from_me else MessageDirection.INBOUND
                message = Message.create(
                    project_id=project,
                    channel_id=channel,
                    direction=direction,
                    message_time=p.time,
                    content_type=p.content_type,
                    provider_serialized_id=p.serialized,
                    text=p.text,
                    media=p.media,
                    contact_id=contact.id,
                    session_id=session.id,
                    source=MessageSource.HISTORY_IMPORT,
                    status=MessageStatus.DELIVERED if p.from_me else None,
                    now=now,
                )
                messages.append(message)
                session.record_message(direction, p.time, message_id=message.id, now=now)
            # History does not replay per-message session events; start/end are kept.
            session.events = [
                e for e in session.events if type(e).__name__ != "SessionMessageRecorded"
            ]
            if session is active:
                await sessions.save(session)
                continue
            if session.is_expired(now) or (active is not None):
                session.end(SessionEndReason.INACTIVITY_TIMEOUT, now=now)
            elif active is None:
                active = session
            await sessions.add(session)
        inserted = await store.insert_messages(uow.connection, messages)
        counts["imported_messages"] = len(inserted)
        counts["duplicate_messages"] += len(messages) - len(inserted)
        counts["sessions_created"] = created
        return counts

    @activity.defn(name="history_import_finish")
    async def finish(self, data: FinishInput) -> str:
        item = await self._service.finish(
            uuid.UUID(data.project_id), uuid.UUID(data.import_id), data.outcome, data.error
        )
        return item.status.value

    def all(self) -> list[Callable[..., Any]]:
        return [self.plan, self.import_chunk, self.finish]
