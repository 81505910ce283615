"""Models of the results view: the tally by constituency, the named ballots, the dissents.

They are filled only after the reveal, from :func:`tripartite.meetings.ballots.revealed_ballots` (which refuses
before it, and always in secret mode) and the motion's stored tally.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from tripartite import rules
from tripartite.meetings.ballots import Ballot
from tripartite.models import Constituency, Vote
from tripartite.ui.meeting_room import labels

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_CENTRE = Qt.AlignmentFlag.AlignCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class _Table(QAbstractTableModel):
    """A read-only table of rows of strings with translated headers."""

    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[tuple[Any, ...]] = []

    def _set(self, rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Rows shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """One column per header."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text and alignment."""
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTRE if isinstance(value, int) else _LEFT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None


class TallyModel(_Table):
    """For, against and abstain by constituency, each group's block position, and the totals."""

    CONTEXT = "TallyModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("TallyModel", "Group"),
        QT_TRANSLATE_NOOP("TallyModel", "For"),
        QT_TRANSLATE_NOOP("TallyModel", "Against"),
        QT_TRANSLATE_NOOP("TallyModel", "Abstain"),
        QT_TRANSLATE_NOOP("TallyModel", "Block"),
    )

    def set_tally(self, tally: rules.Tally) -> None:
        """Show a revealed tally."""
        blocks = rules.block_positions(tally)
        rows: list[tuple[Any, ...]] = []
        for group in Constituency:
            counts = tally[group.value]
            block = blocks[group.value]
            rows.append(
                (
                    labels.constituency(group),
                    counts["for"],
                    counts["against"],
                    counts["abstain"],
                    labels.vote(block) if block else self.tr("none"),
                )
            )
        totals = [sum(tally[g.value][v.value] for g in Constituency) for v in Vote]
        rows.append((self.tr("Total"), *totals, ""))
        self._set(rows)


class BallotModel(_Table):
    """Each member's revealed vote and explanation (named ballots only)."""

    CONTEXT = "BallotModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("BallotModel", "Member"),
        QT_TRANSLATE_NOOP("BallotModel", "Group"),
        QT_TRANSLATE_NOOP("BallotModel", "Vote"),
        QT_TRANSLATE_NOOP("BallotModel", "Explanation of vote"),
    )

    def set_ballots(self, ballots: list[Ballot], names: dict[str, str], groups: dict[str, Constituency]) -> None:
        """Show revealed ballots."""
        self._set(
            [
                (
                    names.get(b.member_id, b.member_id),
                    labels.constituency(groups[b.member_id]) if b.member_id in groups else "",
                    labels.vote(b.vote),
                    b.comment or "",
                )
                for b in ballots
            ]
        )

    def clear(self) -> None:
        """Show nothing."""
        self._set([])


class DissentModel(_Table):
    """The written dissents filed on an item."""

    CONTEXT = "DissentModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DissentModel", "Member"),
        QT_TRANSLATE_NOOP("DissentModel", "Filed"),
        QT_TRANSLATE_NOOP("DissentModel", "Dissent"),
    )

    def set_dissents(self, rows: list[dict[str, Any]], names: dict[str, str]) -> None:
        """Show dissent rows."""
        self._set(
            [
                (names.get(r["member_id"], r["member_id"]), str(r["filed_at"]).replace("T", " ")[:16], r["text"])
                for r in rows
            ]
        )
