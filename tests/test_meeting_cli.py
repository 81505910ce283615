"""`tripartite meeting record` run as a real subprocess: the sample meeting, invalid files, quorum, ballots, rules.

DESIGN §4 (rules of procedure), §6 (audit), §8.3 (meeting files and the JSON output) and §8.4 (precise points).
The expected decisions are worked out by hand from data/sample/meeting.toml under the sample board's rule,
group_majority with 2 blocks required.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT

SAMPLE = ROOT / "data" / "sample"
SAMPLE_BOARD = SAMPLE / "board.toml"
SAMPLE_REQUESTS = SAMPLE / "requests.csv"
SAMPLE_MEETING = SAMPLE / "meeting.toml"
MEETING_TEXT = SAMPLE_MEETING.read_text(encoding="utf-8")
TABLES = ("meetings", "agenda_items", "motions", "ballots", "decisions", "events")
CONSTITUENCIES = {"government", "employer", "union"}
# FILE:LINE:KEY: message (value) — the key never holds a colon; the value in brackets is optional.
PROBLEM = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<key>[^:\s]+): (?P<message>.+?)(?: \((?P<value>[^()]*)\))?$")


def cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tripartite", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def copy_db(src: Path, dst: Path) -> Path:
    """A consistent copy through the SQLite backup API (the source is in WAL mode)."""
    with sqlite3.connect(src) as source, sqlite3.connect(dst) as target:
        source.backup(target)
    source.close()
    target.close()
    return dst


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def statuses(db: Path) -> dict[str, str]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT reference, status FROM requests"))
    finally:
        conn.close()


def new_board(directory: Path, board_text: str) -> Path:
    """`tripartite init` + `tripartite import` of the sample requests, the way a secretary sets a board up."""
    directory.mkdir(parents=True, exist_ok=True)
    board = directory / "board.toml"
    board.write_text(board_text, encoding="utf-8")
    db = directory / "board.db"
    result = cli("init", "--db", db, "--board", board)
    assert result.returncode == 0, result.stderr
    result = cli("import", SAMPLE_REQUESTS, "--db", db)
    assert result.returncode == 0, result.stderr
    return db


def record(meeting: Path, db: Path) -> tuple[subprocess.CompletedProcess[str], dict[str, Any] | None]:
    result = cli("meeting", "record", meeting, "--db", db, "--json")
    return result, json.loads(result.stdout) if result.returncode == 0 else None


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample board with its 48 requests, nothing recorded yet (copied by each test)."""
    return new_board(tmp_path_factory.mktemp("template"), SAMPLE_BOARD.read_text(encoding="utf-8"))


@pytest.fixture
def board_db(template: Path, tmp_path: Path) -> Path:
    return copy_db(template, tmp_path / "board.db")


@pytest.fixture(scope="module")
def recorded(template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], str]:
    """The sample meeting recorded once: the database, the JSON output and stderr."""
    db = copy_db(template, tmp_path_factory.mktemp("recorded") / "board.db")
    result, out = record(SAMPLE_MEETING, db)
    assert result.returncode == 0, result.stderr
    assert out is not None
    return db, out, result.stderr


# ------------------------------------------------------------------------------------------ the sample meeting

SEATED = ["gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2"]
PRESENT = [*SEATED, "sec1"]


def tally(gov: tuple[int, int, int], emp: tuple[int, int, int], uni: tuple[int, int, int]) -> dict[str, Any]:
    def group(counts: tuple[int, int, int]) -> dict[str, int]:
        return dict(zip(("for", "against", "abstain"), counts, strict=True))

    return {"government": group(gov), "employer": group(emp), "union": group(uni)}


def motion(outcome: str, adopted: bool, counted: dict[str, Any]) -> dict[str, Any]:
    return {
        "outcome": outcome,
        "adopted": adopted,
        "rule": "group_majority",
        "tally": counted,
        "casting_vote_used": False,
        "note": None,
    }


