"""The signatures of a verification report as a table, and why each one does not count, in sentences.

:class:`SignatureTableModel` shows every signature of a :class:`~tripartite.reports.verify.Report` in
signing order, then a row per signatory who has not signed; :func:`reason_sentences` turns a signature's
reason codes into one translated sentence each, naming its box. The verification panel
(:mod:`tripartite.ui.minutes.verify_panel`) shows both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from tripartite.ui import labels
from tripartite.ui.labels import fill
from tripartite.ui.views.status_icons import Icons

if TYPE_CHECKING:
    from tripartite.reports.verify import Report, SignatureCheck

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid parent of a flat model, built once (not a call in a default argument)


def box_name(check: SignatureCheck) -> str:
    """The box a signature is in, by its role's name (else the field's name)."""
    return labels.role(check.role) if check.role else check.field


def reason_sentences(check: SignatureCheck) -> list[str]:
    """Why a signature does not count, one translated sentence per reason code, naming its box."""
    translate = QCoreApplication.translate
    who = box_name(check)
    signer = check.signer or translate("VerifyPanel", "the signer")
    out = []
    for code in check.reasons:
        values = [who]
        if code == "unreadable":
            text = translate("VerifyPanel", "%1: the signature cannot be read or validated.")
        elif code == "tampered" and not check.intact:
            text = translate("VerifyPanel", "%1: the signed content was changed after signing.")
        elif code == "tampered":
            text = translate("VerifyPanel", "%1: the signature value does not match the signed content.")
        elif code == "padding":
            text = translate("VerifyPanel", "%1: data is hidden after the signature, where only zero padding may be.")
        elif code == "changed_after":
            text = translate("VerifyPanel", "%1: changes the signatures do not allow were made after it (%2).")
            values.append(labels.modification(check.modification_level))
        elif code == "unknown_box":
            text = translate("VerifyPanel", "%1: this signature is not in the box of a signatory of these minutes.")
        elif code == "untrusted":
            text = translate("VerifyPanel", "%1: the certificate of %2 is not trusted.")
            values.append(signer)
        elif code == "role_mismatch" and check.trusted_for:
            text = translate("VerifyPanel", "%1: the certificate of %2 is trusted for the %3 box, not for this one.")
            values += [signer, ", ".join(labels.role(r) for r in check.trusted_for)]
        elif code == "role_mismatch":
            text = translate("VerifyPanel", "%1: the certificate of %2 is trusted for no signatory box.")
            values.append(signer)
        elif code == "same_signer":
            text = translate("VerifyPanel", "%1: %2 also signed the box of %3; each box needs its own signatory.")
            others = (labels.role(signing_role(f)) if signing_role(f) else f for f in check.also_signed)
            values += [signer, ", ".join(others)]
        else:
            text, values = f"{who}: {labels.signature_reason(code)}", []
        out.append(fill(text, *values))
    return out


def signing_role(field: str) -> str | None:
    """The signatory role of a signature field (``Sig_union`` → ``union``), without loading pyHanko."""
    return field[len("Sig_") :] if field.startswith("Sig_") else None


class SignatureTableModel(QAbstractTableModel):
    """Every signature of a verification report in signing order, then a row per signatory who has not signed.

    Each state has a word and an icon (✓ valid, ? not trusted, ✗ not valid, … not signed), never colour alone;
    the last column says what is wrong in words, and its tooltip in sentences.

    Args:
        parent: the owning QObject.
    """

    ROLE, SIGNER, TIME, STATE, REASON = range(5)
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("SignatureTableModel", "Box"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "Signer"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "Signed at (claimed)"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "State"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "What is wrong"),
    )
    TIPS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("SignatureTableModel", "The signatory role whose box was signed"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "The name in the signer's certificate"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "When the signer's computer says it signed (UTC); not proven"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "Valid: intact, and trusted for this box. Not trusted: intact, "
                                                 "but nobody vouches for the certificate. Not valid: forged, "
                                                 "tampered or misplaced"),
        QT_TRANSLATE_NOOP("SignatureTableModel", "Why the signature does not count"),
    )  # fmt: skip
    # The state of a signature (SignatureCheck.state) → its icon, and its word.
    STATES: ClassVar[dict[str, tuple[str, str]]] = {
        "good": ("ok", QT_TRANSLATE_NOOP("SignatureTableModel", "Valid")),
        "untrusted": ("untrusted", QT_TRANSLATE_NOOP("SignatureTableModel", "Not trusted")),
        "bad": ("bad", QT_TRANSLATE_NOOP("SignatureTableModel", "Not valid")),
        "missing": ("pending", QT_TRANSLATE_NOOP("SignatureTableModel", "Not signed")),
    }

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._checks: tuple[SignatureCheck, ...] = ()
        self._missing: tuple[str, ...] = ()
        self._icons = Icons()

    def set_report(self, report: Report | None) -> None:
        """Show a report's signatures and unsigned signatories (none for None)."""
        self.beginResetModel()
        self._checks = tuple(report.signatures) if report is not None else ()
        self._missing = tuple(report.missing_roles) if report is not None else ()
        self.endResetModel()

    def check(self, row: int) -> SignatureCheck | None:
        """The signature of a row; None for a signatory who has not signed."""
        return self._checks[row] if row < len(self._checks) else None

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        """One row per signature, then one per signatory still to sign."""
        return 0 if parent.isValid() else len(self._checks) + len(self._missing)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        """Box, signer, time, state and what is wrong."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles and their explanations."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SignatureTableModel", self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("SignatureTableModel", self.TIPS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A state in words with its icon, what is wrong, and the details in a tooltip."""
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = index.row(), index.column()
        check = self.check(row)
        state = check.state if check is not None else "missing"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(check, row, column)
        if role == Qt.ItemDataRole.DecorationRole and column in (self.ROLE, self.STATE):
            return self._icons.get(self.STATES[state][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(check, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(check, row, column)
            return f"{text} ({self.tr('problem')})" if column == self.STATE and state == "bad" else text
        return None

    # ------------------------------------------------------------------------------------------ cells


    def _text(self, check: SignatureCheck | None, row: int, column: int) -> str:
        if check is None:  # a signatory who has not signed
            missing = self._missing[row - len(self._checks)]
            return {self.ROLE: labels.role(missing), self.STATE: self.tr(self.STATES["missing"][1]),
                    self.REASON: self.tr("No signature in this box")}.get(column, "")  # fmt: skip
        if column == self.ROLE:
            return box_name(check)
        if column == self.SIGNER:
            return check.signer or self.tr("Unknown")
        if column == self.TIME:
            return labels.when(check.signed_at)
        if column == self.STATE:
            return self.tr(self.STATES[check.state][1])
        return " · ".join(labels.signature_reason(code) for code in check.reasons) or "—"

    def _tip(self, check: SignatureCheck | None, column: int) -> str | None:
        if check is None:
            return None
        if column == self.REASON and check.reasons:
            return "\n".join(reason_sentences(check))
        flags = (check.intact, check.valid, check.trusted)
        details = [
            fill(self.tr("Intact: %1 · Signature value valid: %2 · Certificate trusted: %3"),
                  *(self.tr("Yes") if flag else self.tr("No") for flag in flags)),
            fill(self.tr("Trusted for the box of: %1"),
                  ", ".join(labels.role(r) for r in check.trusted_for) or self.tr("none")),
            fill(self.tr("Covers: %1 · Changed after it: %2"), labels.coverage(check.coverage),
                  labels.modification(check.modification_level)),
        ]  # fmt: skip
        if check.certifies:
            details.append(self.tr("The first signature: it certifies the document and allows only later signatures."))
        if check.error:
            details.append(fill(self.tr("This signature could not be validated: %1"), check.error))
        return "\n".join(details)
