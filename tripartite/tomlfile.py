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

    Besides syntax errors, tomllib raises ``RecursionError`` on deeply nested arrays or inline tables
    (it parses them recursively) and ``ValueError`` on an integer of more than 4,300 digits; both are
    refused the same way, naming the line and the key where they start.

    Raises:
        InputError: the text is not valid TOML.
    """
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = int(m.group(1)) if (m := re.search(r"line (\d+)", str(exc))) else 0
        raise InputError([Problem(name, line, "", "bad_toml", params={"reason": str(exc)})]) from exc
    except RecursionError as exc:
        line, key = _deepest_start(text)
        reason = f"arrays or tables nested deeper than {_DEPTH} levels"
        raise InputError([Problem(name, line, key, "bad_toml", params={"reason": reason})]) from exc
    except ValueError as exc:  # int() of a huge literal
        line, key = _huge_number(text)
        reason = "a number with too many digits"
        raise InputError([Problem(name, line, key, "bad_toml", params={"reason": reason})]) from exc


_DEPTH = 100
_KEY_AT = re.compile(r"^\s*([A-Za-z0-9_\-.\"']+)\s*=")


def _key_of(lines: list[str], index: int) -> str:
    """The key assigned on the line ``index`` or the nearest one above it ("" when none)."""
    for number in range(index, -1, -1):
        if found := _KEY_AT.match(lines[number]):
            return found.group(1).strip("\"'")
    return ""


def _deepest_start(text: str) -> tuple[int, str]:
    """Where nesting first goes deeper than :data:`_DEPTH` (a light scan: brackets outside quotes)."""
    lines = text.splitlines()
    depth = 0
    for index, line in enumerate(lines):
        quote = ""
        for char in line:
            if quote:
                quote = "" if char == quote else quote
            elif char in "\"'":
                quote = char
            elif char == "#":
                break
            elif char in "[{":
                depth += 1
                if depth > _DEPTH:
                    return index + 1, _key_of(lines, index)
            elif char in "]}":
                depth = max(depth - 1, 0)
    return 0, ""


def _huge_number(text: str) -> tuple[int, str]:
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if re.search(r"[0-9a-fA-F_]{4000,}", line):
            return index + 1, _key_of(lines, index)
    return 0, ""


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
    except (OSError, UnicodeDecodeError, ValueError) as exc:  # ValueError: a path holding a NUL
        raise InputError([Problem(name, 0, "", "file_unreadable", params={"reason": str(exc)})]) from exc
    return parse(text, name), text