def test_the_sample_meeting_decides_every_item_as_the_minutes_say(recorded: tuple[Path, dict[str, Any], str]) -> None:
    db, out, stderr = recorded
    assert set(out) >= {"meeting_id", "items"}
    assert isinstance(out["meeting_id"], int)
    assert out.get("warnings", []) == [] and "warning" not in stderr, "a named-ballot board warns of nothing"
    assert [i["request"] for i in out["items"]] == ["REQ-2026-0001", "REQ-2026-0015", "REQ-2026-0003", "REQ-2026-0005"]
    item_keys = {
        "request",
        "quorum_met",
        "present",
        "entitled",
        "recused",
        "motions",
        "decision",
        "board_score",
        "constituency_scores",
        "divergence",
        "recommendation",
        "gates_failed",
    }
    for item in out["items"]:
        assert item_keys <= set(item), item_keys - set(item)
        assert item["quorum_met"] is True
        assert item["present"] == PRESENT, "present lists every member present, the secretary included"
        assert set(item["recommendation"]) == {"outcome", "conditions", "reason"}
        for m in item["motions"]:
            assert set(m) == {"outcome", "adopted", "rule", "tally", "casting_vote_used", "note"}
            assert set(m["tally"]) == CONSTITUENCIES
            assert all(set(t) == {"for", "against", "abstain"} for t in m["tally"].values())
        if item["decision"] is not None:
            assert set(item["decision"]) == {"outcome", "workers", "conditions"}
    first, borderline, gate, deferred = out["items"]

    # REQ-2026-0001: all eight seats for; approved as requested.
    assert first["entitled"] == SEATED and first["recused"] == []
    assert first["motions"] == [motion("approve", True, tally((3, 0, 0), (3, 0, 0), (2, 0, 0)))]
    assert first["decision"] == {"outcome": "approve", "workers": 12, "conditions": []}
    # Member totals over the criteria each scored (P1 10, P2 5, P3 7, I1 10, S1 8, S2 6; Σw = 46):
    # gov1 43.5/46 = 94.57, emp1 100, uni1 33.5/46 = 72.83; the board score is their mean.
    assert first["constituency_scores"] == {"government": 94.57, "employer": 100.0, "union": 72.83}
    assert first["board_score"] == 89.13 and first["divergence"] == 27.17
    assert first["recommendation"] == {"outcome": "approve", "conditions": [], "reason": "score_approve"}
    assert first["gates_failed"] == []

    # REQ-2026-0015: emp2 recused; government and employer blocks for, union block against → 2 of 3 blocks.
    assert borderline["recused"] == ["emp2"]
    assert borderline["entitled"] == ["gov1", "gov2", "gov3", "emp1", "emp3", "uni1", "uni2"]
    assert borderline["motions"] == [motion("approve_with_conditions", True, tally((2, 0, 1), (2, 0, 0), (0, 2, 0)))]
    decision = borderline["decision"]
    assert decision["outcome"] == "approve_with_conditions" and decision["workers"] == 3
    assert [c["kind"] for c in decision["conditions"]] == ["training", "housing_standard", "reporting"]
    training, housing, reporting = decision["conditions"]
    assert (training["locals"], training["hours"], training["due"]) == (2, 40, "2027-06-30")
    assert housing["due"] == "2027-01-31" and "inspección de trabajo" in housing["standard"]
    assert reporting["frequency"] == "quarterly"
    # Σw = 41 over P1, P3, I1, S1, S2: gov1 10/41 = 24.39, emp1 25.5/41 = 62.20, uni2 0 → board 28.86 < 40.
    assert borderline["constituency_scores"] == {"government": 24.39, "employer": 62.2, "union": 0.0}
    assert borderline["board_score"] == 28.86 and borderline["divergence"] == 62.2
    assert borderline["recommendation"]["outcome"] == "reject", "advisory only: the vote decided otherwise"

    # REQ-2026-0003: the wage is below the prevailing wage (G1); rejected with one employer abstention.
    assert gate["motions"] == [motion("reject", True, tally((3, 0, 0), (2, 0, 1), (2, 0, 0)))]
    assert gate["decision"] == {"outcome": "reject", "workers": 0, "conditions": []}
    assert gate["gates_failed"] == ["G1"]
    assert gate["recommendation"]["outcome"] == "reject"
    assert gate["board_score"] is None and gate["constituency_scores"] == {} and gate["divergence"] is None

    # REQ-2026-0005: round 1 (approve) has only the employer block for; round 2 (defer) has government and union.
    assert deferred["motions"] == [
        motion("approve", False, tally((1, 2, 0), (3, 0, 0), (0, 2, 0))),
        motion("defer", True, tally((3, 0, 0), (1, 1, 1), (2, 0, 0))),
    ]
    assert deferred["decision"] == {"outcome": "defer", "workers": 0, "conditions": []}
    assert deferred["recommendation"]["outcome"] == "defer", "no advertising data: G3 is unknown"
    assert deferred["gates_failed"] == []

    assert {ref: s for ref, s in statuses(db).items() if s != "pending"} == {
        "REQ-2026-0001": "decided",
        "REQ-2026-0015": "decided",
        "REQ-2026-0003": "decided",
        "REQ-2026-0005": "deferred",
    }
    # Named ballots: every vote in the file is a ballot row (8 + 7 + 8 + 8 + 8).
    assert counts(db)["ballots"] == 39


