"""The conditions follow-up register (DESIGN §11, §13.1): records made at the decision, evidence, findings, audit.

The sample meeting's one decision with conditions (REQ-2026-0015, 20 November 2026, a 12-month request) has
training due 2027-06-30, housing due 2027-01-31 and quarterly reporting, which recurs four times until the
decision's validity ends on 2027-11-20: six records, worked out by hand.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import sqlite3
from importlib.resources import as_file, files
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlite_utils import Database

from tests.helpers import VOTERS, open_session, set_pins, unlock
from tripartite import audit_check, board, followup, store
from tripartite.authority import NotAuthorised, operator
from tripartite.errors import InputError
from tripartite.followup import EvidenceFile, State
from tripartite.meetings import ballots, motions, recording
from tripartite.migrations import migrations
from tripartite.models import Outcome, Vote

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE_DUES = [
    ("housing_standard", None, "2027-01-31"),
    ("reporting", 1, "2027-02-20"),
    ("reporting", 2, "2027-05-20"),
    ("training", None, "2027-06-30"),
    ("reporting", 3, "2027-08-20"),
    ("reporting", 4, "2027-11-20"),
]


@pytest.fixture
def recorded(sample_db: Database) -> Database:
    """The sample board with the sample meeting recorded (as `tripartite meeting record` does)."""
    with as_file(files("tripartite.data").joinpath("sample", "meeting.toml")) as meeting_file:
        recording.record_meeting(sample_db, meeting_file, auth=operator(sample_db))
    return sample_db


def _events(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM events").fetchone()[0])


def _first(db: Database, kind: str) -> int:
    return next(r.id for r in followup.listing(db, dt.date(2026, 11, 20)) if r.kind.value == kind)


def test_the_sample_meeting_makes_a_record_per_condition_with_its_due_date(recorded: Database) -> None:
    records = followup.listing(recorded, dt.date(2026, 11, 20))
    assert [(r.kind.value, r.period, r.due_on) for r in records] == SAMPLE_DUES
    assert {r.request for r in records} == {"REQ-2026-0015"}
    assert {r.state for r in records} == {State.PENDING}
    assert not any(r.overdue for r in records)
    training = next(r for r in records if r.kind.value == "training")
    assert training.terms == {"locals": 2, "hours": 40}
    # Written with the decision, in its transaction, and vouched for by its event.
    payload = json.loads(
        recorded.execute("SELECT payload FROM events WHERE action = 'decision.recorded' AND payload LIKE '%followups%'")
        .fetchone()[0]
    )
    assert sorted(payload["followups"]) == sorted(r.id for r in records)
    assert set(payload["rows"]["followups"]) == {f"[{r.id}]" for r in records}
    assert audit_check.verify(recorded).ok


def test_evidence_then_verified(recorded: Database) -> None:
    record = _first(recorded, "housing_standard")
    auth = operator(recorded)
    stored = followup.file_evidence(
        recorded, record, [EvidenceFile("acta.pdf", b"%PDF-1.7 acta"), EvidenceFile("foto.jpg", b"\xff\xd8")],
        "Acta de la inspección", auth,
    )  # fmt: skip
    assert [e.name for e in stored] == ["acta.pdf", "foto.jpg"]
    assert followup.get(recorded, record, dt.date(2027, 3, 1)).state is State.EVIDENCE_SUBMITTED
    assert not followup.get(recorded, record, dt.date(2027, 3, 1)).overdue, "evidence filed: no longer overdue"
    assert followup.evidence_data(recorded, stored[0].id) == b"%PDF-1.7 acta"
    # More evidence may follow until the finding.
    followup.file_evidence(recorded, record, [EvidenceFile("anexo.pdf", b"anexo")], None, auth)
    followup.verify(recorded, record, State.VERIFIED, "  Vivienda conforme.  ", auth)
    found = followup.get(recorded, record, dt.date(2027, 3, 1))
    assert (found.state, found.note, found.evidence) == (State.VERIFIED, "Vivienda conforme.", 3)
    events = recorded.execute(
        "SELECT action, actor, payload FROM events WHERE action LIKE 'followup.%' ORDER BY seq"
    ).fetchall()
    assert [(a, actor) for a, actor, _ in events] == [
        ("followup.evidence_filed", "cli:secretary"),
        ("followup.evidence_filed", "cli:secretary"),
        ("followup.verified", "cli:secretary"),
    ]
    first = json.loads(events[0][2])
    assert [f["sha256"] for f in first["files"]] == [e.sha256 for e in stored]
    assert first["files"][0]["sha256"] == hashlib.sha256(b"%PDF-1.7 acta").hexdigest()
    assert len(json.loads(events[2][2])["evidence"]) == 3
    assert audit_check.verify(recorded).ok


def test_a_breach_is_found_from_pending_or_from_evidence(recorded: Database) -> None:
    auth = operator(recorded)
    training = _first(recorded, "training")
    followup.verify(recorded, training, State.BREACHED, "No training plan was submitted.", auth)
    housing = _first(recorded, "housing_standard")
    followup.file_evidence(recorded, housing, [EvidenceFile("x.pdf", b"x")], None, auth)
    followup.verify(recorded, housing, State.BREACHED, "The housing was not inspected.", auth)
    breached = followup.listing(recorded, dt.date(2027, 12, 31), State.BREACHED)
    assert [r.id for r in breached] == [housing, training]  # by due date
    assert not any(r.overdue for r in breached), "only a pending record is overdue"
    assert audit_check.verify(recorded).ok


def test_refusals_write_nothing(recorded: Database) -> None:
    auth = operator(recorded)
    training = _first(recorded, "training")
    before = _events(recorded)
    with pytest.raises(followup.FollowupRefused) as refused:
        followup.verify(recorded, training, State.VERIFIED, "Looks fine.", auth)
    assert (refused.value.code, refused.value.params) == ("followup_no_evidence", {"followup": training})
    with pytest.raises(followup.FollowupRefused) as refused:
        followup.verify(recorded, training, State.BREACHED, "   ", auth)
    assert refused.value.code == "followup_note_empty"
    with pytest.raises(followup.FollowupRefused) as refused:
        followup.file_evidence(recorded, 9999, [EvidenceFile("x", b"x")], None, auth)
    assert (refused.value.code, refused.value.params) == ("no_followup", {"followup": 9999})
    with pytest.raises(ValueError):
        followup.verify(recorded, training, State.WAIVED, "Waived.", auth)  # only a board decision waives
    assert _events(recorded) == before

    followup.verify(recorded, training, State.BREACHED, "Nothing came.", auth)
    before = _events(recorded)
    for attempt in (
        lambda: followup.file_evidence(recorded, training, [EvidenceFile("late.pdf", b"late")], None, auth),
        lambda: followup.verify(recorded, training, State.VERIFIED, "Late evidence.", auth),
        lambda: followup.verify(recorded, training, State.BREACHED, "Again.", auth),
    ):
        with pytest.raises(followup.FollowupRefused) as refused:
            attempt()
        assert (refused.value.code, refused.value.params) == (
            "followup_settled",
            {"followup": training, "state": State.BREACHED},
        )
    assert _events(recorded) == before
    assert recorded.execute("SELECT count(*) FROM followup_evidence").fetchone()[0] == 0


def test_the_state_is_checked_by_the_database_too(recorded: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        recorded.execute("UPDATE followups SET state = 'overdue' WHERE id = 1")


def test_only_the_secretary_or_the_chair_keeps_the_register(recorded: Database) -> None:
    set_pins(recorded)
    record = _first(recorded, "housing_standard")
    with pytest.raises(NotAuthorised) as refused:
        followup.file_evidence(recorded, record, [EvidenceFile("x.pdf", b"x")], None, unlock(recorded, "uni1"))
    assert refused.value.code == "needs_officer"
    followup.file_evidence(recorded, record, [EvidenceFile("x.pdf", b"x")], None, unlock(recorded, "sec1"))
    followup.verify(recorded, record, State.VERIFIED, "Conforme.", unlock(recorded, "gov1"))
    actors = [r[0] for r in recorded.execute("SELECT actor FROM events WHERE action LIKE 'followup.%' ORDER BY seq")]
    assert actors == ["sec1", "gov1"]


def test_overdue_is_derived_at_the_as_of_date(recorded: Database) -> None:
    def overdue(day: str) -> list[str]:
        return [r.due_on for r in followup.listing(recorded, dt.date.fromisoformat(day)) if r.overdue]

    assert overdue("2027-01-31") == [], "due on the day is not yet overdue"
    assert overdue("2027-02-01") == ["2027-01-31"]
    assert overdue("2027-06-01") == ["2027-01-31", "2027-02-20", "2027-05-20"]
    assert overdue("2028-01-01") == [d for _, _, d in SAMPLE_DUES]
    assert len(followup.listing(recorded, dt.date(2027, 1, 1), State.PENDING)) == 6
    assert followup.listing(recorded, dt.date(2027, 1, 1), State.VERIFIED) == []
    # The count a face shows at start-up agrees with the listing, without reading the records.
    for day in ("2027-01-31", "2027-02-01", "2027-03-01", "2027-06-01", "2028-01-01"):
        assert followup.overdue_count(recorded, dt.date.fromisoformat(day)) == len(overdue(day))


def test_a_record_names_its_employer(recorded: Database) -> None:
    employer = recorded.execute("SELECT employer_name FROM requests WHERE reference = 'REQ-2026-0015'").fetchone()[0]
    assert employer
    assert {r.employer for r in followup.listing(recorded, dt.date(2027, 1, 1))} == {employer}


def test_a_live_meeting_makes_records_and_a_condition_without_a_date_is_due_after_the_default(
    sample_db: Database,
) -> None:
    meeting_id, item = open_session(sample_db)  # REQ-2026-0015, meeting of 2026-12-04, 12 months
    chair = unlock(sample_db, "gov1")
    conditions = [
        {"kind": "wage_floor", "amount": 1500},
        {"kind": "reporting", "frequency": "half_yearly"},
        {"kind": "max_duration", "months": 8},
    ]
    motion = motions.open_motion(sample_db, item, Outcome.APPROVE_WITH_CONDITIONS, 3, conditions, chair)
    for member in VOTERS:
        ballots.cast(sample_db, motion, member, Vote.FOR, None, unlock(sample_db, member))
    ballots.reveal(sample_db, motion, chair)
    records = followup.listing(sample_db, dt.date(2026, 12, 4))
    # 180 days after 4 December 2026 is 2 June 2027; the validity is 8 months (max_duration), to 4 August 2027,
    # so one half-yearly report fits.
    assert [(r.kind.value, r.period, r.due_on) for r in records] == [
        ("wage_floor", None, "2027-06-02"),
        ("max_duration", None, "2027-06-02"),
        ("reporting", 1, "2027-06-04"),
    ]
    assert {r.meeting_id for r in records} == {meeting_id}
    assert audit_check.verify(sample_db).ok


def test_a_rejection_makes_no_records(sample_db: Database) -> None:
    _meeting, item = open_session(sample_db)
    chair = unlock(sample_db, "gov1")
    motion = motions.open_motion(sample_db, item, Outcome.REJECT, None, [], chair)
    for member in VOTERS:
        ballots.cast(sample_db, motion, member, Vote.FOR, None, unlock(sample_db, member))
    ballots.reveal(sample_db, motion, chair)
    assert followup.listing(sample_db, dt.date(2027, 1, 1)) == []


# ------------------------------------------------------------------------------------------ the board setting


def test_followup_default_days_is_a_board_setting(db: Database) -> None:
    raw = {"board": {"name": "B", "country": "ES", "followup_default_days": 90},
           "member": [{"id": "c", "name": "C", "constituency": "government", "role": "chair"}]}  # fmt: skip
    config = board.parse_board(raw)
    assert config.followup_default_days == 90
    assert board.parse_board({**raw, "board": {"name": "B", "country": "ES"}}).followup_default_days == 180
    for bad in (0, -5, 1.5, "90", True, 100_000):
        with pytest.raises(InputError) as error:
            board.parse_board({**raw, "board": {**raw["board"], "followup_default_days": bad}})
        assert [p.column for p in error.value.problems] == ["board.followup_default_days"]
    board.init_board(db, config)
    stored = board.read_board(db)
    assert stored is not None and stored.followup_default_days == 90
    assert followup.default_days(db) == 90
    from tripartite.board_settings import to_raw

    assert to_raw(stored)["board"]["followup_default_days"] == 90, "exported with the other settings"


# ------------------------------------------------------------------------------------------ planning


def test_reporting_recurs_until_the_validity_ends() -> None:
    day = dt.date(2027, 1, 31)
    monthly = followup.plan(day, 4, 180, [{"id": 1, "kind": "reporting", "frequency": "monthly"}])
    assert [p.due_on for p in monthly] == ["2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31"]
    assert [p.period for p in monthly] == [1, 2, 3, 4]
    yearly = followup.plan(day, 6, 180, [{"id": 1, "kind": "reporting", "frequency": "yearly"}])
    assert [(p.period, p.due_on) for p in yearly] == [(1, "2027-07-31")], "no whole year: one report at the end"


@given(
    day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)),
    months=st.integers(min_value=1, max_value=60),
    frequency=st.sampled_from(sorted(followup.PERIOD_MONTHS)),
)
def test_reporting_periods_are_whole_steps_from_the_decision_within_its_validity(
    day: dt.date, months: int, frequency: str
) -> None:
    step = followup.PERIOD_MONTHS[frequency]
    planned = followup.plan(day, months, 180, [{"id": 7, "kind": "reporting", "frequency": frequency}])
    until = followup.add_months(day, months)
    dues = [dt.date.fromisoformat(p.due_on) for p in planned]
    assert len(planned) == max(1, months // step)
    assert [p.period for p in planned] == list(range(1, len(planned) + 1))
    assert dues == sorted(set(dues)) and all(day < d <= until for d in dues)
    if months >= step:
        assert dues == [followup.add_months(day, step * k) for k in range(1, len(planned) + 1)]
    else:
        assert dues == [until]


@given(day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)),
       months=st.integers(min_value=0, max_value=120))  # fmt: skip
def test_add_months_keeps_the_day_or_the_months_last(day: dt.date, months: int) -> None:
    later = followup.add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day == day.day or (later.day < day.day and (later + dt.timedelta(days=1)).day == 1)


@given(
    day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)),
    default=st.integers(min_value=1, max_value=3660),
    due=st.one_of(st.none(), st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2110, 12, 31))),
)
def test_a_one_off_is_due_on_its_date_or_after_the_default(day: dt.date, default: int, due: dt.date | None) -> None:
    condition = {"id": 1, "kind": "training", "locals": 1, **({"due": due.isoformat()} if due else {})}
    (planned,) = followup.plan(day, 12, default, [condition])
    assert planned.due_on == (due or day + dt.timedelta(days=default)).isoformat()
    assert "due" not in planned.terms and planned.period is None


# ------------------------------------------------------------------------------------------ migration and audit


def test_m007_gives_an_upgraded_board_the_records_of_its_earlier_decisions(tmp_path: Path) -> None:
    """A database written by the code before m007 (the sample board, requests and meeting, as the fixture's
    docstring in tests/data/README.md says), upgraded on open."""
    path = tmp_path / "old.db"
    path.write_bytes(gzip.decompress((DATA / "board-m006-sample-meeting.db.gz").read_bytes()))
    with sqlite3.connect(path) as raw:
        assert "followups" not in {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    db = store.open_db(path)
    try:
        assert migrations.applied(db)[-1].name == "m007_conditions_followup"
        records = followup.listing(db, dt.date(2026, 11, 20))
        assert [(r.kind.value, r.period, r.due_on) for r in records] == SAMPLE_DUES
        last = db.execute("SELECT action, payload FROM events ORDER BY seq DESC LIMIT 1").fetchone()
        assert last[0] == "followup.created_for_earlier_decisions"
        assert set(json.loads(last[1])["rows"]["followups"]) == {f"[{r.id}]" for r in records}
        report = audit_check.verify(db)
        assert report.ok, report.findings
        config = board.read_board(db)
        assert config is not None and config.followup_default_days == 180, "an older board reads the default"
        followup.verify(db, records[0].id, State.BREACHED, "Not inspected.", operator(db))
        assert audit_check.verify(db).ok
    finally:
        db.close()


def test_audit_verify_names_a_follow_up_row_changed_outside_the_app(recorded: Database, db_path: Path) -> None:
    record = _first(recorded, "training")
    with sqlite3.connect(db_path) as intruder:
        intruder.execute("UPDATE followups SET due_on = '2030-01-01' WHERE id = ?", [record])
    (finding,) = audit_check.verify(recorded).findings
    assert (finding.code, finding.table, finding.key) == ("row_changed", "followups", str(record))


def test_audit_verify_names_an_evidence_file_swapped_outside_the_app(recorded: Database, db_path: Path) -> None:
    record = _first(recorded, "training")
    (stored,) = followup.file_evidence(
        recorded, record, [EvidenceFile("plan.pdf", b"the real plan")], None, operator(recorded)
    )
    with sqlite3.connect(db_path) as intruder:
        intruder.execute("UPDATE followup_evidence SET data = ? WHERE id = ?", [b"a forged plan", stored.id])
    (finding,) = audit_check.verify(recorded).findings
    assert (finding.code, finding.table, finding.key) == ("row_changed", "followup_evidence", str(stored.id))


def test_audit_verify_names_a_record_slipped_in_or_deleted(recorded: Database, db_path: Path) -> None:
    with sqlite3.connect(db_path) as intruder:
        intruder.execute("DELETE FROM followups WHERE id = (SELECT max(id) FROM followups)")
    findings = audit_check.verify(recorded).findings
    assert [(f.code, f.table) for f in findings] == [("row_deleted", "followups")]

