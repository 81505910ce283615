"""The verification panel: each signature's status, the verdict in words and icon, trust, tampering, File menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tripartite.ui.minutes import verify_panel
from tripartite.ui.minutes.state_model import SigningStateModel
from tripartite.ui.minutes.verify_panel import SignatureTableModel, VerifyDialog, VerifyPanel
from tripartite.ui.minutes.work import MinutesState, SignedBy

from .conftest import ROLES, Keys, Signed


def _verify(qtbot, panel: VerifyPanel, pdf: bytes, name: str = "minutes.pdf") -> None:
    with qtbot.waitSignal(panel.verified, timeout=15_000):
        panel.verify_bytes(pdf, name)


def _column(model: SignatureTableModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _panel(qtbot, host, db_path: Path | None) -> VerifyPanel:
    dialog = VerifyDialog(db_path, host)
    dialog.open()
    return dialog.panel


def test_every_signature_is_intact_valid_and_trusted(qtbot, host, signed: Signed, qtmodeltester) -> None:
    panel = _panel(qtbot, host, signed.db_path)
    _verify(qtbot, panel, signed.pdf)
    model = panel.model
    assert model.rowCount() == 5
    assert _column(model, SignatureTableModel.ROLE) == [
        "Chair", "Secretary", "Government", "Employers", "Unions"]  # fmt: skip
    for column in (SignatureTableModel.INTACT, SignatureTableModel.VALID, SignatureTableModel.TRUSTED):
        assert _column(model, column) == ["Yes"] * 5
    assert _column(model, SignatureTableModel.SIGNER) == [f"Signer for {r}" for r in ROLES]
    assert _column(model, SignatureTableModel.COVERAGE) == ["Up to its signature"] * 4 + ["The whole file"]
    assert all(t.endswith(" UTC") for t in _column(model, SignatureTableModel.TIME))
    assert model.index(0, SignatureTableModel.ROLE).data(Qt.ItemDataRole.DecorationRole) is not None
    assert panel.verdict_label.text() == "Verified"
    assert panel.verdict_icon.accessibleName() == "Verified" and not panel.verdict_icon.pixmap().isNull()
    assert "Every signature is intact, valid and trusted" in panel.detail_label.text()
    assert panel.trust_label.text() == "Certificates the board trusts: 5."
    assert "verified cryptographically" in panel.stamp_note.text()
    qtmodeltester.check(model)


def test_a_flipped_byte_is_not_verified(qtbot, host, signed: Signed) -> None:
    data = bytearray(signed.pdf)
    at = data.index(b"/Title")  # inside the first revision, which every signature covers
    data[at + 1] ^= 0x01
    panel = _panel(qtbot, host, signed.db_path)
    _verify(qtbot, panel, bytes(data))
    assert panel.verdict_label.text() == "Not verified"
    assert "changed after signing" in panel.detail_label.text()
    assert "No" in _column(panel.model, SignatureTableModel.INTACT)
    assert panel.model.index(0, SignatureTableModel.INTACT).data(Qt.ItemDataRole.AccessibleTextRole) == "No (problem)"


def test_a_truncated_file_is_not_verified(qtbot, host, signed: Signed) -> None:
    panel = _panel(qtbot, host, signed.db_path)
    _verify(qtbot, panel, signed.pdf[: len(signed.pdf) // 2])
    assert panel.verdict_label.text() == "Not verified"


def test_partly_signed_minutes_are_verified_so_far(qtbot, host, signed: Signed) -> None:
    panel = _panel(qtbot, host, signed.db_path)
    _verify(qtbot, panel, signed.partly)
    assert panel.verdict_label.text() == "Verified so far: signing is not complete"
    assert "Still to sign: Government, Employers, Unions." in panel.detail_label.text()


def test_untrusted_until_the_user_trusts_the_certificates(qtbot, host, signed: Signed, keys: Keys, tmp_path,
                                                          monkeypatch) -> None:  # fmt: skip
    panel = _panel(qtbot, host, None)  # no board: only what the user adds
    _verify(qtbot, panel, signed.pdf)
    assert panel.verdict_label.text() == "Not verified"
    assert "is not trusted" in panel.detail_label.text()
    assert _column(panel.model, SignatureTableModel.TRUSTED) == ["No"] * 5
    assert panel.trust_label.text().startswith("No certificate is trusted yet")

    bundle = tmp_path / "signers.pem"
    bundle.write_bytes(b"".join(keys.pem(r).read_bytes() for r in ROLES))
    monkeypatch.setattr(verify_panel, "choose_certificate_file", lambda parent: bundle)
    with qtbot.waitSignal(panel.verified, timeout=15_000):
        qtbot.mouseClick(panel.trust_button, Qt.MouseButton.LeftButton)
    assert panel.verdict_label.text() == "Verified"
    assert panel.trust_label.text().startswith("Added for this check: Signer for chair, Signer for secretary")


def test_a_file_that_is_not_a_certificate_is_refused(qtbot, host, tmp_path) -> None:
    panel = _panel(qtbot, host, None)
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"hello")
    assert not panel.add_trusted(junk)
    assert panel.verdict_label.text() == "Certificate not added"


def test_file_verify_minutes_in_the_main_window(open_window, sample_file, signed: Signed, tmp_path, monkeypatch,
                                                qtbot) -> None:  # fmt: skip
    pdf = tmp_path / "minutes-signed.pdf"
    pdf.write_bytes(signed.pdf)
    monkeypatch.setattr(verify_panel, "choose_pdf_file", lambda parent: pdf)
    window = open_window(sample_file)
    assert window.verify_minutes_action.text() == "&Verify minutes…"
    window.verify_minutes_action.trigger()
    dialog = window.findChild(VerifyDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.panel.last is not None, timeout=15_000)
    assert str(pdf) in dialog.panel.source_label.text()
    # The sample board trusts none of these signers: every signature is intact and valid, none trusted.
    assert dialog.panel.verdict_label.text() == "Not verified"
    assert _column(dialog.panel.model, SignatureTableModel.VALID) == ["Yes"] * 5
    assert _column(dialog.panel.model, SignatureTableModel.TRUSTED) == ["No"] * 5
    assert dialog.panel.trust_label.text().startswith("The board trusts no certificate yet")
    dialog.reject()


def test_an_unreadable_path_says_so(qtbot, host, tmp_path) -> None:
    panel = _panel(qtbot, host, None)
    panel.verify_path(tmp_path / "nowhere.pdf")
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=15_000)
    assert panel.verdict_label.text() == "Not verified"
    assert "no such file" in panel.detail_label.text()


def test_the_signing_state_model_passes_the_model_tester(qtmodeltester, host) -> None:
    model = SigningStateModel(host)
    qtmodeltester.check(model)
    state = MinutesState(1, 1, "Session", b"%PDF", ROLES, {"chair": SignedBy("Ana", "2026-12-04T10:31:00+00:00")},
                         False)  # fmt: skip
    model.set_state(state)
    qtmodeltester.check(model)
    assert model.index(0).data() == "Chair\nSigned by Ana\n2026-12-04 10:31 UTC"
    assert model.index(0).data(Qt.ItemDataRole.AccessibleTextRole) == "Chair: signed by Ana, 2026-12-04 10:31 UTC"
    assert model.index(1).data() == "Secretary\nNot signed yet"


def test_the_signature_model_passes_the_model_tester_empty(qtmodeltester, host) -> None:
    model = SignatureTableModel(host)
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Role"
