"""The audit record against an intruder with ``sqlite3`` (DESIGN §6, "Coverage" and "Anchors").

Each test copies one board's database, edits it as an intruder would, outside the app, and runs
``tripartite audit verify``: exit 1, naming the table and the row (or the event) that was touched.
The board behind it has lived a little: the sample meeting recorded from its file, a second meeting
held in the app's way (PINs, a recusal, an attestation, scores, named ballots, a dissent), a change of
the rules, trusted certificates and minutes signed by every role.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
from collections.abc import Callable
from importlib.resources import as_file, files
from pathlib import Path

import pytest

from tests.helpers import PASSPHRASE, VOTERS, officers, set_pins, unlock
from tripartite import audit, board_settings, cli, sample, scoring, store
from tripartite.authority import operator
from tripartite.meetings import agenda, attendance, ballots, dissents, lifecycle, motions, recording
from tripartite.models import Outcome, Vote
from tripartite.reports import demo, keys, service, trust


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="session")
def lived(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database of a board that has lived a little (see the module docstring)."""
    folder = tmp_path_factory.mktemp("lived")
    path = folder / "board.db"
    db = store.open_db(path)
    sample.load_sample(db)
    set_pins(db)
    with as_file(files("tripartite.data").joinpath("sample", "meeting.toml")) as meeting_file:
        recording.record_meeting(db, meeting_file, auth=operator(db))
    secretary = unlock(db, "sec1")
    held = lifecycle.create_meeting(db, "Session 13/2026", "2026-12-10", "Sala 2", secretary)
    chair = unlock(db, "gov1")
    for member in [*VOTERS, "sec1"]:
        attendance.set_attendance(db, held, member, member != "uni3", apologies=member == "uni3", auth=chair)
    lifecycle.open_meeting(db, held, chair)
    request = db.execute("SELECT id FROM requests WHERE reference = 'REQ-2026-0020'").fetchone()[0]
    item = agenda.add_item(db, held, request, unlock(db, "sec1"))
    agenda.recuse(db, item, "emp3", "Shareholder of the applicant", unlock(db, "gov1"))
    agenda.attest(db, item, "G6", True, unlock(db, "gov1"))
    scoring.save_scores(db, item, "uni1", {"P1": 10, "I1": 0}, {"I1": "Below the agreement."}, unlock(db, "uni1"))
    motion = motions.open_motion(db, item, Outcome.APPROVE, 1, [], unlock(db, "gov1"))
    for member in [m for m in VOTERS if m not in ("emp3", "uni3")]:
        vote = Vote.AGAINST if member.startswith("uni") else Vote.FOR
        ballots.cast(db, motion, member, vote, f"{member} explains", unlock(db, member))
    ballots.reveal(db, motion, unlock(db, "gov1"))
    dissents.file_dissent(db, item, "uni1", "The wage is below the sector agreement.", unlock(db, "uni1"))
    lifecycle.close_meeting(db, held, unlock(db, "gov1"))
    board_settings.save_rules(db, {"casting_vote": True}, officers(db))
    exported = service.export_minutes(db, held, auth=unlock(db, "sec1"))
    signers = demo.demo_signers(db)
    pdf = exported.pdf
    for role, member in signers.items():
        identity = keys.new_identity(f"Signer {member}", role, PASSPHRASE)
        trust.trust_certificate(db, identity.cert_pem, member, unlock(db, "sec1"))
        (folder / f"{role}.pem").write_bytes(identity.cert_pem)
        signed = service.sign_minutes(db, exported.minutes_id, role, identity.p12, PASSPHRASE)
        pdf = signed.pdf
    (folder / "minutes.pdf").write_bytes(pdf)
    db.close()
    return path


@pytest.fixture
def copy(lived: Path, tmp_path: Path) -> Path:
    """A private copy of the lived database (and the signers' certificates beside it)."""
    target = tmp_path / "board.db"
    with contextlib.closing(sqlite3.connect(lived)) as source, contextlib.closing(sqlite3.connect(target)) as dest:
        source.backup(dest)
    for pem in lived.parent.glob("*.pem"):
        shutil.copy(pem, tmp_path / pem.name)
    shutil.copy(lived.parent / "minutes.pdf", tmp_path / "minutes.pdf")
    return target


