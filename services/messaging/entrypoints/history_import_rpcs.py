"""The history-import RPCs of ChannelService, as a mixin of the ChannelServicer.

The servicer provides `self._history_imports` (HistoryImports), `self._temporal`
(a temporalio Client, or an async callable returning one, e.g.
Messaging.temporal_client) and `self._task_queue`; `init_history_import_rpcs`
sets all three from the Messaging app.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import grpc

from messaging.domain.history_imports import HistoryImport, HistoryImportStatus
from messaging.service_layer.history_imports import HistoryImportFilter, HistoryImports
from messaging.workflows.history_activities import HistoryImportInput
from messaging.workflows.history_import import HistoryImportWorkflow
from shared.domain import InvalidArgument
from shared.protomap import enum_value, fill
from shared.requests import caller_project, optional_uuid, parse_uuid
from shared.responses import page_fields
from ventros.messaging.v1 import channel_service_pb2 as pb
from ventros.messaging.v1 import history_import_pb2

Context = grpc.aio.ServicerContext[Any, Any]
WATCH_INTERVAL = 0.5
TERMINAL = {
    HistoryImportStatus.COMPLETED,
    HistoryImportStatus.FAILED,
    HistoryImportStatus.CANCELLED,
}


def workflow_id(import_id: uuid.UUID) -> str:
    return f"history-import-{import_id}"


def history_import(item: HistoryImport) -> history_import_pb2.HistoryImport:
    return fill(history_import_pb2.HistoryImport(), item)


class HistoryImportRpcs:
    _history_imports: HistoryImports
    _temporal: Any
    _task_queue: str

    def init_history_import_rpcs(self, app: Any) -> None:
        self._history_imports = app.history_imports
        self._temporal = app.temporal_client
        self._task_queue = app.config.task_queue

    async def _temporal_client(self) -> Any:
        found = self._temporal
        if callable(found) and not hasattr(found, "start_workflow"):
            found = await found()
        return found

    async def _run(self, item: HistoryImport, *, resumed: bool = False) -> None:
        client = await self._temporal_client()
        from temporalio.common import WorkflowIDReusePolicy

        await client.start_workflow(
            HistoryImportWorkflow.run,
            HistoryImportInput(str(item.project_id), str(item.channel_id), str(item.id)),
            id=workflow_id(item.id),
            task_queue=self._task_queue,
            id_reuse_policy=WorkflowIDReusePolicy.ALLOW_DUPLICATE,
        )

    async def StartHistoryImport(
        self, request: pb.StartHistoryImportRequest, context: Context
    ) -> pb.StartHistoryImportResponse:
        channel_id = parse_uuid(request.channel_id, "channel_id")
        strategy = enum_value(history_import_pb2.HistoryImportStrategy.DESCRIPTOR, request.strategy)
        if not strategy:
            raise InvalidArgument.field("strategy", "is required")
        item, created = await self._history_imports.request(
            channel_id=channel_id,
            strategy=strategy,
            days=request.days,
            per_chat_message_limit=request.per_chat_message_limit,
            request_id=request.request_id,
            project_id=caller_project(),
        )
        if created:
            await self._run(item)
        return pb.StartHistoryImportResponse(history_import=history_import(item))

    async def GetHistoryImport(
        self, request: pb.GetHistoryImportRequest, context: Context
    ) -> pb.GetHistoryImportResponse:
        item = await self._history_imports.get(
            parse_uuid(request.history_import_id, "history_import_id"), project_id=caller_project()
        )
        return pb.GetHistoryImportResponse(history_import=history_import(item))

    async def ListHistoryImports(
        self, request: pb.ListHistoryImportsRequest, context: Context
    ) -> pb.ListHistoryImportsResponse:
        if request.filter:
            raise InvalidArgument.field(
                "filter", "expressions are not supported; use the typed fields"
            )
        caller_project()
        page = await self._history_imports.list(
            HistoryImportFilter(
                channel_id=optional_uuid(request.channel_id, "channel_id"),
                status=enum_value(
                    history_import_pb2.HistoryImportStatus.DESCRIPTOR, request.status
                ),
            ),
            request.page_size,
            request.page_token,
            request.order_by,
        )
        return pb.ListHistoryImportsResponse(**page_fields("history_imports", page, history_import))

    async def CancelHistoryImport(
        self, request: pb.CancelHistoryImportRequest, context: Context
    ) -> pb.CancelHistoryImportResponse:
        id = parse_uuid(request.history_import_id, "history_import_id")
        item = await self._history_imports.cancel(id, request.version, project_id=caller_project())
        try:
            client = await self._temporal_client()
            await client.get_workflow_handle(workflow_id(id)).signal(HistoryImportWorkflow.cancel)
        except Exception:  # the stored status already stops the next chunk
            pass
        return pb.CancelHistoryImportResponse(history_import=history_import(item))

    async def ResumeHistoryImport(
        self, request: pb.ResumeHistoryImportRequest, context: Context
    ) -> pb.ResumeHistoryImportResponse:
        id = parse_uuid(request.history_import_id, "history_import_id")
        item = await self._history_imports.prepare_resume(
            id, request.version, project_id=caller_project()
        )
        await self._run(item, resumed=True)
        return pb.ResumeHistoryImportResponse(history_import=history_import(item))

    async def WatchHistoryImport(
        self, request: pb.WatchHistoryImportRequest, context: Context
    ) -> AsyncIterator[pb.WatchHistoryImportResponse]:
        id = parse_uuid(request.history_import_id, "history_import_id")
        project = caller_project()
        item = await self._history_imports.get(id, project_id=project)
        yield pb.WatchHistoryImportResponse(history_import=history_import(item))
        seen = item.version
        while item.status not in TERMINAL:
            await asyncio.sleep(WATCH_INTERVAL)
            item = await self._history_imports.get(id, project_id=project)
            if item.version != seen:
                seen = item.version
                yield pb.WatchHistoryImportResponse(history_import=history_import(item))
