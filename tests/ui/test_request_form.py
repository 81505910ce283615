from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from tripartite import importer, store
from tripartite.request_schema import BY_NAME, NAMES
from tripartite.sample import DEMO_PINS
from tripartite.ui.dialogs.request_form_dialog import RequestFormDialog

GOOD = {
    "reference": "REQ-2026-0100", "employer_name": "Cooperativa Núñez", "sector_isic": "A",
    "occupation_isco": "9211", "region": "Andalucía", "workers_requested": "4", "duration_months": "6",
    "wage_offered": "1500.50", "prevailing_wage": "1400", "currency": "EUR", "submitted_on": "2026-11-02",
    "labour_dispute": "false", "integration_support": "language_course;orientation",
}  # fmt: skip


def fill(dialog: RequestFormDialog, values: dict[str, str]) -> None:
    for name, text in values.items():
        dialog.set_value(name, text)


def events(path: Path) -> list[tuple[str, str, dict]]:
    db = store.connect(path)
    try:
        return [(a, actor, json.loads(p)) for a, actor, p in db.execute("SELECT action, actor, payload FROM events")]
    finally:
        db.close()


def test_errors_appear_at_their_fields_and_nothing_is_written(qtbot, open_window, sample_file, fingerprint):
    window = open_window(sample_file)
    before = fingerprint(sample_file)
    dialog = window.register.new_request()
    assert dialog.windowTitle() == "New request"
    assert dialog.value("currency") == "EUR"  # the board's currency
    fill(dialog, {**GOOD, "reference": "REQ-2026-0001", "workers_requested": "lots", "occupation_isco": "99999",
                  "duration_months": "61", "wage_offered": "1.500,50"})  # fmt: skip
    dialog.set_value("employer_name", "")
    assert dialog.save() is False
    assert dialog.isVisible()
    expected = {
        "reference": "reference already in the database",
        "employer_name": "a value is required",
        "workers_requested": "not a whole number",
        "occupation_isco": "not an ISCO-08 unit group (a 4-digit code that exists)",
        "duration_months": "must be at most 60",
        "wage_offered": "not a number (use a dot as the decimal point, no thousands separator)",
    }
    for name, message in expected.items():
        label = dialog.errors[name]
        assert label.isVisibleTo(dialog) and label.text() == message, name
        assert dialog.fields[name].accessibleDescription() == message
    assert not dialog.errors["region"].isVisibleTo(dialog)
    assert fingerprint(sample_file) == before
    # Editing a field clears its complaint; the others stay until the next save.
    dialog.set_value("workers_requested", "4")
    assert not dialog.errors["workers_requested"].isVisibleTo(dialog)
    assert dialog.errors["reference"].isVisibleTo(dialog)
    dialog.reject()


def test_valid_input_is_saved_audited_and_selected(qtbot, open_window, sample_file, enter_pin):
    window = open_window(sample_file)
    dialog = window.register.new_request()
    fill(dialog, GOOD)
    with qtbot.waitSignal(dialog.saved) as blocker:
        assert dialog.save() is True
        enter_pin(DEMO_PINS["sec1"], "sec1")  # entering a dossier is the secretary's (or the chair's)
    request_id = blocker.args[0]
    db = store.connect(sample_file)
    row = db["requests"].get(request_id)
    db.close()
    assert (row["reference"], row["employer_name"], row["wage_offered"], row["status"]) == (
        "REQ-2026-0100", "Cooperativa Núñez", 1500.5, "pending")  # fmt: skip
    assert row["integration_support"] == "language_course;orientation"
    assert row["labour_dispute"] == 0 and row["housing_provided"] is None  # empty means unknown, not zero
    action, actor, payload = events(sample_file)[-1]
    assert (action, actor, payload["reference"]) == ("request.created", "sec1", "REQ-2026-0100")
    assert window.register.count_label.text() == "49 of 49 requests"
    assert window.register.dossier.request_id() == request_id
    assert window.register.model.request_id(window.register.selected_rows()[0]) == request_id


def test_editing_a_request_saves_only_what_changed(qtbot, open_window, sample_file, enter_pin):
    window = open_window(sample_file)
    window.register.select_request(1)
    assert window.register.edit_request_action.isEnabled()
    window.register.edit_request_action.trigger()
    dialog = window.findChild(RequestFormDialog)
    assert dialog.windowTitle() == "Edit request REQ-2026-0001"
    assert dialog.value("reference") == "REQ-2026-0001"
    dialog.set_value("workers_requested", "7")
    assert dialog.save() is True
    enter_pin(DEMO_PINS["gov1"], "gov1")  # the chair may do it too
    action, actor, payload = events(sample_file)[-1]
    assert actor == "gov1"
    assert (action, payload["changed"]) == ("request.edited", ["workers_requested"])
    assert window.register.dossier.subtitle.text().count("7 workers") == 1


