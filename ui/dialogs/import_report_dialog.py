"""The report shown after a refused import: nothing was written, and here is every problem, by row."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tripartite.errors import InputError, Problem, printable
from tripartite.ui.models.table import LEFT, RIGHT, Column, ColumnTableModel
from tripartite.ui.problem_words import problem_message

_CONTEXT = "ProblemTableModel"
_ERROR = QT_TRANSLATE_NOOP("ProblemTableModel", "Error")
_WARNING = QT_TRANSLATE_NOOP("ProblemTableModel", "Warning")
Item = tuple[bool, Problem]  # (is a warning, the problem)


def _kind(item: Item) -> str:
    return QCoreApplication.translate(_CONTEXT, _WARNING if item[0] else _ERROR)


def _row(item: Item) -> str:
    # Row 0 means the whole file, not a line in it.
    return QLocale().toString(item[1].row) if item[1].row else "—"


def _value(item: Item) -> str:
    return printable(item[1].value)  # a newline or an escape from the file shows as \n, \x1b


class ProblemTableModel(ColumnTableModel):
    """Problems, then warnings, one per row: kind, row, column, sentence, offending value.

    Args:
        problems: the problems that stopped the import.
        warnings: problems that would not have stopped it.
        parent: the owning QObject.
    """

    CONTEXT = _CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ProblemTableModel", "Kind"), _kind, LEFT),
        Column(QT_TRANSLATE_NOOP("ProblemTableModel", "Row"), _row, RIGHT),
        Column(QT_TRANSLATE_NOOP("ProblemTableModel", "Column"), lambda item: item[1].column or "—", LEFT),
        Column(QT_TRANSLATE_NOOP("ProblemTableModel", "Problem"), lambda item: problem_message(item[1]), LEFT, True),
        Column(QT_TRANSLATE_NOOP("ProblemTableModel", "Value"), _value, LEFT, lambda item: _value(item) or None),
    )

    def __init__(self, problems: list[Problem], warnings: list[Problem], parent: QObject | None = None):
        super().__init__(parent)
        self.set_items(problems, warnings)

    def set_items(self, problems: list[Problem], warnings: list[Problem]) -> None:
        """Show other problems and warnings (a reset; the view keeps its column widths)."""
        self.replace_rows([(False, p) for p in problems] + [(True, w) for w in warnings])


def report_text(problems: list[Problem], warnings: list[Problem]) -> str:
    """Every problem as ``FILE:ROW:COLUMN: message (value)``, then every warning, one per line."""
    lines = [str(p) for p in problems]
    lines += [f"warning: {w}" for w in warnings]
    return "\n".join(lines) + "\n"


def problem_table(parent: QWidget, model: ProblemTableModel) -> QTableView:
    """A table view of a :class:`ProblemTableModel` (``problemTable``), with fixed interactive widths.

    Widths are not measured: a refused 100k-row file can carry 100k problems, too many to measure. The
    model is set first, so the header has its sections when the widths are given.
    """
    table = QTableView(parent)
    table.setModel(model)
    table.setObjectName("problemTable")
    table.setAccessibleName(QCoreApplication.translate("ImportReportDialog", "Problems found in the file"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    char = table.fontMetrics().averageCharWidth()
    for section, chars in enumerate((10, 8, 24, 48, 20)):
        header.resizeSection(section, chars * char)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    return table


class ImportReportDialog(QDialog):
    """Says that nothing was imported and lists every problem, with a button to copy them as text.

    Args:
        error: the refusal raised by the importer.
        file_name: the file as the user knows it.
        parent: the main window.
    """

    def __init__(self, error: InputError, file_name: str, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(self.tr("Import refused"))
        self._error = error
        heading = QLabel(self.tr("Nothing was imported"), self)
        heading.setObjectName("importReportHeading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        locale = QLocale()
        summary = QLabel(
            self.tr(
                "Problems in {file}: {problems}. Warnings: {warnings}. Fix the problems in the file, "
                "then import it again."
            )
            .format(file=file_name, problems=locale.toString(len(error.problems)),
                    warnings=locale.toString(len(error.warnings))),
            self,
        )  # fmt: skip
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = ProblemTableModel(error.problems, error.warnings, self)
        self.table = problem_table(self, self.model)
        char = self.fontMetrics().averageCharWidth()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("&Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("copyReportButton")
        copy.setAccessibleName(self.tr("Copy report"))
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(char * 130, self.fontMetrics().height() * 28)

    def report_text(self) -> str:
        """Every problem as ``FILE:ROW:COLUMN: message (value)``, then every warning, one per line."""
        return report_text(self._error.problems, self._error.warnings)

    def copy_report(self) -> None:
        """Put the report on the clipboard (it names rows and values of a request file, no ballots)."""
        QGuiApplication.clipboard().setText(self.report_text())
