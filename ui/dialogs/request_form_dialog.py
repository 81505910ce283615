"""The form to enter a request by hand, or to edit one, with exactly the importer's validation.

Every field is a column of ``tripartite.request_schema.COLUMNS``; the text typed goes to
``tripartite.importer.validate_row`` and, once clean, to ``save_request`` (which audits the change). A
problem appears under its field in red words, and becomes the field's accessible description, so a
screen reader announces it too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import board, classifications, importer, register, store
from tripartite.authority import Auth
from tripartite.errors import InputError, KnownError, Problem
from tripartite.models import INTEGRATION_ITEMS
from tripartite.request_schema import BY_NAME, Kind
from tripartite.ui import a11y, authorize, labels, refusal_words
from tripartite.ui.dialogs import form_parts
from tripartite.ui.problem_words import problem_message

_BOOL_VALUES = ("", "true", "false")


class RequestFormDialog(QDialog):
    """Create a request, or edit one.

    Signals:
        saved(int): the request's id, after it was written and audited.

    Args:
        db: the GUI thread's connection.
        parent: the main window.
        request_id: the request to edit; None for a new one.
    """

    saved = Signal(int)

    def __init__(self, db: Database, parent: QWidget, *, request_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("requestFormDialog")
        self._db = db
        self._request_id = request_id
        self._pending: dict[str, str] | None = None
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._integration: dict[str, QCheckBox] = {}
        self._titles: dict[str, QLabel] = {}
        self._captions = self._field_captions()

        body = QWidget(self)
        columns = QHBoxLayout(body)
        columns.setSpacing(18)
        sides = (QVBoxLayout(), QVBoxLayout())
        for side in sides:
            columns.addLayout(side, 1)
        for side, title, names in self._sections():
            sides[side].addWidget(self._section(body, title, names))
        for side in sides:
            side.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("requestFormArea")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        note = QLabel(
            self.tr("Fields marked * are required. Leave a fact empty when it is unknown: it then counts as "
                    "missing evidence, not as zero."),
            self,
        )  # fmt: skip
        note.setWordWrap(True)
        self.general_error = form_parts.error_label(self, "formError")

        self.buttons, self.save_button = form_parts.save_cancel(self, self.tr("&Save request"), "saveRequestButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        if request_id is None:
            self.setWindowTitle(self.tr("New request"))
            config = board.read_board(db)
            if config is not None and config.currency:
                self.set_value("currency", config.currency)
        else:
            self._load(request_id)
        char = self.fontMetrics().averageCharWidth()
        self.resize(char * 160, self.fontMetrics().height() * 46)
        first = self.fields["reference"]
        first.setFocus()

    # ------------------------------------------------------------------------------------------ building

    def _sections(self) -> list[tuple[int, str, tuple[str, ...]]]:
        return [
            (0, self.tr("Request and employer"),
             ("reference", "submitted_on", "employer_name", "employer_id", "sector_isic", "region")),
            (0, self.tr("The job"),
             ("occupation_isco", "job_title", "workers_requested", "duration_months", "wage_offered",
              "prevailing_wage", "currency", "origin_countries")),
            (0, self.tr("Notes"), ("notes",)),
            (1, self.tr("Local labour market"),
             ("vacancy_advertised_days", "recruitment_channels", "local_applicants", "local_hired",
              "local_jobs_created", "local_trainees")),
            (1, self.tr("Compliance"),
             ("layoffs_last_12m", "compliance_violations_3y", "labour_dispute", "fees_charged_to_workers")),
            (1, self.tr("Workforce, housing and integration"),
             ("firm_employees", "firm_foreign_employees", "housing_provided", "housing_inspected",
              "integration_support")),
        ]  # fmt: skip

    def _field_captions(self) -> dict[str, tuple[str, str]]:
        """Each column's caption and a hint of what to type (placeholder or tooltip)."""
        return {
            "reference": (self.tr("&Reference"), self.tr("unique, e.g. REQ-2026-0049")),
            "employer_name": (self.tr("&Employer"), ""),
            "employer_id": (self.tr("Emplo&yer id"), self.tr("tax or registry number")),
            "sector_isic": (self.tr("Sector (IS&IC)"), self.tr("A–U or 01–99")),
            "occupation_isco": (self.tr("&Occupation (ISCO)"), self.tr("e.g. 9211")),
            "job_title": (self.tr("&Job title"), ""),
            "region": (self.tr("Re&gion"), ""),
            "workers_requested": (self.tr("&Workers requested"), self.tr("at least 1")),
            "duration_months": (self.tr("&Duration (months)"), self.tr("1 to 60")),
            "wage_offered": (self.tr("Wage o&ffered"), self.tr("monthly, e.g. 1850.50")),
            "prevailing_wage": (self.tr("&Prevailing wage"), self.tr("monthly, same currency")),
            "currency": (self.tr("&Currency"), self.tr("ISO 4217, e.g. EUR")),
            "origin_countries": (self.tr("Origin co&untries"), self.tr("ISO codes separated by ;  e.g. MA;SN")),
            "vacancy_advertised_days": (self.tr("Vacancy advertised (days)"), ""),
            "recruitment_channels": (self.tr("Recruitment channels"), ""),
            "local_applicants": (self.tr("Local applicants"), ""),
            "local_hired": (self.tr("Local hires"), ""),
            "local_jobs_created": (self.tr("Local jobs created"), ""),
            "local_trainees": (self.tr("Local trainees"), ""),
            "layoffs_last_12m": (self.tr("Layoffs, last 12 months"), ""),
            "compliance_violations_3y": (self.tr("Violations, last 3 years"), ""),
            "labour_dispute": (self.tr("Labour dispute"), ""),
            "fees_charged_to_workers": (self.tr("Fees charged to workers"), self.tr("0 if none")),
            "firm_employees": (self.tr("Employees"), ""),
            "firm_foreign_employees": (self.tr("Foreign employees"), ""),
            "housing_provided": (self.tr("Housing provided"), ""),
            "housing_inspected": (self.tr("Housing inspected"), ""),
            "integration_support": (self.tr("Integration support"), ""),
            "submitted_on": (self.tr("Su&bmitted on"), self.tr("YYYY-MM-DD")),
            "notes": (self.tr("&Notes"), ""),
        }

    def _section(self, parent: QWidget, title: str, names: tuple[str, ...]) -> QGroupBox:
        box = QGroupBox(title, parent)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        for row, name in enumerate(names):
            column = BY_NAME[name]
            caption, hint = self._captions[name]
            label = QLabel(caption + (" *" if column.required else ""), box)
            field = self._field(box, name, hint)
            a11y.label_for(label, field)
            if hint:
                field.setToolTip(hint)
            error = form_parts.error_label(box, f"error-{name}")
            self.errors[name] = error
            cell = QVBoxLayout()
            cell.setSpacing(1)
            cell.setContentsMargins(0, 0, 0, 2)  # the error's reserved line spaces the fields
            if name in ("occupation_isco", "sector_isic"):
                line = QHBoxLayout()
                line.addWidget(field)
                title_label = QLabel(box)
                title_label.setObjectName(f"title-{name}")
                title_label.setWordWrap(True)
                self._titles[name] = title_label
                line.addWidget(title_label, 1)
                field.setMaximumWidth(self.fontMetrics().horizontalAdvance(hint) + 28)
                cell.addLayout(line)
            else:
                cell.addWidget(field)
            cell.addWidget(error)
            # The caption lines up with its field, not with the middle of field and error together.
            label.setMinimumHeight(field.sizeHint().height())
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(cell, row, 1)
        return box

    def _field(self, parent: QWidget, name: str, hint: str) -> QWidget:
        kind = BY_NAME[name].kind
        widget: QWidget
        if name == "notes":
            notes = QPlainTextEdit(parent)
            notes.setTabChangesFocus(True)
            notes.setFixedHeight(self.fontMetrics().height() * 4)
            notes.textChanged.connect(self._on_notes_changed)
            widget = notes
        elif kind is Kind.BOOL:
            combo = QComboBox(parent)
            combo.addItem(self.tr("not given"), "")
            combo.addItem(self.tr("yes"), "true")
            combo.addItem(self.tr("no"), "false")
            combo.currentIndexChanged.connect(self._on_field_changed)
            widget = combo
        elif kind is Kind.INTEGRATION:
            widget = QWidget(parent)
            grid = QGridLayout(widget)
            grid.setContentsMargins(0, 0, 0, 0)
            for index, item in enumerate(INTEGRATION_ITEMS):
                box = QCheckBox(labels.integration_item(item), widget)
                box.setObjectName(f"integration-{item}")
                a11y.name_button(box)
                box.toggled.connect(self._on_field_changed)
                self._integration[item] = box
                grid.addWidget(box, index // 2, index % 2)
        else:
            edit = QLineEdit(parent)
            edit.setPlaceholderText(hint)
            edit.textChanged.connect(self._on_field_changed)
            widget = edit
        widget.setObjectName(f"field-{name}")
        self.fields[name] = widget
        return widget

    # ------------------------------------------------------------------------------------------ values

    def value(self, name: str) -> str:
        """The text of one field, as the importer would read it from a file."""
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        return ";".join(item for item, box in self._integration.items() if box.isChecked())

    def values(self) -> dict[str, str]:
        """Every field's text, by column name."""
        return {name: self.value(name) for name in self.fields}

    def set_value(self, name: str, text: str) -> None:
        """Fill one field with the text a file would hold (tests and editing use it)."""
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(text if text in _BOOL_VALUES else ""), 0))
        elif isinstance(widget, QLineEdit):
            widget.setText(text)
        else:
            chosen = set(text.split(";"))
            for item, box in self._integration.items():
                box.setChecked(item in chosen)

    def _load(self, request_id: int) -> None:
        row = register.request(self._db, request_id)
        if row is None:
            raise InputError([Problem("form", 0, "", "unknown_request", value=str(request_id))])
        self.setWindowTitle(self.tr("Edit request {reference}").format(reference=row["reference"]))
        for name in self.fields:
            self.set_value(name, _as_text(BY_NAME[name].kind, row[name]))

    # ------------------------------------------------------------------------------------------ saving

    def save(self) -> bool:
        """Validate as the importer does; show each problem at its field, or ask the PIN, then save, audit, close.

        Entering and editing dossiers is the secretary's or the chair's (DESIGN §4); before a board exists
        there is nobody to ask.

        Returns:
            Whether the values are valid (the request is then saved, or saved once the PIN is typed).
        """
        values = self.values()
        _, problems = importer.validate_row(self._db, values, request_id=self._request_id)
        if problems:
            self.show_problems(problems)
            return False
        self._pending = values
        if not store.has_board(self._db):
            self._store(None)
        else:
            authorize.ask(
                self,
                self._db,
                authorize.Need.OFFICER,
                self.tr("The secretary or the chair saves this request."),
                self._store,
                ok_text=self.tr("&Save"),
            )
        return True

    def _store(self, auth: Auth | None) -> None:
        values, self._pending = self._pending, None
        if values is None:
            return
        try:
            request_id = importer.save_request(self._db, values, auth=auth, request_id=self._request_id)
        except KnownError as error:  # a reference taken by another window in between, or a refused PIN
            if isinstance(error, InputError):
                self.show_problems(error.problems)
            else:
                reason = refusal_words.say(error)
                self.show_problems([Problem("form", 0, "", "rule_conflict", params={"reason": reason})])
            return
        self.saved.emit(request_id)
        self.accept()

    def show_problems(self, problems: list[Problem]) -> None:
        """Show each problem under its field (and as its accessible description); focus the first."""
        self._clear_errors()
        general = []
        first: QWidget | None = None
        for problem in problems:
            message = problem_message(problem)
            if problem.column in self.errors:
                label = self.errors[problem.column]
                text = message if not label.text() else f"{label.text()}; {message}"
                label.setText(text)
                label.show()
                self.fields[problem.column].setAccessibleDescription(text)
                first = first or self.fields[problem.column]
            else:
                general.append(message)
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        if first is not None:
            first.setFocus()

    def _clear_errors(self) -> None:
        for name, label in self.errors.items():
            label.clear()
            label.hide()
            self.fields[name].setAccessibleDescription("")
        self.general_error.clear()
        self.general_error.hide()

    def _clear_error_of(self, widget: QWidget | None) -> None:
        for name, field in self.fields.items():
            if widget is not None and (field is widget or field.isAncestorOf(widget)):
                self.errors[name].clear()
                self.errors[name].hide()
                field.setAccessibleDescription("")

    def _on_field_changed(self, *_args: object) -> None:
        # An edited field's old complaint no longer applies; Save checks everything again.
        sender = self.sender()
        self._clear_error_of(sender if isinstance(sender, QWidget) else None)
        for name, title in self._titles.items():
            code = self.value(name)
            titles = classifications.isco_titles() if name == "occupation_isco" else classifications.isic_titles()
            title.setText(titles.get(code.upper() if name == "sector_isic" and len(code) == 1 else code, ""))

    def _on_notes_changed(self) -> None:
        self._clear_error_of(self.fields["notes"])


def _as_text(kind: Kind, value: Any) -> str:
    """A stored value as the text a request file would hold (so an untouched field validates again)."""
    if value is None:
        return ""
    if kind is Kind.BOOL:
        return "true" if value else "false"
    if kind is Kind.DECIMAL:
        number = float(value)
        return f"{number:.2f}" if round(number, 2) == number else repr(number)
    return str(value)
