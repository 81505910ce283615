"""Sign as…: every role signs through the dialog; refused attempts say why at the right field and write nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.helpers import PASSPHRASE, ROLES
from tripartite import store
from tripartite.meetings.lifecycle import is_locked
from tripartite.reports import verify
from tripartite.reports.keys import WrongPassphrase

from .conftest import (
    counts,
    files,
    fill_sign_dialog,
    open_sign_dialog,
    sign_through_dialog,
)


def test_all_five_roles_sign_through_the_dialog(open_minutes, recorded, key_chooser, keys, qtbot) -> None:
    db_path, meeting_id = recorded
    dialog = open_minutes(db_path, meeting_id)
    changes: list[bool] = []
    dialog.minutes_changed.connect(lambda: changes.append(True))
    for done, role in enumerate(ROLES, start=1):
        sign_through_dialog(qtbot, dialog, key_chooser, keys, role)
        assert dialog.state.signed[role].signer == f"Signer for {role}"
        assert "Signed for the role" in dialog.status.text()
        if done < len(ROLES):
            assert dialog.summary.text() == f"{done} of 5 roles have signed."
            assert dialog.verify_button.isEnabled() and dialog.sign_button.isEnabled()
    assert len(changes) == len(ROLES)
    assert dialog.summary.text() == "Minutes signed: the meeting is read-only."
    assert not dialog.sign_button.isEnabled()
    texts = [dialog.state_model.index(r).data() for r in range(dialog.state_model.rowCount())]
    assert all("\nSigned by Signer for" in t for t in texts), texts
    db = store.connect(db_path)
    try:
        assert is_locked(db, meeting_id)
        assert db.execute("SELECT status FROM meetings WHERE id = ?", [meeting_id]).fetchone()[0] == "minutes_signed"
    finally:
        db.close()
    report = verify.verify_pdf(dialog.state.pdf, [keys.identities[r].cert_pem for r in ROLES])
    assert report.ok and not report.unsigned_roles and len(report.signatures) == 5


def test_the_sign_dialog_offers_only_the_roles_still_to_sign(open_minutes, recorded, key_chooser, keys,
                                                             qtbot) -> None:  # fmt: skip
    dialog = open_minutes(*recorded)
    sign_through_dialog(qtbot, dialog, key_chooser, keys, "secretary")
    sign = open_sign_dialog(qtbot, dialog)
    offered = [sign.role_combo.itemData(i) for i in range(sign.role_combo.count())]
    assert offered == ["chair", "government", "employer", "union"]
    assert sign.role_combo.itemText(0) == "Chair"
    sign.reject()


def test_a_wrong_passphrase_is_said_at_the_field_and_writes_nothing(open_minutes, recorded, key_chooser, keys,
                                                                     qtbot) -> None:  # fmt: skip
    db_path, meeting_id = recorded
    dialog = open_minutes(db_path, meeting_id)
    before_db, before_files, before_keys = counts(db_path), files(db_path.parent), files(keys.folder)
    key_chooser(keys.p12("chair"))
    sign = open_sign_dialog(qtbot, dialog)
    fill_sign_dialog(qtbot, sign, "chair", keys.p12("chair"), "not the passphrase")
    assert sign.passphrase_edit.isUndoAvailable()
    job = sign.sign()
    assert job is not None
    assert sign.passphrase_edit.text() == "" and not sign.passphrase_edit.isUndoAvailable(), "cleared at once"
    with qtbot.waitSignal(job.failed, timeout=15_000) as failed:
        pass
    assert isinstance(failed.args[0], WrongPassphrase)
    assert sign.isVisible(), "the dialog stays open for another try"
    assert sign.passphrase_problem.isVisible()
    assert "Wrong passphrase" in sign.passphrase_problem.text()
    assert "Wrong passphrase" in sign.passphrase_edit.accessibleDescription()
    assert sign.focusWidget() is sign.passphrase_edit
    assert sign.passphrase_edit.text() == "" and not sign.passphrase_edit.isUndoAvailable()
    assert not sign.key_problem.isVisible()
    assert counts(db_path) == before_db
    assert files(db_path.parent) == before_files and files(keys.folder) == before_keys
    assert not list(db_path.parent.glob("*.partial")) and not dialog.state.signed

    # The right passphrase then works, and the problem goes away.
    fill_sign_dialog(qtbot, sign, "chair", keys.p12("chair"), PASSPHRASE)
    with qtbot.waitSignal(sign.signed, timeout=15_000):
        qtbot.mouseClick(sign.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "chair" in dialog.state.signed)


def test_a_key_for_another_role_or_not_a_key_is_said_at_the_key_field(open_minutes, recorded, key_chooser, keys,
                                                                       qtbot, tmp_path: Path) -> None:  # fmt: skip
    db_path, _ = recorded
    dialog = open_minutes(*recorded)
    before = counts(db_path)
    key_chooser(keys.p12("union"))
    sign = open_sign_dialog(qtbot, dialog)
    fill_sign_dialog(qtbot, sign, "chair", keys.p12("union"), PASSPHRASE)
    with qtbot.waitSignal(sign.sign().failed, timeout=15_000):
        pass
    assert sign.key_problem.text() == "This key was made for the role Unions, not Chair."
    assert sign.focusWidget() is sign.key_edit and sign.passphrase_edit.text() == ""

    not_a_key = tmp_path / "notes.p12"
    not_a_key.write_bytes(b"%PDF-1.7 certainly not a key")
    key_chooser(not_a_key)
    fill_sign_dialog(qtbot, sign, "chair", not_a_key, PASSPHRASE)
    with qtbot.waitSignal(sign.sign().failed, timeout=15_000):
        pass
    assert "not a signing key" in sign.key_problem.text() and not sign.passphrase_problem.isVisible()

    missing = tmp_path / "gone.p12"
    key_chooser(missing)
    fill_sign_dialog(qtbot, sign, "chair", missing, PASSPHRASE)
    with qtbot.waitSignal(sign.sign().failed, timeout=15_000):
        pass
    assert sign.key_problem.text() == f"{missing} does not exist."
    assert counts(db_path) == before


def test_missing_key_or_passphrase_is_asked_for_without_a_job(open_minutes, recorded, qtbot) -> None:
    dialog = open_minutes(*recorded)
    sign = open_sign_dialog(qtbot, dialog)
    assert sign.sign() is None
    assert sign.key_problem.text() == "Choose your key file."
    sign.key_edit.setText("/somewhere/key.p12")
    assert sign.sign() is None
    assert sign.passphrase_problem.text() == "Type the passphrase of your key file."
    assert sign.focusWidget() is sign.passphrase_edit
