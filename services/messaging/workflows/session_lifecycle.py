"""One workflow per active session ("session-<uuid>"): end it after its inactivity window.

It sleeps until last activity + timeout, then re-reads the session: a message recorded
meanwhile moved the last activity, so it sleeps again; otherwise it ends the session
(inactivity_timeout). New messages therefore need no Temporal call. The workflow is
started from the session.started event (entrypoints/session_lifecycle_consumer.py); a
clean-up scheduled every five minutes (ensure_cleanup_schedule, run by each worker at
start) ends active sessions past their window whose workflow never ran or was lost.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from temporalio import workflow
from temporalio.common import RetryPolicy, WorkflowIDConflictPolicy, WorkflowIDReusePolicy

with workflow.unsafe.imports_passed_through():
    from messaging.workflows.activities import EndCheck, OrphanSweep, SessionRef

ACTIVITY_TIMEOUT = timedelta(seconds=30)
RETRY = RetryPolicy(initial_interval=timedelta(seconds=1), maximum_interval=timedelta(minutes=1))
MAX_ROUNDS = 500  # continue-as-new beyond this, to keep the history short
CLEANUP_WORKFLOW_ID = "messaging-session-cleanup"
CLEANUP_EVERY = timedelta(minutes=5)


@dataclass
class SessionLifecycleInput:
    session_id: str
    project_id: str
    extensions: int = 0


@dataclass
class SessionLifecycleResult:
    ended: bool  # False when the session had already ended (closed by someone else)
    extensions: int  # how many times a later message pushed the deadline back


@workflow.defn(name="SessionLifecycle")
class SessionLifecycle:
    @workflow.run
    async def run(self, given: SessionLifecycleInput) -> SessionLifecycleResult:
        ref = SessionRef(given.session_id, given.project_id)
        extensions, previous = given.extensions, None
        for _ in range(MAX_ROUNDS):
            expire = await workflow.execute_activity(
                "messaging.session_expire_time",
                ref,
                result_type=str,
                start_to_close_timeout=ACTIVITY_TIMEOUT,
                retry_policy=RETRY,
            )
            if expire is None:
                return SessionLifecycleResult(False, extensions)
            deadline = datetime.fromisoformat(expire)
            if previous is not None and deadline > previous:
                extensions += 1
            previous = deadline
            wait = deadline - workflow.now()
            if wait > timedelta(0):
                # A little past the deadline: "expired" means strictly after it.
                await workflow.sleep(wait + timedelta(seconds=1))
            ended = await workflow.execute_activity(
                "messaging.end_inactive_session",
                EndCheck(given.session_id, given.project_id, workflow.now().isoformat()),
                result_type=bool,
                start_to_close_timeout=ACTIVITY_TIMEOUT,
                retry_policy=RETRY,
            )
            if ended:
                return SessionLifecycleResult(True, extensions)
        workflow.continue_as_new(
            SessionLifecycleInput(given.session_id, given.project_id, extensions)
        )


@dataclass
class SessionCleanupInput:
    project_ids: list[str] = field(default_factory=list)  # empty: every project


@workflow.defn(name="SessionCleanup")
class SessionCleanup:
    """Run on a schedule: ends the projects' expired active sessions."""

    @workflow.run
    async def run(self, given: SessionCleanupInput) -> int:
        ended: int = await workflow.execute_activity(
            "messaging.end_orphaned_sessions",
            OrphanSweep(given.project_ids, workflow.now().isoformat()),
            result_type=int,
            start_to_close_timeout=timedelta(minutes=5),
            retry_policy=RETRY,
        )
        return ended


def workflow_id(session_id: object) -> str:
    return f"session-{session_id}"


async def start_session_lifecycle(
    client: object, session_id: object, project_id: object, *, task_queue: str = "messaging"
) -> Any:
    """Start the session's lifecycle workflow and return its handle; starting it again
    is harmless (the running one is kept; one that already finished is not re-run)."""
    from temporalio.client import Client
    from temporalio.exceptions import WorkflowAlreadyStartedError

    assert isinstance(client, Client)
    try:
        return await client.start_workflow(
            SessionLifecycle.run,
            SessionLifecycleInput(str(session_id), str(project_id)),
            id=workflow_id(session_id),
            task_queue=task_queue,
            id_reuse_policy=WorkflowIDReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
            id_conflict_policy=WorkflowIDConflictPolicy.USE_EXISTING,
        )
    except WorkflowAlreadyStartedError:
        # It ran for this session already (the session has ended).
        return client.get_workflow_handle(workflow_id(session_id))


async def ensure_cleanup_schedule(
    client: object, *, task_queue: str = "messaging", every: timedelta = CLEANUP_EVERY
) -> None:
    """Schedule SessionCleanup every `every` (a worker does this when it starts; the
    schedule already existing is fine). Overlapping runs are skipped."""
    from temporalio.client import (
        Client,
        Schedule,
        ScheduleActionStartWorkflow,
        ScheduleAlreadyRunningError,
        ScheduleIntervalSpec,
        ScheduleOverlapPolicy,
        SchedulePolicy,
        ScheduleSpec,
    )

    assert isinstance(client, Client)
    schedule = Schedule(
        action=ScheduleActionStartWorkflow(
            SessionCleanup.run,
            SessionCleanupInput(),
            id=CLEANUP_WORKFLOW_ID,
            task_queue=task_queue,
        ),
        spec=ScheduleSpec(intervals=[ScheduleIntervalSpec(every=every)]),
        policy=SchedulePolicy(overlap=ScheduleOverlapPolicy.SKIP),
    )
    with contextlib.suppress(ScheduleAlreadyRunningError):
        await client.create_schedule(CLEANUP_WORKFLOW_ID, schedule)
