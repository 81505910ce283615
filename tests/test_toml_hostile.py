"""Hostile board and meeting files: wrong TOML types, deep nesting, huge numbers, control characters.

Each gets exit 2 and one line ``FILE:LINE:KEY: message (value)`` with every control character escaped,
and nothing is written (``init`` creates no board; ``meeting record`` leaves the database as it was).
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import ROOT
from .hostile import assert_clean_stderr, fingerprint, run_cli

SAMPLE = ROOT / "data" / "sample"
BOARD_TEXT = (SAMPLE / "board.toml").read_text(encoding="utf-8")
MEETING_TEXT = (SAMPLE / "meeting.toml").read_text(encoding="utf-8")
PROBLEM = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<key>[^:\s]+): (?P<message>.+?)(?: \((?P<value>[^()]*)\))?$")
DEEP_ARRAY = "[" * 5000 + "]" * 5000
DEEP_TABLE = "{ a = " * 5000 + "1" + " }" * 5000


def edited(text: str, old: str, new: str, marker: str | None) -> tuple[str, int]:
    """The text with one edit, and the line of the problem: where ``marker`` first appears in the edit, else
    where the edit starts."""
    assert text.count(old) == 1, old
    start = text.index(old)
    changed = text.replace(old, new)
    at = start + (new.index(marker) if marker else 0)
    return changed, changed[:at].count("\n") + 1


def only_problem(stderr: str, path: Path) -> re.Match[str]:
    assert_clean_stderr(stderr)
    lines = [line for line in stderr.splitlines() if line.startswith(f"{path}:")]
    assert len(lines) == 1, stderr
    match = PROBLEM.match(lines[0])
    assert match, lines[0]
    assert stderr.splitlines()[-1] == "nothing was written (1 problem(s))"
    return match


# ----------------------------------------------------------------------------------------------- board.toml

BOARD_CASES = {
    # case: (old, new, key, value or None, words in the message)
    "deep-array": (
        'shortage_list = ["2221"',
        f'shortage_list = [{DEEP_ARRAY}, "2221"',
        "shortage_list",
        None,
        "nested deeper",
    ),
    "deep-table": ('quorum = "half_and_each_group"', f"quorum = {DEEP_TABLE}", "quorum", None, "nested deeper"),
    "huge-integer": (
        "groups_required = 2",
        "groups_required = " + "9" * 5000,
        "groups_required",
        None,
        "too many digits",
    ),
    "nul-in-criteria-path": (
        'criteria = "default"',
        'criteria = "cat\\u0000.toml"',
        "board.criteria",
        "cat\\x00.toml",
        "control character",
    ),
    "escape-in-a-choice": (
        'ballot = "named"',
        'ballot = "\\u001b[2J\\u001b[31mnamed"',
        "board.ballot",
        "\\x1b[2J\\x1b[31mnamed",
        "must be one of",
    ),
    "escape-in-a-name": (
        'name = "Javier Martín Góngora"',
        'name = "Javier\\u001b]0;owned\\u0007"',
        "member[1].name",
        "Javier\\x1b]0;owned\\x07",
        "control character",
    ),
    "newline-in-board-name": (
        "Inmigración — ejemplo",
        "Inmigración\\n— ejemplo",
        "board.name",
        None,
        "control character",
    ),
    "nan-minimum-wage": (
        "statutory_minimum_wage = 1184",
        "statutory_minimum_wage = nan",
        "board.statutory_minimum_wage",
        None,
        "usable number",
    ),
    "inf-minimum-wage": (
        "statutory_minimum_wage = 1184",
        "statutory_minimum_wage = inf",
        "board.statutory_minimum_wage",
        None,
        "usable number",
    ),
    "list-for-a-member-id": ('id = "gov2"', 'id = ["gov2"]', "member[1].id", "['gov2']", "letters, digits"),
    "table-for-a-string": (
        'constituency = "government"\nrole = "member"\n\n[[member]]\nid = "gov3"',
        'constituency = { name = "government" }\nrole = "member"\n\n[[member]]\nid = "gov3"',
        "member[1].constituency",
        None,
        "must be one of",
    ),
    "list-for-alternate": (
        'id = "gov3"',
        'id = "gov3"\nalternate_of = ["gov1"]',
        "member[2].alternate_of",
        "['gov1']",
        "a member id",
        "alternate_of",
    ),
}


@pytest.mark.parametrize("case", list(BOARD_CASES))
def test_a_hostile_board_file_is_one_line_and_creates_nothing(tmp_path: Path, case: str) -> None:
    old, new, key, value, words, *marker = BOARD_CASES[case]
    text, line = edited(BOARD_TEXT, old, new, marker[0] if marker else None)
    board = tmp_path / "board.toml"
    board.write_text(text, encoding="utf-8")
    db = tmp_path / "board.db"
    code, out, err = run_cli("init", "--db", db, "--board", board)
    assert code == 2, out + err
    problem = only_problem(err, board)
    assert (problem["key"], int(problem["line"])) == (key, line)
    assert words in problem["message"]
    if value is not None:
        assert problem["value"] == value
    assert not db.exists(), "a refused board file creates no database"


# --------------------------------------------------------------------------------------------- meeting.toml

MEETING_CASES = {
    "list-for-a-request": (
        'request = "REQ-2026-0003"',
        'request = ["gov1"]',
        "item[2].request",
        "['gov1']",
        "must be a reference",
    ),
    "table-for-a-request": (
        'request = "REQ-2026-0003"',
        "request = { ref = 3 }",
        "item[2].request",
        None,
        "must be a reference",
    ),
    "time-for-a-request": (
        'request = "REQ-2026-0003"',
        "request = 07:32:00",
        "item[2].request",
        "07:32:00",
        "must be a reference",
    ),
    "huge-int-for-a-request": (
        'request = "REQ-2026-0003"',
        "request = " + "1" + "0" * 30,
        "item[2].request",
        None,
        "must be a reference",
    ),
    "list-for-a-vote": (
        'gov2 = "for", gov3 = "for", emp1 = "for", emp2 = "abstain"',
        'gov2 = ["for"], gov3 = "for", emp1 = "for", emp2 = "abstain"',
        "item[2].motion[0].votes.gov2",
        None,
        "must be one of",
    ),
    "table-for-a-vote": (
        'gov2 = "for", gov3 = "for", emp1 = "for", emp2 = "abstain"',
        'gov2 = { v = "for" }, gov3 = "for", emp1 = "for", emp2 = "abstain"',
        "item[2].motion[0].votes.gov2",
        None,
        "must be one of",
    ),
    "list-for-a-dissenter": ('member = "uni1"', 'member = ["uni1"]', "item[1].dissent[0]", None, "must be"),
    "list-for-a-proposer": (
        'outcome = "reject"',
        'outcome = "reject"\nproposed_by = ["gov1"]',
        "item[2].motion[0].proposed_by",
        "['gov1']",
        "a member id",
        "proposed_by",
    ),
    "list-for-the-title": (
        'title = "Sesión ordinaria 11/2026"',
        'title = ["Ordinary session"]',
        "meeting.title",
        None,
        "must be text",
    ),
    "huge-int-for-the-place": (
        'place = "Ministerio de Inclusión, Seguridad Social y Migraciones — sala 3"',
        "place = " + "1" + "0" * 30,
        "meeting.place",
        None,
        "must be text",
    ),
    "deep-array": ('apologies = ["uni3"]', f"apologies = {DEEP_ARRAY}", "apologies", None, "nested deeper"),
    "deep-table": (
        'attest = { G6 = true, G7 = true }\n\n[[item.motion]]\noutcome = "reject"',
        f'attest = {DEEP_TABLE}\n\n[[item.motion]]\noutcome = "reject"',
        "attest",
        None,
        "nested deeper",
    ),
    # A value inside an inline array is located at its key's line (tomllib gives no positions).
    "nan-in-a-condition": (
        'conditions = [\n  { kind = "training", locals = 2, hours = 40',
        'conditions = [\n  { kind = "training", locals = 2, hours = nan',
        "item[1].motion[0].conditions[0].hours",
        "nan",
        "usable number",
    ),
    # A value inside an inline array is located at its key's line (tomllib gives no positions).
    "inf-in-a-condition": (
        'conditions = [\n  { kind = "training", locals = 2, hours = 40',
        'conditions = [\n  { kind = "training", locals = 2, hours = inf',
        "item[1].motion[0].conditions[0].hours",
        "inf",
        "usable number",
    ),
    "escape-in-a-comment": (
        'uni2 = "Por las mismas razones que mi compañera Rocío Jiménez Cañete."',
        'uni2 = "Same\\u001b[2J reasons."',
        "item[1].motion[0].comments.uni2",
        "Same\\x1b[2J reasons.",
        "control character",
    ),
    "escape-in-a-vote": (
        'gov2 = "for", gov3 = "for", emp1 = "for", emp2 = "abstain"',
        'gov2 = "f\\u001b[8mor", gov3 = "for", emp1 = "for", emp2 = "abstain"',
        "item[2].motion[0].votes.gov2",
        "f\\x1b[8mor",
        "must be one of",
    ),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("toml-template")
    db = folder / "board.db"
    assert run_cli("init", "--db", db, "--board", SAMPLE / "board.toml")[0] == 0
    assert run_cli("import", SAMPLE / "requests.csv", "--db", db)[0] == 0
    return db


@pytest.mark.parametrize("case", list(MEETING_CASES))
def test_a_hostile_meeting_file_is_one_line_and_records_nothing(template: Path, tmp_path: Path, case: str) -> None:
    old, new, key, value, words, *marker = MEETING_CASES[case]
    text, line = edited(MEETING_TEXT, old, new, marker[0] if marker else None)
    meeting = tmp_path / "meeting.toml"
    meeting.write_text(text, encoding="utf-8")
    db = tmp_path / "board.db"
    shutil.copy(template, db)
    before = fingerprint(db)
    code, out, err = run_cli("meeting", "record", meeting, "--db", db)
    assert code == 2, out + err
    problem = only_problem(err, meeting)
    assert (problem["key"], int(problem["line"])) == (key, line)
    assert words in problem["message"], problem["message"]
    if value is not None:
        assert problem["value"] == value
    assert fingerprint(db) == before


# ------------------------------------------------------------------------- any value where any value was

KEY_LINE = re.compile(r"^(\s*[A-Za-z0-9_.]+\s*=\s*)(.*)$", re.MULTILINE)


def toml_value(value: object) -> str:
    """A Python value written as a TOML value (strings as JSON strings, which TOML reads the same)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(str(value), repr(value))
    if isinstance(value, int | str):
        return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    return value.isoformat()  # type: ignore[attr-defined]  # dates and times


