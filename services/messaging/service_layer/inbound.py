"""The inbound processor: one stored WAHA event → its effects, in one tenant-scoped
unit of work, idempotently.

Failures never lose an event: crm down or a subject not stored yet (an ack before its
message) leave it pending with attempts + 1 and a later next_attempt_time; a malformed
body, a domain rule refusing it, or an unexpected error that persists through WAIT_LIMIT
tries is marked failed, with the error (ReprocessWahaEvent queues it again).
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from messaging.adapters import waha_events as store
from messaging.adapters.crm_client import ContactFinder, CrmUnavailable
from messaging.adapters.messages import MessageRepository
from messaging.adapters.waha_client import WahaClient, WahaError, WahaMediaExpired
from messaging.adapters.waha_keys import IdentityUnavailable
from messaging.domain.message_parts import MediaStorageStatus
from messaging.service_layer import inbound_handlers as handlers
from messaging.service_layer.unit_of_work import MessagingUnitOfWork
from messaging.waha.envelope import parse_envelope
from messaging.waha.errors import MalformedEvent
from messaging.waha.normalize import normalize
from shared.domain import AlreadyExists, DomainError, VersionConflict, utcnow

log = logging.getLogger(__name__)

UowFactory = Callable[..., MessagingUnitOfWork]
WahaFactory = Callable[[uuid.UUID, uuid.UUID], Awaitable[WahaClient]]

MAX_BACKOFF = timedelta(minutes=5)
WAIT_LIMIT = 12  # tries for a subject that never arrives (≈ 1 hour), then ignored


def backoff(attempts: int, base: timedelta = timedelta(seconds=1)) -> timedelta:
    factor: int = 2 ** max(attempts - 1, 0)  # int ** int is Any to the type checker
    return min(base * factor, MAX_BACKOFF)


@dataclass(frozen=True)
class Result:
    status: str  # processed | ignored | failed | pending | skipped (not claimable)
    detail: str = ""


class InboundProcessor:
    def __init__(
        self,
        uow: UowFactory,
        crm: ContactFinder,
        waha_for: WahaFactory,
        media_dir: str,
        *,
        retry_base: timedelta = timedelta(seconds=1),
        wait_base: timedelta = timedelta(seconds=2),
    ) -> None:
        self._uow, self._crm, self._waha_for = uow, crm, waha_for
        self._media_dir = Path(media_dir)
        self.retry_base, self.wait_base = retry_base, wait_base

    async def projects_with_due_events(self) -> list[uuid.UUID]:
        """Every project with due pending events (ids only, through the sweep door)."""
        async with self._uow(tenantless=True) as uow:
            return await store.projects_with_due_events(uow.connection)

    async def due(self, project_id: uuid.UUID, limit: int = 500) -> list[tuple[uuid.UUID, int]]:
        """The project's due pending events (id, lane), oldest first."""
        async with self._uow(project_id=project_id) as uow:
            return await store.due(uow.connection, limit)

    async def sweep(self, project_id: uuid.UUID, limit: int = 100) -> list[Result]:
        """Process the project's due pending events one after another, oldest first."""
        return [
            await self.process(project_id, row_id)
            for row_id, _ in await self.due(project_id, limit)
        ]

    async def process(self, project_id: uuid.UUID, row_id: uuid.UUID) -> Result:
        media: list[uuid.UUID] = []
        channel_id: uuid.UUID | None = None
        try:
            async with self._uow(project_id=project_id) as uow:
                row = await store.claim(uow.connection, row_id)
                if row is None:
                    return Result("skipped")
                channel_id = row.channel_id
                try:
                    commands = normalize(parse_envelope(row.raw_body))
                except (MalformedEvent, ValueError) as error:
                    await store.update(
                        uow.connection,
                        row,
                        status=store.FAILED,
                        attempts=row.attempts + 1,
                        error=f"malformed event: {error}",
                        process_time=utcnow().isoformat(),
                    )
                    await uow.commit()
                    return Result(store.FAILED, str(error))
                mark, media = await self._apply(handlers.Memo(), uow, project_id, row, commands)
                await store.mark_many(uow.connection, [mark])
                await uow.commit()
        except CrmUnavailable as error:
            return await self._later(project_id, row_id, f"crm unavailable: {error}", wait=False)
        except handlers.WaitFor as error:
            return await self._later(project_id, row_id, str(error), wait=True)
        except (AlreadyExists, VersionConflict) as error:
            # A concurrent processor stored the same chat/session/message first.
            return await self._later(project_id, row_id, f"conflict: {error}", wait=True)
        except DomainError as error:
            return await self._fail(project_id, row_id, f"{type(error).__name__}: {error}")
        except Exception as error:  # a bug or a refused write: retried, then failed
            log.exception("waha event %s could not be processed", row_id)
            reason = f"{type(error).__name__}: {error}"
            return await self._later(project_id, row_id, reason, wait=True, exhausted=store.FAILED)
        if media and channel_id is not None:
            await self._copy_media(project_id, channel_id, media)
        return Result(mark.status)

    async def process_many(self, project_id: uuid.UUID, row_ids: list[uuid.UUID]) -> list[Result]:
        """Events of one project in one transaction: one claim, one commit and one
        status update for all of them, and what one event loaded (its channel, chat,
        session) at hand for the next. When any of them cannot be applied as it is (crm
        down, a subject not stored yet, a conflict, a malformed body, …) none is kept
        and each is processed alone."""
        if len(row_ids) < 2:
            return [await self.process(project_id, row_id) for row_id in row_ids]
        media: list[tuple[uuid.UUID, list[uuid.UUID]]] = []
        try:
            async with self._uow(project_id=project_id) as uow:
                rows = await store.claim_many(uow.connection, row_ids)
                events = [(row, normalize(parse_envelope(row.raw_body))) for row in rows]
                memo, marks = handlers.Memo(), []
                await handlers.prefetch(uow, memo, [(r.channel_id, cs) for r, cs in events])
                for row, commands in events:
                    mark, copied = await self._apply(memo, uow, project_id, row, commands)
                    marks.append(mark)
                    media.append((row.channel_id, copied))
                await store.mark_many(uow.connection, marks)
                await uow.commit()
        except Exception as error:  # each event then meets its own fate alone
            log.info("batch of %d waha events processed one by one: %s", len(row_ids), error)
            return [await self.process(project_id, row_id) for row_id in row_ids]
        for channel_id, copied in media:
            if copied:
                await self._copy_media(project_id, channel_id, copied)
        statuses = {mark.row.id: mark.status for mark in marks}
        return [Result(statuses[i]) if i in statuses else Result("skipped") for i in row_ids]

    async def _apply(
        self,
        memo: handlers.Memo,
        uow: MessagingUnitOfWork,
        project_id: uuid.UUID,
        row: store.WahaEventRow,
        commands: list[Any],
    ) -> tuple[store.Mark, list[uuid.UUID]]:
        """Apply a claimed event's commands; returns its outcome (written by the
        caller) and the messages whose media to copy once committed."""
        ctx = handlers.Context(uow, self._crm, project_id, row.channel_id, memo=memo)
        out = handlers.Outcome()
        for command in commands:
            await handlers.apply(ctx, command, out)
        status = store.IGNORED if out.ignored else store.PROCESSED
        outcome = {
            "error": out.ignored,
            "message_id": out.message_id,
            "content_type": out.content_type,
            "process_time": utcnow().isoformat(),
        }
        return store.Mark(row, status, outcome), out.media

    async def _later(
        self,
        project_id: uuid.UUID,
        row_id: uuid.UUID,
        reason: str,
        *,
        wait: bool,
        exhausted: str = store.IGNORED,
    ) -> Result:
        """Leave the event pending with back-off; one that has waited WAIT_LIMIT times
        ends as `exhausted`."""
        async with self._uow(project_id=project_id) as uow:
            row = await store.get(uow.connection, row_id)
            if row is None or row.status != store.PENDING:
                return Result("skipped")
            attempts = row.attempts + 1
            if wait and attempts >= WAIT_LIMIT:
                await store.update(
                    uow.connection, row, status=exhausted, attempts=attempts, error=reason
                )
                await uow.commit()
                return Result(exhausted, reason)
            base = self.wait_base if wait else self.retry_base
            await store.update(
                uow.connection,
                row,
                status=store.PENDING,
                attempts=attempts,
                next_attempt_time=utcnow() + backoff(attempts, base),
                error=reason,
            )
            await uow.commit()
        log.info("waha event %s stays pending: %s", row_id, reason)
        return Result(store.PENDING, reason)

    async def _fail(self, project_id: uuid.UUID, row_id: uuid.UUID, reason: str) -> Result:
        async with self._uow(project_id=project_id) as uow:
            row = await store.get(uow.connection, row_id)
            if row is None:
                return Result("skipped")
            await store.update(
                uow.connection, row, status=store.FAILED, attempts=row.attempts + 1, error=reason
            )
            await uow.commit()
        log.warning("waha event %s failed: %s", row_id, reason)
        return Result(store.FAILED, reason)

    async def _copy_media(
        self, project_id: uuid.UUID, channel_id: uuid.UUID, message_ids: list[uuid.UUID]
    ) -> None:
        """Copy WAHA's short-lived files to media_dir; a failure is recorded on the message."""
        try:
            waha: WahaClient | None = await self._waha_for(project_id, channel_id)
        except (DomainError, IdentityUnavailable) as error:
            # No client (the channel's WAHA key cannot be read): the media is marked
            # failed rather than left pending for ever.
            log.warning("media of channel %s not copied: %s", channel_id, error)
            waha = None
        try:
            for message_id in message_ids:
                await self._copy_one(waha, project_id, message_id)
        finally:
            if waha is not None:
                await waha.aclose()

    async def _copy_one(
        self, waha: WahaClient | None, project_id: uuid.UUID, message_id: uuid.UUID
    ) -> None:
        async with self._uow(project_id=project_id) as uow:
            repo = uow.repository(MessageRepository)
            message = await repo.get(message_id, for_update=True)
            media = message.media
            if media is None or not media.url or media.storage_status == MediaStorageStatus.STORED:
                return
            status, url, digest = MediaStorageStatus.STORED, "", ""
            try:
                if waha is None:
                    raise WahaError("no WAHA client for the channel")
                content = await waha.download_media(media.url)
                digest = hashlib.sha256(content).hexdigest()
                ext = mimetypes.guess_extension(media.mimetype or "") or Path(media.filename).suffix
                target = self._media_dir / str(project_id) / f"{message.id}{ext or ''}"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
                url = target.resolve().as_uri()
            except WahaMediaExpired:
                status = MediaStorageStatus.UNAVAILABLE
            except (WahaError, OSError) as error:
                log.warning("media of message %s not copied: %s", message_id, error)
                status = MediaStorageStatus.FAILED
            message.store_media(url, sha256=digest, status=status)
            await repo.save(message)
            await uow.commit()
