"""The board's store of trusted certificates: each bound to a member and the box of one signatory role.

:func:`trust_certificate` and :func:`untrust_certificate` change the ``trusted_certs`` table with their
audit events (``certificate.trusted`` / ``certificate.untrusted``) in one transaction;
:func:`trusted_certificates` is the one place verification reads the board's trust from, and it counts
only the rows the audit record vouches for.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from tripartite import audit, store
from tripartite.authority import Act, Auth, require
from tripartite.clock import now
from tripartite.errors import Refusal
from tripartite.models import Role
from tripartite.reports.keys import (
    SIGNATORY_ROLES,
    SigningError,
    TrustedCertificate,
    read_certificates,
    trusted_for_role,
)


def may_sign(member: Mapping[str, Any], role: str) -> bool:
    """Whether a member (a ``members`` row) may hold a signatory role: the chair's, the secretary's, a group's box."""
    if role in (Role.CHAIR.value, Role.SECRETARY.value):
        return bool(member["role"] == role)
    return bool(member["constituency"] == role and member["role"] != Role.SECRETARY.value)


def trust_certificate(
    db: Database, data: bytes, member_id: str, auth: Auth, *, role: str | None = None
) -> list[TrustedCertificate]:
    """Trust a member's certificate(s) for the box of one signatory role (idempotent per certificate).

    Args:
        db: the database.
        data: the certificate(s), PEM or DER.
        member_id: whose they are.
        role: the signatory role they sign for; may be omitted for a certificate made by ``keys new``,
            which names its role, and must then agree with it.
        auth: the chair's or the secretary's PIN (or the command line's operator).

    Returns:
        The trusted entries.

    Raises:
        Refusal: ``unknown_member``, or ``role_not_held`` (the member does not hold the role).
        SigningError: the data holds no certificate; the certificate names another role, or none
            and no role was given; it is trusted already for another member or role.
        NotAuthorised: neither the chair's nor the secretary's PIN.
    """
    require(db, auth, Act.SETTINGS)
    rows = list(db.query("SELECT * FROM members WHERE id = ?", [member_id]))
    if not rows:
        raise Refusal("unknown_member", member=member_id)
    member = rows[0]
    if role is not None and role not in SIGNATORY_ROLES:
        raise SigningError("unknown_role", role=role, roles=SIGNATORY_ROLES)
    infos = read_certificates(data)
    entries = []
    for info in infos:
        if role is not None and info.role is not None and info.role != role:
            raise SigningError("certificate_for_another_role", certificate_role=info.role, role=role)
        bound = role or info.role
        if bound is None:
            raise SigningError("certificate_names_no_role", subject=info.subject)
        if not may_sign(member, bound):
            raise Refusal("role_not_held", member=member_id, name=member["name"], role=bound)
        entries.append(trusted_for_role(info, bound, member_id))
    with db.atomic():
        for entry in entries:
            found = list(db.query("SELECT member_id, role FROM trusted_certs WHERE fingerprint = ?",
                                  [entry.fingerprint]))  # fmt: skip
            if found and (found[0]["member_id"], found[0]["role"]) != (member_id, entry.role):
                raise SigningError(
                    "trusted_elsewhere", subject=entry.subject, member=found[0]["member_id"], role=found[0]["role"]
                )
            if found:
                continue
            row = {
                "fingerprint": entry.fingerprint,
                "member_id": member_id,
                "subject": entry.subject,
                "role": entry.role,
                "not_after": entry.not_after,
                "pem": entry.pem,
                "added_at": now(),
            }
            store.table(db, "trusted_certs").insert(row)
            audit.append(
                db,
                "certificate.trusted",
                {"member": member_id, "fingerprint": entry.fingerprint, "subject": entry.subject, "role": entry.role},
                actor=auth.actor,
            )
    return entries


def untrust_certificate(db: Database, fingerprint: str, auth: Auth) -> TrustedCertificate:
    """Stop trusting a certificate: delete it from the board's store, with its audit event, in one transaction.

    Minutes it signed earlier no longer verify against the board's store alone.

    Raises:
        Refusal: ``untrusted_fingerprint``: the board trusts no certificate with it.
        NotAuthorised: neither the chair's nor the secretary's PIN.
    """
    require(db, auth, Act.SETTINGS)
    found = [e for e in trusted_certificates(db, vouched_only=False) if e.fingerprint == fingerprint]
    if not found:
        raise Refusal("untrusted_fingerprint", fingerprint=fingerprint)
    entry = found[0]
    with db.atomic():
        db.execute("DELETE FROM trusted_certs WHERE fingerprint = ?", [fingerprint])
        audit.append(
            db,
            "certificate.untrusted",
            {"member": entry.member_id, "fingerprint": fingerprint, "subject": entry.subject, "role": entry.role},
            actor=auth.actor,
        )
    return entry


def trusted_certificates(db: Database, *, vouched_only: bool = True) -> list[TrustedCertificate]:
    """The certificates the board trusts, with their member and role, oldest first.

    The one place verification reads the board's trust from. Only the rows the audit record vouches
    for count: a row inserted into ``trusted_certs`` outside the app has no event, so an outsider's
    certificate slipped in that way is not trusted; if the chain itself does not hold, no stored
    certificate is (``vouched_only=False`` lists every stored row, for the board's own management).
    """
    from tripartite.audit import row_key
    from tripartite.audit_check import vouched

    good = vouched(db, "trusted_certs") if vouched_only else None
    out = []
    for row in db.query("SELECT * FROM trusted_certs ORDER BY added_at, rowid"):
        if good is not None and row_key((row["fingerprint"],)) not in good:
            continue
        info = read_certificates(str(row["pem"]).encode("ascii"))[0]
        out.append(trusted_for_role(info, row["role"], row["member_id"]))
    return out
