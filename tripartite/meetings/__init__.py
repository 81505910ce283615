"""The meeting lifecycle, in one package (DESIGN §2, §4, §5).

States of a meeting (``models.MeetingStatus``)::

    draft ──open_meeting──> open ──close_meeting──> closed ──mark_minutes_signed──> minutes_signed
      │                       │                        │                                │
      attendance, stand-in,   agenda, recusals,        written dissents (48 h),         read-only; a correction
      agenda                  scores, motions,         the minutes built and signed      is an amendment: a new
                              ballots, the reveal      (reports.service)                 draft (create_amendment)

An agenda item (``models.ItemStatus``) is ``pending`` until a motion on it is adopted (``decided``) or the
chair minutes that it has no quorum (``no_quorum``). A motion (``models.MotionStatus``) is ``draft`` when
proposed, ``open`` while it is voted, and ``revealed`` once its ballots are counted.

Which module holds what:

- :mod:`~tripartite.meetings.errors`: ``ProcedureError``, ``Sealed``, ``MinutesError``.
- :mod:`~tripartite.meetings.lookup`: a meeting's row, its status check, the rules frozen with it, the meeting
  of an item or a motion.
- :mod:`~tripartite.meetings.attendance`: the board's seats, attendance, who is present, the stand-in.
- :mod:`~tripartite.meetings.lifecycle`: create, open, close, minutes signed, the lock (``is_locked``,
  ``require_unlocked``) and amendments.
- :mod:`~tripartite.meetings.agenda`: items, recusals, attestations, who counts for an item, no quorum.
- :mod:`~tripartite.meetings.motions`: proposing a motion (with its conditions) and opening the vote.
- :mod:`~tripartite.meetings.ballots`: casting sealed ballots, who has voted, the reveal, the tally, the decision.
- :mod:`~tripartite.meetings.dissents`: the dissent window and filing a dissent.
- :mod:`~tripartite.meetings.minutes_data`, :mod:`~tripartite.meetings.minutes`,
  :mod:`~tripartite.meetings.evidence`: the minutes as data, how they are built, and their evidence annex.
- :mod:`~tripartite.meetings.meeting_file`, :mod:`~tripartite.meetings.recording`: recording a meeting already
  held, from its file.
- ``_common``: private helpers the modules share.

Imports: callers import the submodule they need (``from tripartite.meetings import ballots``, then
``ballots.cast(...)``), or a name from it (``from tripartite.meetings.errors import ProcedureError``). This
package re-exports nothing, so a reader always sees which part of the lifecycle a call belongs to, and
importing one part does not load the others.

Every function that changes state writes its audit event in the same transaction, and refuses once the
meeting's minutes are signed.
"""
