"""Signing and verification with real keys, real signatures and real validation (pyHanko, and pdfsig where present)."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from reportlab.pdfgen.canvas import Canvas
from sqlite_utils import Database

from tests.helpers import PASSPHRASE, ROLES
from tripartite import audit_check
from tripartite.authority import operator
from tripartite.meetings import lifecycle
from tripartite.meetings.errors import MinutesError, ProcedureError
from tripartite.models import MeetingStatus
from tripartite.reports import files, keys, service, signing, trust, verify
from tripartite.reports.annex import read_annex

from .conftest import SignedCase, certs, have_pdfsig


def _flip(data: bytes, offset: int) -> bytes:
    return data[:offset] + bytes([data[offset] ^ 0x01]) + data[offset + 1 :]


def _forge_page(signed: bytes) -> bytes:
    """An incremental update that replaces the first page's content: what a forger would append."""
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    page_ref, _ = writer.find_page_for_modification(0)
    page = page_ref.get_object()
    forged = writer.add_object(
        generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 700 Td (APPROVED: 500 workers) Tj ET")
    )
    page["/Contents"] = generic.ArrayObject([forged])
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# ------------------------------------------------------------------------------------------- the good path


def test_all_roles_sign_and_every_signature_validates(signed_case: SignedCase, identities: dict) -> None:
    report = verify.verify_pdf(signed_case.signed, certs(identities))
    assert report.ok, report
    assert [s.role for s in report.signatures] == list(ROLES)
    assert report.unsigned_roles == () and not report.changed_after_last
    first, *rest = report.signatures
    assert first.certifies and not any(s.certifies for s in rest)
    assert all(s.intact and s.valid and s.trusted for s in report.signatures)
    assert [s.coverage for s in report.signatures] == ["ENTIRE_REVISION"] * 4 + ["ENTIRE_FILE"]
    assert all(s.modification_level in ("FORM_FILLING", "NONE") for s in report.signatures)
    assert [s.signer for s in report.signatures] == [f"Signer for {role}" for role in ROLES]
    assert all(s.signed_at for s in report.signatures)
    # Each revision extends the one before: nothing was ever rewritten.
    previous = signed_case.unsigned
    for role in ROLES:
        assert signed_case.revisions[role].startswith(previous)
        previous = signed_case.revisions[role]


def test_pyhanko_directly_agrees(signed_case: SignedCase, identities: dict) -> None:
    from asn1crypto import pem
    from asn1crypto import x509 as ax

    roots = [ax.Certificate.load(pem.unarmor(c)[2]) for c in certs(identities)]
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    statuses = [
        validate_pdf_signature(sig, context)
        for sig in PdfFileReader(io.BytesIO(signed_case.signed)).embedded_signatures
    ]
    assert len(statuses) == 5 and all(s.bottom_line for s in statuses)


@pytest.mark.skipif(not have_pdfsig(), reason="pdfsig (poppler-utils) is not installed; make test installs it as root")
def test_pdfsig_agrees(signed_case: SignedCase, tmp_path: Path) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed_case.signed)
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout
    assert out.count("Signature is Valid.") == 5, out
    for role in ROLES:
        assert f"Signature Field Name: Sig_{role}" in out


def test_the_annex_equals_the_database_figures(signed_case: SignedCase) -> None:
    annex = read_annex(signed_case.signed)
    assert annex is not None
    db = Database(signed_case.db_path)
    meeting = next(db.query("SELECT * FROM meetings WHERE id = ?", [signed_case.meeting_id]))
    assert annex["criteria_version"] == meeting["criteria_version"]
    assert annex["rules"] == json.loads(meeting["rules"])
    built = next(db.query("SELECT prev_hash, payload FROM events WHERE action = 'minutes.built'"))
    assert annex["audit_head"] == built["prev_hash"]  # the chain's head just before the minutes were built
    for item in annex["items"]:
        item_id = db.execute(
            "SELECT id FROM agenda_items WHERE meeting_id = ? AND position = ?",
            [signed_case.meeting_id, item["position"]],
        ).fetchone()[0]
        stored = list(
            db.query("SELECT round, tally, adopted, rule FROM motions WHERE item_id = ? ORDER BY round", [item_id])
        )
        assert [m["tally"] for m in item["motions"]] == [json.loads(m["tally"]) for m in stored]
        assert [m["adopted"] for m in item["motions"]] == [bool(m["adopted"]) for m in stored]
        decision = next(db.query("SELECT * FROM decisions WHERE item_id = ?", [item_id]))
        quorum = json.loads(decision["quorum"])
        assert {k: item["quorum"][k] for k in quorum} == quorum
        assert item["decision"]["tally"] == json.loads(decision["tally"])
        assert (item["decision"]["outcome"], item["decision"]["workers"]) == (decision["outcome"], decision["workers"])
    db.close()


