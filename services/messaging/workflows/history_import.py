"""The history import workflow: plan (list chats), then import the chats a few at a
time (`lanes`), each one page after another, until done, cancelled (signal) or failed.
A restarted worker replays and continues; a resumed import (new run) starts from the
stored cursor, which knows how far every begun chat got."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from messaging.domain.history_imports import HistoryImportCursor
    from messaging.service_layer.history_imports import chat_position
    from messaging.workflows.history_activities import (
        ChatRef,
        ChunkInput,
        ChunkResult,
        FinishInput,
        HistoryImportInput,
        Plan,
    )

RETRY = RetryPolicy(initial_interval=timedelta(seconds=1), maximum_attempts=5)
COUNTED = (
    "fetched_messages",
    "imported_messages",
    "duplicate_messages",
    "contacts_created",
    "sessions_created",
    "processed_chats",
)


@dataclass
class HistoryImportState:
    status: str = "pending"
    total_chats: int = 0
    chat_index: int = 0  # the latest chat begun
    counts: dict[str, int] = field(default_factory=dict)


@workflow.defn(name="HistoryImport")
class HistoryImportWorkflow:
    def __init__(self) -> None:
        self._state = HistoryImportState()
        self._cancel = False
        self._stopped = False  # the stored import is no longer running
        self._errors: list[ActivityError] = []

    @workflow.signal
    def cancel(self) -> None:
        self._cancel = True

    @workflow.query
    def progress(self) -> HistoryImportState:
        return self._state

    @workflow.run
    async def run(self, data: HistoryImportInput) -> HistoryImportState:
        state = self._state
        try:
            plan: Plan = await workflow.execute_activity(
                "history_import_plan",
                data,
                result_type=Plan,
                start_to_close_timeout=timedelta(minutes=5),
                retry_policy=RETRY,
            )
        except ActivityError as error:
            state.status = await self._finish(data, "failed", str(error.cause or error))
            return state
        if plan.status != "running":
            state.status = plan.status
            return state
        state.status, state.total_chats = "running", len(plan.chats)
        cursor = HistoryImportCursor(
            chat_index=plan.chat_index,
            last_message_id=plan.last_message_id,
            begun_chats=plan.begun_chats,
        )
        todo = iter(range(plan.chat_index, len(plan.chats)))

        async def lane() -> None:
            for index in todo:  # shared: each lane takes the next chat
                if self._cancel or self._stopped or self._errors:
                    return
                position = chat_position(cursor, index)
                if position is not None:
                    await self._import_chat(data, index, plan.chats[index], position)

        await asyncio.gather(*(lane() for _ in range(max(data.lanes, 1))))
        if self._stopped:
            state.status = "cancelled"
            return state
        if self._errors:
            failure = self._errors[0]
            state.status = await self._finish(data, "failed", str(failure.cause or failure))
            return state
        state.status = await self._finish(data, "cancelled" if self._cancel else "completed")
        return state

    async def _import_chat(
        self, data: HistoryImportInput, index: int, chat: ChatRef, position: str
    ) -> None:
        """One chat, page after page; a resumed chat skips up to its stored position."""
        self._state.chat_index = max(self._state.chat_index, index)
        offset, taken = 0, 0
        skip, last_id = position, position
        while not (self._cancel or self._stopped or self._errors):
            try:
                result: ChunkResult = await workflow.execute_activity(
                    "history_import_chunk",
                    ChunkInput(
                        project_id=data.project_id,
                        channel_id=data.channel_id,
                        import_id=data.import_id,
                        chat_index=index,
                        chat_id=chat.id,
                        chat_name=chat.name,
                        offset=offset,
                        page_size=data.page_size,
                        taken=taken,
                        skip_until=skip,
                        expected_last_message_id=last_id,
                    ),
                    result_type=ChunkResult,
                    start_to_close_timeout=timedelta(minutes=2),
                    retry_policy=RETRY,
                )
            except ActivityError as error:
                self._errors.append(error)
                return
            if result.stop:
                self._stopped = True
                return
            self._count(result)
            offset += result.consumed
            taken += result.handled
            skip, last_id = result.skip_until, result.last_message_id
            if result.chat_done:
                return

    def _count(self, result: ChunkResult) -> None:
        counts = self._state.counts
        for key in COUNTED:
            if result.counts.get(key):
                counts[key] = counts.get(key, 0) + result.counts[key]
        counts["fetched_messages"] = counts.get("fetched_messages", 0) + result.handled
        if result.chat_done:
            counts["processed_chats"] = counts.get("processed_chats", 0) + 1

    async def _finish(self, data: HistoryImportInput, outcome: str, error: str = "") -> str:
        return str(
            await workflow.execute_activity(
                "history_import_finish",
                FinishInput(data.project_id, data.import_id, outcome, error),
                start_to_close_timeout=timedelta(minutes=1),
                retry_policy=RETRY,
            )
        )