def test_the_plain_output_summarises_each_item(board_db: Path) -> None:
    result = cli("meeting", "record", SAMPLE_MEETING, "--db", board_db)
    assert result.returncode == 0, result.stderr
    assert "4 items" in result.stdout
    assert "REQ-2026-0005: defer" in result.stdout and "round 2" in result.stdout


# -------------------------------------------------------------------------------------------- invalid files

VOTES_0003 = (
    'votes = { gov1 = "for", gov2 = "for", gov3 = "for", emp1 = "for", emp2 = "abstain", emp3 = "for", '
    'uni1 = "for", uni2 = "for" }'
)

# name: (old text, new text, expected key, expected value or None if not checked, words of the message).
INVALID: dict[str, tuple[str, str, str, str | None, str]] = {
    "unknown-present": (
        '"uni2", "sec1"]',
        '"uni2", "sec1", "zzz9"]',
        "meeting.present",
        "zzz9",
        "no member with this id",
    ),
    "vote-absent": (
        'emp3 = "for", uni1 = "for", uni2 = "for" }\n\n# Borderline',
        'emp3 = "for", uni1 = "for", uni2 = "for", uni3 = "for" }\n\n# Borderline',
        "item[0].motion[0].votes.uni3",
        "uni3",
        "may not vote, score or dissent on the item: absent",
    ),
    "vote-recused": (
        'gov3 = "abstain", emp1 = "for", emp3 = "for"',
        'gov3 = "abstain", emp1 = "for", emp2 = "for", emp3 = "for"',
        "item[1].motion[0].votes.emp2",
        "emp2",
        "may not vote, score or dissent on the item: recused",
    ),
    "vote-secretary": (
        VOTES_0003,
        VOTES_0003.replace(" }", ', sec1 = "for" }'),
        "item[2].motion[0].votes.sec1",
        "sec1",
        "may not vote, score or dissent on the item: the secretary does not vote",
    ),
    "score-absent": (
        "scores.uni1 = { P1 = 10,",
        "scores.uni3 = { P1 = 10,",
        "item[0].scores.uni3",
        "uni3",
        "may not vote, score or dissent on the item: absent",
    ),
    "unknown-criterion": (
        "scores.emp1 = { P1 = 20, P2 = 20",
        "scores.emp1 = { P1 = 20, X9 = 20",
        "item[0].scores.emp1.X9",
        "20",
        "no criterion with this code",
    ),
    "score-15": (
        "scores.emp1 = { P1 = 20, P2 = 20",
        "scores.emp1 = { P1 = 15, P2 = 20",
        "item[0].scores.emp1.P1",
        "15",
        "points must be 0, 10 or 20",
    ),
    "unknown-request": (
        'request = "REQ-2026-0003"',
        'request = "REQ-2099-0003"',
        "item[2].request",
        "REQ-2099-0003",
        "no request with this reference",
    ),
    "motion-after-adopted": (
        "\n# Missing evidence",
        '\n[[item.motion]]\noutcome = "defer"\n' + VOTES_0003 + "\n\n# Missing evidence",
        "item[2].motion[1]",
        None,
        "a motion after an adopted one",
    ),
    "unknown-meeting-key": (
        'apologies = ["uni3"]',
        'apologies = ["uni3"]\nchairperson = "gov1"',
        "meeting.chairperson",
        "chairperson",
        "unknown key",
    ),
    "broken-toml": (
        'title = "Sesión ordinaria 11/2026"',
        'title = "Sesión ordinaria 11/2026',
        "-",
        None,
        "the TOML cannot be read",
    ),
}


