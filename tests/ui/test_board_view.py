from __future__ import annotations

import json
from unittest.mock import ANY

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

from tripartite import board, board_settings, criteria_toml, pins, store
from tripartite.authority import operator
from tripartite.board import Member
from tripartite.criteria_toml import to_toml as catalogue_to_toml
from tripartite.models import Constituency, Role
from tripartite.sample import DEMO_PINS
from tripartite.ui.dialogs.member_dialog import MemberDialog, next_id
from tripartite.ui.dialogs.new_pin_dialog import NewPinDialog
from tripartite.ui.models.board_models import MemberTableModel, ShortageListModel, WeightTableModel
from tripartite.ui.views.board_view import BoardView


@pytest.fixture
def view(qtbot, db) -> BoardView:
    widget = BoardView(db)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def new_events(db: store.Database, since: int) -> list[tuple[str, str, dict]]:
    rows = db.execute("SELECT action, actor, payload FROM events WHERE seq > ? ORDER BY seq", [since])
    return [(action, actor, json.loads(payload)) for action, actor, payload in rows]


def last_seq(db: store.Database) -> int:
    return db.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]


@pytest.fixture
def officer(enter_pin):
    """The secretary confirms a setting with their PIN."""

    def confirm() -> None:
        enter_pin(DEMO_PINS["sec1"], "sec1")

    return confirm


@pytest.fixture
def both(enter_pin):
    """The chair and then the secretary confirm, each with their own PIN."""

    def confirm() -> None:
        enter_pin(DEMO_PINS["gov1"], "gov1")
        enter_pin(DEMO_PINS["sec1"], "sec1")

    return confirm


# --------------------------------------------------------------------------------------------- rules


def test_rules_are_saved_and_audited_once(view, db, both, enter_pin):
    seq = last_seq(db)
    view.rules.rule_combo.setCurrentIndex(view.rules.rule_combo.findData("consensus"))
    assert view.rules.fallback_combo.isEnabled() and not view.rules.groups_spin.isEnabled()
    view.rules.fallback_combo.setCurrentIndex(view.rules.fallback_combo.findData("group_majority"))
    view.rules.ballot_combo.setCurrentIndex(view.rules.ballot_combo.findData("secret"))
    # A change of the rules needs two people: the secretary alone cannot make it.
    first = view.rules.save_rules()
    assert first is not None and "chair's and the secretary's PINs" in first.findChild(QLabel).text()
    both()
    config = board.read_board(db)
    assert (config.decision_rule.value, config.consensus_fallback.value, config.ballot.value) == (
        "consensus", "group_majority", "secret")  # fmt: skip
    [(action, actor, payload)] = new_events(db, seq)
    assert (action, actor) == ("board.rules_changed", "gov1+sec1"), "the event names both officers"
    assert payload["before"]["decision_rule"] == "group_majority" and payload["after"]["ballot"] == "secret"
    assert "decision_rule" in view.status.text()
    # Saving again changes nothing, asks no PIN and writes no event.
    assert view.rules.save_rules() is None
    assert len(new_events(db, seq)) == 1


def test_the_minutes_language_is_chosen_by_its_own_name_and_needs_both_officers(view, db, both):
    combo = view.rules.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Español", "Français", "العربية"]
    assert combo.currentData() == "es", "the sample board's"
    seq = last_seq(db)
    combo.setCurrentIndex(combo.findData("fr"))
    dialog = view.rules.save_rules()
    assert dialog is not None and "chair's and the secretary's PINs" in dialog.findChild(QLabel).text()
    assert board.read_board(db).language == "es" and new_events(db, seq) == [], "nothing before the PINs"
    both()
    assert board.read_board(db).language == "fr"
    [(action, actor, payload)] = new_events(db, seq)
    assert (action, actor, payload["before"], payload["after"]) == (
        "board.rules_changed", "gov1+sec1", {"language": "es"}, {"language": "fr"})  # fmt: skip


