"""The app in Spanish and Arabic, with the real catalogues: words, plural forms, numbers and a mirrored layout."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from tripartite.gates import GateReason
from tripartite.ui import labels, language
from tripartite.ui.plurals import plurals


@pytest.fixture
def speak(qapp) -> Iterator[object]:
    installed: list = []

    def install(code: str) -> None:
        installed.extend(language.install_translators(qapp, code))

    yield install
    language.remove_translators(qapp, installed)


def test_spanish_words_and_numbers(speak, open_window, sample_file) -> None:
    speak("es")
    window = open_window(sample_file)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] != "&File" and "&" in menus[0]
    reason = labels.gate_reason(GateReason("wage_below_prevailing", {"wage": 1480.0, "prevailing": 12610.0}))
    assert "1480" in reason and "12.610" in reason and "wage" not in reason
    assert plurals().workers(1) != plurals().workers(2)


def test_arabic_has_six_plural_forms_western_digits_and_a_mirrored_window(speak, open_window, sample_file) -> None:
    speak("ar")
    forms = [plurals().workers(n) for n in (0, 1, 2, 3, 11, 100)]
    assert len(set(f.replace(str(n), "#") for f, n in zip(forms, (0, 1, 2, 3, 11, 100), strict=True))) == 6, forms
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5", "the same digits as the minutes (Babel's ar)"
    window = open_window(sample_file)
    window.resize(1024, 700)
    window.show()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    nav, pages = (
        window.nav.mapTo(window, window.nav.rect().center()),
        window.pages.mapTo(window, window.pages.rect().center()),
    )
    assert nav.x() > pages.x(), "the sidebar is on the right"
