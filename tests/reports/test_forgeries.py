"""Forged minutes, built for real, and refused with their reason (DESIGN §5 "What verified means").

Each forgery is a file whose signatures pyHanko (and poppler's ``pdfsig``) call cryptographically valid: the
forger signs with real keys, through pyHanko directly, past the app's own "key for another role" check. What
makes them forgeries is who signed which box, what was signed, and what was hidden or cut; verification must
say so, each with its own reason code. Where pdfsig has an opinion (padding, a file cut short), it agrees.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
from pathlib import Path

import pytest
from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from reportlab.pdfgen.canvas import Canvas
from sqlite_utils import Database

from tests.helpers import PASSPHRASE, ROLES
from tripartite.authority import operator
from tripartite.reports import demo, signing, trust, verify
from tripartite.reports.annex import ANNEX_NAME, INFO_MEETING, read_annex
from tripartite.reports.keys import Identity, SigningError, TrustedCertificate, new_identity, trust_file

from .conftest import SignedCase, certs, have_pdfsig
from .forge import forge_sign, role_less_identity, sign_boxes


def pdfsig(data: bytes, folder: Path) -> str:
    """What poppler's pdfsig says of a file."""
    path = folder / "checked.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout


def pyhanko_alone_accepts(data: bytes, identities: dict[str, Identity]) -> bool:
    """pyHanko's own bottom line for every signature, trusting every signer: a forgery it cannot see."""
    from asn1crypto import pem
    from asn1crypto import x509 as ax

    roots = [ax.Certificate.load(pem.unarmor(c)[2]) for c in certs(identities)]
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    return all(
        validate_pdf_signature(sig, context).bottom_line for sig in PdfFileReader(io.BytesIO(data)).embedded_signatures
    )


def by_role(report: verify.Report) -> dict[str | None, tuple[str, ...]]:
    return {s.role: s.reasons for s in report.signatures}


# ------------------------------------------------------------------------------------------- the good file


def test_the_good_file_still_passes(signed_case: SignedCase, identities: dict, tmp_path: Path) -> None:
    report = verify.verify_pdf(signed_case.signed, certs(identities))
    assert report.ok and report.verdict == "verified"
    assert report.reasons == () and report.missing_roles == () and report.meeting_id == signed_case.meeting_id
    assert [s.trusted_for for s in report.signatures] == [(role,) for role in ROLES]
    assert verify.problems(report) == ()
    if have_pdfsig():
        out = pdfsig(signed_case.signed, tmp_path)
        assert out.count("Signature is Valid.") == 5, out
        assert "Total document signed" in out.split("Signature #5:")[1], out  # the last one covers every byte


def test_the_minutes_name_their_meeting_in_the_signed_document_information(signed_case: SignedCase) -> None:
    reader = PdfFileReader(io.BytesIO(signed_case.signed))
    first = reader.embedded_signatures[0]
    signed_info = reader.get_historical_resolver(first.signed_revision).trailer_view["/Info"]
    assert str(signed_info[INFO_MEETING]) == str(signed_case.meeting_id)
    annex = read_annex(signed_case.signed)
    assert annex is not None and annex["meeting"]["id"] == signed_case.meeting_id


def test_the_good_file_passes_against_the_boards_store(signed_db: Database, signed_case: SignedCase,
                                                       identities: dict) -> None:  # fmt: skip
    for role, member in demo.demo_signers(signed_db).items():
        trust.trust_certificate(signed_db, identities[role].cert_pem, member, operator(signed_db))
    trusted = trust.trusted_certificates(signed_db)
    assert [(t.member_id, t.role) for t in trusted] == list(
        zip(demo.demo_signers(signed_db).values(), ROLES, strict=True)
    )
    report = verify.verify_pdf(signed_case.signed, trusted)
    assert report.ok and [s.member_id for s in report.signatures] == ["gov1", "sec1", "gov2", "emp1", "uni1"]


# ------------------------------------------------------------------------------------------- who signed what


