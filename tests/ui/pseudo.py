"""A pseudo-translation of the app, to find what a screen shows without its catalogue.

:func:`pseudo_catalogue` wraps each message of the catalogue in ⟦…⟧ (keeping its mnemonic, placeholders
and shortcuts); the ``pseudo_language`` fixture installs it as a language would be. :func:`untranslated`
names the app's own English words left outside the brackets of a text: there may be data (names,
employers, occupations, numbers, dates), but no word of the app's English.
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


def _pseudo(source: str) -> str:
    return source if _SHORTCUT.match(source) else f"{OPEN}{source}{CLOSE}"


def pseudo_catalogue(folder: Path) -> Path:
    """``tripartite_es.qm`` in ``folder``: every message of the Spanish catalogue, translated as ⟦source⟧."""
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
                ET.SubElement(translation, "numerusform").text = _pseudo(source)
        else:
            translation.text = _pseudo(source)
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