def test_an_invalid_rule_is_shown_at_its_field_and_nothing_is_written(view, db):
    seq = last_seq(db)
    view.rules.name_edit.clear()
    view.rules.fraction_combo.setCurrentText("3/2")
    assert view.rules.save_rules() is None  # refused before any PIN is asked
    assert not view.rules._rule_errors["name"].isHidden()
    assert view.rules._rule_errors["name"].text() == "required key is missing"
    assert view.rules.rule_fields["name"].accessibleDescription() == "required key is missing"
    assert view.rules._rule_errors["qualified_fraction"].text().startswith("not a fraction between 0 and 1")
    assert new_events(db, seq) == []
    assert board.read_board(db).name.endswith("— ejemplo")


def test_optional_rules_can_be_cleared(view, db, officer):
    seq = last_seq(db)
    view.rules.cap_spin.setValue(0)
    view.rules.minimum_spin.setValue(0)
    assert view.rules.save_rules() is not None
    officer()  # not a rule of procedure: one officer suffices
    [(action, actor, payload)] = new_events(db, seq)
    assert (action, actor, set(payload["after"])) == (
        "board.rules_changed", "sec1", {"reliance_cap", "statutory_minimum_wage"})  # fmt: skip
    config = board.read_board(db)
    assert config.reliance_cap is None and config.statutory_minimum_wage is None


# ------------------------------------------------------------------------------------------- members


def test_a_member_is_added_and_audited(qtbot, view, db, both):
    seq = last_seq(db)
    dialog = view.members.add_member()
    dialog.constituency_combo.setCurrentIndex(dialog.constituency_combo.findData("union"))
    assert dialog.id_edit.text() == "uni4"
    dialog.name_edit.setText("Carmen Ibáñez Soler")
    with qtbot.waitSignal(view.board_changed):
        assert dialog.save() is True
        both()  # who sits on the board is the chair's and the secretary's together
    member = next(m for m in board.read_board(db).members if m.id == "uni4")
    assert (member.name, member.constituency, member.role, member.active) == (
        "Carmen Ibáñez Soler", Constituency.UNION, Role.MEMBER, True)  # fmt: skip
    [(action, actor, payload)] = new_events(db, seq)
    assert (action, actor, payload["member"], payload["name"]) == ("member.added", "gov1+sec1", "uni4",
                                                                  "Carmen Ibáñez Soler")  # fmt: skip
    assert view.members.member_model.member_id(view.members.member_table.currentIndex().row()) == "uni4"


def test_a_member_is_edited_and_only_the_change_is_audited(view, db, both):
    seq = last_seq(db)
    dialog = view.members.edit_member("emp4")
    assert dialog.id_edit.isReadOnly() and dialog.alternate_combo.currentData() == "emp1"
    dialog.active_check.setChecked(True)
    assert dialog.save() is True
    both()
    [(action, _actor, payload)] = new_events(db, seq)
    assert action == "member.edited" and payload.pop("rows") == {"members": {'["emp4"]': ANY}}
    assert payload == {"member": "emp4", "active": True}


def test_a_second_chair_is_refused_and_nothing_is_written(view, db):
    seq = last_seq(db)
    dialog = view.members.edit_member("gov2")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("chair"))
    assert dialog.save() is False
    assert dialog.isVisible()
    assert "exactly one active chair (found 2)" in dialog.general_error.text()
    assert new_events(db, seq) == []
    dialog.reject()


def test_an_empty_name_is_shown_at_the_name_field(view, db):
    dialog = view.members.add_member()
    assert dialog.save() is False
    assert dialog.errors["name"].isVisibleTo(dialog)
    dialog.reject()


def test_next_id_follows_the_sample_style(db):
    config = board.read_board(db)
    assert next_id(config, Constituency.GOVERNMENT) == "gov4"
    assert next_id(config, Constituency.EMPLOYER) == "emp5"


# ---------------------------------------------------------------------------------------------- PINs


