"""Every window and dialog of the app, in every state of a meeting, shows no English under a pseudo-language.

The same walk as the mnemonics test (:func:`walk_every_window`), read through :mod:`tests.ui.pseudo`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ..pseudo import english_words, pseudo_language, untranslated
from ..screens import visible_texts
from .conftest import Driver
from .test_mnemonics import Walk, _settle, walk_every_window

__all__ = ["pseudo_language"]  # a fixture this test uses


class EnglishWalk(Walk):
    """Collects, for each window state, the texts that still hold the app's English."""

    english = english_words()

    def check(self, where: str, top: QWidget) -> None:
        _settle()
        self.seen.append(where)
        left = [text[:150] for text in visible_texts(self.driver.window) if untranslated(text, self.english)]
        if left:
            self.found[where] = left


def test_every_window_of_a_meeting_is_in_the_chosen_language(
    pseudo_language, app_driver: Driver, bad_csv: Path
) -> None:
    walk = EnglishWalk(app_driver)
    walk_every_window(app_driver, walk, bad_csv)
    assert len(walk.seen) > 25
    first: dict[str, str] = {}
    for where, texts in walk.found.items():
        for text in texts:
            first.setdefault(text, where)
    assert first == {}, "\n".join(f"{text!r} (first on: {where})" for text, where in first.items())
