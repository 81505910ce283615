"""Member scores: 0/10/20 per criterion, stored per member and agenda item (DESIGN §2 "Score", §3).

A score that departs from the technical score needs a comment, so the minutes can say why a member
saw the dossier differently from the data. Meeting files may omit comments (DESIGN §8.4); the app
may not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlite_utils import Database

from tripartite import audit
from tripartite.authority import Act, Auth, require
from tripartite.clock import now
from tripartite.criteria import Catalogue
from tripartite.meetings.lifecycle import require_item_unlocked
from tripartite.meetings.lookup import meeting_of_item

ALLOWED_POINTS = (0, 10, 20)


@dataclass(frozen=True)
class ScoreProblem:
    """Why a member's score sheet was refused.

    Attributes:
        criterion: the criterion code concerned.
        code: ``unknown_criterion``, ``bad_points`` or ``comment_required``.
        value: the offending value, as given.
    """

    criterion: str
    code: str
    value: object = None


def check_scores(
    points: Mapping[str, object],
    comments: Mapping[str, str],
    technical: Mapping[str, int | None],
    catalogue: Catalogue,
    *,
    require_comments: bool = True,
) -> list[ScoreProblem]:
    """Every problem of one member's score sheet (an empty list means it can be saved).

    Args:
        points: criterion code → points (0, 10 or 20).
        comments: criterion code → the member's comment.
        technical: the technical points of the request (None where unknown or judgement).
        catalogue: the catalogue in force.
        require_comments: whether a departure from the technical score needs a comment.
    """
    problems = []
    known = set(catalogue.weights)
    for code, value in points.items():
        if code not in known:
            problems.append(ScoreProblem(code, "unknown_criterion", value))
        elif isinstance(value, bool) or value not in ALLOWED_POINTS:
            problems.append(ScoreProblem(code, "bad_points", value))
        elif require_comments and departs(code, value, technical) and not (comments.get(code) or "").strip():
            problems.append(ScoreProblem(code, "comment_required", value))
    return problems


def departs(code: str, points: object, technical: Mapping[str, int | None]) -> bool:
    """Whether a member's points differ from a known technical score for the criterion."""
    reference = technical.get(code)
    return reference is not None and points != reference


def save_scores(
    db: Database,
    item_id: int,
    member_id: str,
    points: Mapping[str, int],
    comments: Mapping[str, str] | None,
    auth: Auth,
) -> None:
    """Replace one member's score sheet for an agenda item, with an audit event, in one transaction.

    The caller checks the sheet first with :func:`check_scores`. The event records which criteria
    were scored, not the points: scores stay private to the member until the reveal (DESIGN §4).
    Only the member scores (or the recording of a held meeting).
    """
    require(db, auth, Act.OWN, member=member_id, meeting_id=meeting_of_item(db, item_id))
    require_item_unlocked(db, item_id)
    comments = comments or {}
    at = now()
    with db.atomic():
        db.execute("DELETE FROM scores WHERE item_id = ? AND member_id = ?", [item_id, member_id])
        db.conn.executemany(
            "INSERT INTO scores (item_id, member_id, criterion, points, comment, at) VALUES (?, ?, ?, ?, ?, ?)",
            [(item_id, member_id, code, value, comments.get(code) or None, at) for code, value in points.items()],
        )
        audit.append(
            db,
            "scores.saved",
            {"item": item_id, "member": member_id, "criteria": sorted(points)},
            actor=auth.actor,
        )


def item_scores(db: Database, item_id: int) -> dict[str, dict[str, int]]:
    """Every member's points for an agenda item: member id → {criterion → points}."""
    out: dict[str, dict[str, int]] = {}
    for member_id, criterion, points in db.execute(
        "SELECT member_id, criterion, points FROM scores WHERE item_id = ? ORDER BY member_id, criterion", [item_id]
    ):
        out.setdefault(member_id, {})[criterion] = points
    return out