def intrude(path: Path, *statements: tuple[str, list[object]] | str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        for statement in statements:
            sql, params = (statement, []) if isinstance(statement, str) else statement
            conn.execute(sql, params)


def one(path: Path, sql: str, params: list[object] | None = None) -> object:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params or []).fetchone()[0]


def test_the_lived_board_verifies(copy: Path) -> None:
    code, out, err = run("audit", "verify", "--db", copy)
    assert code == 0, err
    assert "every table of the record matches its events" in out and "1 anchor(s) hold" in out


def _item(path: Path, reference: str) -> int:
    return int(
        one(
            path,
            "SELECT ai.id FROM agenda_items ai JOIN requests r ON r.id = ai.request_id WHERE r.reference = ?",
            [reference],
        )
    )


def _motion(path: Path, reference: str, round_number: int = 1) -> int:
    return int(
        one(
            path,
            "SELECT mo.id FROM motions mo JOIN agenda_items ai ON ai.id = mo.item_id JOIN requests r "
            "ON r.id = ai.request_id WHERE r.reference = ? AND mo.round = ?",
            [reference, round_number],
        )
    )


# Each edit: what the intruder does, and the words audit verify must print.
Edit = Callable[[Path], str]


def members_constituency(p: Path) -> str:
    intrude(p, "UPDATE members SET constituency = 'union' WHERE id = 'gov2'")
    return "members, gov2: differs from its audit event"


def members_role(p: Path) -> str:
    intrude(p, "UPDATE members SET role = 'chair' WHERE id = 'uni1'")
    return "members, uni1: differs from its audit event"


def members_pin_hash(p: Path) -> str:
    intrude(
        p,
        "UPDATE members SET pin_hash = (SELECT pin_hash FROM members WHERE id = 'gov1'), "
        "pin_salt = (SELECT pin_salt FROM members WHERE id = 'gov1') WHERE id = 'uni1'",
    )
    return "members, uni1: differs from its audit event"


def members_lockout(p: Path) -> str:
    intrude(p, "UPDATE members SET lockouts = 0, failed_pins = 4 WHERE id = 'emp1'")
    return "members, emp1: differs from its audit event"


def motions_adopted(p: Path) -> str:
    motion_id = _motion(p, "REQ-2026-0005")
    intrude(p, ("UPDATE motions SET adopted = 1 WHERE id = ?", [motion_id]))
    return f"motions, {motion_id}: differs from its audit event"


def scores_points(p: Path) -> str:
    item = _item(p, "REQ-2026-0020")
    intrude(p, ("UPDATE scores SET points = 20 WHERE item_id = ? AND member_id = 'uni1' AND criterion = 'I1'", [item]))
    return f"scores, item_id {item}, member_id uni1, criterion I1: differs from its audit event"


def request_after_decision(p: Path) -> str:
    intrude(p, "UPDATE requests SET wage_offered = 9999 WHERE reference = 'REQ-2026-0001'")
    return "requests, REQ-2026-0001: differs from its audit event"


def request_as_imported(p: Path) -> str:
    intrude(p, "UPDATE requests SET wage_offered = 2900 WHERE reference = 'REQ-2026-0040'")
    return "requests, REQ-2026-0040: differs from its audit event"


def request_slipped_in(p: Path) -> str:
    intrude(
        p,
        "INSERT INTO requests (reference, employer_name, sector_isic, occupation_isco, region, workers_requested, "
        "duration_months, wage_offered, prevailing_wage, currency, status) VALUES ('REQ-FAKE', 'Ghost SL', 'A', "
        "'6111', 'Murcia', 3, 12, 2000, 1500, 'EUR', 'decided')",
    )
    return "requests, REQ-FAKE: no audit event vouches for it"


def attendance_present(p: Path) -> str:
    meeting_id = one(p, "SELECT max(id) FROM meetings")
    intrude(p, ("UPDATE attendance SET present = 1, apologies = 0 WHERE meeting_id = ? AND member_id = 'uni3'",
                [meeting_id]))  # fmt: skip
    return f"attendance, meeting_id {meeting_id}, member_id uni3: differs from its audit event"