def test_a_forgotten_pin_is_reset_by_both_officers_then_typed_twice(qtbot, view, db, both):
    seq = last_seq(db)
    asked = view.members.set_pin("uni1")
    assert asked is not None and "two people" in asked.findChild(QLabel).text()
    both()
    dialog = view.findChild(NewPinDialog)
    assert isinstance(dialog, NewPinDialog) and dialog.isVisible()
    dialog.pin_edit.setText("918273")
    dialog.confirm_edit.setText("918274")
    assert dialog.save() is False
    assert dialog.error.text() == "The two entries differ; type the same PIN twice."
    assert dialog.pin_edit.text() == "" and dialog.confirm_edit.text() == ""  # never kept after an attempt
    dialog.pin_edit.setText("3001")
    dialog.confirm_edit.setText("3001")
    assert dialog.save() is False
    assert "published as a demo PIN" in dialog.error.text()
    dialog.pin_edit.setText("918273")
    dialog.confirm_edit.setText("918273")
    assert dialog.save() is True
    told = pins.verify(db, "uni1", "918273")
    assert told.member_id == "uni1" and told.notice is not None, "the member is told at their next unlock"
    action, actor, payload = new_events(db, seq)[0]
    assert (action, actor, payload["member"]) == ("member.pin_reset", "gov1+sec1", "uni1")
    assert "918273" not in view.status.text()


def test_pin_button_reads_set_or_reset(view, db):
    db.execute("UPDATE members SET pin_hash = NULL, pin_salt = NULL WHERE id = 'gov2'")
    db.conn.commit()
    view.reload()
    view.members.member_table.selectRow(view.members.member_model.row_of("gov1"))
    assert view.members.pin_button.text() == "Reset &PIN…"
    view.members.member_table.selectRow(view.members.member_model.row_of("gov2"))
    assert view.members.pin_button.text() == "Set &PIN…"
    assert view.members.pin_button.accessibleName() == "Set PIN…"


# ------------------------------------------------------------------------------------------- weights


def test_weights_must_sum_to_100_then_save_a_new_catalogue(view, db, officer):
    seq = last_seq(db)
    model = view.weights.weight_model
    row = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    assert model.setData(model.index(row["P1"], model.WEIGHT), 12.0)
    assert not view.weights.save_weights_button.isEnabled()
    assert "must add up to 100" in view.weights.weight_total.text()
    assert not model.setData(model.index(row["P2"], model.WEIGHT), 0)  # a weight is greater than 0
    assert model.setData(model.index(row["P2"], model.WEIGHT), 3.0)
    assert view.weights.save_weights_button.isEnabled()
    assert view.weights.save_weights() is not None
    officer()
    version = board.read_board(db).criteria
    catalogue = criteria_toml.for_board(db)
    assert catalogue.version == version and (catalogue.weights["P1"], catalogue.weights["P2"]) == (12.0, 3.0)
    assert board.read_board(db).criteria == version
    [(action, _actor, payload)] = new_events(db, seq)
    assert action == "board.criteria_changed"
    assert payload["weights"] == {"P1": [10.0, 12.0], "P2": [5.0, 3.0]}
    assert payload["previous"] == criteria_toml.load_catalogue().version


def test_the_catalogue_writer_round_trips_the_default():
    default = criteria_toml.load_catalogue()
    assert criteria_toml.parse_catalogue(catalogue_to_toml(default)).version == default.version


def test_save_weights_refuses_a_bad_sum(db):
    weights = dict(criteria_toml.for_board(db).weights, P1=50.0)
    with pytest.raises(Exception, match="weights sum to 140"):
        board_settings.save_weights(db, weights, operator(db))


# ------------------------------------------------------------------------------- shortage, signatories


def test_shortage_list_add_remove_save(view, db, officer):
    seq = last_seq(db)
    assert view.shortage.add_shortage_code("9211")
    assert not view.shortage.add_shortage_code("9211")  # already listed
    assert not view.shortage.add_shortage_code("9999")  # not a unit group
    view.shortage.shortage_table.selectRow(0)
    view.shortage.remove_code_button.click()
    assert view.shortage.save_shortage_list()
    officer()
    assert board.read_board(db).shortage_list == ("3221", "7115", "8342", "6121", "9211")
    [(action, _actor, payload)] = new_events(db, seq)
    assert (action, payload["added"], payload["removed"]) == ("board.shortage_list_changed", ["9211"], ["2221"])


def test_isco_choice_adds_by_typed_code(view):
    view.shortage.isco_combo.setEditText("2512")
    view.shortage.add_code_button.click()
    assert "2512" in view.shortage.shortage_model.codes()


