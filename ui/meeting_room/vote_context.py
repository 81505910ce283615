"""What a constituency's pane knows about the vote in progress: procedure data only, never a ballot.

The room builds a :class:`VoteContext` for each pane from the meeting's state (who is present and entitled,
who has voted on the open motion) and hands it to :meth:`ConstituencyPane.set_context
<tripartite.ui.meeting_room.pane.ConstituencyPane.set_context>`; an unlocked pane passes it on to the
member's :class:`~tripartite.ui.meeting_room.private_ballot.PrivateBallot`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tripartite.criteria import Catalogue


@dataclass
class VoteContext:
    """What a pane needs to know about the vote in progress (procedure data only, never a ballot).

    Attributes:
        item_id: the agenda item.
        motion_id: the open motion, or None when no vote is open.
        members: ``(member id, name)`` of the constituency's present, entitled members.
        voters: ids of those who have voted on the open motion.
        catalogue: the meeting's catalogue (for the scoring grid).
        technical: the request's technical points.
    """

    item_id: int | None = None
    motion_id: int | None = None
    members: list[tuple[str, str]] = field(default_factory=list)
    voters: set[str] = field(default_factory=set)
    catalogue: Catalogue | None = None
    technical: dict[str, int | None] = field(default_factory=dict)
