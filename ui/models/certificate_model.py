"""The board's trusted certificates (``trusted_certs``), each bound to a member and a signatory box."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from sqlite_utils import Database

from tripartite.names import member_names
from tripartite.ui import labels
from tripartite.ui.models.table import Column, ColumnTableModel


def short_fingerprint(fingerprint: str) -> str:
    """The first 16 hex digits in groups of four (``3F2A 91C0 …``): enough to read aloud and compare."""
    head = fingerprint[:16].upper()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4)) + " …"


def _box(entry: Any) -> str:
    return labels.role(entry.role) if entry.role else QCoreApplication.translate("CertificateTableModel", "no box")


def _expiry(entry: Any) -> str:
    try:
        moment = dt.datetime.fromisoformat(entry.not_after)
    except ValueError:
        return str(entry.not_after)
    day = moment.date().isoformat()
    if moment.astimezone(dt.UTC) < dt.datetime.now(dt.UTC):
        return QCoreApplication.translate("CertificateTableModel", "%1 (expired)").replace("%1", day)
    return day


class CertificateTableModel(ColumnTableModel):
    """The certificates the board trusts: member, box, subject, fingerprint and expiry, oldest first.

    It reads through :func:`tripartite.reports.trust.trusted_certificates`, the one place verification
    reads the board's trust from, so the dialog lists exactly what ``verify --db`` trusts.

    Args:
        db: the GUI thread's connection.
        parent: the owning QObject.
    """

    CONTEXT = "CertificateTableModel"
    MEMBER, ROLE, SUBJECT, FINGERPRINT, EXPIRES = range(5)

    def __init__(self, db: Database, parent: QObject):
        super().__init__(parent)
        self._db = db
        self._names: dict[str, str] = {}
        # Built here: the member column names the member from the names read with the certificates.
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("CertificateTableModel", "Member"), self._member, accessible=True),
            Column(QT_TRANSLATE_NOOP("CertificateTableModel", "Signs the box of"), _box, accessible=True),
            Column(
                QT_TRANSLATE_NOOP("CertificateTableModel", "Name in the certificate"),
                lambda e: e.subject,
                accessible=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("CertificateTableModel", "Fingerprint (SHA-256)"),
                lambda e: short_fingerprint(e.fingerprint),
                tooltip=lambda e: e.fingerprint,  # the whole of it
                accessible=True,
            ),
            Column(QT_TRANSLATE_NOOP("CertificateTableModel", "Expires"), _expiry, accessible=True),
        )
        self.reload()

    def reload(self) -> None:
        """Read the trusted certificates again."""
        from tripartite.reports import trust

        self._names = member_names(self._db)
        self.replace_rows(trust.trusted_certificates(self._db))

    def fingerprint(self, row: int) -> str:
        """The fingerprint of the certificate in ``row``."""
        return str(self.row_at(row).fingerprint)

    def _member(self, entry: Any) -> str:
        member = entry.member_id or ""
        return f"{self._names.get(member, member)} ({member})"
