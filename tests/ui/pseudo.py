"""A pseudo-translation of the app, to find what a screen shows without its catalogue.

:func:`pseudo_catalogue` writes each message of the catalogue accented, a third longer and in ⟦…⟧
(keeping its mnemonic, placeholders and shortcuts); the ``pseudo_language`` fixture installs it as a
language would be. :func:`untranslated` names the app's own English words left outside the brackets of a
text: there may be data (names, employers, occupations, numbers, dates), but no word of the app's English.
:func:`clipped` names the labels and buttons narrower than their text.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tripartite.ui import language

from ..pseudo_text import pseudo, untranslated, vocabulary
from .conftest import REPO


def pseudo_catalogue(folder: Path) -> Path:
    """``tripartite_es.qm`` in ``folder``: every message of the Spanish catalogue, in the pseudo-language."""
    tree = ET.parse(REPO / "ui" / "i18n" / "tripartite_es.ts")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    ts = folder / "tripartite_es.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts)], check=True)
    return folder / "tripartite_es.qm"


def english_words() -> set[str]:
    """The words of the app's source texts that the sample board's data does not also hold."""
    return vocabulary(m.findtext("source", "") for m in ET.parse(REPO / "ui/i18n/tripartite_es.ts").iter("message"))


@pytest.fixture
def pseudo_language(qapp, tmp_path: Path):
    pseudo_catalogue(tmp_path)
    installed = language.install_translators(qapp, "es", tmp_path)
    yield
    language.remove_translators(qapp, installed)


def clipped() -> list[str]:
    """The visible labels, buttons and group titles narrower than their text needs (so cut off), as text."""
    from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

    from tripartite.ui.meeting_room.elided_label import ElidedLabel

    out = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible() or not isinstance(widget, QAbstractButton | QLabel | QGroupBox):
                continue
            if isinstance(widget, ElidedLabel) or (isinstance(widget, QLabel) and widget.wordWrap()):
                continue  # elides on purpose, or wraps
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            need = widget.minimumSizeHint().width()
            if text and widget.width() + 1 < need:
                out.append(f"{type(widget).__name__} {text[:60]!r}: {widget.width()} px of {need}")
    return out


__all__ = ["clipped", "english_words", "pseudo", "pseudo_catalogue", "pseudo_language", "untranslated"]