def _bad_file(tmp_path: Path, old: str, new: str) -> tuple[Path, int]:
    """The sample meeting with one edit, and the line the edit starts on (the offending key)."""
    assert MEETING_TEXT.count(old) == 1, old
    text = MEETING_TEXT.replace(old, new)
    path = tmp_path / "meeting.toml"
    path.write_text(text, encoding="utf-8")
    changed = next(
        n for n, (a, b) in enumerate(zip(MEETING_TEXT.splitlines(), text.splitlines(), strict=False), 1) if a != b
    )
    return path, changed


def _problems(stderr: str, path: Path) -> list[re.Match[str]]:
    lines = [line for line in stderr.splitlines() if line.startswith(f"{path}:")]
    matches = [PROBLEM.match(line) for line in lines]
    assert all(matches), f"not FILE:LINE:KEY: message (value): {lines}"
    return [m for m in matches if m]


@pytest.mark.parametrize("case", list(INVALID))
def test_an_invalid_meeting_file_exits_2_names_the_key_and_records_nothing(
    board_db: Path, tmp_path: Path, case: str
) -> None:
    old, new, key, value, words = INVALID[case]
    path, changed_line = _bad_file(tmp_path, old, new)
    before, before_status = counts(board_db), statuses(board_db)

    result, _ = record(path, board_db)

    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == "", "nothing is printed on stdout for a refused file"
    assert "Traceback" not in result.stderr
    problems = _problems(result.stderr, path)
    assert len(problems) == 1, result.stderr
    problem = problems[0]
    assert problem["key"] == key
    if value is not None:
        assert problem["value"] == value
    assert words in problem["message"]
    line = int(problem["line"])
    # At least within the offending [meeting] or [[item]] (the exact key line is checked below).
    heads = [n for n, text in enumerate(MEETING_TEXT.splitlines(), 1) if text in ("[meeting]", "[[item]]")]
    assert max(n for n in heads if n <= changed_line) <= line <= changed_line
    assert "nothing was written" in result.stderr
    assert counts(board_db) == before
    assert statuses(board_db) == before_status


@pytest.mark.parametrize("case", list(INVALID))
def test_the_problem_line_is_the_offending_keys_line(board_db: Path, tmp_path: Path, case: str) -> None:
    old, new, *_ = INVALID[case]
    path, changed_line = _bad_file(tmp_path, old, new)
    result, _ = record(path, board_db)
    assert [int(p["line"]) for p in _problems(result.stderr, path)] == [changed_line]


def test_a_database_without_a_board_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "no-board.db"
    assert cli("import", SAMPLE_REQUESTS, "--db", db).returncode == 0
    before = counts(db)
    result, _ = record(SAMPLE_MEETING, db)
    assert result.returncode == 2
    problems = _problems(result.stderr, SAMPLE_MEETING)
    assert len(problems) == 1 and "no board" in problems[0]["message"]
    assert counts(db) == before


