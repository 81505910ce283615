"""Verification of signed minutes and its reason codes (pyHanko's ``sign.validation``, DESIGN §5).

:func:`verify_pdf` checks that a file is the board's minutes signed by the right people: every signature
intact, valid and trusted *for its role's box*, one signer per box, every signatory signed, the evidence
annex signed by the first signature and naming the minutes' meeting, nothing hidden in a signature's
padding. Each failure has a reason code (:data:`FILE_REASONS`, :data:`SIGNATURE_REASONS`), worded by
:func:`problems` from :mod:`reports.words`. It never raises on a damaged or forged file: a validator
exception means *invalid* (pitfall 11).

pyHanko loads in about half a second, so it is imported inside the functions that use it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from tripartite.reports.annex import annex_of, annexes, fields_of, info_meeting, open_pdf, role_of
from tripartite.reports.i18n import _
from tripartite.reports.keys import TrustedCertificate, holder, trust_entries
from tripartite.reports.words import FILE_REASON, ROLE_LABELS, SIGNATURE_REASON

# What may change after a signature without voiding it: nothing, timestamps, later signatures in their boxes.
ALLOWED_MODIFICATIONS = frozenset({"NONE", "LTA_UPDATES", "FORM_FILLING"})
_COVERING = ("ENTIRE_FILE", "ENTIRE_REVISION")

# Why a file is refused, as a whole. Each code has one sentence (:func:`problems`); the app translates its own.
FILE_REASONS = (
    "unreadable",  # not a readable PDF (damaged, cut short, not a PDF)
    "unsigned",  # no signature at all
    "not_minutes",  # no evidence annex and no signatory box: not Tripartite minutes
    "annex_missing",  # signatory boxes but no evidence annex
    "annex_not_covered",  # the annex was not in the revision the first signature signed, or differs from it
    "annex_mismatch",  # the annex's meeting is not the one the document information names
    "changed_after",  # bytes after the last signature
    "partly_signed",  # a signatory role listed in the minutes has not signed (unless partial is allowed)
)
# Why one signature is refused.
SIGNATURE_REASONS = (
    "unreadable",  # the signature cannot be parsed or validated
    "tampered",  # the signed bytes changed, or the signature value does not verify, or it covers too little
    "padding",  # non-zero bytes in the /Contents hole after the signature's DER (pdfsig's check)
    "changed_after",  # changes the signatures do not allow were made after it
    "unknown_box",  # not in the box (Sig_<role>) of a signatory role of these minutes
    "untrusted",  # intact and valid, but the certificate is not trusted
    "role_mismatch",  # the certificate is trusted, but for another role's box (or for none)
    "same_signer",  # the same certificate or member signed another box too
)


@dataclass(frozen=True)
class SignatureCheck:
    """One signature's verification.

    Attributes:
        field: the signature field.
        role: its signatory role, for our fields.
        signer: the certificate's common name.
        signed_at: the signing time the signer claims (ISO 8601), if any.
        intact: the signed bytes are unchanged.
        valid: the cryptographic signature verifies.
        trusted: the certificate is (or chains to) a trusted certificate, whatever its role.
        coverage: ``ENTIRE_FILE``, ``ENTIRE_REVISION`` or ``CONTIGUOUS_BLOCK_FROM_START``.
        modification_level: what changed after this signature: ``NONE``, ``LTA_UPDATES``,
            ``FORM_FILLING``, ``ANNOTATIONS`` or ``OTHER``.
        certifies: the signature certifies the document (DocMDP).
        reasons: why it does not count (codes of :data:`SIGNATURE_REASONS`); empty when it is good.
        fingerprint: SHA-256 of the signer's certificate.
        trusted_for: the signatory roles its certificate is trusted for.
        member_id: the board member the certificate belongs to, when the board said so.
        also_signed: the other fields signed by the same certificate or member.
        error: why validation could not run, when it could not.
    """

    field: str
    role: str | None
    signer: str | None
    signed_at: str | None
    intact: bool
    valid: bool
    trusted: bool
    coverage: str | None
    modification_level: str | None
    certifies: bool
    reasons: tuple[str, ...] = ()
    fingerprint: str | None = None
    trusted_for: tuple[str, ...] = ()
    member_id: str | None = None
    also_signed: tuple[str, ...] = ()
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Intact, valid, trusted for its box, alone in its box, and nothing but later signatures after it."""
        return not self.reasons

    @property
    def state(self) -> str:
        """``good``; ``untrusted`` (intact and valid, but nobody vouches for the certificate); or ``bad``."""
        if not self.reasons:
            return "good"
        return "untrusted" if self.reasons == ("untrusted",) else "bad"


