"""The criteria catalogue: the shipped one is DESIGN §3, and a broken copy names its key."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from tripartite import criteria_toml
from tripartite.board import init_board, load_board
from tripartite.criteria import Family
from tripartite.criteria_toml import load_catalogue, parse_catalogue
from tripartite.errors import InputError
from tripartite.models import ConditionKind, Outcome

from ..conftest import ROOT

DESIGN_WEIGHTS = {
    "P1": 10,
    "P2": 5,
    "P3": 7,
    "P4": 8,
    "P5": 5,
    "I1": 10,
    "I2": 5,
    "I3": 7,
    "I4": 6,
    "I5": 4,
    "I6": 3,
    "S1": 8,
    "S2": 6,
    "S3": 4,
    "S4": 5,
    "S5": 4,
    "S6": 3,
}
DESIGN_GATES = {
    "G1": "reject",
    "G2": "defer",
    "G3": "defer",
    "G4": "reject",
    "G5": "reject",
    "G6": "reject",
    "G7": "reject",
    "G8": "reject",
    "G9": "reject",
}


def test_the_default_catalogue_is_design_section_3() -> None:
    catalogue = load_catalogue()
    assert catalogue.weights == DESIGN_WEIGHTS
    assert {g.code: g.on_fail.value for g in catalogue.gates} == DESIGN_GATES
    assert {c.code for c in catalogue.criteria if c.auto} == {"P1", "P3", "P4", "I1", "I3", "I4", "S1", "S2"}
    assert {g.code for g in catalogue.gates if g.kind == "attestation"} == {"G6", "G7"}
    g9 = catalogue.gate("G9")
    assert (g9.enabled, g9.cap) == (False, 0.10)
    assert catalogue.family_weights() == {
        Family.PRODUCTIVITY: 35,
        Family.INCOME_DISTRIBUTION: 35,
        Family.SOCIAL_INTEGRATION: 30,
    }
    assert {c.code: c.suggests for c in catalogue.criteria if c.suggests} == {
        "I1": ConditionKind.WAGE_FLOOR,
        "P3": ConditionKind.TRAINING,
        "S2": ConditionKind.HOUSING_STANDARD,
        "I4": ConditionKind.QUOTA,
        "S1": ConditionKind.INTEGRATION_SUPPORT,
    }
    assert (catalogue.pass_mark, catalogue.conditional_mark, catalogue.advertised_days) == (50, 40, 28)


def test_the_version_is_the_content_hash() -> None:
    text = criteria_toml.default_text()
    same = parse_catalogue("# a comment changes nothing\n" + text)
    assert same.version == load_catalogue().version and len(same.version) == 64
    heavier = parse_catalogue(
        text.replace('weight = 10\nlabel = "Shortage', 'weight = 9\nlabel = "Shortage').replace(
            'weight = 3\nlabel = "Community', 'weight = 4\nlabel = "Community'
        )
    )
    assert heavier.version != same.version


def broken(text: str) -> list[tuple[str, str]]:
    with pytest.raises(InputError) as info:
        parse_catalogue(text, "mine.toml")
    return [(p.column, p.code) for p in info.value.problems]


def test_weights_must_sum_to_100() -> None:
    text = criteria_toml.default_text().replace('weight = 3\nlabel = "Community', 'weight = 13\nlabel = "Community')
    assert broken(text) == [("criterion[0].weight", "rule_conflict")]


def test_codes_are_unique() -> None:
    text = criteria_toml.default_text().replace('code = "S6"', 'code = "S5"')
    assert ("criterion[16].code", "duplicate_id") in broken(text)


def test_fields_must_be_request_columns() -> None:
    text = criteria_toml.default_text().replace('fields = ["labour_dispute"]', 'fields = ["strike"]')
    assert broken(text) == [("gate[1].fields", "rule_conflict")]


def test_thresholds_must_be_ordered() -> None:
    text = criteria_toml.default_text().replace("bands = [1.20, 1.00]", "bands = [1.00, 1.20]")
    assert broken(text) == [("criterion[5].bands", "rule_conflict")]
    text = criteria_toml.default_text().replace("bands = [0.10, 0.25]", "bands = [0.25, 0.10]")
    assert broken(text) == [("criterion[8].bands", "rule_conflict")]


def test_bad_values_and_unknown_keys_are_named_with_their_line() -> None:
    text = (
        criteria_toml.default_text()
        .replace('on_fail = "defer"', 'on_fail = "maybe"', 1)
        .replace('family = "productivity"\nweight = 5', 'family = "efficiency"\nweight = 5', 1)
        .replace('auto = true\nfields = ["occupation_isco"', 'auto = true\nwieght = 2\nfields = ["occupation_isco"', 1)
    )
    with pytest.raises(InputError) as info:
        parse_catalogue(text, "mine.toml")
    found = {(p.column, p.code): p.row for p in info.value.problems}
    assert set(found) == {
        ("gate[1].on_fail", "bad_choice"),
        ("criterion[1].family", "bad_choice"),
        ("criterion[0].wieght", "unknown_key"),
    }
    lines = text.splitlines()
    assert lines[found[("gate[1].on_fail", "bad_choice")] - 1] == 'on_fail = "maybe"'
    assert lines[found[("criterion[0].wieght", "unknown_key")] - 1] == "wieght = 2"


def test_an_automatic_criterion_needs_a_rule() -> None:
    text = criteria_toml.default_text().replace(
        'code = "P2"\nfamily = "productivity"\nweight = 5',
        'code = "P2"\nfamily = "productivity"\nweight = 5\nauto = true',
    )
    assert broken(text) == [("criterion[1].auto", "rule_conflict")]


def test_profiles_are_validated() -> None:
    good = criteria_toml.default_text() + (
        "\n[profiles.union]\nproductivity = 25\nincome_distribution = 45\nsocial_integration = 30\n"
    )
    catalogue = parse_catalogue(good)
    assert catalogue.profiles and sum(next(iter(catalogue.profiles.values())).values()) == 100
    bad = criteria_toml.default_text() + "\n[profiles.workers]\nproductivity = 100\n"
    assert broken(bad) == [("profiles.workers", "bad_choice")]


def test_a_board_keeps_its_own_copy_in_the_database(db: Database, tmp_path: Path) -> None:
    own = tmp_path / "board-criteria.toml"
    own.write_text(criteria_toml.default_text().replace("pass_mark = 50", "pass_mark = 55"), encoding="utf-8")
    board = tmp_path / "board.toml"
    board.write_text(
        (ROOT / "data/sample/board.toml")
        .read_text(encoding="utf-8")
        .replace('criteria = "default"', 'criteria = "board-criteria.toml"'),
        encoding="utf-8",
    )
    config = load_board(board)
    init_board(db, config, catalogue=criteria_toml.read_source(config.criteria, base=tmp_path))
    own.unlink()  # the database carries the catalogue; the file is no longer needed
    in_force = criteria_toml.for_board(db)
    assert in_force.pass_mark == 55
    assert in_force.version != load_catalogue().version
    assert in_force.gate("G1").on_fail is Outcome.REJECT
