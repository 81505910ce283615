"""Board › Certificates…: add and remove a trusted certificate through the real dialog and the real PIN dialog."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabWidget

from tests.helpers import PASSPHRASE
from tripartite import audit_check, sample, store
from tripartite.reports import keys, trust
from tripartite.ui import mainwindow
from tripartite.ui.dialogs import certificates_dialog
from tripartite.ui.dialogs.certificates_dialog import CertificatesDialog
from tripartite.ui.dialogs.pin_prompt import PinPrompt
from tripartite.ui.models.certificate_model import CertificateTableModel


def _pin_dialog(qtbot, owner: CertificatesDialog) -> PinPrompt:
    found: list[PinPrompt] = []

    def shown() -> bool:
        found[:] = [d for d in owner.findChildren(PinPrompt) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[-1]


def _enter_pin(qtbot, owner: CertificatesDialog, member: str, pin: str) -> PinPrompt:
    dialog = _pin_dialog(qtbot, owner)
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findData(member))
    dialog.pin_edit.setFocus()
    QTest.keyClicks(dialog.pin_edit, pin)
    QTest.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    return dialog


def _last_event(path: Path) -> dict:
    db = store.connect(path)
    try:
        return next(iter(db.query("SELECT actor, action, payload FROM events ORDER BY seq DESC LIMIT 1")))
    finally:
        db.close()


def test_add_and_remove_a_certificate_with_the_chairs_or_secretarys_pin(
    open_window, sample_file: Path, tmp_path: Path, monkeypatch, qtbot, qtmodeltester
) -> None:
    identity = keys.new_identity("Rocío Jiménez Cañete", "union", PASSPHRASE, algorithm="p-256")
    pem = tmp_path / "uni1.pem"
    pem.write_bytes(identity.cert_pem)
    monkeypatch.setattr(certificates_dialog, "choose_certificate_file", lambda parent: pem)
    window = open_window(sample_file)
    window.show_page(mainwindow.PAGE_BOARD)
    window.board_view.findChild(QTabWidget).setCurrentIndex(4)  # Signatories
    assert window.board_view.signatories.certificates_button.text() == "Trusted &certificates…"
    window.board_view.signatories.certificates_button.click()
    dialog = window.findChild(CertificatesDialog)
    assert dialog is not None and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 0 and dialog.empty_label.isVisible()

    # Add: choose the file (its role, union, is taken from it), the member, then confirm with the secretary's PIN.
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.file_edit.text() == str(pem) and dialog.role_combo.currentData() == "union"
    assert "Certificate of Rocío Jiménez Cañete" in dialog.status.text()
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findData("uni1"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    pin = _enter_pin(qtbot, dialog, "sec1", "0000")  # a wrong PIN changes nothing
    assert pin.isVisible() and "Wrong PIN" in pin.message.text()
    assert dialog.model.rowCount() == 0
    QTest.keyClicks(pin.pin_edit, sample.DEMO_PINS["sec1"])
    QTest.keyClick(pin.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.index(0, CertificateTableModel.MEMBER).data() == "Rocío Jiménez Cañete (uni1)"
    assert dialog.model.index(0, CertificateTableModel.ROLE).data() == "Unions"
    assert dialog.model.index(0, CertificateTableModel.SUBJECT).data() == "Rocío Jiménez Cañete"
    fingerprint = dialog.model.index(0, CertificateTableModel.FINGERPRINT)
    assert fingerprint.data(Qt.ItemDataRole.ToolTipRole) == identity.fingerprint
    assert fingerprint.data() == f"{identity.fingerprint[:4].upper()} {identity.fingerprint[4:8].upper()} " + (
        f"{identity.fingerprint[8:12].upper()} {identity.fingerprint[12:16].upper()} …"
    )
    assert "for the Unions box" in dialog.status.text() and not dialog.empty_label.isVisible()
    qtmodeltester.check(dialog.model)
    event = _last_event(sample_file)
    assert (event["actor"], event["action"]) == ("sec1", "certificate.trusted")
    db = store.connect(sample_file)
    try:
        assert [(t.member_id, t.role) for t in trust.trusted_certificates(db)] == [("uni1", "union")]
    finally:
        db.close()

    # Remove: select it, confirm with the chair's PIN.
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    _enter_pin(qtbot, dialog, "gov1", sample.DEMO_PINS["gov1"])
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert "no longer trusts the certificate of Rocío Jiménez Cañete" in dialog.status.text()
    event = _last_event(sample_file)
    assert (event["actor"], event["action"]) == ("gov1", "certificate.untrusted")
    assert json.loads(event["payload"])["fingerprint"] == identity.fingerprint
    db = store.connect(sample_file)
    try:
        assert trust.trusted_certificates(db) == [] and audit_check.verify(db).ok
    finally:
        db.close()
    dialog.reject()


def test_a_refused_certificate_is_said_in_the_dialog_and_nothing_is_stored(
    qtbot, db, sample_file: Path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMainWindow

    host = QMainWindow()
    qtbot.addWidget(host)
    host.show()
    chair_key = keys.new_identity("María Dolores Sánchez Ortega", "chair", PASSPHRASE, algorithm="p-256")
    pem = tmp_path / "chair.pem"
    pem.write_bytes(chair_key.cert_pem)
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"hello")
    dialog = CertificatesDialog.ask(db, host)
    assert not dialog.set_file(junk) and "not a certificate" in dialog.problem.text()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "Choose the certificate file first (Browse…)."
    assert dialog.set_file(pem) and dialog.role_combo.currentData() == "chair"
    members = [dialog.member_combo.itemData(i) for i in range(dialog.member_combo.count())]
    assert members == ["gov1"]  # only the chair may sign the chair's box
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("union"))  # the user picks the unions' box
    members = [dialog.member_combo.itemData(i) for i in range(dialog.member_combo.count())]
    assert members == ["uni1", "uni2", "uni3"]
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    _enter_pin(qtbot, dialog, "gov1", sample.DEMO_PINS["gov1"])
    qtbot.waitUntil(lambda: dialog.problem.isVisible())
    assert dialog.problem.text() == "This certificate was made for the role Chair, not Unions."
    assert dialog.model.rowCount() == 0 and trust.trusted_certificates(db) == []
    dialog.reject()