def recusal_deleted(p: Path) -> str:
    item = _item(p, "REQ-2026-0020")
    intrude(p, ("DELETE FROM recusals WHERE item_id = ? AND member_id = 'emp3'", [item]))
    return f"recusals, item_id {item}, member_id emp3: was deleted"


def attestation_answer(p: Path) -> str:
    item = _item(p, "REQ-2026-0020")
    intrude(p, ("UPDATE attestations SET answer = 0 WHERE item_id = ? AND gate = 'G6'", [item]))
    return f"attestations, item_id {item}, gate G6: differs from its audit event"


def dissent_text(p: Path) -> str:
    dissent = one(p, "SELECT id FROM dissents WHERE member_id = 'uni1' ORDER BY id DESC")
    intrude(p, ("UPDATE dissents SET text = 'We agree.' WHERE id = ?", [dissent]))
    return f"dissents, {dissent}: differs from its audit event"


def board_rule(p: Path) -> str:
    intrude(p, "UPDATE board SET decision_rule = 'simple_majority'")
    return "board, 1: differs from its audit event"


def meeting_frozen_rules(p: Path) -> str:
    meeting_id = one(p, "SELECT min(id) FROM meetings")
    rules = json.loads(str(one(p, "SELECT rules FROM meetings WHERE id = ?", [meeting_id])))
    rules["ballot"] = "secret"
    intrude(p, ("UPDATE meetings SET rules = ? WHERE id = ?", [json.dumps(rules), meeting_id]))
    return f"meetings, {meeting_id}: differs from its audit event"


def criteria_text(p: Path) -> str:
    version = one(p, "SELECT version FROM criteria_catalogues")
    intrude(p, ("UPDATE criteria_catalogues SET toml = replace(toml, 'weight = 10', 'weight = 11') WHERE version = ?",
                [version]))  # fmt: skip
    return f"criteria_catalogues, version {version}: differs from its audit event"


def ballot_vote(p: Path) -> str:
    motion_id = _motion(p, "REQ-2026-0015")
    intrude(p, ("UPDATE ballots SET vote = 'for' WHERE motion_id = ? AND member_id = 'uni1'", [motion_id]))
    return f"ballots, motion_id {motion_id}, member_id uni1: differs from its audit event"


def ballot_deleted(p: Path) -> str:
    motion_id = _motion(p, "REQ-2026-0003")
    intrude(p, ("DELETE FROM ballots WHERE motion_id = ? AND member_id = 'emp2'", [motion_id]))
    return f"ballots, motion_id {motion_id}, member_id emp2: was deleted"


def decision_workers(p: Path) -> str:
    item = _item(p, "REQ-2026-0001")
    intrude(p, ("UPDATE decisions SET workers = 11 WHERE item_id = ?", [item]))
    return f"decisions, item_id {item}: differs from its audit event"


def condition_deleted(p: Path) -> str:
    motion_id = _motion(p, "REQ-2026-0015")
    condition = one(p, "SELECT id FROM conditions WHERE motion_id = ? AND kind = 'training'", [motion_id])
    intrude(p, ("DELETE FROM conditions WHERE id = ?", [condition]))
    return f"conditions, {condition}: was deleted"


def history_rewritten(p: Path) -> str:
    entry = one(p, "SELECT min(id) FROM request_history")
    intrude(p, ("UPDATE request_history SET actor = 'gov1' WHERE id = ?", [entry]))
    return f"request_history, {entry}: differs from its audit event"


def import_file_swapped(p: Path) -> str:
    intrude(p, "UPDATE import_files SET data = CAST('reference\nREQ-X' AS BLOB)")
    return "import_files, 1: differs from its audit event"


def signature_file_swapped(p: Path) -> str:
    intrude(p, "UPDATE signatures SET pdf = CAST('%PDF-1.7 another file' AS BLOB) WHERE role = 'union'")
    return "signatures, minutes_id 1, role union: differs from its audit event"


def minutes_unlocked(p: Path) -> str:
    intrude(p, "UPDATE minutes SET locked = 0")
    return "minutes, 1: differs from its audit event"


