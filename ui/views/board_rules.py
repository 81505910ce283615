"""The Rules of procedure tab of the Board page: the board's name, authority, decision rule, quorum and ballot.

Each field shows the core's problem with it right below it (nothing is saved while one is marked). A change
of a rule of procedure, of the ballot mode or of the minutes' language needs the chair's and the secretary's
PINs together; the other settings need one officer's (:func:`tripartite.board_settings.needs_both`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from tripartite import board_settings, languages
from tripartite.authority import Auth
from tripartite.board import BoardConfig
from tripartite.errors import InputError, Problem
from tripartite.models import Authority, BallotMode, DecisionRule, Quorum
from tripartite.ui import a11y, authorize, labels, style
from tripartite.ui.language import native_name
from tripartite.ui.problem_words import problem_message
from tripartite.ui.views.board_tab import BoardTab, settings_button

_NONE = ""
_FRACTIONS = ("2/3", "3/5", "3/4", "1/2")


class RulesTab(BoardTab):
    """The rules of procedure as a form, one field per setting with its problem beneath it.

    Built like every :class:`~tripartite.ui.views.board_tab.BoardTab`, from the page's connection and the page.
    """

    def __init__(self, db: Database, parent: QWidget):
        super().__init__(db, parent)
        self._rule_errors: dict[str, QLabel] = {}
        self._pending_rules: dict[str, Any] | None = None
        self.rule_fields: dict[str, QWidget] = {}
        self.name_edit = QLineEdit(self)
        self.legal_basis_edit = QLineEdit(self)
        self.authority_combo = self._combo(self, [(a.value, labels.authority(a)) for a in Authority])
        self.rule_combo = self._combo(self, [(r.value, labels.decision_rule(r)) for r in DecisionRule])
        self.groups_spin = QSpinBox(self)
        self.groups_spin.setRange(1, 3)
        self.fraction_combo = QComboBox(self)
        self.fraction_combo.setEditable(True)
        self.fraction_combo.addItems(list(_FRACTIONS))
        self.fallback_combo = self._combo(
            self,
            [(_NONE, self.tr("none: without consensus the motion fails"))]
            + [(r.value, labels.decision_rule(r)) for r in DecisionRule if r is not DecisionRule.CONSENSUS],
        )
        self.casting_check = QCheckBox(self.tr("The chair's vote breaks a tie"), self)
        self.quorum_combo = self._combo(self, [(q.value, labels.quorum(q)) for q in Quorum])
        self.ballot_combo = self._combo(self, [(b.value, labels.ballot(b)) for b in BallotMode])
        self.secretary_check = QCheckBox(self.tr("The secretary holds a seat and votes"), self)
        self.minimum_spin = QDoubleSpinBox(self)
        self.minimum_spin.setRange(0, 10_000_000)
        self.minimum_spin.setDecimals(2)
        self.minimum_spin.setSingleStep(10)
        self.minimum_spin.setSpecialValueText(self.tr("not set"))
        self.cap_spin = QDoubleSpinBox(self)
        self.cap_spin.setRange(0, 1)
        self.cap_spin.setDecimals(2)
        self.cap_spin.setSingleStep(0.01)
        self.cap_spin.setSpecialValueText(self.tr("off (gate G9 as in the catalogue)"))
        # The documents' language, each listed by its own name (DESIGN §14): the minutes are the board's record.
        self.language_combo = self._combo(self, [(code, native_name(code)) for code in languages.LANGUAGES])
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
            ("language", self.tr("Language of the minutes:"), self.language_combo,
             self.tr("The language the minutes and their signature boxes are written in. A change needs the "
                     "chair's and the secretary's PINs; minutes already made keep their language.")),
        ]  # fmt: skip
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, caption, field, tip in rows:
            label = QLabel(caption, self)
            if isinstance(field, QCheckBox):
                label.setBuddy(field)
            else:
                a11y.label_for(label, field)
            field.setObjectName(f"rule-{key}")
            if tip:
                field.setToolTip(tip)
            error = QLabel(self)
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
        self.save_rules_button = settings_button(self.tr("&Save changes"), self, "saveRulesButton")
        self.revert_rules_button = settings_button(self.tr("Rever&t"), self, "revertRulesButton")
        self.save_rules_button.clicked.connect(self.save_rules)
        self.revert_rules_button.clicked.connect(self._load_rules)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_rules_button)
        buttons.addWidget(self.save_rules_button)
        # A calm column of fields rather than a full-width stretch across a wide screen.
        form_host = QWidget(self)
        form_host.setLayout(form)
        form_host.setMaximumWidth(self.fontMetrics().averageCharWidth() * 110)
        layout = QVBoxLayout(self)
        layout.addWidget(form_host)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _combo(self, parent: QWidget, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(parent)
        for value, text in items:
            combo.addItem(text, value)
        return combo

    def load(self, config: BoardConfig) -> None:
        """Show the rules as stored, with no problem marked."""
        super().load(config)
        self._load_rules()

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
        self.language_combo.setCurrentIndex(self.language_combo.findData(config.language))
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
            "language": self.language_combo.currentData(),
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
            self.message.emit(self.tr("The rules are unchanged; nothing to save."))
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
        changed = self._save(
            lambda: board_settings.save_rules(self._db, values, auth),
            self.tr("The rules are unchanged; nothing to save."),
            lambda keys: self.tr("Saved the rules of procedure: {keys}.").format(keys=", ".join(keys)),
            self._show_rule_problems,
        )
        return changed or []

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
        self.message.emit("\n".join(general) or self.tr("Nothing was saved: see the marked fields."))

    def _on_rule_combo_changed(self, _index: int) -> None:
        rule = self.rule_combo.currentData()
        self.groups_spin.setEnabled(rule == DecisionRule.GROUP_MAJORITY.value)
        self.fraction_combo.setEnabled(rule == DecisionRule.QUALIFIED_MAJORITY.value)
        self.fallback_combo.setEnabled(rule == DecisionRule.CONSENSUS.value)
        self.casting_check.setEnabled(rule in (DecisionRule.SIMPLE_MAJORITY.value, DecisionRule.GROUP_WEIGHTED.value))