@dataclass(frozen=True)
class Problem:
    """One reason a file is not verified, in English (``verify``'s text and JSON).

    Attributes:
        code: a code of :data:`FILE_REASONS` (``field`` None) or :data:`SIGNATURE_REASONS`.
        field: the signature field it concerns, None for the file as a whole.
        role: that field's signatory role.
        message: one sentence.
    """

    code: str
    field: str | None
    role: str | None
    message: str


@dataclass(frozen=True)
class Report:
    """The verification of a minutes file.

    Attributes:
        ok: the file is the board's minutes, signed by the right people: every signature is good for its
            box, the annex is covered and agrees, nothing changed after the last signature, and every
            signatory has signed (or, with ``partial``, what is there is all good).
        signatures: each signature, in signing order.
        file_reasons: why the file as a whole is refused (codes of :data:`FILE_REASONS`).
        signatories: the roles that must sign: the annex's list (else the file's boxes).
        missing_roles: signatories whose box holds no signature.
        unsigned_roles: our signature fields still empty.
        changed_after_last: bytes were added after the last signature.
        annex: the evidence annex, when the file carries ours.
        meeting_id: the annex's meeting.
        partial: partly signed minutes were accepted (``verify --partial``).
        error: why the file could not be read, when it could not.
    """

    ok: bool
    signatures: tuple[SignatureCheck, ...]
    file_reasons: tuple[str, ...]
    signatories: tuple[str, ...]
    missing_roles: tuple[str, ...]
    unsigned_roles: tuple[str, ...]
    changed_after_last: bool
    annex: Mapping[str, Any] | None
    meeting_id: int | None
    partial: bool = False
    error: str | None = None

    @property
    def reasons(self) -> tuple[str, ...]:
        """Every reason code, of the file and of its signatures, once each."""
        return tuple(dict.fromkeys([*self.file_reasons, *(r for s in self.signatures for r in s.reasons)]))

    @property
    def verdict(self) -> str:
        """What a person should make of the file, in one word.

        - ``verified``: the board's minutes, signed by every signatory;
        - ``partly_signed``: every signature there is good, but some signatories have not signed;
        - ``untrusted``: intact and valid, but some certificates are not trusted (maybe not known yet);
        - ``unsigned``: nobody signed it;
        - ``refused``: tampered, forged, damaged or not minutes: do not rely on it.
        """
        if self.ok:
            return "partly_signed" if self.missing_roles else "verified"
        if not self.signatures:
            return "refused" if "unreadable" in self.file_reasons else "unsigned"
        found = (set(self.file_reasons) - {"partly_signed"}) | {r for s in self.signatures for r in s.reasons}
        if found - {"untrusted"}:
            return "refused"
        return "untrusted" if found else "partly_signed"

    def as_json(self) -> dict[str, Any]:
        """The ``verify --json`` object."""
        return {
            "ok": self.ok,
            "verdict": self.verdict,
            "reasons": list(self.reasons),
            "problems": [
                {"code": p.code, "field": p.field, "role": p.role, "message": p.message} for p in problems(self)
            ],
            "meeting_id": self.meeting_id,
            "signatories": list(self.signatories),
            "missing_roles": list(self.missing_roles),
            "complete": not self.missing_roles,
            "partial": self.partial,
            "error": self.error,
            "changed_after_last": self.changed_after_last,
            "unsigned_roles": list(self.unsigned_roles),
            "signatures": [
                {
                    "field": s.field,
                    "role": s.role,
                    "signer": s.signer,
                    "signed_at": s.signed_at,
                    "ok": s.ok,
                    "state": s.state,
                    "reasons": list(s.reasons),
                    "intact": s.intact,
                    "valid": s.valid,
                    "trusted": s.trusted,
                    "trusted_for": list(s.trusted_for),
                    "member_id": s.member_id,
                    "fingerprint": s.fingerprint,
                    "also_signed": list(s.also_signed),
                    "coverage": s.coverage,
                    "modification_level": s.modification_level,
                    "certifies": s.certifies,
                    "error": s.error,
                }
                for s in self.signatures
            ],
        }


