"""A forger's tools, for the tests: sign any box with any key through pyHanko directly, and keys without a role.

Not a test module: the forgery tests and the command-line tests share it.
"""

from __future__ import annotations

import datetime as dt
import io

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

from tests.helpers import PASSPHRASE
from tripartite.reports import annex
from tripartite.reports.keys import Identity


def forge_sign(pdf: bytes, box: str, identity: Identity | None = None, *, certify: bool = False,
               new_field: bool = False, p12: bytes | None = None) -> bytes:  # fmt: skip
    """Sign one box with pyHanko directly: no check of the key's role, the box or the file (a forger's tool).

    Args:
        pdf: the file to sign.
        box: the signature field.
        identity: the key (else ``p12``), with :data:`PASSPHRASE`.
        certify: a certifying signature (DocMDP), as the first of ours is.
        new_field: create the field on the first page (a file that has none).
        p12: a PKCS#12 key instead of ``identity``.
    """
    key = p12 if p12 is not None else identity.p12 if identity is not None else None
    if key is None:
        raise ValueError("give an identity or a p12 key")
    signer = signers.SimpleSigner.load_pkcs12_data(key, other_certs=[], passphrase=PASSPHRASE.encode())
    meta = signers.PdfSignatureMetadata(
        field_name=box,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        certify=certify,
        docmdp_permissions=fields.MDPPerm.FILL_FORMS,
    )
    spec = fields.SigFieldSpec(box, on_page=0, box=(72, 72, 272, 142)) if new_field else None
    out = signers.PdfSigner(meta, signer=signer, new_field_spec=spec).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)), existing_fields_only=not new_field
    )
    return bytes(out.getvalue())


def sign_boxes(unsigned: bytes, keys: list[tuple[str, bytes | Identity]]) -> bytes:
    """Sign the boxes in order, each with the key given (an identity or p12 bytes); the first certifies, as ours."""
    pdf = unsigned
    for number, (role, key) in enumerate(keys):
        if isinstance(key, Identity):
            pdf = forge_sign(pdf, annex.field_name(role), key, certify=number == 0)
        else:
            pdf = forge_sign(pdf, annex.field_name(role), p12=key, certify=number == 0)
    return pdf


def role_less_identity(name: str) -> tuple[bytes, bytes]:
    """A signing key whose certificate names no Tripartite role (a ministry's own PKI, say): (p12, cert PEM)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    usage = x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                          encipher_only=False, decipher_only=False)  # fmt: skip
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True).sign(key, hashes.SHA256())
    )  # fmt: skip
    p12 = pkcs12.serialize_key_and_certificates(
        name.encode(), key, cert, None, serialization.BestAvailableEncryption(PASSPHRASE.encode())
    )
    return p12, cert.public_bytes(serialization.Encoding.PEM)
