"""The history import workflow: plan (list chats), then one activity per page of
each chat, until done, cancelled (signal) or failed. A restarted worker replays
and continues; a resumed import (new run) starts from the stored cursor."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from messaging.workflows.history_activities import (
        ChunkInput,
        ChunkResult,
        FinishInput,
        HistoryImportInput,
        Plan,
    )

PAGE_SIZE = 500
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
    chat_index: int = 0
    counts: dict[str, int] = field(default_factory=dict)


@workflow.defn(name="HistoryImport")
class HistoryImportWorkflow:
    def __init__(self) -> None:
        self._state = HistoryImportState()
        self._cancel = False

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
            if plan.status != "running":
                state.status = plan.status
                return state
            state.status, state.total_chats = "running", len(plan.chats)
            last_id = plan.last_message_id
            skip = plan.last_message_id
            for index in range(plan.chat_index, len(plan.chats)):
                state.chat_index = index
                chat = plan.chats[index]
                offset, taken = 0, 0
                while not self._cancel:
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
                            page_size=PAGE_SIZE,
                            taken=taken,
                            skip_until=skip,
                            expected_last_message_id=last_id,
                        ),
                        result_type=ChunkResult,
                        start_to_close_timeout=timedelta(minutes=2),
                        retry_policy=RETRY,
                    )
                    if result.stop:
                        state.status = "cancelled"
                        return state
                    for key in COUNTED:
                        if result.counts.get(key):
                            state.counts[key] = state.counts.get(key, 0) + result.counts[key]
                    state.counts["fetched_messages"] = (
                        state.counts.get("fetched_messages", 0) + result.handled
                    )
                    offset += result.consumed
                    taken += result.handled
                    skip, last_id = result.skip_until, result.last_message_id
                    if result.chat_done:
                        state.counts["processed_chats"] = state.counts.get("processed_chats", 0) + 1
                        break
                skip, last_id = "", ""
                if self._cancel:
                    break
            outcome = "cancelled" if self._cancel else "completed"
        except ActivityError as error:
            outcome = "failed"
            state.status = await self._finish(data, outcome, str(error.cause or error))
            return state
        state.status = await self._finish(data, outcome)
        return state

    async def _finish(self, data: HistoryImportInput, outcome: str, error: str = "") -> str:
        return str(
            await workflow.execute_activity(
                "history_import_finish",
                FinishInput(data.project_id, data.import_id, outcome, error),
                start_to_close_timeout=timedelta(minutes=1),
                retry_policy=RETRY,
            )
        )
