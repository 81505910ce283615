"""Signing the minutes: one role at a time, offline, each signature an incremental update (pyHanko, DESIGN §5).

:func:`sign_pdf` signs one role into its pre-created field. The first signature certifies the document
(DocMDP: form filling and signing only); every later one is an incremental update that keeps the earlier
ones valid. The file is never rewritten (pitfall 12). The key comes from :mod:`reports.keys`, the visible
stamp from :mod:`reports.stamp`; :mod:`reports.verify` judges the result. The small readers here
(:func:`signature_fields`, :func:`last_signer`…) are what the service records after each signature.

pyHanko loads in about half a second, so it is imported inside the functions that use it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Sequence
from typing import Any

from tripartite.reports import i18n
from tripartite.reports.annex import annex_of, field_name, fields_of, open_pdf, role_of
from tripartite.reports.i18n import _
from tripartite.reports.keys import KeyForAnotherRole, SigningError, holder, load_signer
from tripartite.reports.stamp import stamp_style
from tripartite.reports.words import ROLE_LABELS


class NotOurMinutes(SigningError):
    """The file is not minutes made by Tripartite (``unreadable_pdf``, ``no_annex``, ``no_box_for_role``…)."""


class RoleAlreadySigned(SigningError):
    """The role's signature field is already signed (code ``role_signed``)."""


class KeySignedAlready(SigningError):
    """The key has already signed another box of these minutes (code ``key_signed_already``)."""


# Bytes reserved for each CMS signature: a self-signed RSA-3072 one takes about 2 kB; room for a chain of a few CAs.
SIGNATURE_ROOM = 16 * 1024


# ------------------------------------------------------------------------------------- reading a PDF


def signature_fields(pdf: bytes) -> dict[str, bool]:
    """Our signatory roles in a minutes file → whether each is signed.

    Raises:
        NotOurMinutes: the file is not readable as minutes.
    """
    try:
        reader = open_pdf(pdf)
        found = fields_of(reader)
    except Exception as exc:
        raise NotOurMinutes("unreadable_pdf", reason=str(exc)) from exc
    return {role: signed for name, signed in found.items() if (role := role_of(name))}


def last_signer(pdf: bytes) -> tuple[str, str | None]:
    """The newest signature's signer (common name) and claimed signing time (UTC ISO 8601).

    Raises:
        NotOurMinutes: the file has no readable signature.
    """
    try:
        signatures = list(open_pdf(pdf).embedded_signatures)
        last = signatures[-1]
        claimed = last.self_reported_timestamp
    except Exception as exc:
        raise NotOurMinutes("no_readable_signature", reason=str(exc)) from exc
    when = claimed.astimezone(dt.UTC).isoformat(timespec="seconds") if claimed else None
    return holder(last.signer_cert)["name"], when


def last_signer_fingerprint(pdf: bytes) -> str:
    """The SHA-256 fingerprint of the newest signature's certificate (how the board's trust store keys it).

    Raises:
        NotOurMinutes: the file has no readable signature.
    """
    try:
        return hashlib.sha256(list(open_pdf(pdf).embedded_signatures)[-1].signer_cert.dump()).hexdigest()
    except Exception as exc:
        raise NotOurMinutes("no_readable_signature", reason=str(exc)) from exc


def page_count(pdf: bytes) -> int:
    """How many pages a PDF has."""
    return int(open_pdf(pdf).root["/Pages"]["/Count"])

# ------------------------------------------------------------------------------------------ signing


def sign_pdf(pdf: bytes, role: str, p12: bytes, passphrase: str | bytes) -> bytes:
    """Sign the minutes for one role.

    Args:
        pdf: the minutes as they are now (unsigned, or with earlier signatures).
        role: the signatory role; its field must exist and be empty.
        p12: the signer's PKCS#12 key file.
        passphrase: its passphrase.

    Returns:
        The signed file: the input followed by one incremental update. The first signature certifies
        the document; later ones fill their fields (``existing_fields_only``).

    Raises:
        NotOurMinutes: the file is not Tripartite minutes, or has no field for the role.
        RoleAlreadySigned: the role has signed already.
        NotAKeyFile: the key is not a PKCS#12 file.
        WrongPassphrase: the key does not open with the passphrase.
        KeyForAnotherRole: the key was made for another role.
        KeySignedAlready: the key has signed another box already.
        SigningError: the file was changed after a signature.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    try:
        reader = open_pdf(pdf)
        annex = annex_of(reader)
        existing = fields_of(reader)
        signatures = list(reader.embedded_signatures)
    except Exception as exc:
        raise NotOurMinutes("unreadable_pdf", reason=str(exc)) from exc
    if annex is None:
        raise NotOurMinutes("no_annex")
    name = field_name(role)
    if name not in existing:
        roles = tuple(r for f in existing if (r := role_of(f)))
        raise NotOurMinutes("no_box_for_role", role=role, roles=roles)
    if existing[name]:
        raise RoleAlreadySigned("role_signed", role=role)
    _require_untouched(signatures)
    signer = load_signer(p12, passphrase)
    named = holder(signer.signing_cert)
    if named["role"] is not None and named["role"] != role:
        raise KeyForAnotherRole("key_for_another_role", key_role=named["role"], role=role)
    for earlier in signatures:
        # One person, one box: verification refuses the same certificate in two boxes, so never make such a file.
        if earlier.signer_cert.dump() == signer.signing_cert.dump():
            box = role_of(earlier.field_name) or earlier.field_name
            raise KeySignedAlready("key_signed_already", box=box)
    # The stamp and the signature's reason are in the minutes' language, which their annex records.
    with i18n.language(annex.get("language")):
        label = ROLE_LABELS.get(role, role)
        reason = _("Minutes signed for the role: {role}").format(role=label)
        stamp = stamp_style(named["name"], label)
    meta = signers.PdfSignatureMetadata(
        field_name=name,
        reason=reason,
        name=named["name"],
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        certify=not signatures,
        docmdp_permissions=fields.MDPPerm.FILL_FORMS,
    )
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=stamp)
    # A fixed reservation spares pyHanko a dummy signing run to measure the signature (half the cost with RSA).
    out = pdf_signer.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)), existing_fields_only=True, bytes_reserved=SIGNATURE_ROOM
    )
    return bytes(out.getvalue())


def _require_untouched(signatures: Sequence[Any]) -> None:
    """Refuse to add a signature to a file whose earlier signatures no longer hold (tampered after signing)."""
    if not signatures:
        return
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    for index, sig in enumerate(signatures):
        try:
            # Integrity only: trust is the verifier's business, so each signature vouches for itself here.
            # Diff analysis is the verifier's (it costs a tenth of a second per signature on a long file): the
            # signer checks that every signature is intact and that nothing follows the last one.
            context = ValidationContext(trust_roots=[sig.signer_cert], allow_fetching=False)
            status = validate_pdf_signature(sig, context, skip_diff=True)
            intact = status.intact and status.valid
            whole = index < len(signatures) - 1 or (
                status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
            )
        except Exception:
            intact = whole = False
        if not (intact and whole):
            who = role_of(sig.field_name) or sig.field_name
            raise SigningError("changed_after_signature", role=who)

