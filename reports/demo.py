"""The whole path without a screen (``tripartite demo``): board, meeting, minutes, five signatures, verify.

:func:`run_demo` loads the sample board into a folder, records the sample meeting, makes a key per
signatory role and has the board trust it, builds the minutes, signs them for every role and
verifies the result, through the same functions the app and the command line use.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path

from sqlite_utils import Database

from tripartite import store
from tripartite.authority import operator
from tripartite.board import read_board
from tripartite.errors import Refusal
from tripartite.models import Role
from tripartite.reports import verify
from tripartite.reports.files import read_file, write_file
from tripartite.reports.keys import new_identity
from tripartite.reports.service import export_minutes, sign_file
from tripartite.reports.trust import trust_certificate, trusted_certificates

DEMO_PASSPHRASE = "demo-passphrase"
_DEMO_MARK = ".tripartite-demo"


@dataclass(frozen=True)
class Demo:
    """Where the demo put everything, and what verification said."""

    folder: Path
    database: Path
    keys: dict[str, tuple[Path, Path]]
    unsigned: Path
    signed: Path
    meeting_id: int
    report: verify.Report


def _demo_folder(folder: Path) -> None:
    """Use an empty or earlier demo folder; clear only what an earlier demo made."""
    if folder.exists() and any(folder.iterdir()) and not (folder / _DEMO_MARK).exists():
        raise Refusal("demo_folder_taken", folder=str(folder))
    for name in ("board.db", "board.db-wal", "board.db-shm", "minutes-unsigned.pdf", "minutes-signed.pdf",
                 "README.txt"):  # fmt: skip
        (folder / name).unlink(missing_ok=True)
    keys = folder / "keys"
    if keys.is_dir():
        for path in keys.iterdir():
            if path.suffix in (".p12", ".pem"):
                path.unlink()
    keys.mkdir(parents=True, exist_ok=True)
    (folder / _DEMO_MARK).write_text("made by `tripartite demo`; the demo may clear this folder\n", encoding="utf-8")


def demo_signers(db: Database) -> dict[str, str]:
    """Who signs each signatory role in the demo: the chair, the secretary, one member per constituency."""
    config = read_board(db)
    if config is None:
        raise Refusal("no_board")
    chosen: dict[str, str] = {}
    for role in config.signatories:
        if role in (Role.CHAIR.value, Role.SECRETARY.value):
            member = next(m for m in config.members if m.role.value == role and m.active)
        else:
            member = next(
                m for m in config.members if m.constituency.value == role and m.role is Role.MEMBER and m.active
            )
        chosen[role] = member.id
    return chosen


def run_demo(folder: str | Path, *, algorithm: str = "p-256") -> Demo:
    """The whole path without a screen: board, requests, a recorded meeting, minutes, five signatures, verify.

    Args:
        folder: where to put it all; empty, new, or an earlier demo's folder.
        algorithm: the demo keys' algorithm.

    Returns:
        The paths and the verification report.
    """
    from tripartite import sample
    from tripartite.meetings import recording

    folder = Path(folder)
    _demo_folder(folder)
    database = folder / "board.db"
    with store.opened(database) as db:
        sample.load_sample(db, demo_pins=False)
        auth = operator(db)  # the demo runs on the command line
        with as_file(files("tripartite.data").joinpath("sample", "meeting.toml")) as meeting_file:
            result = recording.record_meeting(db, meeting_file, auth=auth, display_name="sample/meeting.toml")
        meeting_id = int(result["meeting_id"])
        names = {m["id"]: m["name"] for m in db.query("SELECT id, name FROM members")}
        keys: dict[str, tuple[Path, Path]] = {}
        identities: dict[str, bytes] = {}
        for role, member_id in demo_signers(db).items():
            identity = new_identity(names[member_id], role, DEMO_PASSPHRASE, algorithm=algorithm)
            p12_path, pem_path = folder / "keys" / f"{role}.p12", folder / "keys" / f"{role}.pem"
            write_file(p12_path, identity.p12, private=True)
            write_file(pem_path, identity.cert_pem)
            trust_certificate(db, identity.cert_pem, member_id, auth, role=role)
            keys[role] = (p12_path, pem_path)
            identities[role] = identity.p12
        unsigned = folder / "minutes-unsigned.pdf"
        exported = export_minutes(db, meeting_id, unsigned, auth=auth)
        signed = folder / "minutes-signed.pdf"
        write_file(signed, exported.pdf)
        for role in exported.roles:
            sign_file(signed, role, identities[role], DEMO_PASSPHRASE, db=db)
        report = verify.verify_pdf(read_file(signed), trusted_certificates(db))
    _demo_readme(folder, meeting_id)
    return Demo(folder, database, keys, unsigned, signed, meeting_id, report)


def _demo_readme(folder: Path, meeting_id: int) -> None:
    text = f"""Tripartite demo

board.db               the sample board, its 48 requests and the sample meeting (meeting {meeting_id})
minutes-unsigned.pdf   the minutes as built, with an empty signature box per role
minutes-signed.pdf     the same minutes signed by every role (chair, secretary, government, employer, union)
keys/ROLE.p12          each signer's key (passphrase: {DEMO_PASSPHRASE}); keys/ROLE.pem its certificate

Check the signatures:
  tripartite verify {folder / "minutes-signed.pdf"} --db {folder / "board.db"}
  tripartite verify {folder / "minutes-signed.pdf"} --trust {folder / "keys" / "chair.pem"} ...
  pdfsig {folder / "minutes-signed.pdf"}
"""
    write_file(folder / "README.txt", text.encode("utf-8"))
