"""Board settings: members and PINs, rules of procedure, criteria weights, shortage list, signatories.

Every change goes through :mod:`tripartite.board_settings`, which validates the whole board as the core
would and writes the change with its audit event in one transaction. Nothing is saved until the user
says so (Save changes), and Revert goes back to what is stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import authority, board, board_settings, classifications, criteria_toml, pins
from tripartite.authority import Auth
from tripartite.board import BoardConfig
from tripartite.errors import InputError, KnownError, Problem
from tripartite.models import Authority, BallotMode, DecisionRule, Quorum
from tripartite.ui import a11y, authorize, labels, refusal_words, style
from tripartite.ui.dialogs.import_report_dialog import problem_message
from tripartite.ui.dialogs.member_dialog import MemberDialog
from tripartite.ui.dialogs.new_pin_dialog import NewPinDialog
from tripartite.ui.models.board_models import MemberTableModel, ShortageListModel, WeightTableModel

_NONE = ""
_FRACTIONS = ("2/3", "3/5", "3/4", "1/2")


def _table(parent: QWidget, name: str, accessible: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _button(text: str, parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    a11y.name_button(button)
    return button


class BoardView(QWidget):
    """The Board page.

    Signals:
        board_changed: a setting changed (the register and dossier read the board again).

    Args:
        db: the GUI thread's connection.
        parent: the main window's page stack.
    """

    board_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("boardView")
        self._db = db
        self._config: BoardConfig | None = None
        self._rule_errors: dict[str, QLabel] = {}
        self._pin_member: str | None = None
        self._pending_rules: dict[str, Any] | None = None

        self.title = QLabel(self)
        self.title.setObjectName("boardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        subtitle = QLabel(
            self.tr("Every change here is recorded in the audit log, with who made it and when. Meetings keep "
                    "the rules and criteria they started with."),
            self,
        )  # fmt: skip
        subtitle.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("boardStatus")
        self.status.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("boardTabs")
        self.tabs.setAccessibleName(self.tr("Board settings sections"))
        self.tabs.addTab(self._build_members(), self.tr("&Members"))
        self.tabs.addTab(self._build_rules(), self.tr("&Rules of procedure"))
        self.tabs.addTab(self._build_weights(), self.tr("Criteria &weights"))
        self.tabs.addTab(self._build_shortage(), self.tr("Shortage &list"))
        self.tabs.addTab(self._build_signatories(), self.tr("Si&gnatories"))

        self.no_board = QLabel(
            self.tr("<p><b>This database has no board yet.</b></p><p>Load the sample board when the app starts "
                    "with an empty database, or create a board with <code>tripartite init --board "
                    "board.toml</code>.</p>"),
            self,
        )  # fmt: skip
        self.no_board.setObjectName("noBoard")
        self.no_board.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_board.setWordWrap(True)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(subtitle)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(content)
        self._stack.addWidget(self.no_board)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.addWidget(self._stack)
        self.reload()

    # ------------------------------------------------------------------------------------------- members

    def _build_members(self) -> QWidget:
        page = QWidget(self)
        self.member_model = MemberTableModel(self._db, self)
        self.member_table = _table(page, "memberTable", self.tr("Board members"))
        self.member_table.setModel(self.member_model)
        # A board has a dozen members or so: measuring every cell costs nothing here.
        self.member_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.member_table.activated.connect(self._on_member_table_activated)
        self.member_table.selectionModel().currentRowChanged.connect(self._on_member_current_changed)
        self.add_member_button = _button(self.tr("&Add member…"), page, "addMemberButton")
        self.edit_member_button = _button(self.tr("Ed&it member…"), page, "editMemberButton")
        self.pin_button = _button(self.tr("Set or reset &PIN…"), page, "pinButton")
        self.change_pin_button = _button(self.tr("Change m&y PIN…"), page, "changePinButton")
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button.clicked.connect(self._on_edit_member_clicked)
        self.pin_button.clicked.connect(self._on_pin_button_clicked)
        self.change_pin_button.clicked.connect(self._on_change_pin_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_member_button)
        buttons.addWidget(self.edit_member_button)
        buttons.addWidget(self.pin_button)
        buttons.addWidget(self.change_pin_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.member_table, 1)
        layout.addLayout(buttons)
        return page

    def _current_member(self) -> str | None:
        index = self.member_table.currentIndex()
        return self.member_model.member_id(index.row()) if index.isValid() else None

    def add_member(self) -> MemberDialog | None:
        """Open the dialog to add a member (returned, for tests)."""
        return self._open_member_dialog(None)

    def edit_member(self, member_id: str) -> MemberDialog | None:
        """Open the dialog to edit a member (returned, for tests)."""
        return self._open_member_dialog(member_id)

    def _open_member_dialog(self, member_id: str | None) -> MemberDialog | None:
        try:
            dialog = MemberDialog(self._db, self, member_id=member_id)
        except KnownError as exc:
            self.status.setText(refusal_words.say(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_member_saved)
        dialog.open()
        return dialog

    def set_pin(self, member_id: str) -> QDialog | None:
        """Set a member's first PIN, or reset a forgotten one (DESIGN §4).

        First the PINs that allow it: the chair's or the secretary's for a first PIN (none for the first
        officer of a new board), the chair's and the secretary's together for a reset; then the member
        types the new PIN.

        Returns:
            The dialog now open (the authorising PIN dialog, or the new-PIN dialog), for tests.
        """
        self._pin_member = member_id
        if pins.has_pin(self._db, member_id):
            return authorize.ask(
                self,
                self._db,
                authorize.Need.BOTH,
                self.tr("Resetting a forgotten PIN needs two people: the chair and the secretary. "
                        "The member is told at their next unlock."),
                self._open_pin_dialog,
                member=member_id,
                ok_text=self.tr("&Allow"),
            )  # fmt: skip
        officers = [m for m in authority.officers(self._db) if m]
        if member_id in officers and not any(pins.has_pin(self._db, m) for m in officers):
            return self._open_pin_dialog(None)  # a new board's first officer: nobody yet to vouch
        return authorize.ask(
            self,
            self._db,
            authorize.Need.OFFICER,
            self.tr("The chair or the secretary allows this member's first PIN."),
            self._open_pin_dialog,
            ok_text=self.tr("&Allow"),
        )

    def change_pin(self, member_id: str) -> NewPinDialog:
        """A member changes their own PIN, with the old one (returned, for tests)."""
        return self._new_pin_dialog(member_id, None, change=True)

    def _open_pin_dialog(self, auth: Auth | None) -> NewPinDialog:
        return self._new_pin_dialog(self._pin_member or "", auth, change=False)

    def _new_pin_dialog(self, member_id: str, auth: Auth | None, *, change: bool) -> NewPinDialog:
        name = next((m.name for m in self._config.members if m.id == member_id), member_id) if self._config else ""
        dialog = NewPinDialog(self._db, member_id, name, self, auth=auth, change=change)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.pin_set.connect(self._on_pin_set)
        dialog.open()
        return dialog

    def _on_member_table_activated(self, index: QModelIndex) -> None:
        self.edit_member(self.member_model.member_id(index.row()))

    def _on_member_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.edit_member_button.setEnabled(current.isValid())
        self.pin_button.setEnabled(current.isValid())
        has = current.isValid() and pins.has_pin(self._db, self.member_model.member_id(current.row()))
        self.change_pin_button.setEnabled(has)
        if current.isValid():
            self.pin_button.setText(self.tr("Reset &PIN…") if has else self.tr("Set &PIN…"))
            a11y.name_button(self.pin_button)

    def _on_edit_member_clicked(self) -> None:
        member = self._current_member()
        if member is not None:
            self.edit_member(member)

    def _on_pin_button_clicked(self) -> None:
        member = self._current_member()
        if member is not None:
            self.set_pin(member)

    def _on_change_pin_clicked(self) -> None:
        member = self._current_member()
        if member is not None:
            self.change_pin(member)

    def _member_name(self, member_id: str) -> str:
        """A member's name for a message (people read names; the id is the file's key)."""
        config = self._config
        return next((m.name for m in config.members if m.id == member_id), member_id) if config else member_id

    def _on_member_saved(self, member_id: str) -> None:
        self._changed("")  # reload first, so a new member's name is known
        self.status.setText(self.tr("Saved {name}.").format(name=self._member_name(member_id)))
        row = self.member_model.row_of(member_id)
        if row >= 0:
            self.member_table.selectRow(row)

    def _on_pin_set(self, member_id: str) -> None:
        self.member_model.reload()
        self.status.setText(
            self.tr("PIN set for {name}; only its hash is stored.").format(name=self._member_name(member_id))
        )
        row = self.member_model.row_of(member_id)
        if row >= 0:
            self.member_table.selectRow(row)

    # --------------------------------------------------------------------------------------------- rules

    def _build_rules(self) -> QWidget:
        page = QWidget(self)
        self.rule_fields: dict[str, QWidget] = {}
        self.name_edit = QLineEdit(page)
        self.legal_basis_edit = QLineEdit(page)
        self.authority_combo = self._combo(page, [(a.value, labels.authority(a)) for a in Authority])
        self.rule_combo = self._combo(page, [(r.value, labels.decision_rule(r)) for r in DecisionRule])
        self.groups_spin = QSpinBox(page)
        self.groups_spin.setRange(1, 3)
        self.fraction_combo = QComboBox(page)
        self.fraction_combo.setEditable(True)
        self.fraction_combo.addItems(list(_FRACTIONS))
        self.fallback_combo = self._combo(
            page,
            [(_NONE, self.tr("none: without consensus the motion fails"))]
            + [(r.value, labels.decision_rule(r)) for r in DecisionRule if r is not DecisionRule.CONSENSUS],
        )
        self.casting_check = QCheckBox(self.tr("The chair's vote breaks a tie"), page)
        self.quorum_combo = self._combo(page, [(q.value, labels.quorum(q)) for q in Quorum])
        self.ballot_combo = self._combo(page, [(b.value, labels.ballot(b)) for b in BallotMode])
        self.secretary_check = QCheckBox(self.tr("The secretary holds a seat and votes"), page)
        self.minimum_spin = QDoubleSpinBox(page)
        self.minimum_spin.setRange(0, 10_000_000)
        self.minimum_spin.setDecimals(2)
        self.minimum_spin.setSingleStep(10)
        self.minimum_spin.setSpecialValueText(self.tr("not set"))
        self.cap_spin = QDoubleSpinBox(page)
        self.cap_spin.setRange(0, 1)
        self.cap_spin.setDecimals(2)
        self.cap_spin.setSingleStep(0.01)
        self.cap_spin.setSpecialValueText(self.tr("off (gate G9 as in the catalogue)"))
        for check in (self.casting_check, self.secretary_check):
            a11y.name_button(check)
        rows: list[tuple[str, str, QWidget, str]] = [
            ("name", self.tr("Board &name:"), self.name_edit, ""),
            ("legal_basis", self.tr("Legal bas&is:"), self.legal_basis_edit, ""),
            ("authority", self.tr("&Authority:"), self.authority_combo, ""),
            ("decision_rule", self.tr("&Decision rule:"), self.rule_combo,
             self.tr("How a motion is adopted: by consensus, by a simple or qualified majority of the votes "
                     "cast, by a majority of the constituency groups, or with each group weighing the same.")),
            ("groups_required", self.tr("Gr&oups required:"), self.groups_spin,
             self.tr("Majority of groups: how many of the three constituency blocks must be for.")),
            ("qualified_fraction", self.tr("&Qualified fraction:"), self.fraction_combo,
             self.tr("Qualified majority: the share of for among for and against, e.g. 2/3.")),
            ("consensus_fallback", self.tr("Consensus fallbac&k:"), self.fallback_combo,
             self.tr("Consensus: the rule that decides when consensus fails.")),
            ("casting_vote", self.tr("&Casting vote:"), self.casting_check,
             self.tr("Simple majority and equal groups: on an exact tie the motion passes if the chair voted for.")),
            ("quorum", self.tr("Q&uorum:"), self.quorum_combo, ""),
            ("ballot", self.tr("&Ballot:"), self.ballot_combo, ""),
            ("secretary_votes", self.tr("Secretar&y:"), self.secretary_check, ""),
            # No Alt key left for it on this tab (menus, tabs and thirteen other fields took them all).
            ("statutory_minimum_wage", self.tr("Statutory minimum wage:"), self.minimum_spin,
             self.tr("Monthly, in the board's currency; gate G1 checks it.")),
            ("reliance_cap", self.tr("Reliance ca&p:"), self.cap_spin,
             self.tr("Gate G9: the highest share of foreign workers after admission, e.g. 0.10.")),
        ]  # fmt: skip
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, caption, field, tip in rows:
            label = QLabel(caption, page)
            if isinstance(field, QCheckBox):
                label.setBuddy(field)
            else:
                a11y.label_for(label, field)
            field.setObjectName(f"rule-{key}")
            if tip:
                field.setToolTip(tip)
            error = QLabel(page)
            error.setObjectName(f"ruleError-{key}")
            style.error_style(error)
            error.setWordWrap(True)
            error.hide()
            self._rule_errors[key] = error
            self.rule_fields[key] = field
            cell = QVBoxLayout()
            cell.setSpacing(1)
            cell.addWidget(field)
            cell.addWidget(error)
            form.addRow(label, cell)
        self.rule_combo.currentIndexChanged.connect(self._on_rule_combo_changed)
        self.save_rules_button = _button(self.tr("&Save changes"), page, "saveRulesButton")
        self.revert_rules_button = _button(self.tr("Rever&t"), page, "revertRulesButton")
        self.save_rules_button.clicked.connect(self.save_rules)
        self.revert_rules_button.clicked.connect(self._load_rules)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_rules_button)
        buttons.addWidget(self.save_rules_button)
        # A calm column of fields rather than a full-width stretch across a wide screen.
        form_host = QWidget(page)
        form_host.setLayout(form)
        form_host.setMaximumWidth(self.fontMetrics().averageCharWidth() * 110)
        layout = QVBoxLayout(page)
        layout.addWidget(form_host)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _combo(self, parent: QWidget, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(parent)
        for value, text in items:
            combo.addItem(text, value)
        return combo

    def _load_rules(self) -> None:
        config = self._config
        if config is None:
            return
        self.name_edit.setText(config.name)
        self.legal_basis_edit.setText(config.legal_basis or "")
        self.authority_combo.setCurrentIndex(self.authority_combo.findData(config.authority.value))
        self.rule_combo.setCurrentIndex(self.rule_combo.findData(config.decision_rule.value))
        self.groups_spin.setValue(config.groups_required)
        self.fraction_combo.setCurrentText(config.qualified_fraction)
        fallback = config.consensus_fallback.value if config.consensus_fallback else _NONE
        self.fallback_combo.setCurrentIndex(self.fallback_combo.findData(fallback))
        self.casting_check.setChecked(config.casting_vote)
        self.quorum_combo.setCurrentIndex(self.quorum_combo.findData(config.quorum.value))
        self.ballot_combo.setCurrentIndex(self.ballot_combo.findData(config.ballot.value))
        self.secretary_check.setChecked(config.secretary_votes)
        self.minimum_spin.setValue(config.statutory_minimum_wage or 0)
        self.cap_spin.setValue(config.reliance_cap or 0)
        self._on_rule_combo_changed(self.rule_combo.currentIndex())
        for error in self._rule_errors.values():
            error.hide()

    def rule_values(self) -> dict[str, Any]:
        """The rules as entered (None clears an optional setting)."""
        rule = self.rule_combo.currentData()
        return {
            "name": self.name_edit.text().strip(),
            "legal_basis": self.legal_basis_edit.text().strip() or None,
            "authority": self.authority_combo.currentData(),
            "decision_rule": rule,
            "groups_required": self.groups_spin.value(),
            "qualified_fraction": self.fraction_combo.currentText().strip(),
            # A fallback applies only to consensus; the core refuses one under another rule.
            "consensus_fallback": (self.fallback_combo.currentData() or None) if rule == "consensus" else None,
            "casting_vote": self.casting_check.isChecked(),
            "quorum": self.quorum_combo.currentData(),
            "ballot": self.ballot_combo.currentData(),
            "secretary_votes": self.secretary_check.isChecked(),
            "statutory_minimum_wage": self.minimum_spin.value() or None,
            "reliance_cap": self.cap_spin.value() or None,
        }

    def save_rules(self) -> QDialog | None:
        """Check the rules as edited, then ask the PINs the change needs (both officers for a rule of procedure).

        Returns:
            The PIN dialog now open, or None when the rules are unchanged or invalid (said in the view).
        """
        for error in self._rule_errors.values():
            error.hide()
        values = self.rule_values()
        try:
            changed = board_settings.rule_changes(self._db, values)
        except InputError as error:
            self._show_rule_problems(error.problems)
            return None
        if not changed:
            self.status.setText(self.tr("The rules are unchanged; nothing to save."))
            return None
        self._pending_rules = values
        both = board_settings.needs_both(changed)
        return authorize.ask(
            self,
            self._db,
            authorize.Need.BOTH if both else authorize.Need.OFFICER,
            self.tr("A change of the rules of procedure or the ballot mode needs the chair's and the secretary's PINs.")
            if both
            else self.tr("The chair or the secretary confirms the change."),
            self.store_rules,
            ok_text=self.tr("&Save"),
        )

    def store_rules(self, auth: Auth) -> list[str]:
        """Save the rules as edited, with the proof given (one audit event listing before and after).

        Returns:
            The keys that changed.
        """
        values, self._pending_rules = self._pending_rules or self.rule_values(), None
        try:
            changed = board_settings.save_rules(self._db, values, auth)
        except InputError as error:
            self._show_rule_problems(error.problems)
            return []
        except KnownError as error:
            self.status.setText(refusal_words.say(error))
            return []
        if not changed:
            self.status.setText(self.tr("The rules are unchanged; nothing to save."))
            return []
        self._changed(self.tr("Saved the rules of procedure: {keys}.").format(keys=", ".join(changed)))
        return changed

    def _show_rule_problems(self, problems: list[Problem]) -> None:
        general = []
        for problem in problems:
            key = problem.column.removeprefix("board.")
            if key in self._rule_errors:
                self._rule_errors[key].setText(problem_message(problem))
                self._rule_errors[key].show()
                self.rule_fields[key].setAccessibleDescription(problem_message(problem))
            else:
                general.append(problem_message(problem))
        self.status.setText("\n".join(general) or self.tr("Nothing was saved: see the marked fields."))

    def _on_rule_combo_changed(self, _index: int) -> None:
        rule = self.rule_combo.currentData()
        self.groups_spin.setEnabled(rule == DecisionRule.GROUP_MAJORITY.value)
        self.fraction_combo.setEnabled(rule == DecisionRule.QUALIFIED_MAJORITY.value)
        self.fallback_combo.setEnabled(rule == DecisionRule.CONSENSUS.value)
        self.casting_check.setEnabled(rule in (DecisionRule.SIMPLE_MAJORITY.value, DecisionRule.GROUP_WEIGHTED.value))

    # ------------------------------------------------------------------------------------------- weights

    def _build_weights(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr("The board's own copy of the criteria catalogue. Weights must add up to 100; saving stores a "
                    "new catalogue version and puts it in force for new meetings."),
            page,
        )  # fmt: skip
        intro.setWordWrap(True)
        self.weight_model = WeightTableModel(self)
        self.weight_table = _table(page, "weightTable", self.tr("Criteria weights"))
        self.weight_table.setModel(self.weight_model)
        self.weight_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )  # fmt: skip
        header = self.weight_table.horizontalHeader()
        header.setStretchLastSection(False)
        for section in (0, 2, 3, 4):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)  # 17 rows: cheap
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.weight_model.weights_changed.connect(self._on_weights_changed)
        self.weight_total = QLabel(page)
        self.weight_total.setObjectName("weightTotal")
        self.weight_total.setWordWrap(True)
        self.version_label = QLabel(page)
        self.version_label.setObjectName("catalogueVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_weights_button = _button(self.tr("&Save weights"), page, "saveWeightsButton")
        self.revert_weights_button = _button(self.tr("Rever&t"), page, "revertWeightsButton")
        self.save_weights_button.clicked.connect(self.save_weights)
        self.revert_weights_button.clicked.connect(self._load_weights)
        buttons = QHBoxLayout()
        buttons.addWidget(self.version_label, 1)
        buttons.addWidget(self.revert_weights_button)
        buttons.addWidget(self.save_weights_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.weight_table, 1)
        layout.addWidget(self.weight_total)
        layout.addLayout(buttons)
        return page

    def _load_weights(self) -> None:
        catalogue = criteria_toml.for_board(self._db)
        self.weight_model.set_catalogue(catalogue)
        self.version_label.setText(self.tr("Catalogue “{name}”, version {version}").format(
            name=catalogue.name, version=catalogue.version[:12]))  # fmt: skip

    def _on_weights_changed(self) -> None:
        locale = QLocale()
        totals = self.weight_model.family_totals()
        families = "; ".join(f"{labels.family(f)} {locale.toString(w, 'g', 4)}" for f, w in totals.items())
        total = self.weight_model.total()
        ok = abs(total - 100) < 1e-9
        text = self.tr("Total {total} of 100 ({families}).").format(total=locale.toString(float(total), "g", 5),
                                                                     families=families)  # fmt: skip
        if not ok:
            text += " " + self.tr("✗ The weights must add up to 100 before they can be saved.")
        self.weight_total.setText(text)
        style.set_error_shown(self.weight_total, not ok)
        self.save_weights_button.setEnabled(ok and self.weight_model.is_changed())
        self.revert_weights_button.setEnabled(self.weight_model.is_changed())

    def save_weights(self) -> QDialog | None:
        """Ask the chair's or the secretary's PIN, then save the edited weights (returns the PIN dialog)."""
        return self._ask_officer(self.store_weights)

    def store_weights(self, auth: Auth) -> str | None:
        """Save the edited weights as the board's catalogue (validated by the core; one audit event).

        Returns:
            The new catalogue version, or None if nothing was saved.
        """
        try:
            version = board_settings.save_weights(self._db, self.weight_model.weights(), auth)
        except InputError as error:
            self.status.setText("\n".join(problem_message(p) for p in error.problems))
            return None
        except KnownError as error:
            self.status.setText(refusal_words.say(error))
            return None
        if version is None:
            self.status.setText(self.tr("The weights are unchanged; nothing to save."))
            return None
        self._changed(self.tr("Saved the criteria weights as catalogue version {version}.").format(
            version=version[:12]))  # fmt: skip
        return version

    # -------------------------------------------------------------------------------------- shortage list

    def _build_shortage(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr("Occupations on the shortage list pass the labour-market test (gate G3) and earn full points "
                    "for shortage evidence (P1)."),
            page,
        )  # fmt: skip
        intro.setWordWrap(True)
        self.shortage_model = ShortageListModel(self)
        self.shortage_table = _table(page, "shortageTable", self.tr("Occupations on the shortage list"))
        self.shortage_table.setModel(self.shortage_model)
        self.shortage_table.horizontalHeader().resizeSection(0, self.fontMetrics().averageCharWidth() * 12)
        add_label = QLabel(self.tr("Add an &occupation:"), page)
        self.isco_combo = QComboBox(page)
        self.isco_combo.setObjectName("iscoChoice")
        self.isco_combo.setEditable(True)
        self.isco_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, title in sorted(classifications.isco_titles().items()):
            self.isco_combo.addItem(f"{code} — {title}", code)
        self.isco_combo.setCurrentIndex(-1)
        self.isco_combo.lineEdit().setPlaceholderText(self.tr("type a code or words of the title"))
        completer = QCompleter(self.isco_combo.model(), self.isco_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.isco_combo.setCompleter(completer)
        a11y.label_for(add_label, self.isco_combo)
        self.add_code_button = _button(self.tr("&Add"), page, "addShortageButton")
        self.remove_code_button = _button(self.tr("Remove sele&cted"), page, "removeShortageButton")
        self.save_shortage_button = _button(self.tr("&Save list"), page, "saveShortageButton")
        self.revert_shortage_button = _button(self.tr("Rever&t"), page, "revertShortageButton")
        self.add_code_button.clicked.connect(self._on_add_code_clicked)
        self.remove_code_button.clicked.connect(self._on_remove_code_clicked)
        self.save_shortage_button.clicked.connect(self.save_shortage_list)
        self.revert_shortage_button.clicked.connect(self._load_shortage)
        add_row = QHBoxLayout()
        add_row.addWidget(add_label)
        add_row.addWidget(self.isco_combo, 1)
        add_row.addWidget(self.add_code_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_code_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_shortage_button)
        buttons.addWidget(self.save_shortage_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(add_row)
        layout.addWidget(self.shortage_table, 1)
        layout.addLayout(buttons)
        return page

    def add_shortage_code(self, code: str) -> bool:
        """Add an ISCO-08 unit group to the (unsaved) list; False for an unknown or listed code."""
        if code not in classifications.isco_titles():
            self.status.setText(self.tr("{code} is not an ISCO-08 unit group.").format(code=code))
            return False
        if not self.shortage_model.add(code):
            self.status.setText(self.tr("{code} is already on the list.").format(code=code))
            return False
        self.status.setText(self.tr("Added {code}; save the list to put it in force.").format(code=code))
        return True

    def _on_add_code_clicked(self) -> None:
        code = self.isco_combo.currentData() if self.isco_combo.currentIndex() >= 0 else None
        if code is None or self.isco_combo.currentText() != self.isco_combo.itemText(self.isco_combo.currentIndex()):
            match = re.match(r"\s*(\d{4})", self.isco_combo.currentText())
            code = match.group(1) if match else self.isco_combo.currentText().strip()
        self.add_shortage_code(str(code))

    def _on_remove_code_clicked(self) -> None:
        index = self.shortage_table.currentIndex()
        if index.isValid():
            self.shortage_model.remove(index.row())

    def _load_shortage(self) -> None:
        self.shortage_model.set_codes(list(self._config.shortage_list) if self._config else [])

    def save_shortage_list(self) -> QDialog | None:
        """Ask the chair's or the secretary's PIN, then save the shortage list (returns the PIN dialog)."""
        return self._ask_officer(self.store_shortage_list)

    def store_shortage_list(self, auth: Auth) -> bool:
        """Save the shortage list (one audit event naming what was added and removed)."""
        try:
            changed = board_settings.save_shortage_list(self._db, self.shortage_model.codes(), auth)
        except InputError as error:
            self.status.setText("\n".join(problem_message(p) for p in error.problems))
            return False
        except KnownError as error:
            self.status.setText(refusal_words.say(error))
            return False
        if not changed:
            self.status.setText(self.tr("The shortage list is unchanged; nothing to save."))
            return False
        self._changed(self.tr("Saved the shortage list."))
        return True

    # ---------------------------------------------------------------------------------------- signatories

    def _build_signatories(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr("Who signs the minutes of each meeting, in this order."), page)
        intro.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        self.signatory_checks: dict[str, QCheckBox] = {}
        for role in board.SIGNATORY_ROLES:
            check = QCheckBox(labels.signatory(role), page)
            check.setObjectName(f"signatory-{role}")
            a11y.name_button(check)
            self.signatory_checks[role] = check
            layout.addWidget(check)
        self.certificates_button = _button(self.tr("Trusted &certificates…"), page, "certificatesButton")
        self.certificates_button.setToolTip(self.tr("The certificates the board trusts for each signature box"))
        self.certificates_button.clicked.connect(self.show_certificates)
        self.save_signatories_button = _button(self.tr("&Save signatories"), page, "saveSignatoriesButton")
        self.revert_signatories_button = _button(self.tr("Rever&t"), page, "revertSignatoriesButton")
        self.save_signatories_button.clicked.connect(self.save_signatories)
        self.revert_signatories_button.clicked.connect(self._load_signatories)
        buttons = QHBoxLayout()
        buttons.addWidget(self.certificates_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_signatories_button)
        buttons.addWidget(self.save_signatories_button)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def show_certificates(self) -> QDialog:
        """List, add and remove the board's trusted certificates (returned, for tests)."""
        from tripartite.ui.dialogs.certificates_dialog import CertificatesDialog

        return CertificatesDialog.ask(self._db, self)

    def _load_signatories(self) -> None:
        chosen = set(self._config.signatories) if self._config else set()
        for role, check in self.signatory_checks.items():
            check.setChecked(role in chosen)

    def save_signatories(self) -> QDialog | None:
        """Ask the chair's or the secretary's PIN, then save who signs the minutes (returns the PIN dialog)."""
        if not any(check.isChecked() for check in self.signatory_checks.values()):
            self.status.setText(self.tr("At least one role must sign the minutes."))
            return None
        return self._ask_officer(self.store_signatories)

    def store_signatories(self, auth: Auth) -> bool:
        """Save who signs the minutes (one audit event)."""
        roles = [role for role, check in self.signatory_checks.items() if check.isChecked()]
        if not roles:
            self.status.setText(self.tr("At least one role must sign the minutes."))
            return False
        try:
            changed = board_settings.save_signatories(self._db, roles, auth)
        except InputError as error:
            self.status.setText("\n".join(problem_message(p) for p in error.problems))
            return False
        except KnownError as error:
            self.status.setText(refusal_words.say(error))
            return False
        if not changed:
            self.status.setText(self.tr("The signatories are unchanged; nothing to save."))
            return False
        self._changed(self.tr("Saved the signatories."))
        return True

    # -------------------------------------------------------------------------------------------- common

    def reload(self) -> None:
        """Read the board again and reset every tab to what is stored."""
        self._config = board.read_board(self._db)
        if self._config is None:
            self._stack.setCurrentWidget(self.no_board)
            return
        self._stack.setCurrentIndex(0)
        self.title.setText(self.tr("Board settings — {name}").format(name=self._config.name))
        self.member_model.reload()
        self._on_member_current_changed(self.member_table.currentIndex(), QModelIndex())
        self._load_rules()
        self._load_weights()
        self._load_shortage()
        self._load_signatories()

    def _ask_officer(self, store: Callable[[Auth], object]) -> QDialog | None:
        return authorize.ask(
            self,
            self._db,
            authorize.Need.OFFICER,
            self.tr("The chair or the secretary confirms the change."),
            store,
            ok_text=self.tr("&Save"),
        )

    def _changed(self, message: str) -> None:
        self.reload()
        self.status.setText(message)
        self.board_changed.emit()
