"""Signing identities, offline multi-party signing and verification of the minutes (pyHanko, DESIGN §5).

- :func:`new_identity` makes a self-signed signing identity for a ministry without a PKI: RSA-3072 or
  P-256, key usage digital signature and non-repudiation (what pyHanko's validator expects), in a
  passphrase-protected PKCS#12 file, with its certificate in PEM for the board to trust.
- :func:`sign_pdf` signs one role into its pre-created field. The first signature certifies the
  document (DocMDP: form filling and signing only); every later one is an incremental update that
  keeps the earlier ones valid. The file is never rewritten (pitfall 12).
- :func:`verify_pdf` validates every signature against the trusted certificates and never raises on a
  damaged or tampered file: a validator exception means *invalid* (pitfall 11).

pyHanko loads in about half a second, so it is imported inside the functions that use it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from tripartite.errors import KnownError
from tripartite.minutes import EVIDENCE_FORMAT

# pyHanko logs untrusted paths and damaged files at ERROR level, and fontTools notes the font tables it drops when
# it subsets a stamp font; our report says what matters in words. A NullHandler keeps Python's last-resort
# handler from printing them, while an app's own handlers still see them.
for _name in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

FIELD_PREFIX = "Sig_"
ANNEX_NAME = "evidence.json"
ANNEX_DESCRIPTION = (
    "Evidence annex of the minutes: tallies by constituency, quorum figures, rules of procedure, "
    "criteria catalogue version and audit chain head"
)
# Signatory roles as minuted (DESIGN §2: chair, secretary and one per constituency).
ROLE_LABELS: dict[str, str] = {
    "chair": "Chair",
    "secretary": "Secretary",
    "government": "Government members",
    "employer": "Employers' members",
    "union": "Workers' members",
}
# Marks the certificates `tripartite keys new` makes, so a key is used only for the role it was made for.
IDENTITY_UNIT = "Tripartite minutes signatory"
# P-256 first: as strong as RSA-3072 (128-bit security) and far cheaper to load. pyHanko decodes an RSA-3072 key
# twice per signature, 0.17 s, which alone would spend most of B4's budget for five signatures.
ALGORITHMS = ("p-256", "rsa-3072")
MIN_PASSPHRASE = 8
# Bytes reserved for each CMS signature: a self-signed RSA-3072 one takes about 2 kB; room for a chain of a few CAs.
SIGNATURE_ROOM = 16 * 1024

# Where a NotoSans (unitsPerEm 1000) may be installed; DejaVu Sans is the fallback (pitfall 10).
_NOTO = (
    Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
    Path("/usr/share/fonts/noto/NotoSans-Regular.ttf"),
)
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


class SigningError(KnownError):
    """The minutes cannot be signed as asked (wrong passphrase, not our minutes, role signed already…)."""


class WrongPassphrase(SigningError):
    """The key file could not be opened with the passphrase given."""


class NotAKeyFile(SigningError):
    """The file given as the key is not a PKCS#12 signing key."""


class KeyForAnotherRole(SigningError):
    """The key was made (``tripartite keys new --role``) for another signatory role.

    Attributes:
        key_role: the role the key was made for.
        role: the role chosen.
    """

    def __init__(self, key_role: str, role: str):
        super().__init__(f"this key was made for the {key_role!r} role, not {role!r}")
        self.key_role = key_role
        self.role = role


class NotOurMinutes(SigningError):
    """The file is not minutes made by Tripartite (no evidence annex, or no signature fields)."""


class RoleAlreadySigned(SigningError):
    """The role's signature field is already signed."""


def field_name(role: str) -> str:
    """The signature field of a signatory role (``Sig_chair``)."""
    return f"{FIELD_PREFIX}{role}"


def role_of(field: str) -> str | None:
    """The signatory role of one of our field names, else None."""
    return field[len(FIELD_PREFIX) :] if field.startswith(FIELD_PREFIX) else None


# -------------------------------------------------------------------------------------------- keys


@dataclass(frozen=True)
class Identity:
    """A new signing identity.

    Attributes:
        p12: the PKCS#12 file (key and certificate), encrypted with the passphrase.
        cert_pem: the certificate alone, to give to whoever verifies or to the board's trust store.
        fingerprint: SHA-256 of the certificate (DER), hex.
    """

    name: str
    role: str
    p12: bytes
    cert_pem: bytes
    fingerprint: str


def _passphrase_bytes(passphrase: str | bytes) -> bytes:
    return passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase


