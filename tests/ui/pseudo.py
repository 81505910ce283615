"""A pseudo-translation of the app, to find what a screen shows without its catalogue.

:func:`pseudo_catalogue` writes each message of the catalogue accented, a third longer and in ⟦…⟧
(keeping its mnemonic, placeholders and shortcuts); the ``pseudo_language`` fixture installs it as a
language would be. :func:`untranslated` names the app's own English words left outside the brackets of a
text: there may be data (names, employers, occupations, numbers, dates), but no word of the app's English.
:func:`clipped` names the labels and buttons narrower than their text.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tripartite.ui import language

from .conftest import REPO

OPEN, CLOSE = "⟦", "⟧"
_SHORTCUT = re.compile(r"^((Ctrl|Shift|Alt)\+)*(F\d+|[A-Z0-9])$")
_WORD = re.compile(r"[A-Za-z]{3,}")
_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;")
_INNERMOST = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
# Words of the app's English that are also names or data the screens show as they are.
_NOT_ENGLISH = {"PDF", "CSV", "PIN", "PINs", "TOML", "JSON", "PEM", "ISCO", "ISIC", "SHA", "Tripartite", "Ctrl"}


# What a translation must keep as it is: placeholders, markup, entities, file patterns and their separator.
_KEPT = re.compile(r"%\d|%n|\{[^}]*\}|<[^>]*>|&[a-z]+;|\([^)]*\*[^)]*\)|;;")
_ACCENTED = str.maketrans("aeiouycnAEIOUYCN", "áéíóúýçñÁÉÍÓÚÝÇÑ")
LONGER = 0.3  # translations run up to about a third longer than English (French, Spanish)


def pseudo(source: str) -> str:
    """A message as the pseudo-language says it: accented, a third longer, in ⟦…⟧ (a shortcut stays as it is)."""
    if _SHORTCUT.match(source):
        return source
    parts, at = [], 0
    for match in _KEPT.finditer(source):
        parts += [source[at : match.start()].translate(_ACCENTED), match.group(0)]
        at = match.end()
    parts.append(source[at:].translate(_ACCENTED))
    filler = "~" * max(1, round(len(_KEPT.sub("", source)) * LONGER))
    return f"{OPEN}{''.join(parts)}{filler}{CLOSE}"


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


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def english_words() -> set[str]:
    """The words of the app's source texts that the sample board's data does not also hold.

    The data is the requests, the classifications' titles and the values of the sample board and meeting
    (names, titles, comments, dissents); the default catalogue's words are the app's, translated.
    """
    sources = " ".join(m.findtext("source", "") for m in ET.parse(REPO / "ui/i18n/tripartite_es.ts").iter("message"))
    words = {w.lower() for w in _WORD.findall(re.sub(r"%\d|%n|\{\w+\}|&", "", sources))}
    files = [REPO / "data/sample/requests.csv", *(REPO / "data/classifications").glob("*.csv")]
    values = [
        s
        for name in ("board", "meeting")
        for s in _strings(tomllib.loads((REPO / f"data/sample/{name}.toml").read_text(encoding="utf-8")))
    ]
    data = " ".join([*(p.read_text(encoding="utf-8") for p in files), *values])
    return words - {w.lower() for w in _WORD.findall(data)} - {w.lower() for w in _NOT_ENGLISH}


def untranslated(text: str, english: set[str]) -> list[str]:
    """The app's English words left in a text once every ⟦translated⟧ part is taken out."""
    text = _MARKUP.sub(" ", text)
    while (stripped := _INNERMOST.sub(" ", text)) != text:
        text = stripped
    return sorted({w for w in _WORD.findall(text) if w.lower() in english})


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