def test_a_role_swap_is_refused(signed_case: SignedCase, identities: dict, tmp_path: Path) -> None:
    """The chair's key in the unions' box and the unions' key in the chair's: both signatures are real."""
    keys = [(r, identities[r]) for r in ROLES]
    keys[0], keys[-1] = ("chair", identities["union"]), ("union", identities["chair"])
    forged = sign_boxes(signed_case.unsigned, keys)
    assert pyhanko_alone_accepts(forged, identities)  # a real forgery: every signature is sound
    report = verify.verify_pdf(forged, certs(identities))
    assert not report.ok and report.verdict == "refused"
    reasons = by_role(report)
    assert reasons["chair"] == ("role_mismatch",) and reasons["union"] == ("role_mismatch",)
    assert all(reasons[r] == () for r in ("secretary", "government", "employer"))
    union = report.signatures[-1]
    assert union.trusted and union.trusted_for == ("chair",)
    assert "trusted for the Chair box, not for this one" in verify.problems(report)[-1].message
    if have_pdfsig():  # pdfsig knows nothing of roles: it passes the forgery, which is why we check
        assert pdfsig(forged, tmp_path).count("Signature is Valid.") == 5


def test_the_chairs_key_in_the_unions_box_is_refused(signed_case: SignedCase, identities: dict) -> None:
    keys = [(r, identities["chair" if r == "union" else r]) for r in ROLES]
    report = verify.verify_pdf(sign_boxes(signed_case.unsigned, keys), certs(identities))
    assert not report.ok
    assert by_role(report)["union"] == ("role_mismatch", "same_signer")
    assert by_role(report)["chair"] == ("same_signer",)
    assert report.signatures[0].also_signed == ("Sig_union",)


def test_one_signer_in_every_box_is_refused(signed_case: SignedCase, identities: dict) -> None:
    forged = sign_boxes(signed_case.unsigned, [(r, identities["chair"]) for r in ROLES])
    assert pyhanko_alone_accepts(forged, identities)
    report = verify.verify_pdf(forged, certs(identities))
    assert not report.ok and report.verdict == "refused"
    assert by_role(report) == {
        "chair": ("same_signer",),
        **{r: ("role_mismatch", "same_signer") for r in ROLES[1:]},
    }
    # Even trusting the one key for every role (a verifier misled into it) does not make one signer five.
    everything = [TrustedCertificate(e.der, r, None, e.subject, e.fingerprint, e.not_after)
                  for e in trust_file(identities["chair"].cert_pem) for r in ROLES]  # fmt: skip
    again = verify.verify_pdf(forged, everything)
    assert not again.ok and all(s.reasons == ("same_signer",) for s in again.signatures)


def test_one_member_in_two_boxes_is_refused(signed_db: Database, signed_case: SignedCase, identities: dict) -> None:
    """The chair, a government member, also signs the government box with a second key the board trusts."""
    second = new_identity("María Dolores Sánchez Ortega", "government", PASSPHRASE, algorithm="p-256")
    trust.trust_certificate(signed_db, identities["chair"].cert_pem, "gov1", operator(signed_db))
    trust.trust_certificate(signed_db, second.cert_pem, "gov1", operator(signed_db))  # the board trusts both
    for role, member in (("secretary", "sec1"), ("employer", "emp1"), ("union", "uni1")):
        trust.trust_certificate(signed_db, identities[role].cert_pem, member, operator(signed_db))
    keys = [(r, second if r == "government" else identities[r]) for r in ROLES]
    report = verify.verify_pdf(sign_boxes(signed_case.unsigned, keys), trust.trusted_certificates(signed_db))
    assert not report.ok
    reasons = by_role(report)
    assert reasons["chair"] == ("same_signer",) and reasons["government"] == ("same_signer",)
    assert reasons["secretary"] == reasons["employer"] == reasons["union"] == ()


def test_the_app_will_not_sign_a_second_box_with_the_same_key(signed_case: SignedCase) -> None:
    p12, _ = role_less_identity("Pat Generic")
    once = signing.sign_pdf(signed_case.unsigned, "chair", p12, PASSPHRASE)
    with pytest.raises(signing.KeySignedAlready) as refused:
        signing.sign_pdf(once, "secretary", p12, PASSPHRASE)
    assert (refused.value.code, refused.value.params) == ("key_signed_already", {"box": "chair"})


def test_a_certificate_without_a_role_is_trusted_for_no_box_until_given_one(
    signed_db: Database, signed_case: SignedCase, identities: dict
) -> None:
    p12, pem = role_less_identity("Rocío Jiménez Cañete")
    pdf = signed_case.revisions["employer"]
    pdf = signing.sign_pdf(pdf, "union", p12, PASSPHRASE)  # a role-less key may sign any box
    report = verify.verify_pdf(pdf, [*certs(identities, *ROLES[:-1]), pem])
    assert by_role(report)["union"] == ("role_mismatch",)
    assert "trusted for no signatory box" in verify.problems(report)[-1].message
    with pytest.raises(SigningError) as refused:
        trust.trust_certificate(signed_db, pem, "uni1", operator(signed_db))
    assert (refused.value.code, refused.value.params) == (
        "certificate_names_no_role",
        {"subject": "Rocío Jiménez Cañete"},
    )
    trust.trust_certificate(signed_db, pem, "uni1", operator(signed_db), role="union")
    board = trust.trusted_certificates(signed_db)
    assert [(t.member_id, t.role) for t in board] == [("uni1", "union")]
    assert verify.verify_pdf(pdf, [*certs(identities, *ROLES[:-1]), *board]).ok


