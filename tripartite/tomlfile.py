"""TOML input files (board, criteria catalogue, meeting): reading with located errors.

Python's tomllib gives no positions for keys, so :class:`Locator` finds the line of a key by a light
scan of the text. It is enough for the flat files Tripartite reads, and it makes every problem point
at a line a secretary can find.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from tripartite.errors import InputError, Problem


class Locator:
    """Finds the line of ``key =`` inside ``[table]`` or the n-th ``[[table]]`` of a TOML text."""

    _HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.]+)\s*\]\]?")
    _KEY = re.compile(r"^\s*([A-Za-z0-9_\-.]+)\s*=")

    def __init__(self, text: str):
        self.lines: dict[tuple[str, int, str], int] = {}
        self.tables: dict[tuple[str, int], int] = {}
        counts: dict[str, int] = {}
        table, index = "", 0
        for number, line in enumerate(text.splitlines(), start=1):
            header = self._HEADER.match(line)
            if header:
                table = header.group(2)
                index = counts.get(table, -1) + 1 if header.group(1) == "[[" else 0
                counts[table] = index
                self.tables.setdefault((table, index), number)
                continue
            key = self._KEY.match(line)
            if key:
                # A dotted key (scores.emp1 = …) is found by its full name and by each prefix.
                parts = key.group(1).split(".")
                for end in range(1, len(parts) + 1):
                    self.lines.setdefault((table, index, ".".join(parts[:end])), number)

    def line(self, table: str, index: int, key: str = "") -> int:
        """The line of the key, else of its longest dotted prefix, else of the table header; 0 if none."""
        parts = key.split(".") if key else []
        for end in range(len(parts), 0, -1):
            found = self.lines.get((table, index, ".".join(parts[:end])))
            if found:
                return found
        return self.tables.get((table, index), 0)


def parse(text: str, name: str) -> dict[str, Any]:
    """Parse TOML text, turning a syntax error into a located problem.

    Raises:
        InputError: the text is not valid TOML.
    """
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = int(m.group(1)) if (m := re.search(r"line (\d+)", str(exc))) else 0
        raise InputError([Problem(name, line, "", "bad_toml", params={"reason": str(exc)})]) from exc


def read(path: str | Path, name: str) -> tuple[dict[str, Any], str]:
    """Read and parse a TOML file.

    Returns:
        The parsed document and its text (for a :class:`Locator`).

    Raises:
        InputError: the file is missing, unreadable, not UTF-8 or not valid TOML.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError([Problem(name, 0, "", "file_not_found")]) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([Problem(name, 0, "", "file_unreadable", params={"reason": str(exc)})]) from exc
    return parse(text, name), text
