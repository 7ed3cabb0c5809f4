from datetime import timedelta

import pytest

from messaging.domain import errors
from messaging.domain.events import (
    HistoryImportCancelled,
    HistoryImportCompleted,
    HistoryImportFailed,
    HistoryImportProgressed,
    HistoryImportStarted,
)
from messaging.domain.history_imports import (
    HistoryImport,
    HistoryImportCursor,
    HistoryImportStatus,
    sessions_from_gaps,
)
from messaging.domain.sessions import Session
from shared.domain import InvalidArgument
from tests.unit.messaging.builders import CHANNEL, CONTACT, PROJECT, T0, at

H = HistoryImportStatus
M = timedelta(minutes=1)


def request(**kw) -> HistoryImport:
    kw.setdefault("strategy", "time_range")
    kw.setdefault("days", 7)
    return HistoryImport.request(project_id=PROJECT, channel_id=CHANNEL, now=T0, **kw)


def test_request_is_pending_with_a_from_time() -> None:
    h = request()
    assert h.status == H.PENDING and h.from_time == T0 - timedelta(days=7)


@pytest.mark.parametrize(
    "kw",
    [{"days": 0}, {"days": 4000}, {"strategy": "full", "per_chat_message_limit": -1}],
)
def test_request_validates(kw) -> None:
    with pytest.raises(InvalidArgument):
        request(**kw)


def test_run_progress_complete() -> None:
    h = request()
    h.start(total_chats=4, now=at(1))
    h.record_progress(
        fetched_messages=10,
        imported_messages=8,
        duplicate_messages=2,
        processed_chats=1,
        current_chat_id="a@c.us",
        cursor=HistoryImportCursor(chat_index=1, last_message_id="X"),
    )
    h.record_progress(fetched_messages=5, imported_messages=5, processed_chats=1)
    assert h.progress.imported_messages == 13 and h.progress.percent_complete == 50.0
    assert h.cursor.last_message_id == "X"
    h.complete(now=at(9))
    kinds = [type(e) for e in h.collect_events()]
    assert kinds == [
        HistoryImportStarted,
        HistoryImportProgressed,
        HistoryImportProgressed,
        HistoryImportCompleted,
    ]
    assert h.status == H.COMPLETED and h.end_time == at(9)


def test_failed_import_resumes_from_its_cursor() -> None:
    h = request()
    h.start()
    h.record_progress(cursor=HistoryImportCursor(chat_index=3, last_message_id="M9"))
    h.fail("WAHA down", resumable=True)
    h.start()
    events = h.collect_events()
    assert isinstance(events[2], HistoryImportFailed)
    assert isinstance(events[3], HistoryImportStarted) and events[3].resumed
    assert h.resume_count == 1 and h.cursor.chat_index == 3 and h.status == H.RUNNING


def test_not_resumable_failure_cannot_restart() -> None:
    h = request()
    h.start()
    h.fail("bad credentials", resumable=False)
    with pytest.raises(errors.HistoryImportNotResumable):
        h.start()


@pytest.mark.parametrize(
    ("steps", "allowed"),
    [
        (["complete"], False),
        (["start", "complete", "start"], False),
        (["start", "cancel", "start"], False),
        (["cancel"], True),
        (["start", "cancel"], True),
        (["start", "progress_after_complete"], False),
    ],
)
def test_transitions(steps, allowed) -> None:
    h = request()

    def run() -> None:
        for step in steps:
            if step == "progress_after_complete":
                h.complete()
                h.record_progress(imported_messages=1)
            else:
                getattr(h, step)()

    if allowed:
        run()
        assert isinstance(h.collect_events()[-1], HistoryImportCancelled)
    else:
        with pytest.raises(errors.InvalidTransition):
            run()


@pytest.mark.parametrize(
    ("minutes", "groups"),
    [
        ([], []),
        ([0], [[0]]),
        ([0, 10, 40, 71, 75], [[0, 10, 40], [71, 75]]),  # 30 exactly stays, 31 splits
        ([75, 0, 40, 10, 71], [[0, 10, 40], [71, 75]]),  # out of order
        ([0, 100, 200], [[0], [100], [200]]),
    ],
)
def test_sessions_from_gaps(minutes, groups) -> None:
    got = sessions_from_gaps([at(m) for m in minutes], 30 * M)
    assert got == [[at(m) for m in g] for g in groups]


def test_gap_grouping_agrees_with_session_accepts() -> None:
    """Feeding the same imported history through live Session rules gives the same split."""
    times = [at(m) for m in (75, 0, 40, 10, 71, 200)]
    sessions: list[Session] = []
    for t in sorted(times):
        if not sessions or not sessions[-1].accepts(t):
            sessions.append(
                Session.start(
                    project_id=PROJECT,
                    contact_id=CONTACT,
                    channel_id=CHANNEL,
                    start_time=t,
                    timeout=30 * M,
                )
            )
        sessions[-1].record_message("inbound", t)
    expected = sessions_from_gaps(times, 30 * M)
    assert [s.metrics.message_count for s in sessions] == [len(g) for g in expected]
    assert [s.start_time for s in sessions] == [g[0] for g in expected]
