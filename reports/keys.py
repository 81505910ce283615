"""Signing keys: identities, key files and passphrases, certificates, and the trust placed in them.

- :func:`new_identity` makes a self-signed signing identity for a ministry without a PKI: RSA-3072 or
  P-256, key usage digital signature and non-repudiation (what pyHanko's validator expects), in a
  passphrase-protected PKCS#12 file, with its certificate in PEM for the board to trust.
- :func:`load_signer` opens a key file, telling a wrong passphrase from a file that is no key.
- :class:`TrustedCertificate` is trust per signatory role, from the board's store or a ``--trust`` file.

As pyHanko keeps ``pyhanko.keys`` apart from signing and validation. cryptography, asn1crypto and pyHanko are
imported inside the functions that use them (pyHanko loads in about half a second).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tripartite.errors import KnownError


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


# The signatory roles (DESIGN §2: chair, secretary and one per constituency); reports.words names each.
SIGNATORY_ROLES = ("chair", "secretary", "government", "employer", "union")
# Marks the certificates `tripartite keys new` makes, so a key is used only for the role it was made for.
IDENTITY_UNIT = "Tripartite minutes signatory"
# P-256 first: as strong as RSA-3072 (128-bit security) and far cheaper to load. pyHanko decodes an RSA-3072 key
# twice per signature, 0.17 s, which alone would spend most of B4's budget for five signatures.
ALGORITHMS = ("p-256", "rsa-3072")
MIN_PASSPHRASE = 8


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
        role: the signatory role the key is for (one of :data:`SIGNATORY_ROLES`).
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
    if role not in SIGNATORY_ROLES:
        raise SigningError(f"unknown signatory role {role!r}; choose one of: {', '.join(SIGNATORY_ROLES)}")
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


def load_signer(p12: bytes, passphrase: str | bytes) -> Any:
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


def to_pem(der: bytes) -> str:
    """A certificate in PEM."""
    from asn1crypto import pem

    return str(pem.armor("CERTIFICATE", der).decode("ascii"))

def holder(cert: Any) -> dict[str, Any]:
    """Who a certificate names: ``name`` (common name) and ``role`` (for our identities only, else None)."""
    subject = cert.subject.native
    ours = subject.get("organizational_unit_name") == IDENTITY_UNIT
    return {
        "name": str(subject.get("common_name") or cert.subject.human_friendly),
        "role": subject.get("title") if ours else None,
    }

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


def trust_entries(trusted: Iterable[TrustedCertificate | bytes]) -> list[TrustedCertificate]:
    """Trust entries, reading certificate files (bytes) as ``--trust`` reads them."""
    out: list[TrustedCertificate] = []
    for item in trusted:
        out += [item] if isinstance(item, TrustedCertificate) else trust_file(bytes(item))
    return out