def test_signatories_save(view, db, officer):
    seq = last_seq(db)
    view.signatories.signatory_checks["union"].setChecked(False)
    assert view.signatories.save_signatories()
    officer()
    assert board.read_board(db).signatories == ("chair", "secretary", "government", "employer")
    assert [e[0] for e in new_events(db, seq)] == ["board.signatories_changed"]
    for check in view.signatories.signatory_checks.values():
        check.setChecked(False)
    assert not view.signatories.save_signatories()
    assert "At least one role" in view.status.text()


def test_no_board_says_how_to_get_one(qtbot, empty_file):
    db = store.open_db(empty_file)
    try:
        view = BoardView(db)
        qtbot.addWidget(view)
        view.show()
        assert view.no_board.isVisible()
    finally:
        db.close()


# -------------------------------------------------------------------------------------------- models


def test_board_models_pass_the_model_tester(qtmodeltester, view, db):
    qtmodeltester.check(view.members.member_model)
    qtmodeltester.check(view.weights.weight_model)
    qtmodeltester.check(view.shortage.shortage_model)
    assert view.members.member_model.rowCount() == 11
    pin_column = [view.members.member_model.data(view.members.member_model.index(r, 5)) for r in range(11)]
    assert set(pin_column) == {"✓ set"}  # the sample fixture has the demo PINs


def test_empty_board_models_pass_the_model_tester(qtmodeltester, qapp, db):
    owner = QObject()
    qtmodeltester.check(WeightTableModel(owner))
    qtmodeltester.check(ShortageListModel(owner))
    member_model = MemberTableModel(db, owner)
    assert member_model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    owner.deleteLater()


def test_board_edits_validate_like_the_core(db):
    config = board.read_board(db)
    assert board_settings.problems_of(config) == []
    twin = Member("gov9", "Twin", Constituency.UNION, Role.MEMBER, True, "gov1")
    with pytest.raises(Exception, match="same constituency"):
        board_settings.save_member(db, twin, operator(db), new=True)


def test_member_dialog_is_a_dialog(view):
    dialog = view.members.add_member()
    assert isinstance(dialog, MemberDialog) and dialog.windowTitle() == "Add a member"
    dialog.reject()


def test_a_locked_out_member_is_shown_as_such(view, db):
    import datetime as dt

    until = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)).isoformat(timespec="seconds")
    db.execute("UPDATE members SET locked_until = ? WHERE id = 'uni2'", [until])
    db.conn.commit()
    view.reload()
    model = view.members.member_model
    assert str(model.data(model.index(model.row_of("uni2"), 5))).startswith("locked out until ")


def _settle() -> None:
    """Run the layout passes Qt has queued, as the event loop would."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def test_the_member_dialog_does_not_jump_when_a_problem_appears(qtbot, view, db):
    dialog = view.members.add_member()
    qtbot.waitExposed(dialog)
    _settle()
    before = (dialog.geometry(), dialog.role_combo.geometry(), dialog.ok_button.geometry())
    assert dialog.save() is False  # no name
    assert dialog.errors["name"].isVisibleTo(dialog)
    _settle()
    assert (dialog.geometry(), dialog.role_combo.geometry(), dialog.ok_button.geometry()) == before
    dialog.reject()


def test_the_pin_dialog_does_not_jump_when_a_problem_appears(qtbot, view, db, both):
    view.members.set_pin("uni1")
    both()
    dialog = view.findChild(NewPinDialog)
    qtbot.waitExposed(dialog)
    _settle()
    before = (dialog.geometry(), dialog.confirm_edit.geometry(), dialog.ok_button.geometry())
    dialog.pin_edit.setText("918273")
    dialog.confirm_edit.setText("918274")
    assert dialog.save() is False
    assert dialog.error.isVisibleTo(dialog)
    _settle()
    assert (dialog.geometry(), dialog.confirm_edit.geometry(), dialog.ok_button.geometry()) == before
    assert dialog.error.heightForWidth(dialog.error.width()) <= dialog.error.height()
    dialog.reject()