# Values of the wrong TOML type, or that only the database refuses, must be problems (exit 2), not a traceback (exit 1,
# which `audit verify` uses for a failed check). Each is a file a secretary could type.
WRONG_TYPES = {
    "scores-not-a-table": (
        "scores.emp1 = { P1 = 20, P2 = 20, P3 = 20, I1 = 20, S1 = 20, S2 = 20 }",
        "scores.emp1 = 20",
        "record.py:272 dict(sheet) on an int: TypeError",
    ),
    "votes-not-a-table": (VOTES_0003, 'votes = "all for"', "record.py:326 .items() on a str: AttributeError"),
    "attest-not-a-table": (
        'request = "REQ-2026-0003"\nattest = { G6 = true, G7 = true }',
        'request = "REQ-2026-0003"\nattest = true',
        "record.py:204 .items() on a bool: AttributeError",
    ),
    "conditions-not-a-list": (
        "workers = 3\nconditions = [",
        'workers = 3\nconditions = "none"\nxconditions = [',
        "record.py:322 iterates the characters of a str and conditions.check_condition calls .get: AttributeError",
    ),
    "proposed-by-unknown-member": (
        'outcome = "reject"\n',
        'outcome = "reject"\nproposed_by = "zzz9"\n',
        "record.py:358 proposed_by is never checked; the motions insert fails with sqlite3.IntegrityError "
        "(FOREIGN KEY) inside _write",
    ),
    "approve-with-0-workers": (
        "workers = 12",
        "workers = 0",
        "record.py:314-317 accepts 0 workers on an approving motion; meeting.propose then raises "
        "'error: workers approved must be between 1 and the 12 requested' with no FILE:LINE:KEY",
    ),
}


@pytest.mark.parametrize("case", list(WRONG_TYPES))
def test_a_bad_value_is_a_problem_not_a_crash(board_db: Path, tmp_path: Path, case: str) -> None:
    old, new, _ = WRONG_TYPES[case]
    path, _ = _bad_file(tmp_path, old, new)
    before = counts(board_db)
    result, _ = record(path, board_db)
    assert counts(board_db) == before, "whatever the message, nothing may be written"
    assert "Traceback" not in result.stderr
    assert result.returncode == 2
    assert _problems(result.stderr, path), result.stderr


def test_a_bad_condition_value_lists_the_allowed_values(board_db: Path, tmp_path: Path) -> None:
    path, _ = _bad_file(tmp_path, 'frequency = "quarterly"', 'frequency = "hourly"')
    result, _ = record(path, board_db)
    assert result.returncode == 2
    (problem,) = _problems(result.stderr, path)
    assert problem["key"] == "item[1].motion[0].conditions[2].frequency"
    assert "{" not in problem["message"], problem["message"]


# ---------------------------------------------------------------------------------------------- no quorum

NO_UNION = """\
[meeting]
title = "Session without the unions"
date = "2026-11-27"
present = ["gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "sec1"]
apologies = ["uni1", "uni2", "uni3"]

[[item]]
request = "REQ-2026-0002"
scores.gov1 = { P1 = 20, I1 = 10 }

[[item.motion]]
outcome = "approve"
workers = 6
votes = { gov1 = "for", gov2 = "for", gov3 = "for", emp1 = "for", emp2 = "for", emp3 = "for" }
"""


