"""Signing identities, offline multi-party signing and verification of the minutes (pyHanko, DESIGN §5).

- :func:`new_identity` makes a self-signed signing identity for a ministry without a PKI: RSA-3072 or
  P-256, key usage digital signature and non-repudiation (what pyHanko's validator expects), in a
  passphrase-protected PKCS#12 file, with its certificate in PEM for the board to trust.
- :func:`sign_pdf` signs one role into its pre-created field. The first signature certifies the
  document (DocMDP: form filling and signing only); every later one is an incremental update that
  keeps the earlier ones valid. The file is never rewritten (pitfall 12).
- :func:`verify_pdf` checks that a file is the board's minutes signed by the right people: every signature
  intact, valid and trusted *for its role's box*, one signer per box, every signatory signed, the evidence
  annex signed by the first signature and naming the minutes' meeting, nothing hidden in a signature's
  padding. Each failure has a reason code (:data:`FILE_REASONS`, :data:`SIGNATURE_REASONS`). It never raises
  on a damaged or forged file: a validator exception means *invalid* (pitfall 11).

pyHanko loads in about half a second, so it is imported inside the functions that use it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from tripartite.errors import KnownError
from tripartite.meetings.evidence import EVIDENCE_FORMAT

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
# Signatory roles as minuted (DESIGN §2: chair, secretary and one per constituency). One word per group, the
# same everywhere (minutes, stamps, app): "Unions", never "Workers" in one place and "Unions" in another.
ROLE_LABELS: dict[str, str] = {
    "chair": "Chair",
    "secretary": "Secretary",
    "government": "Government",
    "employer": "Employers",
    "union": "Unions",
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


class KeySignedAlready(SigningError):
    """The key has already signed another box of these minutes."""


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


def _annexes(handler: Any) -> list[dict[str, Any] | None]:
    """Every embedded file named as our annex, parsed (None for one that is not our JSON), in one revision.

    Args:
        handler: a reader, or a historical resolver for an earlier revision.
    """
    try:
        names = handler.root["/Names"]["/EmbeddedFiles"]["/Names"]
    except (KeyError, TypeError):
        return []
    out: list[dict[str, Any] | None] = []
    for index in range(0, len(names) - 1, 2):
        if str(names[index]) != ANNEX_NAME:
            continue
        try:
            data = names[index + 1].get_object()["/EF"]["/F"].get_object().data
            annex = json.loads(data.decode("utf-8"))
        except (KeyError, ValueError, AttributeError):
            annex = None
        out.append(annex if isinstance(annex, dict) and annex.get("format") == EVIDENCE_FORMAT else None)
    return out


def _annex_of(handler: Any) -> dict[str, Any] | None:
    """Our evidence annex (the first, should a forger have added another), or None when the file carries none."""
    found = _annexes(handler)
    return found[0] if found else None


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
        KeySignedAlready: the key has signed another box already.
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
    for earlier in signatures:
        # One person, one box: verification refuses the same certificate in two boxes, so never make such a file.
        if earlier.signer_cert.dump() == signer.signing_cert.dump():
            box = role_of(earlier.field_name) or earlier.field_name
            raise KeySignedAlready(f"this key has already signed the {box!r} box; each box needs its own signatory")
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


# -------------------------------------------------------------------------------------------- trust


@dataclass(frozen=True)
class TrustedCertificate:
    """A certificate trusted to sign the box of one signatory role.

    Trust is per role, never in general: a certificate trusted for the chair's box does not make a
    signature in the unions' box good. From the board's database (``trusted_certs``) an entry also
    names the member it belongs to; from a ``--trust`` file it has no member, and its role is the one
    ``tripartite keys new`` wrote in the certificate (subject Title, with OU :data:`IDENTITY_UNIT`).

    Attributes:
        der: the certificate (DER).
        role: the signatory role it is trusted for; None: for no box at all.
        member_id: the board member it belongs to, when the board's database says so.
        subject: the certificate's common name.
        fingerprint: SHA-256 of the DER, hex.
        not_after: when the certificate expires (ISO 8601).
    """

    der: bytes = field(repr=False)
    role: str | None
    member_id: str | None
    subject: str
    fingerprint: str
    not_after: str

    @property
    def pem(self) -> str:
        """The certificate in PEM."""
        return to_pem(self.der)


def trusted_for_role(info: CertificateInfo, role: str | None, member_id: str | None = None) -> TrustedCertificate:
    """A trust entry: this certificate, for this role (and member)."""
    return TrustedCertificate(info.der, role, member_id, info.subject, info.fingerprint, info.not_after)


def trust_file(data: bytes) -> list[TrustedCertificate]:
    """The certificates of a ``--trust`` file, each trusted for the role written in it (none if it names none).

    Raises:
        SigningError: the data holds no certificate.
    """
    return [trusted_for_role(info, info.role) for info in read_certificates(data)]


def _entries(trusted: Iterable[TrustedCertificate | bytes]) -> list[TrustedCertificate]:
    """Trust entries, reading certificate files (bytes) as ``--trust`` reads them."""
    out: list[TrustedCertificate] = []
    for item in trusted:
        out += [item] if isinstance(item, TrustedCertificate) else trust_file(bytes(item))
    return out


# ------------------------------------------------------------------------------------- verification

# The document information entry that names the minutes' meeting (reports.minutes_pdf writes it, before any
# signature, beside the "Meeting N" the pages print); verification compares it with the evidence annex's.
INFO_MEETING = "/TripartiteMeeting"
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

    entries = _entries(trusted)
    try:
        reader = _reader(pdf)
        signatures = list(reader.embedded_signatures)
        boxes = _fields_of(reader)
        annex = _annex_of(reader)
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


def _info_meeting(handler: Any) -> str | None:
    """The meeting the document information names, in one revision (a reader or a historical resolver)."""
    try:
        value = handler.trailer_view["/Info"].get_object().get(INFO_MEETING)
    except (KeyError, TypeError, AttributeError):
        return None
    return str(value) if value is not None else None


def _annex_reasons(reader: Any, first: Any, annex: Mapping[str, Any], meeting: int | None) -> list[str]:
    """Whether the first signature signed this annex, and the annex names the minutes' meeting.

    Both are read in the revision the first signature signed, and the annex and the document
    information again as the file stands: pyHanko's diff analysis allows any later change to the
    document information, so a meeting id changed after signing must be caught here.
    """
    try:
        past = reader.get_historical_resolver(first.signed_revision)
        covered = _annexes(past)
        signed_meeting = _info_meeting(past)
    except Exception:  # an unreadable past revision covers nothing
        covered, signed_meeting = [], None
    out = []
    # Every annex entry as it stands must be the one signed: one replaced, or a second one added beside it
    # (which would a viewer show?), is not covered.
    if covered != _annexes(reader) or covered[:1] != [annex]:
        out.append("annex_not_covered")
    if meeting is None or signed_meeting != str(meeting) or _info_meeting(reader) != str(meeting):
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
        holder = _holder(cert)
        signer = holder["name"]
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
        trusted_for = (holder["role"],) if status.trusted and holder["role"] else ()
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
    if code == "unreadable":
        return f"The file cannot be read as a PDF: it may be damaged or cut short ({report.error})."
    if code == "partly_signed":
        roles = ", ".join(_box(r, r) for r in report.missing_roles)
        return f"Not every signatory has signed (still to sign: {roles}): this is an unfinished or earlier version."
    return {
        "unsigned": "Nobody has signed this file.",
        "not_minutes": "This file is not minutes made by Tripartite: it has no evidence annex and no signatory boxes.",
        "annex_missing": "The minutes carry no evidence annex (evidence.json), so the signatures vouch for no figures.",
        "annex_not_covered": "The evidence annex is not the one the first signature signed: it was added or "
        "replaced after signing.",
        "annex_mismatch": "The evidence annex and the minutes name different meetings (or the minutes name none).",
        "changed_after": "The file was changed after the last signature: some bytes at its end are signed by nobody.",
    }.get(code, code)


def _signature_sentence(code: str, check: SignatureCheck) -> str:
    signer = check.signer or "the signer"
    if code == "unreadable":
        return f"the signature cannot be read or validated ({check.error})."
    if code == "tampered":
        if not check.intact:
            return "the signed content was changed after signing."
        if not check.valid:
            return "the signature value does not match the signed content and the certificate."
        return "the signature does not cover its whole revision of the file."
    if code == "changed_after":
        level = (check.modification_level or "other").lower().replace("_", " ")
        return f"changes that the signatures do not allow were made after it ({level})."
    if code == "unknown_box":
        return f"the signature is in the field {check.field!r}, which is not the box of a signatory of these minutes."
    if code == "untrusted":
        return f"the certificate of {signer} is not trusted (not among the trusted certificates, or expired)."
    if code == "role_mismatch":
        if not check.trusted_for:
            return f"the certificate of {signer} is trusted for no signatory box (no role was given with it)."
        boxes = " and ".join(_box(r, r) for r in check.trusted_for)
        return f"the certificate of {signer} is trusted for the {boxes} box, not for this one."
    if code == "same_signer":
        others = ", ".join(_box(role_of(f), f) for f in check.also_signed)
        return f"the same signer also signed the box of: {others}; each box needs its own signatory."
    if code == "padding":
        return "data is hidden after the signature, in space that must hold only zero padding."
    return code


def problems(report: Report) -> tuple[Problem, ...]:
    """Every reason the file is not verified, in English: the file's first, then each signature's."""
    out = [Problem(code, None, None, _file_sentence(code, report)) for code in report.file_reasons]
    for check in report.signatures:
        out += [Problem(c, check.field, check.role, _signature_sentence(c, check)) for c in check.reasons]
    return tuple(out)
