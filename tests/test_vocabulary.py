"""Every enum value a face shows, and every refusal code, has its words in each face's vocabulary.

The faces: the app (``tripartite.ui.labels`` for enums, ``tripartite.ui.refusal_words`` for refusals),
the command line (:mod:`tripartite.cli_text`) and the PDF minutes (``tripartite.reports.words``). The
enums are every ``StrEnum`` of :mod:`tripartite.models` plus the assessment's ``Family`` and
``GateStatus``, found by walking the module, so a new enum fails here until each face has its words
(or, for the minutes, a reason in :data:`NOT_IN_THE_MINUTES`). Refusals are said by the app and the
command line only: the minutes are built from a record that was accepted.
"""

from __future__ import annotations

import ast
import builtins
import enum
import inspect
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tripartite import cli_text, models
from tripartite.criteria import Family
from tripartite.errors import Refusal
from tripartite.gates import GateStatus
from tripartite.meetings.minutes_data import Condition
from tripartite.refusals import REFUSALS
from tripartite.reports import phrases
from tripartite.reports import words as pdf_words
from tripartite.ui import labels, plurals, problem_words, refusal_words

from .test_layering import FACES

SHOWN: list[type[enum.Enum]] = [
    *(
        c
        for _, c in inspect.getmembers(models, inspect.isclass)
        if issubclass(c, enum.Enum) and c.__module__ == models.__name__
    ),
    Family,
    GateStatus,
]


def _ids(value: object) -> str:
    return getattr(value, "__name__", str(value))


def test_the_enums_are_found() -> None:
    assert {models.Outcome, models.Vote, models.MeetingStatus, models.ConditionKind, Family} <= set(SHOWN)


@pytest.mark.parametrize("kind", SHOWN, ids=_ids)
def test_the_app_has_words_for_every_value(kind: type[enum.Enum]) -> None:
    table = labels.TABLES[kind]
    assert [m for m in kind if m not in table] == []
    assert all(labels.words(m) and "_" not in labels.words(m) for m in kind), "never the stored spelling"


@pytest.mark.parametrize("kind", SHOWN, ids=_ids)
def test_the_command_line_has_words_for_every_value(kind: type[enum.Enum]) -> None:
    table = cli_text.TABLES[kind]
    assert [m for m in kind if m not in table] == []
    assert all("_" not in cli_text.words(m) for m in kind), "never the stored spelling"


def test_the_app_and_the_command_line_have_words_for_every_follow_up_state() -> None:
    from tripartite.followup import State

    assert set(labels.FOLLOWUP_STATES) == {s.value for s in State}
    assert set(cli_text.FOLLOWUP_STATES) == {s.value for s in State}
    assert all(labels.followup_state(s) and "_" not in labels.followup_state(s) for s in State)


def test_the_app_and_the_command_line_give_a_table_only_to_enums_that_exist() -> None:
    assert set(labels.TABLES) == set(SHOWN)
    assert set(cli_text.TABLES) == set(SHOWN)


# The enums the minutes never print as a word, and why.
NOT_IN_THE_MINUTES: dict[type[enum.Enum], str] = {
    models.MeetingStatus: "minutes are built for a closed meeting only; their signatures, not a word, say signed",
    models.RequestStatus: "the minutes record each item's decision, not where its request stands in the register",
    models.ItemStatus: "an item's state is a sentence with its figures (the decision, no quorum: reports.phrases)",
    models.MotionStatus: "only counted motions are minuted, each with its result (adopted or not)",
    models.ConditionKind: "a condition is written out with its terms by reports.phrases.condition_text (below)",
}


@pytest.mark.parametrize("kind", SHOWN, ids=_ids)
def test_the_minutes_have_words_for_every_value(kind: type[enum.Enum]) -> None:
    if kind in NOT_IN_THE_MINUTES:
        assert kind not in pdf_words.TABLES, "an enum with a table needs no reason"
        return
    table = pdf_words.TABLES[kind]
    assert [m for m in kind if m not in table] == []
    assert all(table[m] and "_" not in table[m] for m in kind)