def verify_pdf(pdf: bytes, trusted: Iterable[TrustedCertificate | bytes], *, partial: bool = False) -> Report:
    """Verify that a file is the board's minutes, signed by the right people, offline (DESIGN §5).

    A pure function of the bytes and the trust given. Beyond every signature being intact, valid and
    trusted with nothing but later signatures after it, it checks that each signature sits in the box
    of a signatory role, with a certificate trusted *for that role*, and no certificate or member in two
    boxes; that every signatory role the annex lists has signed; that the evidence annex is there, was
    signed by the first signature and names the meeting the document information names; and that each
    signature's ``/Contents`` holds nothing but zero padding after its DER.

    Args:
        pdf: the file's bytes.
        trusted: trust entries; raw certificate data (PEM or DER bytes) is trusted as ``--trust`` trusts
            it: for the role written in the certificate, if any.
        partial: accept minutes that not every signatory has signed yet, if what is there is all good.

    Returns:
        The report; a damaged, truncated, tampered or forged file gives ``ok=False``, never an exception.

    Raises:
        SigningError: a trusted certificate cannot be read (a usage error, not a property of the file).
    """
    from asn1crypto import x509 as ax

    entries = trust_entries(trusted)
    try:
        reader = open_pdf(pdf)
        signatures = list(reader.embedded_signatures)
        boxes = fields_of(reader)
        annex = annex_of(reader)
    except Exception as exc:  # a file we cannot parse is refused, never a crash
        return Report(False, (), ("unreadable",), (), (), (), False, None, None, partial, f"not a readable PDF ({exc})")
    listed = _signatories(annex, boxes)
    meeting = _annex_meeting(annex)
    unsigned = tuple(r for name, signed in boxes.items() if not signed and (r := role_of(name)))
    file_reasons: list[str] = []
    if annex is None:
        file_reasons.append("annex_missing" if any(role_of(name) for name in boxes) else "not_minutes")
    if not signatures:
        reasons = ("unsigned", *file_reasons)
        return Report(False, (), reasons, listed, listed, unsigned, False, annex, meeting, partial, "no signature")
    by_fingerprint: dict[str, list[TrustedCertificate]] = {}
    for entry in entries:
        by_fingerprint.setdefault(entry.fingerprint, []).append(entry)
    roots = [ax.Certificate.load(group[0].der) for group in by_fingerprint.values()]
    checks = _mark_same_signers(tuple(_check(sig, roots, by_fingerprint, listed) for sig in signatures))
    if annex is not None:
        file_reasons += _annex_reasons(reader, signatures[0], annex, meeting)
    changed = checks[-1].coverage != "ENTIRE_FILE"
    if changed:
        file_reasons.append("changed_after")
    signed = {c.role for c in checks}
    missing = tuple(r for r in listed if r not in signed)
    if missing and not partial:
        file_reasons.append("partly_signed")
    ok = not file_reasons and all(c.ok for c in checks)
    return Report(ok, checks, tuple(file_reasons), listed, missing, unsigned, changed, annex, meeting, partial)


def _signatories(annex: Mapping[str, Any] | None, boxes: Mapping[str, bool]) -> tuple[str, ...]:
    """The roles that must sign: as the annex lists them, else as the file's boxes say."""
    listed = annex.get("signatories") if annex is not None else None
    if isinstance(listed, list) and all(isinstance(r, str) for r in listed):
        return tuple(listed)
    return tuple(r for name in boxes if (r := role_of(name)))


def _annex_meeting(annex: Mapping[str, Any] | None) -> int | None:
    try:
        return int(annex["meeting"]["id"]) if annex is not None else None
    except (KeyError, TypeError, ValueError):
        return None



def _annex_reasons(reader: Any, first: Any, annex: Mapping[str, Any], meeting: int | None) -> list[str]:
    """Whether the first signature signed this annex, and the annex names the minutes' meeting.

    Both are read in the revision the first signature signed, and the annex and the document
    information again as the file stands: pyHanko's diff analysis allows any later change to the
    document information, so a meeting id changed after signing must be caught here.
    """
    try:
        past = reader.get_historical_resolver(first.signed_revision)
        covered = annexes(past)
        signed_meeting = info_meeting(past)
    except Exception:  # an unreadable past revision covers nothing
        covered, signed_meeting = [], None
    out = []
    # Every annex entry as it stands must be the one signed: one replaced, or a second one added beside it
    # (which would a viewer show?), is not covered.
    if covered != annexes(reader) or covered[:1] != [annex]:
        out.append("annex_not_covered")
    if meeting is None or signed_meeting != str(meeting) or info_meeting(reader) != str(meeting):
        out.append("annex_mismatch")
    return out


def _zero_padded(contents: bytes) -> bool:
    """Whether ``/Contents`` holds one DER object followed by nothing but zero bytes (what pdfsig checks)."""
    from asn1crypto import parser

    try:
        _, _, _, header, body, trailer = parser.parse(contents)
    except (ValueError, TypeError):
        return False
    return not contents[len(header) + len(body) + len(trailer) :].strip(b"\x00")


