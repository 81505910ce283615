"""Files written whole or not at all, read with a refusal that names them, and named by their SHA-256.

A file is written to a temporary name beside the target, flushed to disk and renamed over it, so a
reader never sees half a file and a failed write leaves none; inside a transaction, a failed write
rolls the record back (:mod:`tripartite.reports.service`). A private file (a signing key) is created
readable by its owner only.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tripartite.errors import Refusal


def sha256(data: bytes) -> str:
    """Hex SHA-256 of some bytes (how the tables and the audit log name a file)."""
    return hashlib.sha256(data).hexdigest()


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success rename it over ``path``, on failure remove it.

    The rename is atomic, so a reader never sees half a file and a failure never leaves one.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        yield temporary
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_file(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write bytes whole or not at all (temporary file, fsync, rename).

    Args:
        path: the file.
        data: its content.
        private: readable by the owner only (a private key).

    Raises:
        Refusal: ``cannot_write``: the folder is missing or not writable.
    """
    try:
        with _replacing(path) as temporary, _open_new(temporary, private) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise Refusal("cannot_write", path=str(path), reason=exc.strerror or str(exc)) from exc


def _open_new(path: Path, private: bool) -> Any:
    """Open a new file for writing; a private one is created 0600, never readable by others even briefly."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    return os.fdopen(os.open(path, flags, 0o600 if private else 0o666), "wb")


def read_file(path: Path, what: str = "file") -> bytes:
    """Read a file, or refuse (``no_such_file``, ``cannot_read``) naming it."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise Refusal("no_such_file", path=str(path), what=what) from exc
    except OSError as exc:
        raise Refusal("cannot_read", path=str(path), reason=exc.strerror or str(exc)) from exc
