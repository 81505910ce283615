"""The verification panel: each signature's state and what is wrong, verdicts that look different, forgeries, trust."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.helpers import ROLES
from tripartite import store
from tripartite.ui.minutes import verify_panel
from tripartite.ui.minutes.signature_table import SignatureTableModel
from tripartite.ui.minutes.state_model import SigningStateModel
from tripartite.ui.minutes.verify_panel import VerifyDialog, VerifyPanel
from tripartite.ui.minutes.work import MinutesState, SignedBy

from ...reports.forge import sign_boxes
from .conftest import Keys, Signed


def _verify(qtbot, panel: VerifyPanel, pdf: bytes, name: str = "minutes.pdf") -> None:
    with qtbot.waitSignal(panel.verified, timeout=15_000):
        panel.verify_bytes(pdf, name)


def _column(model: SignatureTableModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _panel(qtbot, host, db_path: Path | None) -> VerifyPanel:
    dialog = VerifyDialog(db_path, host)
    dialog.open()
    return dialog.panel


def _unsigned(signed: Signed) -> bytes:
    db = store.connect(signed.db_path)
    try:
        return bytes(db.execute("SELECT pdf FROM minutes ORDER BY id LIMIT 1").fetchone()[0])
    finally:
        db.close()


def test_every_signature_is_valid_and_the_minutes_verified(qtbot, host, signed: Signed, qtmodeltester) -> None:
    panel = _panel(qtbot, host, signed.db_path)
    _verify(qtbot, panel, signed.pdf)
    model = panel.model
    assert model.rowCount() == 5
    assert _column(model, SignatureTableModel.ROLE) == ["Chair", "Secretary", "Government", "Employers", "Unions"]
    assert _column(model, SignatureTableModel.STATE) == ["Valid"] * 5
    assert _column(model, SignatureTableModel.REASON) == ["—"] * 5
    assert _column(model, SignatureTableModel.SIGNER) == [f"Signer for {r}" for r in ROLES]
    assert all(t.endswith(" UTC") for t in _column(model, SignatureTableModel.TIME))
    assert model.index(0, SignatureTableModel.STATE).data(Qt.ItemDataRole.DecorationRole) is not None
    tip = model.index(4, SignatureTableModel.ROLE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Trusted for the box of: Unions" in tip and "Covers: The whole file" in tip
    assert panel.verdict_kind == "ok"
    assert panel.verdict_label.text() == "Verified: the board's minutes, signed by every signatory"
    assert panel.verdict_icon.accessibleName() == panel.verdict_label.text()
    assert not panel.verdict_icon.pixmap().isNull()
    assert "Each signatory signed in their own box" in panel.detail_label.text()
    assert panel.trust_label.text() == "Certificates the board trusts: 5."
    assert "verified cryptographically" in panel.stamp_note.text()
    qtmodeltester.check(model)


def test_a_flipped_byte_is_not_to_be_relied_on(qtbot, host, signed: Signed) -> None:
    data = bytearray(signed.pdf)
    at = data.index(b"/Title")  # inside the first revision, which every signature covers
    data[at + 1] ^= 0x01
    panel = _panel(qtbot, host, signed.db_path)
    _verify(qtbot, panel, bytes(data))
    assert panel.verdict_kind == "bad"
    assert panel.verdict_label.text() == "Do not rely on this file: tampered, forged or damaged"
    assert "Chair: the signed content was changed after signing." in panel.detail_label.text()
    assert "Get the signed minutes from the board" in panel.detail_label.text()
    assert "Not valid" in _column(panel.model, SignatureTableModel.STATE)
    assert "Changed after signing" in _column(panel.model, SignatureTableModel.REASON)
    state = panel.model.index(0, SignatureTableModel.STATE)
    assert state.data(Qt.ItemDataRole.AccessibleTextRole) == "Not valid (problem)"


def test_a_truncated_file_is_not_to_be_relied_on(qtbot, host, signed: Signed) -> None:
    panel = _panel(qtbot, host, signed.db_path)
    _verify(qtbot, panel, signed.pdf[: len(signed.pdf) // 2])
    assert panel.verdict_kind == "bad"


def test_partly_signed_minutes_are_not_yet_the_final_minutes(qtbot, host, signed: Signed) -> None:
    panel = _panel(qtbot, host, signed.db_path)
    _verify(qtbot, panel, signed.partly)
    assert panel.verdict_kind == "partial"
    assert panel.verdict_label.text() == "Partly signed: not yet the final minutes"
    assert "Still to sign: Government, Employers, Unions." in panel.detail_label.text()
    # Every box is listed: the two signatures, then the signatories still to sign.
    assert _column(panel.model, SignatureTableModel.STATE) == ["Valid", "Valid", "Not signed", "Not signed",
                                                               "Not signed"]  # fmt: skip
    assert _column(panel.model, SignatureTableModel.ROLE)[2:] == ["Government", "Employers", "Unions"]


def test_a_role_swap_is_a_forgery_and_looks_it(qtbot, host, signed: Signed, keys: Keys) -> None:
    """The chair's key in the unions' box and the unions' key in the chair's, as a forger signs with pyHanko."""
    swapped = [(r, keys.identities[{"chair": "union", "union": "chair"}.get(r, r)]) for r in ROLES]
    panel = _panel(qtbot, host, signed.db_path)
    _verify(qtbot, panel, sign_boxes(_unsigned(signed), swapped))
    assert panel.verdict_kind == "bad"
    assert panel.verdict_label.text() == "Do not rely on this file: tampered, forged or damaged"
    detail = panel.detail_label.text()
    assert "Unions: the certificate of Signer for chair is trusted for the Chair box, not for this one." in detail
    assert "Chair: the certificate of Signer for union is trusted for the Unions box, not for this one." in detail
    assert _column(panel.model, SignatureTableModel.STATE) == ["Not valid", "Valid", "Valid", "Valid", "Not valid"]
    assert _column(panel.model, SignatureTableModel.REASON)[0] == "Signer trusted for another box"
    tip = panel.model.index(4, SignatureTableModel.REASON).data(Qt.ItemDataRole.ToolTipRole)
    assert "trusted for the Chair box" in tip


def test_an_untrusted_signer_looks_different_from_a_forgery(qtbot, host, signed: Signed, keys: Keys, tmp_path,
                                                            monkeypatch) -> None:  # fmt: skip
    panel = _panel(qtbot, host, None)  # no board: only what the user adds
    _verify(qtbot, panel, signed.pdf)
    assert panel.verdict_kind == "untrusted"
    assert panel.verdict_label.text() == "Intact, but not every signer is trusted"
    assert "Nothing was changed after signing" in panel.detail_label.text()
    assert "Signer for union (Unions box)" in panel.detail_label.text()
    assert "add it with Trust a certificate…" in panel.detail_label.text()
    assert _column(panel.model, SignatureTableModel.STATE) == ["Not trusted"] * 5
    assert _column(panel.model, SignatureTableModel.REASON) == ["Certificate not trusted"] * 5
    assert panel.trust_label.text().startswith("No certificate is trusted yet")
    untrusted_icon = panel.verdict_icon.pixmap().toImage()

    bundle = tmp_path / "signers.pem"
    bundle.write_bytes(b"".join(keys.pem(r).read_bytes() for r in ROLES))
    monkeypatch.setattr(verify_panel, "choose_certificate_file", lambda parent: bundle)
    with qtbot.waitSignal(panel.verified, timeout=15_000):
        qtbot.mouseClick(panel.trust_button, Qt.MouseButton.LeftButton)
    assert panel.verdict_kind == "ok"
    assert panel.trust_label.text().startswith("Added for this check: Signer for chair, Signer for secretary")

    _verify(qtbot, panel, signed.pdf[: len(signed.pdf) // 2])  # and a damaged file: red, another icon
    assert panel.verdict_kind == "bad" and panel.verdict_icon.pixmap().toImage() != untrusted_icon


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
    assert dialog.panel.verdict_kind == "untrusted"
    assert _column(dialog.panel.model, SignatureTableModel.STATE) == ["Not trusted"] * 5
    assert "Add the signer's certificate in Board › Certificates" in dialog.panel.detail_label.text()
    assert dialog.panel.trust_label.text().startswith("The board trusts no certificate yet")
    dialog.reject()


def test_an_unreadable_path_says_so(qtbot, host, tmp_path) -> None:
    panel = _panel(qtbot, host, None)
    panel.verify_path(tmp_path / "nowhere.pdf")
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=15_000)
    assert panel.verdict_label.text() == "Not verified"
    assert panel.detail_label.text() == f"{tmp_path / 'nowhere.pdf'} does not exist."


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
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Box"
