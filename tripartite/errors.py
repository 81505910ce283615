"""Error types, split by who is to blame (after qutebrowser's ``misc/sql.py``).

A :class:`KnownError` is the user's or the environment's problem: a bad file, a full disk, a locked
database. Faces show it as a message and exit with status 2. A :class:`BugError` is ours: faces let it
crash loudly with a traceback.

A :class:`Refusal` is the known error of an action the rules do not allow (or a file the core will not
take): a code registered in :mod:`tripartite.refusals` plus its parameters, never an English sentence.
Each face renders it through its own vocabulary, as :class:`Problem` codes are rendered.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from tripartite.text import printable, shown_value

__all__ = [
    "BugError",
    "Cancelled",
    "DatabaseError",
    "InputError",
    "KnownError",
    "Problem",
    "Refusal",
    "classify_sqlite",
    "printable",
    "shown_value",
]

class KnownError(Exception):
    """A problem the user or the environment can fix; shown as a message, never a traceback."""


class BugError(Exception):
    """A defect in Tripartite itself."""


class Refusal(KnownError):
    """An action refused, as a code and the values a sentence about it needs (after :class:`Problem`).

    The core never says why in English: the app (``tripartite.ui.refusal_words``), the command line
    (``tripartite.cli_text``) and any later face look the code up in their own vocabulary. ``str()`` is
    for logs and tracebacks only: the code with its parameters, e.g. ``meeting_state(status='open', …)``.
    A test scans every raise for a code registered in :data:`tripartite.refusals.REFUSALS`, with exactly
    the parameters registered for it.

    Attributes:
        code: a key of :data:`tripartite.refusals.REFUSALS`.
        params: the values named there (ids, counts, enum members, file names).
    """

    def __init__(self, code: str, /, **params: Any) -> None:
        # args holds the code alone, so the default pickling rebuilds the error and restores the params
        # from __dict__.
        super().__init__(code)
        self.code = code
        self.params: dict[str, Any] = params

    def __str__(self) -> str:
        values = ", ".join(f"{name}={_logged(value)}" for name, value in self.params.items())
        return f"{self.code}({values})"


def _logged(value: object) -> str:
    """A parameter as a log shows it: by repr, an enum member (also in a sequence) by its stored value."""
    return repr(_plain(value))


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return type(value)(_plain(v) for v in value)
    return value


@dataclass(frozen=True)
class Problem:
    """One problem found in an input file, at a place a user can find.

    Attributes:
        file: the file's name as the user gave it.
        row: the line a spreadsheet user sees (the header is row 1), or 0 for the whole file.
        column: the column or key name, or "" when the problem is not about one column.
        code: a stable machine-readable code (see :mod:`tripartite.problems`).
        value: the offending value, as read.
        params: extra values the message needs.
    """

    file: str
    row: int
    column: str
    code: str
    value: str = ""
    params: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    def message(self) -> str:
        """The English sentence for this problem (faces may translate the template instead)."""
        from tripartite.problems import render

        return render(self.code, self.params)

    def __str__(self) -> str:
        # Every part may come from the file (a key, a value, a reason quoting it): all of it is escaped.
        where = f"{self.file}:{self.row}:{self.column or '-'}"
        value = f" ({shown_value(self.value)})" if self.value != "" else ""
        return f"{printable(where)}: {printable(self.message())}{value}"


class InputError(KnownError):
    """An input file (requests, board, meeting) was refused; nothing was written.

    Attributes:
        problems: every problem found, in file order.
        warnings: problems that did not stop the input (e.g. unknown columns).
    """

    def __init__(self, problems: list[Problem], warnings: list[Problem] | None = None):
        self.problems = problems
        self.warnings = warnings or []
        super().__init__("\n".join(str(p) for p in problems))


class Cancelled(KnownError):
    """The user cancelled a long operation; everything it did was rolled back."""


class DatabaseError(Refusal):
    """The database could not be used for a reason outside the program (disk, permissions, damage).

    A refusal like the others (a code and its values), so each face says it in its own words; the codes are
    in :data:`tripartite.refusals.REFUSALS`, under "the environment".
    """


def _environment(code: int, path: str, detail: str) -> DatabaseError | None:
    """The refusal for an SQLite primary result code that means "the environment", or None if it is ours."""
    # One construction per code, so that every code stays a literal the registry test can check.
    match code:
        case 5:  # SQLITE_BUSY
            return DatabaseError("database_busy", path=path, detail=detail)
        case 6:  # SQLITE_LOCKED
            return DatabaseError("database_locked", path=path, detail=detail)
        case 7:  # SQLITE_NOMEM
            return DatabaseError("out_of_memory", path=path, detail=detail)
        case 8:  # SQLITE_READONLY
            return DatabaseError("database_read_only", path=path, detail=detail)
        case 10:  # SQLITE_IOERR
            return DatabaseError("disk_io_error", path=path, detail=detail)
        case 11:  # SQLITE_CORRUPT
            return DatabaseError("database_damaged", path=path, detail=detail)
        case 13:  # SQLITE_FULL
            return DatabaseError("disk_full", path=path, detail=detail)
        case 14:  # SQLITE_CANTOPEN
            return DatabaseError("cannot_open_database", path=path, detail=detail)
        case 23:  # SQLITE_AUTH
            return DatabaseError("database_access_denied", path=path, detail=detail)
        case 26:  # SQLITE_NOTADB
            return DatabaseError("not_a_database", path=path, detail=detail)
    return None


def classify_sqlite(exc: sqlite3.Error, path: object = None) -> Exception:
    """Map a sqlite3 exception to :class:`DatabaseError` or :class:`BugError`.

    Args:
        exc: the exception raised by sqlite3.
        path: the database path, to name it in the refusal.

    Returns:
        The exception to raise instead (chain it with ``from exc``).
    """
    code = getattr(exc, "sqlite_errorcode", None)
    where = f"{path}: " if path else ""
    if code is not None and (refused := _environment(code & 0xFF, str(path or ""), str(exc))) is not None:
        return refused
    return BugError(f"{where}unexpected database error: {exc}")