# ------------------------------------------------------------------------------------------ what was signed


def _one_page(text: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, text)
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize(("box", "code"), [("Signature1", "not_minutes"), ("Sig_chair", "annex_missing")])
def test_a_pdf_that_is_not_minutes_is_refused_though_the_chair_signed_it(
    box: str, code: str, identities: dict, tmp_path: Path
) -> None:
    forged = forge_sign(_one_page("The board approves 500 workers."), box, identities["chair"], certify=True,
                        new_field=True)  # fmt: skip
    assert pyhanko_alone_accepts(forged, identities)
    report = verify.verify_pdf(forged, certs(identities))
    assert not report.ok and report.verdict == "refused"
    assert code in report.file_reasons
    if box == "Signature1":
        assert report.signatures[0].reasons == ("unknown_box",)
    if have_pdfsig():
        assert "Signature is Valid." in pdfsig(forged, tmp_path)


def _set_meeting(pdf: bytes, meeting: str) -> bytes:
    """An incremental update that makes the document information name another meeting."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    info_ref = writer.trailer.raw_get("/Info")
    info = info_ref.get_object()
    info[generic.NameObject(INFO_MEETING)] = generic.TextStringObject(meeting)
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_an_annex_for_another_meeting_is_refused(signed_case: SignedCase, identities: dict) -> None:
    """Minutes whose document information names meeting 99 but whose annex is meeting 1's, signed by all."""
    mixed = _set_meeting(signed_case.unsigned, "99")
    pdf = mixed
    for role in ROLES:
        pdf = signing.sign_pdf(pdf, role, identities[role].p12, PASSPHRASE)
    report = verify.verify_pdf(pdf, certs(identities))
    assert not report.ok and report.file_reasons == ("annex_mismatch",)
    assert all(s.ok for s in report.signatures)


def test_a_meeting_renamed_after_signing_is_refused(signed_case: SignedCase, identities: dict) -> None:
    report = verify.verify_pdf(_set_meeting(signed_case.signed, "99"), certs(identities))
    assert not report.ok and "annex_mismatch" in report.file_reasons and "changed_after" in report.file_reasons


def _replace_annex(pdf: bytes, annex: dict, *, beside: bool) -> bytes:
    """An incremental update with another evidence annex: in place of the signed one, or beside it."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    data = embed.EmbeddedFileObject.from_file_data(writer, json.dumps(annex).encode(), mime_type="application/json")
    if beside:
        embed.embed_file(writer, embed.FileSpec(file_spec_string=ANNEX_NAME, file_name=ANNEX_NAME,
                                                embedded_data=data))  # fmt: skip
    else:
        names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
        spec = names[names.index(generic.TextStringObject(ANNEX_NAME)) + 1].get_object()
        spec["/EF"] = generic.DictionaryObject({generic.NameObject("/F"): writer.add_object(data)})
        writer.update_container(spec)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("beside", [False, True], ids=["replaced", "second-annex-added"])
def test_an_annex_changed_after_signing_is_refused(signed_case: SignedCase, identities: dict, beside: bool) -> None:
    annex = read_annex(signed_case.signed)
    assert annex is not None
    annex["items"][0]["decision"]["workers"] = 500
    forged = _replace_annex(signed_case.signed, annex, beside=beside)
    if not beside:
        assert read_annex(forged) == annex  # a reader now sees the forged figures
    report = verify.verify_pdf(forged, certs(identities))
    assert not report.ok and report.verdict == "refused"
    assert "annex_not_covered" in report.file_reasons and "changed_after" in report.file_reasons


# ------------------------------------------------------------------------------------------ hidden and cut


def _hide_in_padding(pdf: bytes, payload: bytes) -> bytes:
    """Write a payload into the zero padding of the last signature's /Contents (outside every byte range)."""
    start = pdf.rindex(b"/Contents <") + len(b"/Contents <")
    end = pdf.index(b">", start)
    hole = pdf[start:end]
    used = len(hole.rstrip(b"0"))
    at = used + 64 + (used % 2)  # well past the DER, on a byte boundary
    hidden = payload.hex().encode()
    return pdf[:start] + hole[:at] + hidden + hole[at + len(hidden) :] + pdf[end:]