def test_every_sample_request_reads_back_into_the_form_unchanged(qtbot, sample_file):
    db = store.open_db(sample_file)
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        for (request_id,) in db.execute("SELECT id FROM requests").fetchall():
            dialog = RequestFormDialog(db, parent, request_id=request_id)
            _, problems = importer.validate_row(db, dialog.values(), request_id=request_id)
            assert problems == [], (request_id, problems)
            dialog.deleteLater()
    finally:
        db.close()


def test_non_ascii_text_typed_key_by_key(qtbot, open_window, sample_file):
    window = open_window(sample_file)
    dialog = window.register.new_request()
    edit = dialog.fields["employer_name"]
    edit.setFocus()
    # keyClicks aborts the interpreter on non-ASCII text (a PySide6 defect): one key event per char.
    for ch in "Peña y Núñez":
        QTest.sendKeyEvent(QTest.KeyAction.Click, edit, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
    assert dialog.value("employer_name") == "Peña y Núñez"
    dialog.reject()


def test_form_fields_cover_the_schema_and_are_named(qtbot, open_window, sample_file):
    window = open_window(sample_file)
    dialog = window.register.new_request()
    assert list(dialog.fields) != [] and set(dialog.fields) == set(NAMES)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for name, field in dialog.fields.items():
        assert field.accessibleName(), name
        assert field in buddies, name
        required = BY_NAME[name].required
        label = next(lbl for lbl in dialog.findChildren(QLabel) if lbl.buddy() is field)
        assert label.text().endswith(" *") == required, name
    assert dialog.save_button.accessibleName() == "Save request"
    dialog.reject()


def test_the_occupation_title_follows_the_code(qtbot, open_window, sample_file):
    window = open_window(sample_file)
    dialog = window.register.new_request()
    dialog.set_value("occupation_isco", "2221")
    assert dialog._titles["occupation_isco"].text() == "Nursing professionals"
    dialog.set_value("sector_isic", "a")
    assert dialog._titles["sector_isic"].text().lower().startswith("agriculture")
    dialog.reject()


@pytest.mark.parametrize("status", ["decided", "on_agenda"])
def test_a_request_in_the_record_cannot_be_edited(qtbot, open_window, sample_file, status):
    db = store.connect(sample_file)
    with db.atomic():
        db.execute("UPDATE requests SET status = ? WHERE id = 1", [status])
    db.close()
    window = open_window(sample_file)
    window.register.select_request(1)
    assert not window.register.edit_request_action.isEnabled()
    window.register._on_table_activated(window.register.model.index(window.register.model.row_of(1), 0))
    assert "only pending or deferred" in window.statusBar().currentMessage()
    assert window.findChild(RequestFormDialog) is None


def test_a_request_is_not_saved_without_an_officers_pin(qtbot, open_window, sample_file, enter_pin, fingerprint):
    window = open_window(sample_file)
    before = fingerprint(sample_file)
    dialog = window.register.new_request()
    fill(dialog, GOOD)
    assert dialog.save() is True
    asked = enter_pin("0000", "sec1")  # a wrong PIN: the dialog stays, nothing is saved
    assert asked.isVisible() and "Wrong PIN" in asked.message.text()
    asked.reject()
    assert fingerprint(sample_file)[0] == before[0], "no request was saved"
    assert dialog.isVisible()


def _settle() -> None:
    """Run the layout passes Qt has queued, as the event loop would."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def test_the_form_does_not_jump_when_a_problem_appears(qtbot, open_window, sample_file):
    window = open_window(sample_file)
    dialog = window.register.new_request()
    qtbot.waitExposed(dialog)
    fill(dialog, {**GOOD, "reference": "REQ-2026-0001"})  # a reference already taken: one problem
    _settle()
    below = dialog.fields["submitted_on"]  # the field under the reference
    before = (dialog.geometry(), below.geometry(), dialog.save_button.geometry(), dialog.general_error.geometry())
    assert dialog.save() is False
    assert dialog.errors["reference"].isVisibleTo(dialog)
    _settle()
    after = (dialog.geometry(), below.geometry(), dialog.save_button.geometry(), dialog.general_error.geometry())
    assert after == before
    error = dialog.errors["reference"]
    assert error.heightForWidth(error.width()) <= error.height()  # its words are all shown
    dialog.reject()
