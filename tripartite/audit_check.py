"""Checking the audit record: the chain, every covered row, secret votes and anchors (DESIGN §6).

:func:`verify` recomputes the chain from the first event and names the first event that does not
hold, then checks every row of every covered table against the digest its last event carries: a
row that differs, a row no event vouches for, and an event whose row is gone are each named by table
and key. Imported requests are checked against their import file, parsed again with the importer's
own rules; a secret ballot's votes against the digest its reveal committed to.

A chain kept only in the file proves nothing against whoever holds the file, since anyone can
recompute SHA-256: anchors held elsewhere do. :func:`check_anchor` checks one (a head read into the
record of a later meeting, ``SEQ:HASH-PREFIX``); the heads carried by signed minutes are checked by
:mod:`tripartite.reports.anchors`, which can read and verify the signed PDFs.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlite_utils import Database

from tripartite import importer
from tripartite.audit import (
    COVERED,
    GENESIS,
    Head,
    canonical,
    current_head,
    event_hash,
    primary_key,
    row_digest,
    row_key,
)
from tripartite.errors import Cancelled, InputError

# How far a renumbered event is searched for: deleting more events than this and renumbering the rest
# is still caught, as a changed event.
_RENUMBER_REACH = 1000


@dataclass(frozen=True)
class Finding:
    """One thing in the record that does not hold.

    Attributes:
        code: what is wrong —
            chain: ``event_changed`` (an event's content no longer matches its own hash),
            ``event_rewritten`` (an event was rewritten and rehashed: the next event committed to
            another version of it), ``events_deleted`` (numbers missing), ``events_renumbered``
            (events deleted and the rest renumbered), ``anchor_mismatch`` (an anchor held outside
            the file names another hash for that event), ``anchor_missing`` (the chain has no such event);
            rows: ``row_changed``, ``row_without_event``, ``row_deleted``;
            secret ballots: ``votes_changed``, ``votes_count``.
        table: the table concerned (rows and votes).
        key: the row's key in words (``gov1``, ``motion_id 3, member_id uni1``).
        seq: the event concerned.
        count: how many events were deleted, for ``events_deleted`` and ``events_renumbered``.
        source: what the anchor was (e.g. ``minutes 4, signed``), for anchors.
    """

    code: str
    table: str | None = None
    key: str | None = None
    seq: int | None = None
    count: int = 0
    source: str = ""


@dataclass(frozen=True)
class Report:
    """What :func:`verify` found.

    Attributes:
        events: how many events the log holds.
        head: its head.
        findings: everything that does not hold, the chain first, then rows in :data:`COVERED` order.
        bad_rows: (table, key as in the events) of every row that differs or that no event vouches for,
            for callers that trust rows one by one.
    """

    events: int
    head: Head
    findings: tuple[Finding, ...]
    bad_rows: frozenset[tuple[str, str]] = field(default=frozenset())

    @property
    def ok(self) -> bool:
        """Nothing found."""
        return not self.findings

    @property
    def chain_ok(self) -> bool:
        """The chain itself holds (its rows may still not)."""
        return not any(f.table is None for f in self.findings)


Progress = Callable[[int, int], None]


def _events(db: Database) -> list[tuple[int, str, str, str, str, str, str]]:
    return db.execute("SELECT seq, at, actor, action, payload, prev_hash, hash FROM events ORDER BY seq").fetchall()


def check_chain(events: Iterable[tuple[int, str, str, str, str, str, str]]) -> Finding | None:
    """The first event at which the chain does not hold, named for what was done to it."""
    prev, expected = GENESIS, 1
    for seq, at, actor, action, payload, prev_hash, stored in events:
        if seq != expected:
            return Finding("events_deleted", seq=expected, count=seq - expected)
        if event_hash(prev_hash, seq, at, actor, action, payload) != stored:
            # Renumbered after a deletion? The number is part of the hash, so try the numbers it may have had.
            for shift in range(1, _RENUMBER_REACH + 1):
                if event_hash(prev_hash, seq + shift, at, actor, action, payload) == stored:
                    return Finding("events_renumbered", seq=seq, count=shift)
            return Finding("event_changed", seq=seq)
        if prev_hash != prev:
            # This event is whole, but it committed to another version of the one before: that one was
            # rewritten and rehashed (or this link was, which comes to the same: the two disagree).
            return Finding("event_rewritten", seq=seq - 1)
        prev, expected = stored, seq + 1
    return None


def check_anchor(db: Database, seq: int, prefix: str, source: str = "") -> Finding | None:
    """Check a head held outside the file: event ``seq`` must have a hash starting with ``prefix``.

    Only meaningful once :func:`check_chain` holds (the stored hashes are then the recomputed ones).
    """
    row = db.execute("SELECT hash FROM events WHERE seq = ?", [seq]).fetchone()
    if row is None:
        return Finding("anchor_missing", seq=seq, source=source)
    if not prefix or not str(row[0]).startswith(prefix.lower()):
        return Finding("anchor_mismatch", seq=seq, source=source)
    return None


def parse_anchor(text: str) -> tuple[int, str]:
    """``SEQ:HEX`` as printed by ``tripartite audit head``.

    Raises:
        ValueError: not in that form.
    """
    seq, _, prefix = text.partition(":")
    if not seq.isdigit() or len(prefix) < 8 or any(c not in "0123456789abcdefABCDEF" for c in prefix):
        raise ValueError(f"an anchor reads SEQ:HEX, e.g. 1234:1f3a9c0d2b4e5f60 ({text!r})")
    return int(seq), prefix.lower()


@dataclass
class _Expected:
    """What the events say each row should be."""

    rows: dict[tuple[str, str], tuple[int, str | None]] = field(default_factory=dict)
    imports: list[tuple[int, int, int, int, str]] = field(default_factory=list)  # first id, last, seq, file, created
    votes: dict[int, tuple[int, str]] = field(default_factory=dict)


def _expected(events: Iterable[tuple[int, str, str, str, str, str, str]]) -> _Expected:
    out = _Expected()
    for seq, _at, _actor, action, payload, _prev, _hash in events:
        data = json.loads(payload)
        for table, digests in data.get("rows", {}).items():
            for key, value in digests.items():
                out.rows[(table, key)] = (seq, value)
        if action == "requests.imported" and "ids" in data:
            first, last = data["ids"]
            out.imports.append((first, last, seq, data["file_id"], data["created_at"]))
        if action == "motion.revealed" and "votes_digest" in data:
            out.votes[int(data["motion"])] = (seq, data["votes_digest"])
    out.imports.sort()
    return out


def votes_digest(db: Database, motion_id: int) -> str:
    """The digest a secret ballot's reveal commits to: all its unlinked votes, in key order."""
    rows = db.execute(
        "SELECT key, constituency, vote, comment, chair FROM secret_votes WHERE motion_id = ? ORDER BY key",
        [motion_id],
    ).fetchall()
    return hashlib.sha256(canonical([list(r) for r in rows]).encode("utf-8")).hexdigest()


def key_words(db: Database, table: str, key: str) -> str:
    """A row's key as a person reads it: ``gov1``, or ``motion_id 3, member_id uni1``."""
    columns = primary_key(db, table)
    values = json.loads(key)
    if table == "requests":
        found = db.execute("SELECT reference FROM requests WHERE id = ?", values).fetchone()
        return str(found[0]) if found else f"id {values[0]}"
    if columns == ("id",):
        return str(values[0])
    return ", ".join(f"{c} {v}" for c, v in zip(columns, values, strict=False))


class _Imports:
    """The digests imported requests should have, from their files parsed again (once per file)."""

    def __init__(self, db: Database, imports: list[tuple[int, int, int, int, str]]):
        self.db = db
        self.imports = imports
        self.firsts = [i[0] for i in imports]
        self.digests: dict[int, list[str] | None] = {}

    def covering(self, request_id: int) -> tuple[int, int, int, int, str] | None:
        at = bisect.bisect_right(self.firsts, request_id) - 1
        if at >= 0 and self.imports[at][0] <= request_id <= self.imports[at][1]:
            return self.imports[at]
        return None

    def digest(self, request_id: int) -> str | None:
        covered = self.covering(request_id)
        assert covered is not None, "asked only for a request that an import covers"
        first, last, _seq, file_id, created_at = covered
        if file_id not in self.digests:
            self.digests[file_id] = self._parse(first, last, file_id, created_at)
        rows = self.digests[file_id]
        return None if rows is None else rows[request_id - first]

    def _parse(self, first: int, last: int, file_id: int, created_at: str) -> list[str] | None:
        found = self.db.execute("SELECT name, data FROM import_files WHERE id = ?", [file_id]).fetchone()
        if found is None:
            return None
        try:
            rows = importer.imported_rows(bytes(found[1]), str(found[0]))
        except InputError:
            return None  # the kept file no longer parses: every row it vouched for is unvouched
        if len(rows) != last - first + 1:
            return None
        return [
            row_digest({"id": first + i, **row, "status": "pending", "created_at": created_at})
            for i, row in enumerate(rows)
        ]


def _check_table(
    db: Database, table: str, expected: _Expected, imports: _Imports, findings: list[Finding]
) -> set[tuple[str, str]]:
    columns = primary_key(db, table)
    seen: set[str] = set()
    bad: set[tuple[str, str]] = set()
    for row in db.query(f'SELECT * FROM "{table}"'):
        key = row_key(tuple(row[c] for c in columns))
        seen.add(key)
        actual = row_digest(row)
        found = expected.rows.get((table, key))
        if table == "requests":
            source = imports.covering(int(row["id"]))
            if source is not None and (found is None or found[0] < source[2]):
                want = imports.digest(int(row["id"]))
                found = (source[2], want) if want is not None else None
        if found is None:
            findings.append(Finding("row_without_event", table, key_words(db, table, key)))
            bad.add((table, key))
        elif found[1] != actual:
            code = "row_without_event" if found[1] is None else "row_changed"
            findings.append(Finding(code, table, key_words(db, table, key), found[0]))
            bad.add((table, key))
    for (kind, key), (seq, value) in expected.rows.items():
        if kind == table and value is not None and key not in seen:
            findings.append(Finding("row_deleted", table, key_words(db, table, key), seq))
    if table == "requests":
        for first, last, seq, _file, _created in expected.imports:
            for request_id in range(first, last + 1):
                key = row_key((request_id,))
                if key not in seen and (table, key) not in expected.rows:
                    findings.append(Finding("row_deleted", table, str(request_id), seq))
    return bad


def _check_votes(db: Database, expected: _Expected, findings: list[Finding]) -> None:
    for motion_id, (seq, want) in sorted(expected.votes.items()):
        if votes_digest(db, motion_id) != want:
            findings.append(Finding("votes_changed", "secret_votes", f"motion {motion_id}", seq))
    # Before a reveal nothing commits to a secret vote's content (that would tie it to its voter), but
    # there must be exactly one vote per member who voted.
    for motion_id, votes, voters in db.execute(
        "SELECT m.id, (SELECT count(*) FROM secret_votes s WHERE s.motion_id = m.id), "
        "(SELECT count(*) FROM voters v WHERE v.motion_id = m.id) FROM motions m ORDER BY m.id"
    ):
        if motion_id not in expected.votes and votes != voters:
            findings.append(Finding("votes_count", "secret_votes", f"motion {motion_id}"))


def vouched(db: Database, table: str) -> set[str]:
    """The keys of the rows of one covered table that the record vouches for.

    Empty when the chain itself does not hold: then the record vouches for nothing. Cheaper than
    :func:`verify` (one table), for a caller that trusts rows one by one, such as the board's
    trusted certificates.
    """
    events = _events(db)
    if check_chain(events) is not None:
        return set()
    expected = _expected(events)
    findings: list[Finding] = []
    bad = _check_table(db, table, expected, _Imports(db, expected.imports), findings)
    columns = primary_key(db, table)
    keys = {row_key(tuple(r[c] for c in columns)) for r in db.query(f'SELECT * FROM "{table}"')}
    return {k for k in keys if (table, k) not in bad}


def verify(
    db: Database,
    *,
    anchors: Iterable[tuple[int, str, str]] = (),
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Report:
    """Check the whole record.

    Args:
        db: the database.
        anchors: heads held outside the file, ``(seq, hash prefix, where it came from)``.
        progress: ``(done, total)`` over the covered tables.
        cancelled: polled between tables.

    Returns:
        The report; its first finding is the first bad record.

    Raises:
        Cancelled: ``cancelled()`` returned True.
    """
    events = _events(db)
    findings: list[Finding] = []
    broken = check_chain(events)
    if broken is not None:
        findings.append(broken)
    else:
        for seq, prefix, source in anchors:
            found = check_anchor(db, seq, prefix, source)
            if found is not None:
                findings.append(found)
    expected = _expected(events)
    imports = _Imports(db, expected.imports)
    existing = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    bad: set[tuple[str, str]] = set()
    tables = [t for t in COVERED if t in existing]
    for done, table in enumerate(tables):
        if cancelled is not None and cancelled():
            raise Cancelled("the audit check was cancelled")
        bad |= _check_table(db, table, expected, imports, findings)
        if progress is not None:
            progress(done + 1, len(tables))
    if "secret_votes" in existing:
        _check_votes(db, expected, findings)
    return Report(len(events), current_head(db), tuple(findings), frozenset(bad))
