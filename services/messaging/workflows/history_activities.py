"""Activities of the history import: list the chats, import one page of a chat
(idempotently: messages by the UNIQUE provider-id index, progress and cursor in
the same transaction), and finish.

A page is stored set-based: the chat's contact is found once, sessions are built
from the messages' time gaps in memory, then sessions and messages are written with
one statement each. Several chats run at once, so the import row is locked only at
the end of a chunk, for the progress write and the commit.

WAMessages are parsed here (id, time, fromMe, body, media type): the shared
normalizer in messaging.waha was not ready when this was written.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from temporalio import activity

from messaging.adapters import history_imports as store
from messaging.adapters.crm_client import ContactFinder
from messaging.adapters.history_imports import HistoryImportRepository
from messaging.adapters.inbound_repositories import ChatRepository, chat_for
from messaging.adapters.sessions import SessionRepository
from messaging.adapters.waha_client import WahaClient
from messaging.domain.history_imports import (
    HistoryImport,
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
from messaging.service_layer.contacts import contact_of_whatsapp
from messaging.service_layer.history_imports import (
    HistoryImports,
    UowFactory,
    advance_cursor,
    chat_position,
)
from shared.domain import utcnow

WahaFactory = Callable[[uuid.UUID, uuid.UUID], Awaitable[WahaClient]]
CONVERSATION_PAGES = 10  # pages a chunk reads on to hold one conversation whole


@dataclass
class HistoryImportInput:
    project_id: str
    channel_id: str
    import_id: str
    page_size: int = 1000  # WAHA messages per chunk
    # Chats imported at once: one chat's pages must follow each other (sessions go on
    # across them), so parallel chats are what keeps WAHA, the worker and PostgreSQL
    # busy at the same time.
    lanes: int = 4


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
    begun_chats: dict[str, str] = field(default_factory=dict)  # see HistoryImportCursor


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


class _Parsed(NamedTuple):  # a tuple: a chunk makes a thousand of them
    provider_id: str
    serialized: str
    time: datetime
    from_me: bool
    text: str
    content_type: MessageContentType
    media: MessageMedia | None


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
    )


class HistoryImportActivities:
    def __init__(self, uow: UowFactory, crm: ContactFinder, waha_for: WahaFactory) -> None:
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
            begun_chats=dict(item.cursor.begun_chats),
        )

    @activity.defn(name="history_import_chunk")
    async def import_chunk(self, chunk: ChunkInput) -> ChunkResult:
        project, channel = uuid.UUID(chunk.project_id), uuid.UUID(chunk.channel_id)
        async with self._uow(project_id=project) as uow:
            source = await store.channel_source(uow.connection, channel)
        timeout = timeout_for(None, source.session_timeout if source else None, None)
        parsed, full = await self._read(project, channel, chunk, timeout)
        size = len(parsed)
        ids = [p.provider_id if p else "" for p in parsed]
        start, skip = 0, chunk.skip_until
        if skip:
            if skip not in ids:
                return ChunkResult(size, 0, not full, skip, chunk.expected_last_message_id)
            start, skip = ids.index(skip) + 1, ""
        async with self._uow(project_id=project) as uow:
            repo = uow.repository(HistoryImportRepository)
            item = await repo.get(uuid.UUID(chunk.import_id))
            if item.status != HistoryImportStatus.RUNNING:
                return ChunkResult(0, 0, True, "", item.cursor.last_message_id, stop=True)
            take, chat_done = _window(item, chunk, parsed, start, full, timeout)
            if take:
                consumed = take[-1][0] + 1
            else:
                consumed = start if chat_done else size
            counts = await self._store(
                uow, item.project_id, channel, chunk, [p for _, p in take], timeout
            )
            last_id = take[-1][1].provider_id if take else chunk.expected_last_message_id
            # Lock the import only now: chats run at once, and each holds the lock
            # just for the progress write and the commit.
            item = await repo.get(item.id, for_update=True)
            if item.status != HistoryImportStatus.RUNNING:
                await uow.rollback()
                return ChunkResult(0, 0, True, "", item.cursor.last_message_id, stop=True)
            position = chat_position(item.cursor, chunk.chat_index)
            if position != chunk.expected_last_message_id:
                # This chunk committed before (a retried activity): continue after it.
                await uow.rollback()
                return _committed(position, ids, start, size)
            progress: dict[str, int | str] = {**counts, "fetched_messages": len(take)}
            progress["current_chat_id"] = chunk.chat_id
            if chat_done:
                progress["processed_chats"] = 1
            cursor = advance_cursor(item.cursor, chunk.chat_index, last_id, chat_done)
            # now named, so mypy knows **progress holds only counts
            item.record_progress(cursor=cursor, now=None, **progress)
            await repo.save(item)
            await uow.commit()
        activity.heartbeat()
        return ChunkResult(
            consumed=consumed,
            handled=len(take),
            chat_done=chat_done,
            skip_until=skip,
            last_message_id="" if chat_done else last_id,
            counts=counts,
        )

    async def _read(
        self, project: uuid.UUID, channel: uuid.UUID, chunk: ChunkInput, timeout: timedelta
    ) -> tuple[list[_Parsed | None], bool]:
        """The chunk's messages (newest first) and whether the chat may go on after them.
        A full page that is all one conversation (no gap longer than the session timeout)
        is read on, page after page, until that conversation's first message or the
        chat's start, so that its session is built whole (at most CONVERSATION_PAGES
        pages: a longer one is split)."""
        waha = await self._waha_for(project, channel)
        try:
            parsed: list[_Parsed | None] = []
            while True:
                page = await waha.list_messages(
                    chunk.chat_id, limit=chunk.page_size, offset=chunk.offset + len(parsed)
                )
                parsed += [parse_wa_message(m) for m in page]
                full = len(page) >= chunk.page_size
                del page  # its dicts go now (less for the GC to scan during the chunk)
                if not full or len(parsed) >= CONVERSATION_PAGES * chunk.page_size:
                    return parsed, full
                times = sorted(p.time for p in parsed if p is not None)
                if len(sessions_from_gaps(times, timeout)) > 1:
                    return parsed, full
        finally:
            await waha.aclose()

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
        contact = await contact_of_whatsapp(
            self._crm, project, [chunk.chat_id], name=chunk.chat_name, channel_id=channel
        )
        if contact is None:  # a chat that names no person (the plan skips those)
            return counts
        counts["contacts_created"] = int(contact.created)
        now = utcnow()
        newest = max(p.time for p in fresh.values())
        chat = await chat_for(
            uow.repository(ChatRepository),
            project,
            channel,
            chunk.chat_id,
            contact.id,
            first_message=newest,
            now=now,
        )
        sessions = uow.repository(SessionRepository)
        active = await sessions.active_for(channel, contact.id)
        built = build_chunk(
            project, channel, contact.id, list(fresh.values()), active, timeout, now, chat.id
        )
        # Sessions first (messages reference them), each in one statement; the new
        # sessions are tracked so their started/ended events reach the outbox.
        await store.insert_sessions(uow.connection, built.new_sessions)
        for session in built.new_sessions:
            uow.track(session)
        if active is not None and built.continued_active:
            await sessions.save(active)
        inserted = await store.insert_messages(uow.connection, built.messages)
        for m in built.messages:
            if m.provider_message_id in inserted:
                uow.tally.count(project, channel, m.direction, m.message_time)
        if chat.record_message(newest):
            uow.repository(ChatRepository).touch(chat)
        counts["imported_messages"] = len(inserted)
        counts["duplicate_messages"] += len(built.messages) - len(inserted)
        counts["sessions_created"] = len(built.new_sessions)
        return counts

    @activity.defn(name="history_import_finish")
    async def finish(self, data: FinishInput) -> str:
        item = await self._service.finish(
            uuid.UUID(data.project_id), uuid.UUID(data.import_id), data.outcome, data.error
        )
        return item.status.value

    def all(self) -> list[Callable[..., Any]]:
        return [self.plan, self.import_chunk, self.finish]


@dataclass
class BuiltChunk:
    messages: list[Message]
    new_sessions: list[Session]
    continued_active: bool  # messages joined the contact's active session


def build_chunk(
    project: uuid.UUID,
    channel: uuid.UUID,
    contact_id: uuid.UUID,
    items: list[_Parsed],
    active: Session | None,
    timeout: timedelta,
    now: datetime,
    chat_id: uuid.UUID | None = None,
) -> BuiltChunk:
    """A chunk's messages and sessions, in memory: messages grouped by their own time
    gaps; a group inside the contact's active session joins it, any other opens a
    session (ended at once unless it is the newest and still within its timeout)."""
    by_time = sorted(items, key=lambda p: p.time)
    groups = sessions_from_gaps([p.time for p in by_time], timeout)
    built = BuiltChunk([], [], False)
    ids = iter(_new_ids(len(by_time)))
    loaded, at = active, 0
    for group in groups:
        members, at = by_time[at : at + len(group)], at + len(group)
        if active is not None and all(active.accepts(p.time) for p in members):
            session = active
            built.continued_active = built.continued_active or session is loaded
        else:
            session = Session.start(
                project_id=project,
                contact_id=contact_id,
                channel_id=channel,
                chat_id=chat_id,
                start_time=members[0].time,
                timeout=timeout,
                now=now,
            )
            built.new_sessions.append(session)
        messages = [
            _message(project, channel, contact_id, chat_id, session.id, p, now, next(ids))
            for p in members
        ]
        built.messages.extend(messages)
        # No event per message for history: the session's start and end are kept.
        session.record_history([(m.direction, m.message_time) for m in messages], now=now)
        if session is active:
            continue
        if session.is_expired(now) or active is not None:
            session.end(SessionEndReason.INACTIVITY_TIMEOUT, now=now)
        else:
            active = session
    return built


def _message(
    project: uuid.UUID,
    channel: uuid.UUID,
    contact_id: uuid.UUID,
    chat_id: uuid.UUID | None,
    session_id: uuid.UUID,
    p: _Parsed,
    now: datetime,
    id: uuid.UUID,
) -> Message:
    return Message.create(
        id=id,
        project_id=project,
        channel_id=channel,
        direction=MessageDirection.OUTBOUND if p.from_me else MessageDirection.INBOUND,
        message_time=p.time,
        content_type=p.content_type,
        provider_serialized_id=p.serialized,
        text=p.text,
        media=p.media,
        contact_id=contact_id,
        chat_id=chat_id,
        session_id=session_id,
        source=MessageSource.HISTORY_IMPORT,
        status=MessageStatus.DELIVERED if p.from_me else None,
        now=now,
    )


def _window(
    item: HistoryImport,
    chunk: ChunkInput,
    parsed: list[_Parsed | None],
    start: int,
    full: bool,
    timeout: timedelta,
) -> tuple[list[tuple[int, _Parsed]], bool]:
    """Which page entries this chunk takes (in the import's time window, within the
    per-chat limit), and whether the chat ends with them."""
    take: list[tuple[int, _Parsed]] = []
    chat_done = not full
    limit = item.per_chat_message_limit
    for i in range(start, len(parsed)):
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
    return take, chat_done


def _committed(position: str | None, ids: list[str], start: int, size: int) -> ChunkResult:
    """The result of a chunk that had committed already, from the stored position."""
    if position is None:
        return ChunkResult(size, 0, True, "", "")
    done_at = ids.index(position) + 1 if position in ids else size
    return ChunkResult(done_at, max(done_at - start, 0), False, "", position)


def _new_ids(count: int) -> list[uuid.UUID]:
    """Random (version 4) ids from one read of the system's randomness, not one each."""
    raw = os.urandom(16 * count)
    return [uuid.UUID(bytes=raw[i : i + 16], version=4) for i in range(0, 16 * count, 16)]