def test_signing_all_roles_locks_the_meeting(signed_case: SignedCase) -> None:
    db = Database(signed_case.db_path)
    assert db.execute("SELECT status FROM meetings WHERE id = ?", [signed_case.meeting_id]).fetchone()[0] == (
        MeetingStatus.MINUTES_SIGNED.value
    )
    assert lifecycle.is_locked(db, signed_case.meeting_id)
    with pytest.raises(ProcedureError) as refused:
        lifecycle.require_unlocked(db, signed_case.meeting_id)
    assert (refused.value.code, refused.value.params) == ("minutes_signed", {"meeting": signed_case.meeting_id})
    rows = list(db.query("SELECT role, signer, sha256 FROM signatures ORDER BY rowid"))
    assert [r["role"] for r in rows] == list(ROLES)
    assert rows[-1]["sha256"] == files.sha256(signed_case.signed)
    assert audit_check.verify(db).ok
    actions = [r[0] for r in db.execute("SELECT action FROM events WHERE action LIKE 'minutes.%' ORDER BY seq")]
    assert actions == ["minutes.built", *["minutes.signed"] * 5, "minutes.locked"]
    db.close()


# ---------------------------------------------------------------------------------------------- tampering


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(lambda pdf: _flip(pdf, len(pdf) // 3), id="byte-flipped-in-the-content"),
        pytest.param(
            lambda pdf: pdf.replace(b"ordinaria 11/2026", b"ordinaria 12/2026", 1), id="title-changed"
        ),
        pytest.param(_forge_page, id="incremental-update-changing-page-content"),
        pytest.param(lambda pdf: pdf[: len(pdf) // 2], id="truncated-half"),
        pytest.param(lambda pdf: pdf[:-40], id="truncated-end"),
        pytest.param(lambda pdf: b"", id="empty"),
        pytest.param(lambda pdf: b"%PDF-1.7\n garbage", id="garbage"),
    ],
)
def test_tampering_is_detected_and_never_raises(signed_case: SignedCase, identities: dict, tamper) -> None:
    report = verify.verify_pdf(tamper(signed_case.signed), certs(identities))
    assert not report.ok


def test_a_page_forged_after_signing_is_named(signed_case: SignedCase, identities: dict) -> None:
    report = verify.verify_pdf(_forge_page(signed_case.signed), certs(identities))
    assert report.changed_after_last
    assert report.signatures[-1].coverage == "ENTIRE_REVISION"
    assert report.signatures[-1].modification_level == "OTHER"


def test_an_untrusted_certificate_fails(signed_case: SignedCase, identities: dict, stranger) -> None:
    partial = verify.verify_pdf(signed_case.signed, certs(identities, "chair", "secretary"))
    assert not partial.ok
    assert [s.trusted for s in partial.signatures] == [True, True, False, False, False]
    assert all(s.intact and s.valid for s in partial.signatures)
    assert not verify.verify_pdf(signed_case.signed, [stranger.cert_pem]).ok


def test_a_damaged_signature_value_is_invalid_not_a_crash(signed_case: SignedCase, identities: dict) -> None:
    data = signed_case.signed
    start = data.rindex(b"/Contents <") + len(b"/Contents <") + 200
    damaged = data[:start] + (b"0" if data[start : start + 1] != b"0" else b"1") + data[start + 1 :]
    report = verify.verify_pdf(damaged, certs(identities))
    assert not report.ok and not report.signatures[-1].ok


# --------------------------------------------------------------------------------------- refusals


def test_wrong_passphrase_is_clear_and_leaves_no_file(
    signed_case: SignedCase, identities: dict, tmp_path: Path
) -> None:
    source = tmp_path / "minutes.pdf"
    source.write_bytes(signed_case.unsigned)
    out = tmp_path / "signed.pdf"
    with pytest.raises(keys.WrongPassphrase) as refused:
        service.sign_file(source, "chair", identities["chair"].p12, "not the passphrase", out_path=out)
    assert refused.value.code == "wrong_passphrase"
    with pytest.raises(keys.WrongPassphrase):
        service.sign_file(source, "chair", identities["chair"].p12, "not the passphrase")  # in place
    assert not out.exists()
    assert source.read_bytes() == signed_case.unsigned
    assert sorted(p.name for p in tmp_path.iterdir()) == ["minutes.pdf"]


def test_a_role_cannot_sign_twice(signed_case: SignedCase, identities: dict) -> None:
    after_chair = signed_case.revisions["chair"]
    with pytest.raises(signing.RoleAlreadySigned) as refused:
        signing.sign_pdf(after_chair, "chair", identities["chair"].p12, PASSPHRASE)
    assert (refused.value.code, refused.value.params) == ("role_signed", {"role": "chair"})


def test_a_file_that_is_not_our_minutes_is_refused(identities: dict) -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Some other document")
    canvas.save()
    plain = buffer.getvalue()
    with pytest.raises(signing.NotOurMinutes) as refused:
        signing.sign_pdf(plain, "chair", identities["chair"].p12, PASSPHRASE)
    assert refused.value.code == "no_annex"
    with pytest.raises(signing.NotOurMinutes) as refused:
        signing.sign_pdf(b"not a pdf at all", "chair", identities["chair"].p12, PASSPHRASE)
    assert refused.value.code == "unreadable_pdf"


def test_an_unknown_role_and_a_key_for_another_role_are_refused(signed_case: SignedCase, identities: dict) -> None:
    with pytest.raises(signing.NotOurMinutes) as refused:
        signing.sign_pdf(signed_case.unsigned, "treasurer", identities["chair"].p12, PASSPHRASE)
    assert (refused.value.code, refused.value.params["role"]) == ("no_box_for_role", "treasurer")
    with pytest.raises(keys.SigningError) as refused:
        signing.sign_pdf(signed_case.unsigned, "chair", identities["union"].p12, PASSPHRASE)
    assert (refused.value.code, refused.value.params) == (
        "key_for_another_role",
        {"key_role": "union", "role": "chair"},
    )


def test_a_file_changed_after_a_signature_is_not_signed_again(signed_case: SignedCase, identities: dict) -> None:
    tampered = _forge_page(signed_case.revisions["chair"])
    with pytest.raises(keys.SigningError) as refused:
        signing.sign_pdf(tampered, "secretary", identities["secretary"].p12, PASSPHRASE)
    assert (refused.value.code, refused.value.params) == ("changed_after_signature", {"role": "chair"})


def test_keys_need_a_real_passphrase_and_a_known_role() -> None:
    with pytest.raises(keys.SigningError) as refused:
        keys.new_identity("Ana", "chair", "short", algorithm="p-256")
    assert (refused.value.code, refused.value.params) == ("short_passphrase", {"min_length": 8})
    with pytest.raises(keys.SigningError) as refused:
        keys.new_identity("Ana", "treasurer", PASSPHRASE, algorithm="p-256")
    assert (refused.value.code, refused.value.params) == (
        "unknown_role",
        {"role": "treasurer", "roles": keys.SIGNATORY_ROLES},
    )
    identity = keys.new_identity("Ana Ruiz", "chair", PASSPHRASE, algorithm="p-256")
    info = keys.read_certificates(identity.cert_pem)[0]
    assert (info.subject, info.role, info.fingerprint) == ("Ana Ruiz", "chair", identity.fingerprint)


# ----------------------------------------------------------------------------------- the records


def test_signed_minutes_cannot_be_rebuilt_but_can_be_amended(signed_db: Database, signed_case: SignedCase) -> None:
    with pytest.raises(MinutesError) as refused:
        service.export_minutes(signed_db, signed_case.meeting_id, auth=operator(signed_db))
    assert (refused.value.code, refused.value.params) == ("minutes_signed", {"meeting": signed_case.meeting_id})
    amendment = lifecycle.create_amendment(signed_db, signed_case.meeting_id, operator(signed_db))
    row = next(signed_db.query("SELECT * FROM meetings WHERE id = ?", [amendment]))
    assert row["amends"] == signed_case.meeting_id and row["status"] == "draft"
    original = next(signed_db.query("SELECT * FROM meetings WHERE id = ?", [signed_case.meeting_id]))
    assert original["status"] == "minutes_signed"
    assert audit_check.verify(signed_db).ok


def test_minutes_being_signed_cannot_be_rebuilt(recorded: tuple[Database, int], identities: dict) -> None:
    db, meeting_id = recorded
    exported = service.export_minutes(db, meeting_id, auth=operator(db))
    service.sign_minutes(db, exported.minutes_id, "chair", identities["chair"].p12, PASSPHRASE)
    with pytest.raises(MinutesError) as refused:
        service.export_minutes(db, meeting_id, auth=operator(db))
    assert (refused.value.code, refused.value.params) == ("being_signed", {"meeting": meeting_id, "roles": ("chair",)})
    assert not lifecycle.is_locked(db, meeting_id)


def test_only_the_newest_revision_may_be_signed_and_recorded(
    recorded: tuple[Database, int], identities: dict, tmp_path: Path
) -> None:
    db, meeting_id = recorded
    exported = service.export_minutes(db, meeting_id, tmp_path / "m.pdf", auth=operator(db))
    service.sign_file(
        tmp_path / "m.pdf", "chair", identities["chair"].p12, PASSPHRASE, out_path=tmp_path / "1.pdf", db=db
    )
    with pytest.raises(MinutesError) as refused:
        service.sign_file(tmp_path / "m.pdf", "secretary", identities["secretary"].p12, PASSPHRASE, db=db)
    assert refused.value.code == "older_revision"
    assert exported.pdf == (tmp_path / "m.pdf").read_bytes()


def test_audit_catches_a_signed_file_swapped_in_the_database(signed_db: Database) -> None:
    signed_db.execute("UPDATE signatures SET pdf = ? WHERE role = 'union'", [b"%PDF-1.7 another file"])
    (finding,) = audit_check.verify(signed_db).findings
    assert (finding.code, finding.table, finding.key) == ("row_changed", "signatures", "minutes_id 1, role union")


def test_audit_catches_minutes_unlocked_by_hand(signed_db: Database) -> None:
    signed_db.execute("UPDATE minutes SET locked = 0")
    (finding,) = audit_check.verify(signed_db).findings
    assert (finding.code, finding.table, finding.key) == ("row_changed", "minutes", "1")


def test_the_board_trust_store(signed_db: Database, identities: dict) -> None:
    added = trust.trust_certificate(signed_db, identities["chair"].cert_pem, "gov1", operator(signed_db))
    again = trust.trust_certificate(signed_db, identities["chair"].cert_pem, "gov1", operator(signed_db))
    assert added[0].fingerprint == again[0].fingerprint and added[0].role == "chair"
    stored = trust.trusted_certificates(signed_db)
    assert [(t.fingerprint, t.member_id, t.role) for t in stored] == [
        (identities["chair"].fingerprint, "gov1", "chair")
    ]
    assert keys.read_certificates(stored[0].pem.encode())[0].fingerprint == identities["chair"].fingerprint
    with pytest.raises(Exception) as refused:
        trust.trust_certificate(signed_db, identities["chair"].cert_pem, "nobody", operator(signed_db))
    assert (refused.value.code, refused.value.params) == ("unknown_member", {"member": "nobody"})
    assert audit_check.verify(signed_db).ok


def test_trust_is_bound_to_a_member_who_holds_the_role(signed_db: Database, identities: dict) -> None:
    with pytest.raises(Exception) as refused:
        trust.trust_certificate(signed_db, identities["chair"].cert_pem, "uni1", operator(signed_db))
    assert (refused.value.code, refused.value.params) == (
        "role_not_held",
        {"member": "uni1", "name": "Rocío Jiménez Cañete", "role": "chair"},
    )
    with pytest.raises(keys.SigningError) as refused:
        trust.trust_certificate(signed_db, identities["chair"].cert_pem, "uni1", operator(signed_db), role="union")
    assert (refused.value.code, refused.value.params) == (
        "certificate_for_another_role",
        {"certificate_role": "chair", "role": "union"},
    )
    trust.trust_certificate(signed_db, identities["union"].cert_pem, "uni1", operator(signed_db))
    with pytest.raises(keys.SigningError) as refused:
        trust.trust_certificate(signed_db, identities["union"].cert_pem, "uni2", operator(signed_db))
    assert refused.value.code == "trusted_elsewhere"
    assert (refused.value.params["member"], refused.value.params["role"]) == ("uni1", "union")
    assert [(t.member_id, t.role) for t in trust.trusted_certificates(signed_db)] == [("uni1", "union")]


def test_untrusting_a_certificate_deletes_it_with_its_audit_event(signed_db: Database, identities: dict) -> None:
    trust.trust_certificate(signed_db, identities["union"].cert_pem, "uni1", operator(signed_db))
    events = signed_db.execute("SELECT count(*) FROM events").fetchone()[0]
    removed = trust.untrust_certificate(signed_db, identities["union"].fingerprint, operator(signed_db))
    assert (removed.member_id, removed.role) == ("uni1", "union")
    assert trust.trusted_certificates(signed_db) == []
    last = next(signed_db.query("SELECT actor, action, payload FROM events ORDER BY seq DESC LIMIT 1"))
    assert (last["actor"], last["action"]) == ("cli:secretary", "certificate.untrusted")
    assert json.loads(last["payload"])["fingerprint"] == identities["union"].fingerprint
    assert signed_db.execute("SELECT count(*) FROM events").fetchone()[0] == events + 1
    assert audit_check.verify(signed_db).ok
    with pytest.raises(Exception) as refused:
        trust.untrust_certificate(signed_db, identities["union"].fingerprint, operator(signed_db))
    assert (refused.value.code, refused.value.params) == (
        "untrusted_fingerprint",
        {"fingerprint": identities["union"].fingerprint},
    )
