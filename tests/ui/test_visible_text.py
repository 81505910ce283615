"""Nothing a person reads in the app names a design section, a member id or a code spelled in snake_case.

After the sample meeting is recorded, every main screen is walked through its widget tree (texts, tooltips,
accessible names, every role of every model shown): the register and each decided request's dossier, the
meetings list, the meeting room on each item with its results, the minutes dialog and the board settings.
"""

from __future__ import annotations

import re
from pathlib import Path

from tripartite.ui.mainwindow import MainWindow

from ..reports.test_minutes_wording import internal_words
from .screens import record_sample_meeting, visible_texts, walk


def _problems(window: MainWindow, where: str, member_ids: set[str]) -> list[str]:
    strings = visible_texts(window)
    text = "\n".join(strings)
    words = internal_words(text, member_ids)
    return [f"{where}: {word}" for word in words]


def test_no_screen_shows_design_references_member_ids_or_codes(
    open_window, sample_file: Path, qtbot, enter_pin
) -> None:
    meeting_id, member_ids, requests = record_sample_meeting(sample_file)
    window: MainWindow = open_window(sample_file)
    found: list[str] = []
    for where in walk(window, meeting_id, requests, qtbot, enter_pin):
        # Board settings is where members are kept, so its member list shows each member's id (the key that
        # meeting files and `tripartite keys trust` use); it must show no design reference or code either.
        found += _problems(window, where, set() if where.startswith("board settings") else member_ids)
    assert found == []


def test_the_walk_would_see_an_id_or_a_code(open_window, sample_file: Path) -> None:
    window: MainWindow = open_window(sample_file)
    window.statusBar().showMessage("Saved gov1 under half_and_each_group (DESIGN §4).")
    assert _problems(window, "status", {"gov1"}) == [
        "status: §", "status: DESIGN", "status: gov1", "status: half_and_each_group"
    ]  # fmt: skip
    assert re.search("half_and_each_group", window.statusBar().currentMessage())
