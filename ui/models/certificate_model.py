"""The board's trusted certificates (``trusted_certs``), each bound to a member and a signatory box."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from sqlite_utils import Database

from tripartite.names import member_names
from tripartite.ui import labels

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid parent of a flat model, built once


def short_fingerprint(fingerprint: str) -> str:
    """The first 16 hex digits in groups of four (``3F2A 91C0 …``): enough to read aloud and compare."""
    head = fingerprint[:16].upper()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4)) + " …"


class CertificateTableModel(QAbstractTableModel):
    """The certificates the board trusts: member, box, subject, fingerprint and expiry, oldest first.

    It reads through :func:`tripartite.reports.trust.trusted_certificates`, the one place verification
    reads the board's trust from, so the dialog lists exactly what ``verify --db`` trusts.

    Args:
        db: the GUI thread's connection.
        parent: the owning QObject.
    """

    MEMBER, ROLE, SUBJECT, FINGERPRINT, EXPIRES = range(5)
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("CertificateTableModel", "Member"),
        QT_TRANSLATE_NOOP("CertificateTableModel", "Signs the box of"),
        QT_TRANSLATE_NOOP("CertificateTableModel", "Name in the certificate"),
        QT_TRANSLATE_NOOP("CertificateTableModel", "Fingerprint (SHA-256)"),
        QT_TRANSLATE_NOOP("CertificateTableModel", "Expires"),
    )

    def __init__(self, db: Database, parent: QObject):
        super().__init__(parent)
        self._db = db
        self._rows: list[Any] = []
        self._names: dict[str, str] = {}
        self.reload()

    def reload(self) -> None:
        """Read the trusted certificates again."""
        from tripartite.reports import trust

        self.beginResetModel()
        self._rows = trust.trusted_certificates(self._db)
        self._names = member_names(self._db)
        self.endResetModel()

    def fingerprint(self, row: int) -> str:
        """The fingerprint of the certificate in ``row``."""
        return str(self._rows[row].fingerprint)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """One row per trusted certificate."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Member, box, subject, fingerprint, expiry."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("CertificateTableModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The certificate's facts in words; the whole fingerprint in a tooltip."""
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.MEMBER:
                member = entry.member_id or ""
                return f"{self._names.get(member, member)} ({member})"
            if column == self.ROLE:
                return labels.role(entry.role) if entry.role else QCoreApplication.translate(
                    "CertificateTableModel", "no box"
                )
            if column == self.SUBJECT:
                return entry.subject
            if column == self.FINGERPRINT:
                return short_fingerprint(entry.fingerprint)
            return self._expiry(entry.not_after)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FINGERPRINT:
            return entry.fingerprint
        return None

    @staticmethod
    def _expiry(iso: str) -> str:
        try:
            moment = dt.datetime.fromisoformat(iso)
        except ValueError:
            return iso
        day = moment.date().isoformat()
        if moment.astimezone(dt.UTC) < dt.datetime.now(dt.UTC):
            return QCoreApplication.translate("CertificateTableModel", "%1 (expired)").replace("%1", day)
        return day
