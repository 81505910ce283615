"""Signed minutes as anchors of the audit chain (DESIGN §6, "Anchors").

Anyone who holds the database file can rewrite an event and recompute every hash after it; nobody
can sign for the board's signatories without their keys. Each signed minutes' evidence annex holds the
chain's head when the minutes were built, so a signed revision whose signatures verify against
certificates the board trusts pins the chain up to that event: :func:`minutes_anchors` collects those
pins for :func:`tripartite.audit_check.verify` to compare with the chain as it is now.

The certificates come from ``--trust`` files (held outside the file: the strong case) or from the
board's own trust store (only those rows the audit check vouches for; a forger who rewrote the whole
chain may have added their own, which is why the report says where the trust came from).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from tripartite.reports import keys, verify


@dataclass(frozen=True)
class Anchors:
    """Heads pinned by signed minutes.

    Attributes:
        heads: ``(seq, hash, source)`` for every signed revision whose signatures verify.
        unusable: ``(source, reason)`` for signed minutes that could not serve (untrusted, not verifying).
    """

    heads: tuple[tuple[int, str, str], ...]
    unusable: tuple[tuple[str, str], ...]


def minutes_anchors(db: Database, trusted: Iterable[keys.TrustedCertificate | bytes]) -> Anchors:
    """The chain heads carried by the board's stored signed minutes whose signatures verify.

    Args:
        db: the database.
        trusted: trust entries, or certificates (PEM or DER) trusted for the role they name.
    """
    trusted = list(trusted)
    heads: list[tuple[int, str, str]] = []
    unusable: list[tuple[str, str]] = []
    rows = db.execute(
        "SELECT s.minutes_id, s.pdf FROM signatures s WHERE s.pdf IS NOT NULL AND s.rowid = "
        "(SELECT max(t.rowid) FROM signatures t WHERE t.minutes_id = s.minutes_id) ORDER BY s.minutes_id"
    ).fetchall()
    for minutes_id, pdf in rows:
        source = f"minutes {minutes_id}"
        # Partly signed minutes pin the chain too: every signature there is must be good for its box.
        report = verify.verify_pdf(bytes(pdf), trusted, partial=True)
        if not report.ok:
            unusable.append((source, "its signatures do not verify against the certificates given"))
            continue
        annex = report.annex or {}
        head, seq = annex.get("audit_head"), annex.get("audit_seq")
        if not isinstance(head, str):
            unusable.append((source, "it carries no audit head"))
            continue
        if not isinstance(seq, int):
            # Minutes built before the annex carried the event's number: find it by its hash.
            found = db.execute("SELECT seq FROM events WHERE hash = ?", [head]).fetchone()
            seq = int(found[0]) if found else -1
        heads.append((seq, head, source))
    return Anchors(tuple(heads), tuple(unusable))
