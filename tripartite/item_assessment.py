"""One agenda item's assessment, read from the store: the single place its inputs are gathered.

:func:`tripartite.assessment.assess` is pure: it takes a request and the scores it is given. Which
request, catalogue, attestations, member sheets, presence and recusals belong to an agenda item is
decided here, once, for every face that shows an item's assessment (the meeting room before the
reveal, the results after it, and the minutes), so they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from tripartite import assessment, criteria, criteria_toml, gates, scoring
from tripartite.board import BoardConfig, read_board
from tripartite.meetings.agenda import ItemState, item_state
from tripartite.meetings.attendance import constituencies_by_member
from tripartite.meetings.errors import ProcedureError
from tripartite.models import Constituency


@dataclass(frozen=True)
class ItemAssessment:
    """An agenda item's assessment and what it was made from.

    Attributes:
        item_id: the agenda item.
        request: the request's row.
        catalogue: the catalogue the item's meeting froze.
        attestations: gate code → answer, for the attestation gates answered on the item.
        state: who counts for the item (present, recused, entitled, quorum).
        scores: member id → {criterion → points}; empty when ``sealed``.
        members: member id → constituency, for every member of the board.
        result: the assessment itself.
        sealed: the members' scores were left out (they stay sealed until the reveal, DESIGN §4.3).
    """

    item_id: int
    request: dict[str, Any] = field(repr=False)
    catalogue: criteria.Catalogue = field(repr=False)
    attestations: dict[str, bool]
    state: ItemState
    scores: dict[str, dict[str, int]]
    members: dict[str, Constituency]
    result: assessment.Assessment
    sealed: bool = False


def meeting_catalogue(db: Database, meeting_id: int) -> criteria.Catalogue:
    """The catalogue the meeting froze when it was created (the board's current one if it is missing)."""
    row = db.execute(
        "SELECT c.toml FROM meetings m JOIN criteria_catalogues c ON c.version = m.criteria_version WHERE m.id = ?",
        [meeting_id],
    ).fetchone()
    if row is None:
        return criteria_toml.for_board(db)
    return criteria_toml.parse_catalogue(row[0], "meeting catalogue")


def item_attestations(db: Database, item_id: int) -> dict[str, bool]:
    """Gate code → answer, for the attestation gates answered on the item."""
    return {r[0]: bool(r[1]) for r in db.execute("SELECT gate, answer FROM attestations WHERE item_id = ?", [item_id])}


def assess_item(
    db: Database,
    item_id: int,
    *,
    sealed: bool = False,
    config: BoardConfig | None = None,
    catalogue: criteria.Catalogue | None = None,
) -> ItemAssessment:
    """Assess an agenda item with its meeting's catalogue, its attestations, and (unless sealed) its scores.

    Args:
        db: the database.
        item_id: the agenda item.
        sealed: leave the members' scores out: before the reveal they are part of the sealed ballot, and
            the assessment then reads the technical score alone.
        config: the board, when the caller has read it already (read here otherwise).
        catalogue: the item's meeting's frozen catalogue (:func:`meeting_catalogue`), when the caller has
            parsed it already; parsing it once per meeting keeps the minutes of a long agenda fast.

    Returns:
        The assessment with its inputs.

    Raises:
        ProcedureError: no such item, or the database has no board.
    """
    if config is None:
        config = read_board(db)
        if config is None:
            raise ProcedureError("no_board")
    state = item_state(db, item_id, config)
    catalogue = catalogue or meeting_catalogue(db, state.meeting_id)
    request = dict(next(iter(db.query("SELECT * FROM requests WHERE id = ?", [state.request_id]))))
    answers = item_attestations(db, item_id)
    members = constituencies_by_member(config)
    context = gates.BoardContext.of(config)
    if sealed:
        sheets: dict[str, dict[str, int]] = {}
        result = assessment.assess(request, catalogue, context, attestations=answers)
    else:
        sheets = scoring.item_scores(db, item_id)
        result = assessment.assess(
            request,
            catalogue,
            context,
            attestations=answers,
            scores=sheets,
            members=members,
            present=state.present,
            recused=state.recused,
        )
    return ItemAssessment(item_id, request, catalogue, answers, state, sheets, members, result, sealed)
