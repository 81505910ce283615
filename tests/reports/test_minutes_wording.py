"""What a reader of the minutes sees: the constituencies' one name, who sat and who did not vote on each item,
the rules of the meeting even after the board changed its own, and no internal id, code or design reference."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from enum import Enum
from pathlib import Path

import pypdf
import pytest
from sqlite_utils import Database

from tests.helpers import officers, set_pins
from tripartite import board_settings, criteria, gates, models
from tripartite.board import read_board
from tripartite.meetings.minutes import build_minutes
from tripartite.meetings.minutes_data import Minutes
from tripartite.reports.minutes_pdf import render_minutes

from .conftest import build_db, closed_at
from .test_minutes_data import ITEM2_VOTES, LATER_RULES

# A word in snake_case: how enum values, note codes and import columns are spelled, never how people write.
SNAKE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")


def _minutes(db: Database, meeting_id: int) -> Minutes:
    return build_minutes(db, meeting_id, at=closed_at(db, meeting_id) + dt.timedelta(hours=1))


def _text(pdf: bytes) -> str:
    pages = [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    return " ".join(unicodedata.normalize("NFKC", "\n".join(pages)).split())


def _enum_values() -> set[str]:
    """Every value of the core's enums that is spelled in snake_case (approve_with_conditions, half_and_each_group…)."""
    modules = (models, gates, criteria)
    enums = {v for m in modules for v in vars(m).values() if isinstance(v, type) and issubclass(v, Enum)}
    return {str(member.value) for e in enums for member in e if "_" in str(member.value)}


def internal_words(text: str, member_ids: set[str]) -> list[str]:
    """What a reader must never find in the minutes: design references, member ids and snake_case codes."""
    found = [w for w in ("§", "DESIGN") if w in text]
    found += sorted({w for w in re.findall(r"\b\w+\b", text) if w in member_ids})
    found += sorted(set(SNAKE.findall(text)))
    return found


def test_the_enum_values_the_check_looks_for_are_snake_case() -> None:
    values = _enum_values()
    assert {"approve_with_conditions", "half_and_each_group", "group_majority", "not_assessed"} <= values
    assert all(SNAKE.fullmatch(v) for v in values)


@pytest.mark.parametrize(
    "board",
    [
        {},
        {'ballot = "named"': 'ballot = "secret"'},
        {'authority = "decides"': 'authority = "advises"'},
    ],
    ids=["named", "secret", "advisory"],
)
def test_the_minutes_show_no_internal_id_code_or_design_reference(tmp_path: Path, board: dict[str, str]) -> None:
    db, meeting_id = build_db(tmp_path / "m.db", board=board, meeting={ITEM2_VOTES: ITEM2_VOTES.replace(
        'gov3 = "abstain", ', "")})  # fmt: skip
    config = read_board(db)
    assert config is not None
    member_ids = {m.id for m in config.members}
    text = _text(render_minutes(_minutes(db, meeting_id)))
    db.close()
    assert internal_words(text, member_ids) == []
    assert "Page 1 of" in text  # the text was read


def test_the_check_catches_what_it_looks_for() -> None:
    ids = {"gov1", "uni2"}
    assert internal_words("Motion by gov1 (DESIGN §4): approve_with_conditions", ids) == [
        "§", "DESIGN", "gov1", "approve_with_conditions"
    ]  # fmt: skip
    assert internal_words("Government 2 0 1; Unions; Begoña", ids) == []


def test_the_unions_have_one_name_in_every_section(recorded: tuple[Database, int]) -> None:
    text = _text(render_minutes(_minutes(*recorded)))
    assert "Workers (unions)" not in text and "Workers' members" not in text and "workers' members" not in text
    assert "Unions Rocío Jiménez Cañete Member present" in text  # attendance
    assert "Unions 72.8 65.9 50.0 100.0" in text  # scores
    assert "Unions 0 2 0 against: Rocío Jiménez Cañete, Andrés Muñoz Beltrán" in text  # tally
    assert "Rocío Jiménez Cañete · Unions, against on motion 1" in text  # explanations
    # The signature boxes use the same words as the tables.
    for label in ("Chair María Dolores Sánchez Ortega", "Government For the government members",
                  "Employers For the employers' members", "Unions For the union members"):  # fmt: skip
        assert label in text, label


def test_each_item_says_who_sat_on_it_and_who_was_recused(recorded: tuple[Database, int]) -> None:
    text = _text(render_minutes(_minutes(*recorded)))
    assert (
        "Participation: 7 members with a vote present and entitled, of 9 seats; quorum 5: met. "
        "Recused: Lucía Peña Carbonell (Employers), who took no part in the scoring, debate or vote on this item — "
        "“Su asociación empresarial representa a la solicitante.”"
    ) in text
    assert text.count("Nobody was recused.") == 3


def test_named_minutes_say_who_did_not_vote(tmp_path: Path) -> None:
    db, meeting_id = build_db(tmp_path / "nv.db", meeting={ITEM2_VOTES: ITEM2_VOTES.replace('gov3 = "abstain", ', "")})
    text = _text(render_minutes(_minutes(db, meeting_id)))
    db.close()
    assert (
        "Government 2 0 0 for: María Dolores Sánchez Ortega, Javier Martín Góngora; "
        "did not vote: Begoña Etxeberria Aranguren"
    ) in text


def test_secret_minutes_name_non_voters_or_count_them_when_the_record_cannot_name_them(tmp_path: Path) -> None:
    db, meeting_id = build_db(
        tmp_path / "snv.db",
        board={'ballot = "named"': 'ballot = "secret"'},
        meeting={ITEM2_VOTES: ITEM2_VOTES.replace('gov3 = "abstain", ', "")},
    )
    text = _text(render_minutes(_minutes(db, meeting_id)))
    db.close()
    assert (
        "Secret ballot: only the tallies by constituency are minuted. One member entitled to vote cast no ballot; "
        "the record of this ballot does not say who."
    ) in text
    everyone = "only the tallies by constituency are minuted. Every member entitled to vote cast a ballot."
    assert everyone in text


def test_an_old_meeting_prints_the_rules_and_named_votes_of_its_day(recorded: tuple[Database, int]) -> None:
    db, meeting_id = recorded
    set_pins(db)
    board_settings.save_rules(db, LATER_RULES, officers(db))
    text = _text(render_minutes(_minutes(db, meeting_id)))
    assert "Decision rule group majority (2 of 3 constituency blocks)" in text
    assert "Ballot named: each member's vote is minuted" in text
    assert "Quorum half the seats and every constituency" in text
    assert "At the opening, 8 members with a vote were present out of 9 seats" in text
    assert "Unions 0 2 0 against: Rocío Jiménez Cañete, Andrés Muñoz Beltrán" in text
    assert "Explanations of vote" in text and "Secret ballot" not in text