def _check(sig: Any, roots: Sequence[Any], by_fingerprint: Mapping[str, Sequence[TrustedCertificate]],
           listed: Sequence[str]) -> SignatureCheck:  # fmt: skip
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    name = str(sig.field_name)
    role = role_of(name)
    signer: str | None = None
    try:
        cert = sig.signer_cert
        named = holder(cert)
        signer = named["name"]
        fingerprint = hashlib.sha256(cert.dump()).hexdigest()
        context = ValidationContext(trust_roots=list(roots), allow_fetching=False, revocation_mode="soft-fail")
        status = validate_pdf_signature(sig, context)
        padded = _zero_padded(bytes(sig.pkcs7_content))
        certifies = sig.docmdp_level is not None
    except Exception as exc:  # a validator exception means invalid, never a crash (pitfall 11)
        return SignatureCheck(name, role, signer, None, False, False, False, None, None, False,
                              reasons=("unreadable",), error=f"{type(exc).__name__}: {exc}")  # fmt: skip
    coverage = status.coverage.name if status.coverage is not None else None
    level = status.modification_level.name if status.modification_level is not None else None
    matches = by_fingerprint.get(fingerprint, ())
    if matches:
        trusted_for = tuple(dict.fromkeys(e.role for e in matches if e.role))
        members = [e.member_id for e in matches if e.member_id and e.role == role]
        members += [e.member_id for e in matches if e.member_id]
        member = members[0] if members else None
    else:
        # Trusted through a chain to a trusted authority: the role the certificate itself names, if any.
        trusted_for = (named["role"],) if status.trusted and named["role"] else ()
        member = None
    reasons = []
    if not (status.intact and status.valid) or coverage not in _COVERING:
        reasons.append("tampered")
    if not padded:
        reasons.append("padding")
    if (level or ("NONE" if coverage == "ENTIRE_FILE" else "OTHER")) not in ALLOWED_MODIFICATIONS:
        reasons.append("changed_after")
    if role is None or role not in listed:
        reasons.append("unknown_box")
    if "tampered" in reasons:
        pass  # whose certificate it is does not matter once the signature fails; "trust it" would mislead
    elif not status.trusted:
        reasons.append("untrusted")
    elif role in listed and role not in trusted_for:
        reasons.append("role_mismatch")
    claimed = status.signer_reported_dt
    return SignatureCheck(
        field=name,
        role=role,
        signer=signer,
        signed_at=claimed.astimezone(dt.UTC).isoformat(timespec="seconds") if claimed else None,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        coverage=coverage,
        modification_level=level,
        certifies=certifies,
        reasons=tuple(reasons),
        fingerprint=fingerprint,
        trusted_for=trusted_for,
        member_id=member,
    )


def _same_signer(a: SignatureCheck, b: SignatureCheck) -> bool:
    """Whether two signatures are one signer's: one certificate, one member, or (without a member) one name.

    The board's entries name members, and a member is the identity then; a ``--trust`` file names no
    member, so there the name in the certificate stands for the person.
    """
    if a.fingerprint is None or b.fingerprint is None:
        return False
    if a.fingerprint == b.fingerprint:
        return True
    if a.member_id is not None and b.member_id is not None:
        return a.member_id == b.member_id
    return bool(a.signer) and (a.signer or "").casefold() == (b.signer or "").casefold()


def _mark_same_signers(checks: tuple[SignatureCheck, ...]) -> tuple[SignatureCheck, ...]:
    """Flag every signature whose signer signed another box too: each box needs its own signatory."""
    out = []
    for check in checks:
        others = tuple(o.field for o in checks if o is not check and _same_signer(check, o))
        out.append(replace(check, reasons=(*check.reasons, "same_signer"), also_signed=others) if others else check)
    return tuple(out)


# --------------------------------------------------------------------------------------------- words


def _box(role: str | None, fallback: str) -> str:
    return ROLE_LABELS.get(role or "", role or fallback)


def _file_sentence(code: str, report: Report) -> str:
    template = FILE_REASON.get(code)
    if template is None:
        return code
    return template.format(error=report.error, roles=", ".join(_box(r, r) for r in report.missing_roles))


def _signature_sentence(code: str, check: SignatureCheck) -> str:
    key = code
    if code == "tampered" and not check.intact:
        key = "tampered.not_intact"
    elif code == "tampered" and not check.valid:
        key = "tampered.not_valid"
    elif code == "role_mismatch" and not check.trusted_for:
        key = "role_mismatch.no_role"
    template = SIGNATURE_REASON.get(key)
    if template is None:
        return code
    return template.format(
        signer=check.signer or _("the signer"),
        field=check.field,
        error=check.error,
        level=(check.modification_level or "other").lower().replace("_", " "),
        boxes=_(" and ").join(_box(r, r) for r in check.trusted_for),
        others=", ".join(_box(role_of(f), f) for f in check.also_signed),
    )


def problems(report: Report) -> tuple[Problem, ...]:
    """Every reason the file is not verified: the file's first, then each signature's.

    In the language of the block (:func:`reports.i18n.language`); the command line's ``verify`` prints them in
    English, as its JSON keeps the codes.
    """
    out = [Problem(code, None, None, _file_sentence(code, report)) for code in report.file_reasons]
    for check in report.signatures:
        out += [Problem(c, check.field, check.role, _signature_sentence(c, check)) for c in check.reasons]
    return tuple(out)