@pytest.mark.parametrize("kind", list(models.ConditionKind), ids=str)
def test_the_minutes_write_out_every_condition_kind(kind: models.ConditionKind) -> None:
    text = phrases.condition_text(Condition(kind, {}, None, None), "EUR")
    assert text and not text.startswith(kind.value.replace("_", " ") + ":"), "a kind of its own, not the fallback"


def test_the_minutes_table_only_enums_that_exist() -> None:
    assert set(pdf_words.TABLES) == set(SHOWN) - set(NOT_IN_THE_MINUTES)


# ------------------------------------------------------------------------------------------- refusals

_SAMPLE = {
    "member": "uni1",
    "remaining": 2,
    "seconds": 30,
    "missing": ["gov2", "emp1"],
    "min_digits": 6,
    "min_length": 8,
    "status": models.MeetingStatus.OPEN,
    "allowed": (models.MeetingStatus.DRAFT,),
    "roles": ["chair", "union"],
    "role": "union",
    "key_role": "chair",
    "certificate_role": "chair",
    "box": "chair",
    "kind": "wage_floor",
}


def _refusal(code: str) -> Refusal:
    return Refusal(code, **{name: _SAMPLE.get(name, f"<{name}>") for name in REFUSALS[code]})


def _app_placeholders(source: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", source))


def _cli_fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_refusal_code_has_words_in_the_app_and_the_command_line() -> None:
    assert sorted(set(REFUSALS) - set(refusal_words.REFUSALS)) == [], "codes without words in the app"
    assert sorted(set(REFUSALS) - set(cli_text.REFUSALS)) == [], "codes without words on the command line"
    assert sorted(set(refusal_words.REFUSALS) - set(REFUSALS)) == [], "words for codes the core does not have"
    assert sorted(set(cli_text.REFUSALS) - set(REFUSALS)) == [], "words for codes the core does not have"


@pytest.mark.parametrize("code", sorted(REFUSALS))
def test_the_app_says_a_refusal_with_its_parameters_only(code: str) -> None:
    source = refusal_words.REFUSALS[code]
    assert _app_placeholders(source) <= set(REFUSALS[code]), "a placeholder the refusal does not carry"
    counted = refusal_words.COUNTS.get(code)
    assert ("%n" in source) == (counted is not None), "%n and COUNTS go together"
    assert counted is None or counted in REFUSALS[code]
    said = refusal_words.say(_refusal(code))
    assert said and "{" not in said and "%n" not in said and f"{code}(" not in said
    assert "uni1" not in said, "the app never shows a member id"


@pytest.mark.parametrize("code", sorted(REFUSALS))
def test_the_command_line_says_a_refusal_with_its_parameters_only(code: str) -> None:
    assert _cli_fields(cli_text.REFUSALS[code]) <= set(REFUSALS[code]), "a field the refusal does not carry"
    said = cli_text.say(_refusal(code))
    assert said and "{" not in said and f"{code}(" not in said


def test_the_faces_render_values_through_their_vocabulary() -> None:
    shown = refusal_words.say(Refusal("meeting_state", status=models.MeetingStatus.MINUTES_SIGNED, allowed=()))
    assert "Minutes signed" in shown and "minutes_signed" not in shown
    assert refusal_words.say(Refusal("wrong_pin", member="gov1", remaining=3)).endswith(": 3.")
    assert refusal_words.say(Refusal("key_for_another_role", key_role="union", role="chair")) == (
        "This key was made for the role Unions, not Chair."
    )
    cli = cli_text.say(Refusal("meeting_state", status=models.MeetingStatus.OPEN, allowed=("draft", "closed")))
    assert cli == "the meeting is open; this needs it draft or closed"


def test_a_code_without_words_still_shows_what_it_is() -> None:
    planted = Refusal("planted_code", meeting=3)
    assert refusal_words.say(planted) == cli_text.say(planted) == "planted_code(meeting=3)"


def test_lupdate_extracts_every_sentence_of_the_app(tmp_path: Path) -> None:
    """Only literals marked with QT_TRANSLATE_NOOP reach a translator (style.md D16); counted ones as plurals."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    ts = tmp_path / "words.ts"
    sources = [labels.__file__, refusal_words.__file__, plurals.__file__]
    subprocess.run([str(lupdate), *sources, "-ts", str(ts)], check=True, capture_output=True)
    tree = ET.parse(ts)
    numerus = {m.findtext("source") for m in tree.iter("message") if m.get("numerus") == "yes"}
    assert {refusal_words.REFUSALS[code] for code in refusal_words.COUNTS} <= numerus
    contexts = {c.findtext("name"): {m.findtext("source") for m in c.iter("message")} for c in tree.iter("context")}
    plain = {text for code, text in refusal_words.REFUSALS.items() if code not in refusal_words.COUNTS}
    assert plain <= contexts["Refusals"]
    for kind in SHOWN:
        assert set(labels.TABLES[kind].values()) <= contexts["Labels"], kind.__name__


# --------------------------------------------------------------------------- faces say, never str(exc)

ROOT = Path(__file__).resolve().parent.parent
_SAYERS = {"ui/refusal_words.py", "tripartite/cli_text.py"}  # where an error's own text is the last resort


def _builtin(kind: ast.expr | None) -> bool:
    names = [e for e in (kind.elts if isinstance(kind, ast.Tuple) else [kind]) if e is not None]
    return bool(names) and all(isinstance(n, ast.Name) and n.id in dir(builtins) for n in names)


def _error_texts(text: str) -> list[int]:
    """Lines that show an error's own text: ``str(exc)``, ``f"{exc}"`` or ``.format(x=exc)``.

    The errors are those caught by an ``except`` (of ours: a builtin exception's text is Python's, such
    as a ValueError from parsing), and the ``exc`` or ``error`` a failure handler is given.
    """
    scopes: list[tuple[str, list[ast.stmt]]] = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ExceptHandler) and node.name and not _builtin(node.type):
            scopes.append((node.name, node.body))
        elif isinstance(node, ast.FunctionDef | ast.Lambda):
            for arg in node.args.args:
                if arg.arg in ("exc", "error"):
                    body = node.body if isinstance(node.body, list) else [ast.Expr(node.body)]
                    scopes.append((arg.arg, body))
    lines = set()
    for name, body in scopes:
        for node in (n for stmt in body for n in ast.walk(stmt)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str":
                shown = node.args[:1]
            elif isinstance(node, ast.FormattedValue):
                shown = [node.value]
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
                shown = [k.value for k in node.keywords]
            else:
                continue
            if any(isinstance(v, ast.Name) and v.id == name for v in shown):
                lines.add(node.lineno)
    return sorted(lines)


def test_the_faces_show_an_error_through_their_vocabulary() -> None:
    """Every error the app or the command line shows goes through refusal_words.say or cli_text.say."""
    paths = [*sorted((ROOT / "ui").rglob("*.py")), *(ROOT / face for face in sorted(FACES))]
    found = {
        where: lines
        for path in paths
        if (where := str(path.relative_to(ROOT))) not in _SAYERS
        and (lines := _error_texts(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_error_text_scan_finds_a_planted_breach() -> None:
    planted = """
def shown(box, job):
    try:
        job()
    except KnownError as refused:
        box.setText(str(refused))
        box.setText(f"cannot: {refused}")
        box.setText(box.tr("cannot: {why}").format(why=refused))
        box.setText(refusal_words.say(refused))
    except ValueError as bad:
        box.setText(str(bad))


def failed(box, exc):
    box.setText(str(exc))
"""
    assert _error_texts(planted) == [6, 7, 8, 15]


def test_the_app_words_every_problem_the_core_reports_with_the_same_placeholders() -> None:
    from tripartite.problems import TEMPLATES

    assert sorted(problem_words.PROBLEMS) == sorted(TEMPLATES)
    for code, template in TEMPLATES.items():
        assert sorted(re.findall(r"\{(\w+)\}", problem_words.PROBLEMS[code])) == sorted(
            re.findall(r"\{(\w+)\}", template)
        )