MEMBER_IDS = st.sampled_from(["gov1", "emp1", "uni1", "sec1", "zzz9", "REQ-2026-0003", "for", "approve", "G6", "P1"])
SCALARS = st.one_of(
    MEMBER_IDS,
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=8),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.times(),
)
TOML_VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.from_regex(r"[a-z][a-z0-9_]{0,5}", fullmatch=True), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
@pytest.mark.parametrize("which", ["board", "meeting"])
def test_any_value_in_place_of_any_value_is_a_problem_or_valid(
    template: Path, tmp_path: Path, which: str, data: st.DataObject
) -> None:
    """The file checkers take whatever TOML value at any key: a valid file, or one-line problems and no write."""
    text = BOARD_TEXT if which == "board" else MEETING_TEXT
    lines = list(KEY_LINE.finditer(text))
    found = data.draw(st.sampled_from(lines))
    value = toml_value(data.draw(TOML_VALUES))
    mutant = text[: found.start(2)] + value + text[found.end(2) :]
    path = tmp_path / f"{which}.toml"
    path.write_text(mutant, encoding="utf-8")
    db = tmp_path / "board.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    if which == "board":
        code, _, err = run_cli("init", "--db", db, "--board", path)
        assert code in (0, 2), err
        assert_clean_stderr(err)
        assert code == 0 or not db.exists()
    else:
        shutil.copy(template, db)
        before = fingerprint(db)
        code, _, err = run_cli("meeting", "record", path, "--db", db)
        assert code in (0, 2), err
        assert_clean_stderr(err)
        assert code == 0 or fingerprint(db) == before
    if code == 2:
        problems = [line for line in err.splitlines()[:-1] if not line.startswith("warning:")]
        assert problems and all(PROBLEM.match(line) for line in problems), err