def certificate_slipped_in(p: Path) -> str:
    outsider = keys.new_identity("Mallory", "union", PASSPHRASE)
    info = keys.read_certificates(outsider.cert_pem)[0]
    intrude(p, ("INSERT INTO trusted_certs (fingerprint, member_id, subject, role, not_after, pem, added_at) "
                "VALUES (?, 'uni2', 'Mallory', 'union', ?, ?, '2026-12-01T00:00:00+00:00')",
                [info.fingerprint, info.not_after, outsider.cert_pem.decode()]))  # fmt: skip
    return f"trusted_certs, fingerprint {info.fingerprint}: no audit event vouches for it"


EDITS: list[Edit] = [
    members_constituency, members_role, members_pin_hash, members_lockout, motions_adopted, scores_points,
    request_after_decision, request_as_imported, request_slipped_in, attendance_present, recusal_deleted,
    attestation_answer, dissent_text, board_rule, meeting_frozen_rules, criteria_text, ballot_vote, ballot_deleted,
    decision_workers, condition_deleted, history_rewritten, import_file_swapped, signature_file_swapped,
    minutes_unlocked, certificate_slipped_in,
]  # fmt: skip


@pytest.mark.parametrize("edit", EDITS, ids=[e.__name__ for e in EDITS])
def test_an_edit_outside_the_app_is_named(copy: Path, edit: Edit) -> None:
    expected = edit(copy)
    code, _out, err = run("audit", "verify", "--db", copy)
    assert code == 1
    first = err.splitlines()[0]
    assert expected in first, err


# ---------------------------------------------------------------------------------------- the chain itself


def _events(p: Path) -> list[tuple[int, str, str, str, str, str, str]]:
    with contextlib.closing(sqlite3.connect(p)) as conn:
        return conn.execute(
            "SELECT seq, at, actor, action, payload, prev_hash, hash FROM events ORDER BY seq"
        ).fetchall()


def rechain(p: Path, start: int, *, renumber: bool = False) -> None:
    """What a forger does after an edit: recompute every hash from event ``start`` on (and renumber the rest)."""
    events = _events(p)
    prev = audit.GENESIS if start == 1 else next(e[6] for e in events if e[0] == start - 1)
    with contextlib.closing(sqlite3.connect(p)) as conn, conn:
        for seq, at, actor, action, payload, _prev, _hash in events:
            if seq < start:
                continue
            new_seq = start + sum(1 for e in events if start <= e[0] < seq) if renumber else seq
            new_hash = audit.event_hash(prev, new_seq, at, actor, action, payload)
            conn.execute(
                "UPDATE events SET seq = ?, prev_hash = ?, hash = ? WHERE seq = ?", [new_seq, prev, new_hash, seq]
            )
            prev = new_hash


def _decision_event(p: Path) -> tuple[int, str]:
    seq, payload = next((e[0], e[4]) for e in _events(p) if e[3] == "decision.recorded")
    return seq, payload


def test_an_event_changed_without_its_hash_is_named(copy: Path) -> None:
    seq, payload = _decision_event(copy)
    intrude(
        copy, ("UPDATE events SET payload = ? WHERE seq = ?", [payload.replace('"workers":12', '"workers":20'), seq])
    )
    code, _, err = run("audit", "verify", "--db", copy)
    assert code == 1 and err.splitlines()[0].endswith(f"event {seq} was changed after it was written "
                                                      "(it no longer matches its own hash)"), err  # fmt: skip


def test_an_event_rewritten_and_rehashed_is_named_not_its_successor(copy: Path) -> None:
    seq, payload = _decision_event(copy)
    forged = payload.replace('"workers":12', '"workers":20')
    (at, actor, action, prev) = next((e[1], e[2], e[3], e[5]) for e in _events(copy) if e[0] == seq)
    intrude(copy, ("UPDATE events SET payload = ?, hash = ? WHERE seq = ?",
                   [forged, audit.event_hash(prev, seq, at, actor, action, forged), seq]))  # fmt: skip
    code, _, err = run("audit", "verify", "--db", copy)
    assert code == 1 and f"event {seq} was rewritten" in err.splitlines()[0], err


def test_a_deleted_event_is_named(copy: Path) -> None:
    seq, _ = _decision_event(copy)
    intrude(copy, ("DELETE FROM events WHERE seq = ?", [seq]))
    code, _, err = run("audit", "verify", "--db", copy)
    assert code == 1 and f"1 event(s) from event {seq} on were deleted" in err.splitlines()[0], err


