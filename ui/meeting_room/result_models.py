"""Models of the results view: the tally by constituency, the named ballots, the dissents.

They are filled only after the reveal, from :func:`tripartite.meetings.ballots.revealed_ballots` (which refuses
before it, and always in secret mode) and the motion's stored tally.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tripartite import rules
from tripartite.meetings.ballots import Ballot
from tripartite.models import Constituency, Vote
from tripartite.ui import labels
from tripartite.ui.models.table import CENTRE, LEFT, Column, ColumnTableModel, cell_text


def _columns(*headers: str, counted: tuple[int, ...] = ()) -> tuple[Column, ...]:
    """One text column per header, its tooltip the same text; the ``counted`` ones centred (they hold counts)."""
    return tuple(
        Column(h, cell_text(i), CENTRE if i in counted else LEFT, tooltip=True) for i, h in enumerate(headers)
    )


class TallyModel(ColumnTableModel):
    """For, against and abstain by constituency, each group's block position, and the totals."""

    CONTEXT = "TallyModel"
    COLUMNS = _columns(
        QT_TRANSLATE_NOOP("TallyModel", "Group"),
        QT_TRANSLATE_NOOP("TallyModel", "For"),
        QT_TRANSLATE_NOOP("TallyModel", "Against"),
        QT_TRANSLATE_NOOP("TallyModel", "Abstain"),
        QT_TRANSLATE_NOOP("TallyModel", "Block"),
        counted=(1, 2, 3),
    )

    def set_tally(self, tally: rules.Tally) -> None:
        """Show a revealed tally."""
        blocks = rules.block_positions(tally)
        rows: list[tuple[Any, ...]] = []
        for group in Constituency:
            counts = tally[group.value]
            block = blocks[group.value]
            rows.append(
                (
                    labels.constituency(group),
                    counts["for"],
                    counts["against"],
                    counts["abstain"],
                    labels.vote(block) if block else self.tr("none"),
                )
            )
        totals = [sum(tally[g.value][v.value] for g in Constituency) for v in Vote]
        rows.append((self.tr("Total"), *totals, ""))
        self.replace_rows(rows)


class BallotModel(ColumnTableModel):
    """Each member's revealed vote and explanation (named ballots only)."""

    CONTEXT = "BallotModel"
    COLUMNS = _columns(
        QT_TRANSLATE_NOOP("BallotModel", "Member"),
        QT_TRANSLATE_NOOP("BallotModel", "Group"),
        QT_TRANSLATE_NOOP("BallotModel", "Vote"),
        QT_TRANSLATE_NOOP("BallotModel", "Explanation of vote"),
    )

    def set_ballots(self, ballots: list[Ballot], names: dict[str, str], groups: dict[str, Constituency]) -> None:
        """Show revealed ballots."""
        self.replace_rows(
            [
                (
                    names.get(b.member_id, b.member_id),
                    labels.constituency(groups[b.member_id]) if b.member_id in groups else "",
                    labels.vote(b.vote),
                    b.comment or "",
                )
                for b in ballots
            ]
        )

    def clear(self) -> None:
        """Show nothing."""
        self.replace_rows([])


class DissentModel(ColumnTableModel):
    """The written dissents filed on an item."""

    CONTEXT = "DissentModel"
    COLUMNS = _columns(
        QT_TRANSLATE_NOOP("DissentModel", "Member"),
        QT_TRANSLATE_NOOP("DissentModel", "Filed"),
        QT_TRANSLATE_NOOP("DissentModel", "Dissent"),
    )

    def set_dissents(self, rows: list[dict[str, Any]], names: dict[str, str]) -> None:
        """Show dissent rows."""
        self.replace_rows(
            [
                (names.get(r["member_id"], r["member_id"]), str(r["filed_at"]).replace("T", " ")[:16], r["text"])
                for r in rows
            ]
        )