def new_identity(
    name: str, role: str, passphrase: str | bytes, *, algorithm: str = "p-256", valid_days: int = 3650
) -> Identity:
    """Make a self-signed signing identity (DESIGN §5).

    Args:
        name: the signer's full name (the certificate's common name, shown in the stamp).
        role: the signatory role the key is for (one of :data:`ROLE_LABELS`).
        passphrase: protects the PKCS#12 file; at least :data:`MIN_PASSPHRASE` characters.
        algorithm: ``p-256`` (ECDSA) or ``rsa-3072``, for a validator without ECDSA.
        valid_days: how long the certificate is valid.

    Returns:
        The identity: PKCS#12 bytes and the certificate in PEM.

    Raises:
        SigningError: an empty name, an unknown role or algorithm, or a short passphrase.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    name = name.strip()
    secret = _passphrase_bytes(passphrase)
    if not name:
        raise SigningError("the signer's name is empty")
    if role not in ROLE_LABELS:
        raise SigningError(f"unknown signatory role {role!r}; choose one of: {', '.join(ROLE_LABELS)}")
    if algorithm not in ALGORITHMS:
        raise SigningError(f"unknown key algorithm {algorithm!r}; choose one of: {', '.join(ALGORITHMS)}")
    if len(secret) < MIN_PASSPHRASE:
        raise SigningError(f"the passphrase must have at least {MIN_PASSPHRASE} characters")
    key = ec.generate_private_key(ec.SECP256R1()) if algorithm == "p-256" else rsa.generate_private_key(65537, 3072)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.TITLE, role),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, IDENTITY_UNIT),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,  # non-repudiation: pyHanko's default validation requires it
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    p12 = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"), key, cert, None, serialization.BestAvailableEncryption(secret)
    )
    der = cert.public_bytes(serialization.Encoding.DER)
    return Identity(name, role, p12, cert.public_bytes(serialization.Encoding.PEM), hashlib.sha256(der).hexdigest())


@dataclass(frozen=True)
class CertificateInfo:
    """What a certificate says about its holder.

    Attributes:
        role: the signatory role for identities made by ``tripartite keys new``, else None.
    """

    subject: str
    role: str | None
    fingerprint: str
    not_before: str
    not_after: str
    der: bytes = field(repr=False)


def read_certificates(data: bytes) -> list[CertificateInfo]:
    """Every certificate in PEM (one or more) or DER data.

    Raises:
        SigningError: the data holds no certificate.
    """
    from asn1crypto import pem
    from asn1crypto import x509 as ax

    blobs = [der for _, _, der in pem.unarmor(data, multiple=True)] if pem.detect(data) else [data]
    out = []
    try:
        for der in blobs:
            cert = ax.Certificate.load(der)
            subject = cert.subject.native
            role = subject.get("title") if subject.get("organizational_unit_name") == IDENTITY_UNIT else None
            out.append(
                CertificateInfo(
                    subject=str(subject.get("common_name") or cert.subject.human_friendly),
                    role=role,
                    fingerprint=hashlib.sha256(cert.dump()).hexdigest(),
                    not_before=cert.not_valid_before.isoformat(),
                    not_after=cert.not_valid_after.isoformat(),
                    der=cert.dump(),
                )
            )
    except (ValueError, TypeError) as exc:
        raise SigningError(f"not a certificate ({exc})") from exc
    if not out:
        raise SigningError("no certificate found")
    return out


def _looks_like_pkcs12(data: bytes) -> bool:
    """Whether bytes parse as a PKCS#12 container, so a refused key means a wrong passphrase, not a wrong file.

    cryptography raises the same ValueError for both; the container's structure tells them apart.
    """
    from asn1crypto import pkcs12

    try:
        pfx = pkcs12.Pfx.load(data, strict=True)
        pfx["auth_safe"]["content_type"].native  # noqa: B018 - parsing is the check
    except Exception:  # any parse failure: not a key file
        return False
    return True


def _load_signer(p12: bytes, passphrase: str | bytes) -> Any:
    """The pyHanko signer from PKCS#12 bytes (``load_pkcs12_data`` raises; ``load_pkcs12`` returns None).

    Raises:
        NotAKeyFile: the bytes are not a PKCS#12 container.
        WrongPassphrase: the container does not open with the passphrase.
    """
    from pyhanko.sign import signers

    if not _looks_like_pkcs12(p12):
        raise NotAKeyFile("this file is not a signing key (a PKCS#12 .p12 file)")
    try:
        return signers.SimpleSigner.load_pkcs12_data(p12, other_certs=[], passphrase=_passphrase_bytes(passphrase))
    except Exception as exc:  # cryptography raises ValueError for a bad passphrase
        raise WrongPassphrase("wrong passphrase for this key file") from exc


# ------------------------------------------------------------------------------------- reading a PDF


def _reader(pdf: bytes) -> Any:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return PdfFileReader(io.BytesIO(pdf), strict=False)


def _annex_of(reader: Any) -> dict[str, Any] | None:
    """Our evidence annex from a reader, or None when the file carries none."""
    try:
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    except (KeyError, TypeError):
        return None
    for index in range(0, len(names) - 1, 2):
        if str(names[index]) != ANNEX_NAME:
            continue
        try:
            data = names[index + 1].get_object()["/EF"]["/F"].get_object().data
            annex = json.loads(data.decode("utf-8"))
        except (KeyError, ValueError, AttributeError):
            return None
        return annex if isinstance(annex, dict) and annex.get("format") == EVIDENCE_FORMAT else None
    return None


def read_annex(pdf: bytes) -> dict[str, Any] | None:
    """The evidence annex embedded in our minutes, or None (not our minutes, or unreadable)."""
    try:
        return _annex_of(_reader(pdf))
    except Exception:  # a damaged file has no annex we can vouch for
        return None


def _fields_of(reader: Any) -> dict[str, bool]:
    """Signature field name → whether it is signed."""
    from pyhanko.sign.fields import enumerate_sig_fields

    return {name: value is not None for name, value, _ in enumerate_sig_fields(reader)}


def signature_fields(pdf: bytes) -> dict[str, bool]:
    """Our signatory roles in a minutes file → whether each is signed.

    Raises:
        NotOurMinutes: the file is not readable as minutes.
    """
    try:
        reader = _reader(pdf)
        found = _fields_of(reader)
    except Exception as exc:
        raise NotOurMinutes(f"not a readable PDF ({exc})") from exc
    return {role: signed for name, signed in found.items() if (role := role_of(name))}


def last_signer(pdf: bytes) -> tuple[str, str | None]:
    """The newest signature's signer (common name) and claimed signing time (UTC ISO 8601).

    Raises:
        NotOurMinutes: the file has no readable signature.
    """
    try:
        signatures = list(_reader(pdf).embedded_signatures)
        last = signatures[-1]
        claimed = last.self_reported_timestamp
    except Exception as exc:
        raise NotOurMinutes(f"the file has no readable signature ({exc})") from exc
    when = claimed.astimezone(dt.UTC).isoformat(timespec="seconds") if claimed else None
    return _holder(last.signer_cert)["name"], when


def last_signer_fingerprint(pdf: bytes) -> str:
    """The SHA-256 fingerprint of the newest signature's certificate (how the board's trust store keys it).

    Raises:
        NotOurMinutes: the file has no readable signature.
    """
    try:
        return hashlib.sha256(list(_reader(pdf).embedded_signatures)[-1].signer_cert.dump()).hexdigest()
    except Exception as exc:
        raise NotOurMinutes(f"the file has no readable signature ({exc})") from exc


def page_count(pdf: bytes) -> int:
    """How many pages a PDF has."""
    return int(_reader(pdf).root["/Pages"]["/Count"])


def to_pem(der: bytes) -> str:
    """A certificate in PEM."""
    from asn1crypto import pem

    return str(pem.armor("CERTIFICATE", der).decode("ascii"))


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
        SigningError: the file was changed after a signature.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    try:
        reader = _reader(pdf)
        annex = _annex_of(reader)
        existing = _fields_of(reader)
        signatures = list(reader.embedded_signatures)
    except Exception as exc:
        raise NotOurMinutes(f"not a readable PDF ({exc})") from exc
    if annex is None:
        raise NotOurMinutes("this file is not minutes made by Tripartite (it has no evidence annex)")
    name = field_name(role)
    if name not in existing:
        roles = ", ".join(r for f in existing if (r := role_of(f))) or "none"
        raise NotOurMinutes(f"these minutes have no signature box for the role {role!r} (their roles: {roles})")
    if existing[name]:
        raise RoleAlreadySigned(f"the role {role!r} has already signed these minutes")
    _require_untouched(signatures)
    signer = _load_signer(p12, passphrase)
    holder = _holder(signer.signing_cert)
    if holder["role"] is not None and holder["role"] != role:
        raise KeyForAnotherRole(holder["role"], role)
    label = ROLE_LABELS.get(role, role)
    meta = signers.PdfSignatureMetadata(
        field_name=name,
        reason=f"Minutes signed for the role: {label}",
        name=holder["name"],
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        certify=not signatures,
        docmdp_permissions=fields.MDPPerm.FILL_FORMS,
    )
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=_stamp_style(holder["name"], label))
    # A fixed reservation spares pyHanko a dummy signing run to measure the signature (half the cost with RSA).
    out = pdf_signer.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)), existing_fields_only=True, bytes_reserved=SIGNATURE_ROOM
    )
    return bytes(out.getvalue())


def _holder(cert: Any) -> dict[str, Any]:
    subject = cert.subject.native
    ours = subject.get("organizational_unit_name") == IDENTITY_UNIT
    return {
        "name": str(subject.get("common_name") or cert.subject.human_friendly),
        "role": subject.get("title") if ours else None,
    }


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
            whole = index < len(signatures) - 1 or status.coverage.name == "ENTIRE_FILE"
        except Exception:
            intact = whole = False
        if not (intact and whole):
            who = role_of(sig.field_name) or sig.field_name
            raise SigningError(
                f"this file was changed after the {who!r} signature; do not sign it, get the signed minutes again"
            )


# --------------------------------------------------------------------------------------- stamp font


# The characters a stamp font keeps: Latin, Greek, Cyrillic, Arabic presentation forms, punctuation. Layout tables
# go too: names arrive shaped (arabic-reshaper), and without them a stamp font loads and subsets ten times faster.
_STAMP_CHARS = frozenset(
    [*range(0x20, 0x250), *range(0x370, 0x530), *range(0x2000, 0x2070), 0x20AC, *range(0xFB50, 0xFE00),
     *range(0xFE70, 0xFF00)]
)  # fmt: skip


@cache
def _stamp_subset(path: Path, unicodes: frozenset[int]) -> bytes | None:
    """A small TrueType font with just these characters (the first face of a collection)."""
    if not path.is_file():
        return None
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "kern"]
    options.name_IDs = ["*"]
    with TTFont(str(path), fontNumber=0, lazy=True) as font:
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        buffer = io.BytesIO()
        font.save(buffer)
    return buffer.getvalue()


def _stamp_font(text: str) -> bytes | None:
    """The stamp's font: WenQuanYi for CJK names, else NotoSans when installed, else DejaVu Sans."""
    from tripartite.reports.fonts import has_cjk

    needed = frozenset(ord(c) for c in text) | frozenset(range(0x20, 0x7F))
    if has_cjk(text):
        return _stamp_subset(_WQY, needed)  # per name: the CJK font is too big to keep whole
    unicodes = _STAMP_CHARS if needed <= _STAMP_CHARS else _STAMP_CHARS | needed
    for path in _NOTO:
        if path.is_file():
            return _stamp_subset(path, unicodes)
    return _stamp_subset(_DEJAVU, unicodes)


