"""Board files: validation names the key and the line; init writes the board in one transaction."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from tripartite import audit_check
from tripartite.board import init_board, load_board, read_board
from tripartite.errors import InputError, KnownError
from tripartite.models import DecisionRule, Quorum, Role

from ..conftest import ROOT

SAMPLE = ROOT / "data" / "sample" / "board.toml"

MINIMAL = """\
[board]
name = "Test board"
country = "ES"

[[member]]
id = "gov1"
name = "Ana Ruiz"
constituency = "government"
role = "chair"

[[member]]
id = "emp1"
name = "Luis Gil"
constituency = "employer"

[[member]]
id = "uni1"
name = "Eva Sanz"
constituency = "union"
"""


def problems(tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    path = tmp_path / "board.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_board(path)
    return [(p.row, p.column, p.code) for p in info.value.problems]


def test_the_sample_board_is_valid() -> None:
    config = load_board(SAMPLE)
    assert config.decision_rule is DecisionRule.GROUP_MAJORITY and config.groups_required == 2
    chairs = [m for m in config.members if m.role is Role.CHAIR]
    assert len(chairs) == 1 and chairs[0].constituency.value == "government"
    assert any(m.role is Role.SECRETARY for m in config.members)
    assert {m.constituency.value for m in config.members} == {"government", "employer", "union"}


def test_defaults_follow_the_design(tmp_path: Path) -> None:
    path = tmp_path / "b.toml"
    path.write_text(MINIMAL, encoding="utf-8")
    config = load_board(path)
    assert config.decision_rule is DecisionRule.GROUP_MAJORITY
    assert config.quorum is Quorum.HALF_AND_EACH_GROUP
    assert config.ballot.value == "named" and config.groups_required == 2
    assert config.reliance_cap is None  # G9 stays disabled unless the board sets a cap


def test_unknown_key_is_named_with_its_line(tmp_path: Path) -> None:
    text = MINIMAL.replace('country = "ES"', 'country = "ES"\ndecison_rule = "consensus"')
    assert problems(tmp_path, text) == [(4, "board.decison_rule", "unknown_key")]


def test_duplicate_member_id(tmp_path: Path) -> None:
    text = MINIMAL.replace('id = "uni1"', 'id = "emp1"')
    assert problems(tmp_path, text) == [(17, "member[2].id", "duplicate_id")]


def test_bad_enums_are_named(tmp_path: Path) -> None:
    text = MINIMAL.replace('constituency = "union"', 'constituency = "workers"').replace(
        'country = "ES"', 'country = "ES"\ndecision_rule = "majority"'
    )
    found = problems(tmp_path, text)
    assert (4, "board.decision_rule", "bad_choice") in found
    assert (20, "member[2].constituency", "bad_choice") in found


@pytest.mark.parametrize(
    ("extra", "column", "code"),
    [
        ('quorum = "most"', "board.quorum", "bad_choice"),
        ('country = "XZ"', "board.country", "bad_country"),
        ('qualified_fraction = "3/2"', "board.qualified_fraction", "bad_fraction"),
        ("groups_required = 4", "board.groups_required", "wrong_type"),
        ('shortage_list = ["9999"]', "board.shortage_list", "bad_isco"),
        ('signatories = ["chair", "mayor"]', "board.signatories", "bad_choice"),
        ('consensus_fallback = "simple_majority"', "board.consensus_fallback", "rule_conflict"),
        ("reliance_cap = 1.5", "board.reliance_cap", "wrong_type"),
    ],
)
def test_bad_board_values(tmp_path: Path, extra: str, column: str, code: str) -> None:
    text = MINIMAL.replace('country = "ES"\n', "") + ""
    text = text.replace('name = "Test board"', f'name = "Test board"\ncountry = "ES"\n{extra}', 1)
    if extra.startswith("country"):
        text = text.replace('country = "ES"\n', "", 1)
    found = problems(tmp_path, text)
    assert [(c, k) for _, c, k in found] == [(column, code)]


def test_the_documents_language_is_checked_stored_and_exported(tmp_path: Path, db: Database) -> None:
    from tripartite import board_settings

    assert load_board(SAMPLE).language == "es", "the sample board writes Spanish minutes (DESIGN §8)"
    path = tmp_path / "b.toml"
    path.write_text(MINIMAL, encoding="utf-8")
    assert load_board(path).language == "en", "the default"
    path.write_text(MINIMAL.replace('country = "ES"', 'country = "ES"\nlanguage = "de"'), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_board(path)
    [problem] = info.value.problems
    assert (problem.row, problem.column, problem.code) == (4, "board.language", "bad_choice")
    assert problem.params["allowed"] == "en, es, fr, ar"
    init_board(db, load_board(SAMPLE))
    config = read_board(db)
    assert config is not None and config.language == "es"
    assert board_settings.to_raw(config)["board"]["language"] == "es", "exported back as board.toml reads it"


def test_member_problems(tmp_path: Path) -> None:
    text = MINIMAL.replace('role = "chair"', 'role = "chair"\npin = 1234') + (
        '\n[[member]]\nid = "x"\nname = "Alt"\nconstituency = "union"\nalternate_of = "nobody"\n'
    )
    found = {(c, k) for _, c, k in problems(tmp_path, text)}
    assert found == {("member[0].pin", "unknown_key"), ("member[3].alternate_of", "unknown_member")}


def test_a_board_needs_one_chair(tmp_path: Path) -> None:
    text = MINIMAL.replace('role = "chair"', 'role = "member"')
    assert [k for _, _, k in problems(tmp_path, text)] == ["no_chair"]


def test_broken_toml_names_the_line(tmp_path: Path) -> None:
    assert [(r, k) for r, _, k in problems(tmp_path, MINIMAL + "\n[[member]\n")] == [(21, "bad_toml")]


def test_init_writes_board_members_and_one_event(db: Database) -> None:
    config = load_board(SAMPLE)
    init_board(db, config)
    assert read_board(db) == config
    assert db["members"].count == len(config.members)
    (event,) = db.query("SELECT action, payload FROM events")
    assert event["action"] == "board.created"
    assert audit_check.verify(db).ok
    with pytest.raises(KnownError) as refused:
        init_board(db, config)
    assert refused.value.code == "board_exists"
    assert db["events"].count == 1