def test_a_payload_in_the_last_signatures_padding_is_refused(signed_case: SignedCase, identities: dict,
                                                             tmp_path: Path) -> None:  # fmt: skip
    forged = _hide_in_padding(signed_case.signed, b"<script>evil()</script> APPROVED 500")
    assert len(forged) == len(signed_case.signed) and forged != signed_case.signed
    assert pyhanko_alone_accepts(forged, identities)  # the padding lies outside every byte range
    report = verify.verify_pdf(forged, certs(identities))
    assert not report.ok and report.verdict == "refused"
    assert by_role(report)["union"] == ("padding",)
    assert all(s.ok for s in report.signatures[:-1]) and report.file_reasons == ()
    if have_pdfsig():  # poppler agrees: the last signature no longer signs the whole document
        out = pdfsig(forged, tmp_path)
        last = out.split("Signature #5:")[1]
        assert "Not total document signed" in last and "Total document signed" not in last, out


def _revision_ends(pdf: bytes) -> list[int]:
    """Where each signed revision ends: the end of each signature's byte range (just past its %%EOF)."""
    return [sig.byte_range[2] + sig.byte_range[3] for sig in PdfFileReader(io.BytesIO(pdf)).embedded_signatures]


def test_a_file_cut_back_at_a_revision_boundary_is_partly_signed(signed_case: SignedCase, identities: dict,
                                                                 tmp_path: Path) -> None:  # fmt: skip
    ends = _revision_ends(signed_case.signed)
    cut = signed_case.signed[: ends[2]]  # a real earlier version: chair, secretary and government signed
    assert cut.rstrip().endswith(b"%%EOF")
    report = verify.verify_pdf(cut, certs(identities))
    assert not report.ok and report.verdict == "partly_signed"
    assert report.file_reasons == ("partly_signed",) and report.missing_roles == ("employer", "union")
    assert all(s.ok for s in report.signatures) and len(report.signatures) == 3
    assert "still to sign: Employers, Unions" in verify.problems(report)[0].message
    allowed = verify.verify_pdf(cut, certs(identities), partial=True)
    assert allowed.ok and allowed.verdict == "partly_signed" and allowed.reasons == ()
    if have_pdfsig():
        out = pdfsig(cut, tmp_path)
        assert out.count("Signature is Valid.") == 3 and out.count("The signature form field is not signed.") == 2


def test_partial_does_not_excuse_a_forgery(signed_case: SignedCase, identities: dict) -> None:
    keys = [(r, identities["chair" if r == "secretary" else r]) for r in ROLES[:2]]
    report = verify.verify_pdf(sign_boxes(signed_case.unsigned, keys), certs(identities), partial=True)
    assert not report.ok and report.verdict == "refused"


def test_an_untrusted_signer_is_told_apart_from_a_forgery(signed_case: SignedCase, identities: dict) -> None:
    report = verify.verify_pdf(signed_case.signed, certs(identities, "chair", "secretary"))
    assert not report.ok and report.verdict == "untrusted"
    assert [s.state for s in report.signatures] == ["good", "good", "untrusted", "untrusted", "untrusted"]
    assert report.reasons == ("untrusted",)


def test_every_reason_code_has_a_sentence(signed_case: SignedCase) -> None:
    report = verify.verify_pdf(b"not a pdf", [])
    assert report.file_reasons == ("unreadable",) and report.verdict == "refused"
    assert verify.problems(report)[0].message.startswith("The file cannot be read as a PDF")
    unsigned = verify.verify_pdf(signed_case.unsigned, [])
    assert unsigned.file_reasons == ("unsigned",) and unsigned.verdict == "unsigned"
    check = verify.SignatureCheck("Sig_union", "union", "Ana", None, True, True, True, "ENTIRE_FILE", "NONE",
                                   False, trusted_for=("chair",), also_signed=("Sig_chair",), error="x")  # fmt: skip
    for code in verify.SIGNATURE_REASONS:
        sentence = verify._signature_sentence(code, check)
        assert sentence != code and re.match(r"^[a-z]", sentence), code
    for code in verify.FILE_REASONS:
        assert verify._file_sentence(code, report) != code, code