@cache
def _font_factory_class() -> type:
    """A pyHanko font engine that measures in thousandths of an em, whatever the font's unitsPerEm.

    pyHanko writes glyph widths in font units, which is right only for fonts with 1000 units per em:
    DejaVu Sans (2048) came out with double letter spacing (pitfall 10). This engine has HarfBuzz
    position in 1000ths and scales the widths to match, so every TrueType font spaces correctly.
    """
    from pyhanko.pdf_utils.font.api import FontEngineFactory
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator

    class ScaledAccumulator(GlyphAccumulator):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._to_thousandths = 1000 / self.units_per_em
            self.hb_font.scale = (1000, 1000)
            self.units_per_em = 1000

        def _get_cid_and_width(self, glyph_id: int) -> tuple[int, int]:
            cached = self._glyphs.get(glyph_id)
            if cached is not None:
                return cached
            cid, width = super()._get_cid_and_width(glyph_id)
            result = (cid, round(width * self._to_thousandths))
            self._glyphs[glyph_id] = result
            return result

    class Factory(FontEngineFactory):  # type: ignore[misc]
        def __init__(self, data: bytes, font_size: int):
            self.data = data
            self.font_size = font_size

        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
            if obj_stream is None and writer.stream_xrefs:
                obj_stream = writer.prepare_object_stream()
            # From memory: pyHanko's own factory opens the file and never closes it.
            return ScaledAccumulator(writer, io.BytesIO(self.data), self.font_size, obj_stream=obj_stream)

    return Factory