def test_a_deleted_event_and_a_renumbered_chain_are_named(copy: Path) -> None:
    seq, _ = _decision_event(copy)
    intrude(copy, ("DELETE FROM events WHERE seq = ?", [seq]))
    with contextlib.closing(sqlite3.connect(copy)) as conn, conn:
        conn.execute("UPDATE events SET seq = -seq WHERE seq > ?", [seq])
        conn.execute("UPDATE events SET seq = -seq - 1 WHERE seq < 0")
    code, _, err = run("audit", "verify", "--db", copy)
    assert code == 1 and f"1 event(s) were deleted before event {seq} and the rest renumbered" in err, err


def test_a_rewritten_history_is_caught_by_the_signed_minutes(copy: Path) -> None:
    """The forger changes a ballot, fixes its event's digest and recomputes the whole chain: the chain and the
    tables agree again, but the signed minutes carry the head of the true chain."""
    motion_id = _motion(copy, "REQ-2026-0015")
    intrude(copy, ("UPDATE ballots SET vote = 'for' WHERE motion_id = ? AND member_id = 'uni1'", [motion_id]))
    db = store.open_db(copy)
    try:
        row = next(db.query("SELECT * FROM ballots WHERE motion_id = ? AND member_id = 'uni1'", [motion_id]))
        key = audit.row_key((motion_id, "uni1"))
        digest = audit.row_digest(row)
    finally:
        db.close()
    seq, payload = next(
        (e[0], json.loads(e[4]))
        for e in _events(copy)
        if e[3] == "ballot.cast" and key in json.loads(e[4]).get("rows", {}).get("ballots", {})
    )
    payload["rows"]["ballots"][key] = digest
    intrude(copy, ("UPDATE events SET payload = ? WHERE seq = ?", [audit.canonical(payload), seq]))
    rechain(copy, seq)
    trust = [a for pem in sorted(copy.parent.glob("*.pem")) for a in ("--trust", pem)]
    code, _, err = run("audit", "verify", "--db", copy, *trust)
    assert code == 1
    assert "the record up to event" in err and "minutes 1 (signed) commits to another hash" in err, err


def test_a_log_cut_short_is_caught_by_what_points_past_it(copy: Path) -> None:
    built = next(e[0] for e in _events(copy) if e[3] == "minutes.built")
    intrude(copy, ("DELETE FROM events WHERE seq > ?", [built]))
    code, _, err = run("audit", "verify", "--db", copy)
    assert code == 1
    assert "signatures, minutes_id 1, role chair: no audit event vouches for it" in err, err


def test_audit_head_is_read_into_the_record_and_checked_as_an_anchor(copy: Path) -> None:
    code, out, _ = run("audit", "head", "--db", copy)
    head = out.strip()
    seq, prefix = head.split(":")
    assert code == 0 and len(prefix) == 16
    assert run("audit", "verify", "--db", copy, "--anchor", head)[0] == 0
    # A chain recomputed after an edit before that head no longer has it.
    seq_decision, payload = _decision_event(copy)
    intrude(copy, ("UPDATE events SET payload = ? WHERE seq = ?",
                   [payload.replace('"workers":12', '"workers":20'), seq_decision]))  # fmt: skip
    rechain(copy, seq_decision)
    code, _, err = run("audit", "verify", "--db", copy, "--anchor", head)
    assert code == 1 and f"the record up to event {seq} was rewritten: the anchor given" in err, err
    assert run("audit", "verify", "--db", copy, "--anchor", "not-an-anchor")[0] == 2


def test_verify_db_trusts_no_certificate_slipped_in(copy: Path, tmp_path: Path) -> None:
    """An outsider inserts their certificate for the union's role, and signs a copy of the minutes' union box."""
    certificate_slipped_in(copy)
    code, _, err = run("verify", tmp_path / "minutes.pdf", "--db", copy)
    assert code == 0, err  # the true minutes still verify with the certificates the record vouches for
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        stored = {r[0] for r in conn.execute("SELECT fingerprint FROM trusted_certs")}
    db = store.open_db(copy)
    try:
        trusted = {t.fingerprint for t in trust.trusted_certificates(db)}
    finally:
        db.close()
    assert len(stored) == len(trusted) + 1 and trusted < stored, "the slipped-in certificate is not trusted"
