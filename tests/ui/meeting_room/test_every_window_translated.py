"""Every window and dialog of the app, in every state of a meeting, in another language: nothing in English,
nothing cut off.

The same walk as the mnemonics test (:func:`walk_every_window`). Under the pseudo-language (:mod:`tests.ui.pseudo`:
every message accented and a third longer), no English word may be left and no label, button or group title may
be narrower than its text, at 1280×760. In Spanish, French and Arabic, with their real catalogues, nothing may be
cut off at 1024×700, the smallest laptop a board uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tripartite.ui import language

from ..pseudo import clipped, english_words, pseudo_catalogue, untranslated
from ..screens import visible_texts
from .conftest import Driver
from .test_mnemonics import Walk, _settle, walk_every_window


class LanguageWalk(Walk):
    """Collects, for each window state, the texts left in English (when asked) and the texts cut off."""

    def __init__(self, driver: Driver, *, english: set[str] | None):
        super().__init__(driver)
        self.english = english
        self.cut: dict[str, list[str]] = {}

    def check(self, where: str, top: QWidget) -> None:
        _settle()
        self.seen.append(where)
        if self.english is not None:
            texts = visible_texts(self.driver.window)
            if left := [text[:150] for text in texts if untranslated(text, self.english)]:
                self.found[where] = left
        if cut := clipped():
            self.cut[where] = cut


@pytest.fixture(params=["pseudo", "es", "fr", "ar"])
def speaking(request, qapp, tmp_path: Path) -> Iterator[str]:
    if request.param == "pseudo":
        pseudo_catalogue(tmp_path)
        installed = language.install_translators(qapp, "es", tmp_path)
    else:
        installed = language.install_translators(qapp, request.param)
    yield request.param
    language.remove_translators(qapp, installed)


def test_every_window_of_a_meeting_is_in_the_language_and_nothing_is_cut_off(
    speaking: str, app_driver: Driver, bad_csv: Path
) -> None:
    pseudo = speaking == "pseudo"
    if pseudo:
        app_driver.window.resize(1280, 760)
    walk = LanguageWalk(app_driver, english=english_words() if pseudo else None)
    walk_every_window(app_driver, walk, bad_csv)
    assert len(walk.seen) > 25
    first: dict[str, str] = {}
    for where, texts in walk.found.items():
        for text in texts:
            first.setdefault(text, where)
    assert first == {}, "\n".join(f"{text!r} (first on: {where})" for text, where in first.items())
    assert walk.cut == {}, "\n".join(f"{where}: {cut}" for where, cuts in walk.cut.items() for cut in cuts)
