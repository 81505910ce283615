"""Every word the app shows comes from its catalogue: under a pseudo-translation, no English is left on a screen.

The walk of :mod:`tests.ui.screens` reads every main screen after the sample meeting is recorded (its
results, dissents and minutes); ``tests/ui/meeting_room/test_every_window_translated.py`` reads every
dialog. A string the code forgot to mark for translation shows up here by its place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QPushButton

from tripartite.ui.mainwindow import MainWindow

from .pseudo import clipped, english_words, pseudo, pseudo_language, untranslated
from .screens import record_sample_meeting, visible_texts, walk

__all__ = ["pseudo_language"]  # a fixture these tests use


def test_every_screen_is_in_the_chosen_language(
    pseudo_language, open_window, sample_file: Path, qtbot, enter_pin
) -> None:
    english = english_words()
    meeting_id, _members, requests = record_sample_meeting(sample_file)
    window: MainWindow = open_window(sample_file)
    window.resize(1280, 760)
    window.show()
    found: dict[str, set[str]] = {}
    cut: dict[str, list[str]] = {}
    seen = 0
    for where in walk(window, meeting_id, requests, qtbot, enter_pin):
        for text in visible_texts(window):
            seen += 1
            if untranslated(text, english):
                found.setdefault(f"{text[:150]!r}", set()).add(where.split(",")[0])
        if narrow := clipped():
            cut[where] = narrow
    assert seen > 500
    assert cut == {}, "\n".join(f"{where}: {c}" for where, cs in cut.items() for c in cs)
    assert found == {}, "\n".join(f"{text} (on {', '.join(sorted(places))})" for text, places in found.items())


def test_the_check_would_see_a_string_left_in_english(pseudo_language) -> None:
    english = english_words()
    assert QApplication.translate("MainWindow", "&File") == pseudo("&File") == "⟦&Fílé~~⟧"
    assert untranslated("⟦Status: %1⟧ Ana Ruiz ⟦(⟦Approve⟧)⟧", english) == []
    assert untranslated("⟦Status:⟧ meeting open", english) == ["meeting", "open"]


def test_the_check_would_see_a_button_cut_off(qtbot) -> None:
    button = QPushButton(pseudo("Export minutes…"))
    qtbot.addWidget(button)
    button.show()
    assert clipped() == []
    button.setFixedWidth(40)
    assert clipped() == [f"QPushButton {pseudo('Export minutes…')!r}: 40 px of {button.minimumSizeHint().width()}"]
