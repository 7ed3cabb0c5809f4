"""The history import's resume cursor when several chats are imported at once."""

from __future__ import annotations

from messaging.domain.history_imports import HistoryImportCursor
from messaging.service_layer.history_imports import CHAT_DONE, advance_cursor, chat_position


def test_a_chunk_of_the_cursors_chat_moves_its_last_message() -> None:
    cursor = advance_cursor(HistoryImportCursor(chat_index=2), 2, "M5", chat_done=False)
    assert cursor == HistoryImportCursor(chat_index=2, last_message_id="M5")
    assert chat_position(cursor, 2) == "M5"


def test_a_later_chat_is_remembered_beside_the_cursor_until_the_cursor_reaches_it() -> None:
    cursor = HistoryImportCursor(chat_index=0, last_message_id="A1")
    cursor = advance_cursor(cursor, 1, "B7", chat_done=False)
    cursor = advance_cursor(cursor, 2, "C3", chat_done=True)
    assert chat_position(cursor, 0) == "A1"
    assert chat_position(cursor, 1) == "B7"
    assert chat_position(cursor, 2) is None  # done
    assert chat_position(cursor, 3) == ""  # not begun
    assert cursor.begun_chats == {"1": "B7", "2": CHAT_DONE}


def test_finishing_the_cursors_chat_skips_the_chats_already_done_after_it() -> None:
    cursor = HistoryImportCursor(
        chat_index=4, last_message_id="D9", begun_chats={"5": CHAT_DONE, "6": "F2", "8": "H1"}
    )
    cursor = advance_cursor(cursor, 4, "D10", chat_done=True)
    # 5 was done: the cursor lands on 6 and takes over where 6 had got to.
    assert cursor == HistoryImportCursor(
        chat_index=6, last_message_id="F2", begun_chats={"8": "H1"}
    )
    assert [chat_position(cursor, i) for i in range(4, 9)] == [None, None, "F2", "", "H1"]


def test_finishing_every_chat_out_of_order_leaves_a_cursor_past_the_last_one() -> None:
    cursor = HistoryImportCursor()
    for index in (2, 1, 3, 0):
        cursor = advance_cursor(cursor, index, f"last-{index}", chat_done=True)
    assert cursor == HistoryImportCursor(chat_index=4)


def test_a_cursor_stored_before_parallel_chats_reads_as_before() -> None:
    cursor = HistoryImportCursor(chat_index=1, last_message_id="X")
    assert [chat_position(cursor, i) for i in range(3)] == [None, "X", ""]