def _stamp_style(name: str, label: str) -> Any:
    """The visible stamp: who signed, for which role, and when."""
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    from tripartite.reports.fonts import visual

    # Arabic or Hebrew names are shaped and put in visual order here; HarfBuzz then lays them left to right.
    shown = visual(name).replace("%", "%%")
    text = f"Signed by {shown}\n{label}\n%(ts)s"
    data = _stamp_font(text)
    style: dict[str, Any] = {}
    if data is not None:
        style["text_box_style"] = TextBoxStyle(font=_font_factory_class()(data, 10), font_size=10, leading=13)
    return TextStampStyle(
        stamp_text=text,
        timestamp_format="%Y-%m-%d %H:%M %Z",
        border_width=0,
        **style,
    )


# ------------------------------------------------------------------------------------- verification


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
        trusted: the certificate chains to a trusted certificate.
        coverage: ``ENTIRE_FILE``, ``ENTIRE_REVISION`` or ``CONTIGUOUS_BLOCK_FROM_START``.
        modification_level: what changed after this signature: ``NONE``, ``LTA_UPDATES``,
            ``FORM_FILLING``, ``ANNOTATIONS`` or ``OTHER``.
        certifies: the signature certifies the document (DocMDP).
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
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Intact, valid, trusted, and nothing but later signatures changed after it."""
        return (
            self.error is None
            and self.intact
            and self.valid
            and self.trusted
            and (self.modification_level or "NONE") in ("NONE", "LTA_UPDATES", "FORM_FILLING")
        )


@dataclass(frozen=True)
class Report:
    """The verification of a minutes file.

    Attributes:
        ok: every signature intact, valid and trusted, and nothing changed after the last one.
        signatures: each signature, in signing order.
        unsigned_roles: our signature fields still empty.
        changed_after_last: bytes were added after the last signature.
        annex: the evidence annex, when the file carries ours.
        error: why the file could not be read at all.
    """

    ok: bool
    signatures: tuple[SignatureCheck, ...]
    unsigned_roles: tuple[str, ...]
    changed_after_last: bool
    annex: Mapping[str, Any] | None
    error: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The ``verify --json`` object."""
        return {
            "ok": self.ok,
            "error": self.error,
            "changed_after_last": self.changed_after_last,
            "unsigned_roles": list(self.unsigned_roles),
            "signatures": [
                {
                    "field": s.field,
                    "role": s.role,
                    "signer": s.signer,
                    "signed_at": s.signed_at,
                    "intact": s.intact,
                    "valid": s.valid,
                    "trusted": s.trusted,
                    "coverage": s.coverage,
                    "modification_level": s.modification_level,
                    "certifies": s.certifies,
                    "ok": s.ok,
                    "error": s.error,
                }
                for s in self.signatures
            ],
        }


