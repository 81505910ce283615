"""The audit log as a table: number, when, who, what — newest first, fetched 200 at a time (DESIGN §6, §7).

Filters run in SQL: a kind of action (by action prefix), a member (as the actor, alone or with another),
a first day, and a text (in the action, the payload, or a member's name). The words come from
:class:`~tripartite.ui.audit_words.AuditWords`, computed for the rows on screen only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale, QModelIndex, QObject, Qt
from sqlite_utils import Database

from tripartite import audit_log
from tripartite.ui.audit_words import KINDS, AuditWords
from tripartite.ui.models.table import RIGHT, Column, ColumnTableModel

BATCH = 200


@dataclass(frozen=True)
class AuditFilter:
    """What the list shows.

    Attributes:
        kind: an index into :data:`~tripartite.ui.audit_words.KINDS`, or None for every kind.
        member: a member id (as the actor, alone or with another), or None.
        since: the first day shown (ISO date), or None.
        text: words to look for, or "".
    """

    kind: int | None = None
    member: str | None = None
    since: str | None = None
    text: str = ""


@dataclass
class _Row:
    seq: int
    at: str
    actor: str
    action: str
    payload: str
    words: tuple[str, str] | None = None


def _when(entry: _Row) -> str:
    # To the second, year first: a log is read against other logs and clocks.
    return QDateTime.fromString(entry.at, Qt.DateFormat.ISODate).toLocalTime().toString("yyyy-MM-dd HH:mm:ss")


class AuditLogModel(ColumnTableModel):
    """Every event of the record, newest first, in words.

    Args:
        db: the GUI thread's connection.
        parent: the page.
    """

    CONTEXT = "AuditLogModel"
    SEQ, WHEN, WHO, WHAT = range(4)

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._filter = AuditFilter()
        self._rows: list[_Row] = []
        self._done = False
        self._words = AuditWords(db)
        # Built here: who and what are put in words by this model's AuditWords, for the rows shown only.
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("AuditLogModel", "No."), lambda e: QLocale().toString(e.seq), RIGHT, True),
            Column(QT_TRANSLATE_NOOP("AuditLogModel", "When"), _when, tooltip=True),
            Column(QT_TRANSLATE_NOOP("AuditLogModel", "Who"), lambda e: self._said(e)[0], tooltip=True),
            Column(QT_TRANSLATE_NOOP("AuditLogModel", "What"), lambda e: self._said(e)[1], tooltip=True),
        )

    # ---------------------------------------------------------------------------------------- loading

    def set_filter(self, audit_filter: AuditFilter) -> None:
        """Show only the events the filter keeps (from the newest)."""
        self._filter = audit_filter
        self.reload()

    def reload(self) -> None:
        """Read the log again from its newest event (names and titles too)."""
        self.beginResetModel()
        self._words = AuditWords(self._db)
        self._rows, self._done = [], False
        self._rows = self._fetch(None)
        self.endResetModel()

    def _query(self) -> audit_log.EventQuery:
        f = self._filter
        text = f.text.strip()
        members = tuple(m for m, name in self._words.names.items() if text and text.casefold() in name.casefold())
        prefixes = tuple(KINDS[f.kind][1]) if f.kind is not None else ()
        return audit_log.EventQuery(prefixes, f.member, f.since, f.text, members)

    def _fetch(self, before: int | None) -> list[_Row]:
        events = audit_log.events_page(self._db, self._query(), before=before, limit=BATCH)
        rows = [_Row(e.seq, e.at, e.actor, e.action, e.payload) for e in events]
        self._done = len(rows) < BATCH
        return rows

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        """Whether older events remain."""
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        """Read the next batch of older events."""
        if parent.isValid() or self._done or not self._rows:
            return
        more = self._fetch(self._rows[-1].seq)
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows += more
            self.endInsertRows()

    def row_of_seq(self, seq: int) -> int:
        """The row of an event, fetching older events until it is found (-1 if the filter hides it)."""
        while True:
            for row, entry in enumerate(self._rows):
                if entry.seq == seq:
                    return row
            if self._done or (self._rows and self._rows[-1].seq < seq):
                return -1
            self.fetchMore()

    def seq(self, row: int) -> int:
        """The event number of a row."""
        return self._rows[row].seq

    def words(self, row: int) -> tuple[str, str]:
        """Who and what of a row, in words."""
        return self._said(self._rows[row])

    def _said(self, entry: _Row) -> tuple[str, str]:
        if entry.words is None:
            try:
                data = json.loads(entry.payload)
            except ValueError:
                data = {}
            entry.words = (self._words.who(entry.actor), self._words.what(entry.action, data))
        return entry.words
