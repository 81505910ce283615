"""The pseudo-language's text, for the app's and the documents' tests: accented, a third longer, in ⟦…⟧.

:func:`pseudo` writes a message in it; :func:`untranslated` names the English words of a vocabulary left
outside the brackets of a text (data — names, employers, numbers, dates — may be there; the faces' English not).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
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


def untranslated(text: str, english: set[str]) -> list[str]:
    """The app's English words left in a text once every ⟦translated⟧ part is taken out."""
    text = _MARKUP.sub(" ", text)
    while (stripped := _INNERMOST.sub(" ", text)) != text:
        text = stripped
    return sorted({w for w in _WORD.findall(text) if w.lower() in english})


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def vocabulary(sources: Iterable[str]) -> set[str]:
    """The words of a face's source texts that the sample board's data does not also hold.

    The data is the requests, the classifications' titles and the values of the sample board and meeting
    (names, titles, comments, dissents); the default catalogue's words are the faces', translated.
    """
    words = {w.lower() for w in _WORD.findall(re.sub(r"%\d|%n|\{\w+\}|&|<[^>]*>", " ", " ".join(sources)))}
    files = [REPO / "data/sample/requests.csv", *(REPO / "data/classifications").glob("*.csv")]
    values = [
        s
        for name in ("board", "meeting")
        for s in _strings(tomllib.loads((REPO / f"data/sample/{name}.toml").read_text(encoding="utf-8")))
    ]
    data = " ".join([*(p.read_text(encoding="utf-8") for p in files), *values])
    return words - {w.lower() for w in _WORD.findall(data)} - {w.lower() for w in _NOT_ENGLISH}