def verify_pdf(pdf: bytes, trusted_certs: Iterable[bytes]) -> Report:
    """Verify every signature of a minutes file, offline, against the certificates given.

    Args:
        pdf: the file's bytes.
        trusted_certs: certificates (PEM or DER) whose holders are trusted.

    Returns:
        The report; a damaged, truncated or tampered file gives ``ok=False``, never an exception.

    Raises:
        SigningError: a trusted certificate cannot be read (a usage error, not a property of the file).
    """
    roots = [info.der for data in trusted_certs for info in read_certificates(data)]
    try:
        reader = _reader(pdf)
        signatures = list(reader.embedded_signatures)
        fields = _fields_of(reader)
        annex = _annex_of(reader)
    except Exception as exc:
        return Report(False, (), (), False, None, f"not a readable PDF ({exc})")
    unsigned = tuple(r for name, signed in fields.items() if not signed and (r := role_of(name)))
    if not signatures:
        return Report(False, (), unsigned, False, annex, "the file has no signature")
    checks = tuple(_check(sig, roots) for sig in signatures)
    changed = checks[-1].coverage != "ENTIRE_FILE"
    ok = all(c.ok for c in checks) and not changed
    return Report(ok, checks, unsigned, changed, annex)


def _check(sig: Any, roots: Sequence[bytes]) -> SignatureCheck:
    from asn1crypto import x509 as ax
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    name = str(sig.field_name)
    base: dict[str, Any] = {"field": name, "role": role_of(name), "signer": None, "signed_at": None}
    try:
        base["signer"] = _holder(sig.signer_cert)["name"]
        context = ValidationContext(
            trust_roots=[ax.Certificate.load(der) for der in roots], allow_fetching=False, revocation_mode="soft-fail"
        )
        status = validate_pdf_signature(sig, context)
    except Exception as exc:  # a validator exception means invalid, never a crash (pitfall 11)
        failed = {"intact": False, "valid": False, "trusted": False, "coverage": None, "modification_level": None}
        return SignatureCheck(**base, **failed, certifies=False, error=f"{type(exc).__name__}: {exc}")
    claimed = status.signer_reported_dt
    return SignatureCheck(
        **{**base, "signed_at": claimed.astimezone(dt.UTC).isoformat(timespec="seconds") if claimed else None},
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        coverage=status.coverage.name if status.coverage is not None else None,
        modification_level=status.modification_level.name if status.modification_level is not None else None,
        certifies=sig.docmdp_level is not None,
    )
