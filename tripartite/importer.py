"""Import request dossiers from a CSV or XLSX file, all or nothing; and enter or edit one request by hand.

All or nothing (DESIGN §8.2, §8.4): every problem in the file is collected, each with its row and
column, and if there is any, nothing is written, not even an audit event. The file is read by
:mod:`tripartite.request_files` and checked by :mod:`tripartite.request_checks`; this module writes it,
in one transaction with its audit event, and applies the same checks to a request typed into the form.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from tripartite import audit, request_checks, request_files, store
from tripartite.authority import Act, Auth, NotAuthorised, require
from tripartite.clock import now
from tripartite.errors import Cancelled, InputError, Problem
from tripartite.request_checks import IsCancelled
from tripartite.request_files import Table
from tripartite.request_schema import COLUMNS, NAMES

Progress = Callable[[int, int], None]

_CHUNK = 5000


@dataclass
class ImportResult:
    """What an import did.

    Attributes:
        count: requests imported.
        warnings: problems that did not stop the import (unknown columns).
        references: the imported references, in file order.
    """

    count: int
    warnings: list[Problem] = field(default_factory=list)
    references: list[str] = field(default_factory=list)


def _noop_progress(done: int, total: int) -> None:
    del done, total


def _never() -> bool:
    return False


def import_requests(
    db: Database,
    path: str | Path,
    *,
    auth: Auth | None,
    display_name: str | None = None,
    progress: Progress = _noop_progress,
    cancelled: IsCancelled = _never,
) -> ImportResult:
    """Validate a requests file and import all of it, or nothing.

    Args:
        db: the open database (the caller's thread).
        path: a ``.csv`` or ``.xlsx`` file.
        auth: the secretary's or the chair's PIN, or the command line's operator; None only while the
            database has no board yet (there is nobody to vouch: the first start, the sample loader).
        display_name: how problems name the file (default: the path as given).
        progress: called with ``(done, total)`` rows as the work goes on.
        cancelled: polled between chunks; when it returns True the import stops and rolls back.

    Returns:
        The count, warnings and references.

    Raises:
        InputError: the file has problems; ``problems`` lists every one. Nothing was written.
        Cancelled: ``cancelled()`` returned True. Nothing was written.
        NotAuthorised: the authority given does not allow it.
    """
    actor = _secretariat(db, auth)
    path = Path(path)
    name = display_name or str(path)
    with _gc_paused():
        return _import(db, path, name, actor, progress, cancelled)


def _secretariat(db: Database, auth: Auth | None) -> str:
    """Who may import or edit requests: the secretary or the chair; anyone before a board exists."""
    if auth is None:
        if db.execute("SELECT EXISTS(SELECT 1 FROM board)").fetchone()[0]:
            raise NotAuthorised("needs_officer")
        return "system"
    require(db, auth, Act.SECRETARIAT)
    return auth.actor


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file is read, checked and written.

    A big file makes millions of small acyclic objects, and the collector's repeated full passes over
    them cost a third of the import. Reference counting still frees everything; the collector resumes
    afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _import(
    db: Database, path: Path, name: str, actor: str, progress: Progress, cancelled: IsCancelled
) -> ImportResult:
    table, data = request_files.read_file(path, name)
    total = len(table.rows)
    progress(0, total)
    columns, records, warnings = request_checks.validate(db, table, name, cancelled)
    progress(total // 10, total)
    placeholders = ", ".join("?" for _ in columns)
    created_at = now()
    digest = hashlib.sha256(data).hexdigest()
    # The timestamp is ours (ISO digits and punctuation), so it can sit in the statement as a literal.
    sql = (
        f"INSERT INTO requests ({', '.join(columns)}, status, created_at) "
        f"VALUES ({placeholders}, 'pending', '{created_at}')"
    )
    # The rows are committed through the file they came from (kept whole, its SHA-256 in the event):
    # one digest for the import instead of one per row (DESIGN §6; the audit check parses it again).
    with db.atomic(), store.bulk_requests(db), audit.paused(db, "requests"):
        file_id = store.inserted_id(
            store.table(db, "import_files").insert(
                {
                    "name": Path(name).name,
                    "sha256": digest,
                    "size": len(data),
                    "data": data,
                    "imported_at": created_at,
                }
            )
        )
        first_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM requests").fetchone()[0]
        for start in range(0, total, _CHUNK):
            if cancelled():
                raise Cancelled("import cancelled; nothing was imported")
            chunk = records[start : start + _CHUNK]
            db.conn.executemany(sql, chunk)
            progress(total // 10 + (start + len(chunk)) * 9 // 10, total)
        references = [r[0] for r in records]
        audit.append(
            db,
            "requests.imported",
            {
                "file": Path(name).name,
                "file_id": file_id,
                "sha256": digest,
                "count": total,
                "first": references[0],
                "last": references[-1],
                "ids": [first_id, first_id + total - 1],
                "created_at": created_at,
            },
            actor=actor,
        )
    progress(total, total)
    return ImportResult(count=total, warnings=warnings, references=references)


def imported_rows(data: bytes, name: str) -> list[dict[str, Any]]:
    """The request rows an import of this file stored, in file order, without their id (for the audit check).

    The importer's own reading and conversion, against an empty scratch register so that the file's
    references are not taken for duplicates of themselves.

    Raises:
        InputError: the file is not one the importer accepts.
    """
    suffix = Path(name).suffix.lower()
    table = request_files.read_xlsx(data, name) if suffix == ".xlsx" else request_files.read_csv(data, name)
    scratch = Database(memory=True)
    store.table(scratch, "requests").create({"id": int, "reference": str}, pk="id")
    names, records, _ = request_checks.validate(scratch, table, name, _never)
    return [dict(zip(names, record, strict=True)) for record in records]


# ------------------------------------------------------------------------------------------ one request


def validate_row(
    db: Database, values: dict[str, str], *, request_id: int | None = None
) -> tuple[dict[str, Any], list[Problem]]:
    """Check one request typed into a form, with exactly the importer's rules.

    Args:
        db: the database (for the reference's uniqueness).
        values: column name → text as typed; a missing column counts as empty.
        request_id: the request being edited, whose own reference is not a duplicate.

    Returns:
        The converted values (column → stored value) and the problems, each naming its column
        (``row`` is meaningless here).
    """
    table = Table(list(NAMES), [[str(values.get(n, "") or "") for n in NAMES]], [1, 2])
    try:
        names, records, _ = request_checks.validate(db, table, "form", _never)
    except InputError as error:
        own = None
        if request_id is not None:
            row = db.execute("SELECT reference FROM requests WHERE id = ?", [request_id]).fetchone()
            own = row[0] if row else None
        problems = [p for p in error.problems if not (p.code == "duplicate_in_database" and p.value == own)]
        if problems:
            return {}, problems
        names, records = _convert_unchecked(table)
    return dict(zip(names, records[0], strict=True)), []


def _convert_unchecked(table: Table) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Convert a table whose only problem was its own reference (editing a request keeps it)."""
    problems: list[Problem] = []
    converted = {
        c.name: request_checks.convert(c, [table.rows[0][i].strip()], [2], "form", problems)
        for i, c in enumerate(COLUMNS)
    }
    return list(NAMES), [tuple(converted[n][0] for n in NAMES)]


def save_request(db: Database, values: dict[str, str], *, auth: Auth | None, request_id: int | None = None) -> int:
    """Create a request from a form, or update one, after :func:`validate_row`; audited in one transaction.

    Raises:
        InputError: the values have problems; nothing was written.
        NotAuthorised: neither the secretary's nor the chair's PIN.
    """
    actor = _secretariat(db, auth)
    converted, problems = validate_row(db, values, request_id=request_id)
    if problems:
        raise InputError(problems)
    with db.atomic():
        if request_id is None:
            request_id = store.inserted_id(
                store.table(db, "requests").insert({**converted, "status": "pending", "created_at": now()})
            )
            audit.append(
                db, "request.created", {"request": request_id, "reference": converted["reference"]}, actor=actor
            )
        else:
            before = next(iter(db.query("SELECT * FROM requests WHERE id = ?", [request_id])), None)
            if before is None:
                raise InputError([Problem("form", 0, "", "unknown_request", value=str(request_id))])
            if before["status"] not in ("pending", "deferred"):
                # A dossier on an agenda or decided is what the board saw; it is not edited under its feet.
                raise InputError(
                    [
                        Problem(
                            "form",
                            0,
                            "status",
                            "request_state",
                            value=before["status"],
                            params={"status": before["status"]},
                        )
                    ]
                )
            changed = sorted(k for k, v in converted.items() if before[k] != v)
            store.table(db, "requests").update(request_id, converted)
            audit.append(
                db,
                "request.edited",
                {"request": request_id, "reference": converted["reference"], "changed": changed},
                actor=actor,
            )
    return request_id