def test_an_item_without_quorum_is_minuted_undecided(board_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "no-union.toml"
    path.write_text(NO_UNION, encoding="utf-8")
    result, out = record(path, board_db)
    assert result.returncode == 0, result.stderr
    assert out is not None
    (item,) = out["items"]
    assert item["request"] == "REQ-2026-0002"
    assert item["quorum_met"] is False
    assert item["motions"] == []
    assert item["decision"] is None
    assert item["note"] == "no_quorum"
    assert item["present"] == ["gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "sec1"]
    assert item["entitled"] == ["gov1", "gov2", "gov3", "emp1", "emp2", "emp3"]
    assert counts(board_db)["ballots"] == 0 and counts(board_db)["decisions"] == 0
    assert cli("audit", "verify", "--db", board_db).returncode == 0


def test_a_request_not_decided_for_want_of_quorum_can_go_on_the_next_agenda(board_db: Path, tmp_path: Path) -> None:
    first = tmp_path / "no-union.toml"
    first.write_text(NO_UNION, encoding="utf-8")
    assert record(first, board_db)[0].returncode == 0
    second = tmp_path / "next.toml"
    second.write_text(
        NO_UNION.replace('"emp3", "sec1"]', '"emp3", "uni1", "sec1"]')
        .replace('apologies = ["uni1", ', "apologies = [")
        .replace('emp3 = "for" }', 'emp3 = "for", uni1 = "for" }'),
        encoding="utf-8",
    )
    result, out = record(second, board_db)
    assert result.returncode == 0, result.stderr
    assert out is not None and out["items"][0]["decision"]["outcome"] == "approve"


# ---------------------------------------------------------------------------------------------- secret ballot

SECRET_MEETING = """\
[meeting]
title = "Secret-ballot session"
date = "2026-11-21"
present = ["gov1", "gov2", "gov3", "emp1", "emp2", "emp3", "uni1", "uni2", "sec1"]

[[item]]
request = "REQ-2026-0001"

[[item.motion]]
outcome = "approve"
workers = 10
tally = { government = { for = 2, against = 0, abstain = 1 }, union = { for = 2, against = 0, abstain = 0 } }

[[item]]
request = "REQ-2026-0002"

[[item.motion]]
outcome = "reject"
tally = { government = { for = 1, against = 2, abstain = 0 }, employer = { for = 0, against = 3, abstain = 0 }, \
union = { for = 1, against = 0, abstain = 0 } }

[[item]]
request = "REQ-2026-0004"

[[item.motion]]
outcome = "defer"
votes = { gov1 = "for", gov2 = "for", gov3 = "for", emp1 = "against", emp2 = "against", uni1 = "for", uni2 = "for" }
comments = { uni1 = "A private explanation of vote that a secret ballot must not keep." }
"""


@pytest.fixture
def secret_db(tmp_path: Path) -> Path:
    text = SAMPLE_BOARD.read_text(encoding="utf-8")
    assert text.count('ballot = "named"') == 1
    return new_board(tmp_path / "secret", text.replace('ballot = "named"', 'ballot = "secret"'))


def test_a_secret_ballot_is_decided_from_the_tally_and_keeps_no_identities(secret_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "secret.toml"
    path.write_text(SECRET_MEETING, encoding="utf-8")
    result, out = record(path, secret_db)
    assert result.returncode == 0, result.stderr
    assert out is not None
    by_ref = {i["request"]: i for i in out["items"]}

    # Government and union blocks for: 2 of 3 → adopted. The employer group, not given, counts zeros.
    (m,) = by_ref["REQ-2026-0001"]["motions"]
    assert m["tally"] == tally((2, 0, 1), (0, 0, 0), (2, 0, 0))
    assert m["adopted"] is True and m["rule"] == "group_majority"
    assert by_ref["REQ-2026-0001"]["decision"] == {"outcome": "approve", "workers": 10, "conditions": []}

    # Government and employer blocks against, the union's single voter for → not adopted, and identifying.
    (m,) = by_ref["REQ-2026-0002"]["motions"]
    assert m["tally"] == tally((1, 2, 0), (0, 3, 0), (1, 0, 0))
    assert m["adopted"] is False and by_ref["REQ-2026-0002"]["decision"] is None

    # Per-member votes are accepted and counted, then their identities are discarded.
    (m,) = by_ref["REQ-2026-0004"]["motions"]
    assert m["tally"] == tally((3, 0, 0), (0, 2, 0), (2, 0, 0)) and m["adopted"] is True

    warnings = out["warnings"]
    assert len(warnings) == 1, warnings
    assert "REQ-2026-0002" in warnings[0] and "union" in warnings[0]
    assert f"warning: {warnings[0]}" in result.stderr.splitlines()

    conn = sqlite3.connect(secret_db)
    try:
        assert conn.execute("SELECT count(*) FROM motions").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM ballots").fetchone()[0] == 0, "identities discarded"
        stored = json.loads(
            conn.execute(
                "SELECT mo.tally FROM motions mo JOIN agenda_items ai ON ai.id = mo.item_id "
                "JOIN requests r ON r.id = ai.request_id WHERE r.reference = 'REQ-2026-0004'"
            ).fetchone()[0]
        )
        assert stored == tally((3, 0, 0), (0, 2, 0), (2, 0, 0))
        events = " ".join(p for (p,) in conn.execute("SELECT payload FROM events"))
        assert "private explanation" not in events
        assert conn.execute("SELECT count(*) FROM events WHERE action = 'ballot.cast'").fetchone()[0] == 0
    finally:
        conn.close()
    assert cli("audit", "verify", "--db", secret_db).returncode == 0


def test_a_secret_tally_larger_than_the_group_is_refused(secret_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "secret.toml"
    path.write_text(SECRET_MEETING.replace("for = 2, against = 0, abstain = 0 } }", "for = 3, against = 0, "
                                           "abstain = 0 } }"), encoding="utf-8")  # fmt: skip
    before = counts(secret_db)
    result, _ = record(path, secret_db)
    assert result.returncode == 2
    (problem,) = _problems(result.stderr, path)
    assert problem["key"] == "item[0].motion[0].tally.union" and problem["value"] == "3"
    assert counts(secret_db) == before


def test_a_bare_tally_on_a_named_ballot_board_is_refused(board_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "secret.toml"
    path.write_text(SECRET_MEETING, encoding="utf-8")
    before = counts(board_db)
    result, _ = record(path, board_db)
    assert result.returncode == 2
    keys = [p["key"] for p in _problems(result.stderr, path)]
    assert keys == ["item[0].motion[0].tally", "item[1].motion[0].tally"]
    assert counts(board_db) == before


# ------------------------------------------------------------------------------------------ consensus board


def test_consensus_falls_back_to_group_majority_on_one_objection(tmp_path: Path) -> None:
    text = SAMPLE_BOARD.read_text(encoding="utf-8")
    old = 'decision_rule = "group_majority"'
    assert text.count(old) == 1
    db = new_board(
        tmp_path / "consensus", text.replace(old, 'decision_rule = "consensus"\nconsensus_fallback = "group_majority"')
    )
    result, out = record(SAMPLE_MEETING, db)
    assert result.returncode == 0, result.stderr
    assert out is not None
    rules = {i["request"]: [(m["rule"], m["note"], m["adopted"]) for m in i["motions"]] for i in out["items"]}
    assert rules == {
        # Nobody against, some for: consensus.
        "REQ-2026-0001": [("consensus", None, True)],
        "REQ-2026-0003": [("consensus", None, True)],
        # Objections: the fallback decides and says so.
        "REQ-2026-0015": [("group_majority", "no_consensus_fallback", True)],
        "REQ-2026-0005": [
            ("group_majority", "no_consensus_fallback", False),
            # A single objection (emp1) breaks consensus; government and union blocks carry it.
            ("group_majority", "no_consensus_fallback", True),
        ],
    }
    deferred = out["items"][3]
    assert deferred["motions"][1]["tally"]["employer"] == {"for": 1, "against": 1, "abstain": 1}
    assert deferred["decision"]["outcome"] == "defer"
    assert cli("audit", "verify", "--db", db).returncode == 0
