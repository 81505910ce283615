"""What every command of the command line shares: its exit codes and how it reports on stderr.

Exit codes: 0 success, 1 a check failed (e.g. ``audit verify``), 2 bad input or environment (nothing
was written). Errors go to stderr, one line per problem, escaped so a quoted file name never spans
lines or moves the cursor.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tripartite.errors import KnownError, printable

EXIT_OK, EXIT_CHECK_FAILED, EXIT_INPUT = 0, 1, 2


def stderr_line(line: str) -> None:
    """Print one line to stderr, escaped: a message quoting a file never spans lines or moves the cursor."""
    print(printable(line), file=sys.stderr)


def require_db(path: Path) -> None:
    """Refuse a command whose ``--db`` names no database file (the command line never creates one by accident)."""
    if not path.is_file():
        raise KnownError(f"{path}: no such database")
